// Seam's access codes in the fake, beyond what the spec's conventions give: an update changes a
// code and starts an action attempt that sets it (finished after N polls, fake-codes.ts), with the
// checks Seam's API makes (an unknown code or device is a 404, ends_at must be in the future and
// after starts_at), and codes linked by common_code_key are updated together.
import { errorAnswer as fail, type Answer } from '../../testing/answers.js';
import type { Store } from '../../testing/store.js';
import { codesOf } from './fake-codes.js';

/** The request's input (query, path parameters and body, merged), validated against the spec before a behaviour runs. */
type Input = Readonly<Record<string, unknown>>;

// Each field is read as its type all the same: the spec the fake serves may say otherwise than
// Seam's, and a number must not become a code's name.
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
/** A field null clears: a string, null, or absent. */
const nullableText = (v: unknown): string | null | undefined => (v === null ? null : text(v));

/** Shared rule of both updates: ends_at in the future and after starts_at. */
function checkSchedule(starts_at: string | null | undefined, ends_at: string | null | undefined): Answer | undefined {
  if (!ends_at) return undefined;
  const end = Date.parse(ends_at);
  let problem: string | undefined;
  if (end <= Date.now()) problem = 'Must be in the future';
  else if (starts_at && end <= Date.parse(starts_at)) problem = 'Must be after starts_at';
  if (!problem) return undefined;
  return fail(400, 'invalid_input', `${problem} for provided "ends_at"`, {
    validation_errors: { _errors: [], ends_at: { _errors: [problem] } },
  });
}

/** An update of one code: its fields change, it goes to `setting`, and an action attempt starts that sets it. */
export function updateAccessCode(store: Store, input: Input): Answer {
  const codes = codesOf(store);
  const id = text(input.access_code_id);
  const code = id === undefined ? undefined : codes.accessCodes.get(id);
  if (!code) return fail(404, `${codes.codeResource}_not_found`, 'Access code not found');
  if (input.device_id !== undefined && !codes.devices.has(text(input.device_id) ?? '')) {
    return fail(404, 'device_not_found', 'Device not found');
  }
  const [name, pin, starts, ends] = [input.name, input.code, input.starts_at, input.ends_at].map(nullableText);
  const ongoing = input.type === 'ongoing';
  const invalid = ongoing ? undefined : checkSchedule(starts ?? code.starts_at, ends ?? code.ends_at);
  if (invalid) return invalid;
  const before = { ...code };
  if (name !== undefined) code.name = name;
  if (pin !== undefined) code.code = pin;
  if (ongoing) Object.assign(code, { type: 'ongoing', starts_at: null, ends_at: null });
  else {
    if (starts !== undefined) code.starts_at = starts;
    if (ends !== undefined) code.ends_at = ends;
    if (input.type === 'time_bound' || starts || ends) code.type = 'time_bound';
  }
  code.status = 'setting';
  const changed = (['name', 'code', 'type', 'starts_at', 'ends_at'] as const)
    .filter((k) => before[k] !== code[k])
    .map((k) => ({ property: k, from: before[k], to: code[k] }));
  store.onChange?.({ kind: 'access_code_updated', item: { ...code }, changed });
  const attempt = store.attempts.get(codes.addActionAttempt({ access_code_id: code.access_code_id }))!;
  return { status: 200, body: { ok: true, action_attempt: store.attemptView(attempt) } };
}

/** An update of every code that shares a common_code_key (their name and schedule). */
export function updateLinkedCodes(store: Store, input: Input): Answer {
  const codes = codesOf(store);
  const key = text(input.common_code_key);
  const group = [...codes.accessCodes.values()].filter((c) => key !== undefined && c.common_code_key === key);
  if (group.length === 0)
    return fail(404, `${codes.codeResource}_not_found`, 'No access codes have that common_code_key');
  const [name, starts, ends] = [input.name, input.starts_at, input.ends_at].map(nullableText);
  const invalid = checkSchedule(starts ?? group[0]!.starts_at, ends ?? group[0]!.ends_at);
  if (invalid) return invalid;
  for (const code of group) {
    if (name !== undefined) code.name = name;
    if (starts !== undefined) code.starts_at = starts;
    if (ends !== undefined) code.ends_at = ends;
  }
  return { status: 200, body: { ok: true } };
}

/** A poll of an action attempt: it moves on, and is shown as it now is. */
export function getActionAttempt(store: Store, input: Input): Answer {
  const attempt = store.pollAttempt(input.action_attempt_id);
  if (!attempt) return fail(404, 'action_attempt_not_found', 'Action attempt not found');
  return { status: 200, body: { ok: true, action_attempt: attempt } };
}
