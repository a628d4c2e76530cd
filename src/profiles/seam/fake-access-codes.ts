// Seam's access codes in the fake, beyond what the spec's conventions give: an update changes a
// code and starts an action attempt that sets it (finished after N polls, fake-codes.ts), with the
// checks Seam's API makes (an unknown code or device is a 404, ends_at must be in the future and
// after starts_at), and codes linked by common_code_key are updated together.
import { errorAnswer as fail, type Answer } from '../../testing/answers.js';
import type { Store } from '../../testing/store.js';
import { codesOf } from './fake-codes.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a request body the spec validated, read by field
type Body = Record<string, any>;

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
export function updateAccessCode(store: Store, body: Body): Answer {
  const codes = codesOf(store);
  const code = codes.accessCodes.get(body.access_code_id);
  if (!code) return fail(404, `${codes.codeResource}_not_found`, 'Access code not found');
  if (body.device_id !== undefined && !codes.devices.has(body.device_id)) {
    return fail(404, 'device_not_found', 'Device not found');
  }
  const ongoing = body.type === 'ongoing';
  const invalid = ongoing ? undefined : checkSchedule(body.starts_at ?? code.starts_at, body.ends_at ?? code.ends_at);
  if (invalid) return invalid;
  const before = { ...code };
  if (body.name !== undefined) code.name = body.name;
  if (body.code !== undefined) code.code = body.code;
  if (ongoing) Object.assign(code, { type: 'ongoing', starts_at: null, ends_at: null });
  else {
    if (body.starts_at !== undefined) code.starts_at = body.starts_at;
    if (body.ends_at !== undefined) code.ends_at = body.ends_at;
    if (body.type === 'time_bound' || body.starts_at || body.ends_at) code.type = 'time_bound';
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
export function updateLinkedCodes(store: Store, body: Body): Answer {
  const codes = codesOf(store);
  const group = [...codes.accessCodes.values()].filter((c) => c.common_code_key === body.common_code_key);
  if (group.length === 0)
    return fail(404, `${codes.codeResource}_not_found`, 'No access codes have that common_code_key');
  const invalid = checkSchedule(body.starts_at ?? group[0]!.starts_at, body.ends_at ?? group[0]!.ends_at);
  if (invalid) return invalid;
  for (const code of group) {
    if (body.name !== undefined) code.name = body.name;
    if (body.starts_at !== undefined) code.starts_at = body.starts_at;
    if (body.ends_at !== undefined) code.ends_at = body.ends_at;
  }
  return { status: 200, body: { ok: true } };
}

/** A poll of an action attempt: it moves on, and is shown as it now is. */
export function getActionAttempt(store: Store, body: Body): Answer {
  const attempt = store.pollAttempt(body.action_attempt_id);
  if (!attempt) return fail(404, 'action_attempt_not_found', 'Action attempt not found');
  return { status: 200, body: { ok: true, action_attempt: attempt } };
}
