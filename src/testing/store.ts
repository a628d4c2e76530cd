// The state the declared rules work on, all of it in the fake's Collections: access codes, their
// devices, and action attempts that move from pending to a final status after some polls or some
// time. Which operations the rules answer is the vendor's (rules.ts; Seam's in
// src/profiles/seam/fake-rules.ts, by the names of their functions); the generated manifest says
// which collection each keeps its items in and what schema types them, and the spec the action type
// of an attempt. So they run unchanged on any spec that has those operations (this package's, or
// Seam's whole API), and share their state with the operations the spec's conventions give (resources.ts).
import type { StateChange } from './events.js';
import type { Answer } from './answers.js';
import { errorAnswer as fail } from './answers.js';
import { Collections, type Item } from './collections.js';
import { randomUUID } from './uuid.js';
import {
  NEUTRAL_CODES,
  type AccessCode,
  type AttemptTiming,
  type AttemptOutcome,
  type CodeRules,
  type StoreManifest,
  type StoredAccessCode,
  type StoredAttempt,
  type ActionAttempt,
} from './store-types.js';
export type {
  AccessCode,
  ActionAttempt,
  AttemptOutcome,
  AttemptTiming,
  CodeRules,
  StoreManifest,
  StoredAccessCode,
} from './store-types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a request body the validator already checked against the spec; the rules read its fields by name
type Body = Record<string, any>;

/** Where a rule keeps a resource: the manifest's collection for it, else the plural path (`device` in `/devices`, as REST and Seam's RPC paths name collections). */
function collectionOf(resources: StoreManifest['resources'], resource: string): string {
  const rule = Object.values(resources ?? {}).find((r) => r?.resource === resource);
  return rule?.collection ?? `/${resource}s`;
}

export class Store {
  readonly collections = new Collections();
  readonly devices: Map<string, Item>;
  readonly accessCodes: Map<string, StoredAccessCode>;
  /** Attempts as the rules keep them (their polls, their outcome): bookkeeping, shown through attemptView. */
  readonly attempts = this.collections.bookkeeping<StoredAttempt>('action attempts');
  /** How each code's update attempts end: a test control, never shown as the code's own field. */
  readonly #outcomes = this.collections.bookkeeping<AttemptOutcome>('update outcomes');
  /** The access code's name in answers (the `access_code` of a result, the `access_code_not_found` of a 404). */
  readonly codeResource: string;
  readonly #actionType: string;
  /** Records planted from the spec's examples (seeds.ts), as planted: data a test did not make, so never a webhook to deliver to. */
  readonly planted = new WeakSet<Item>();
  /** The collection the manifest places action attempts in; the rules keep those in `attempts`. */
  readonly #attemptCollection: string;
  readonly #codes: CodeRules;

  /** Told of each change Seam reports as an event (events.ts). */
  onChange?: (change: StateChange) => void;

  constructor(
    readonly timing: AttemptTiming,
    { resources = {}, actionTypes = {}, codes }: StoreManifest = {},
  ) {
    this.#codes = codes ?? NEUTRAL_CODES;
    const update = codes && Object.hasOwn(resources, codes.operation) ? resources[codes.operation] : undefined;
    this.codeResource = update?.resource ?? this.#codes.names.code;
    this.accessCodes = this.collections.of<StoredAccessCode>(
      update?.collection ?? collectionOf(resources, this.codeResource),
    );
    // The code's device is named by a field that the manifest's device collection names its items with.
    this.devices = this.collections.of(collectionOf(resources, this.#codes.names.device));
    this.#actionType =
      (codes && Object.hasOwn(actionTypes, codes.operation) ? actionTypes[codes.operation] : undefined) ??
      this.#codes.actionType;
    const attemptsRule =
      codes?.attempts !== undefined && Object.hasOwn(resources, codes.attempts) ? resources[codes.attempts] : undefined;
    this.#attemptCollection = attemptsRule?.collection ?? collectionOf(resources, this.#codes.names.attempt);
  }

  /**
   * Keeps a record a docs example names (seeds.ts), unless its id is taken: in its collection, or,
   * for action attempts, as a pending attempt of that id, which the rules above answer. True when added.
   */
  plant(collection: string, id: string, item: Item): boolean {
    if (collection === this.#attemptCollection) {
      if (this.attempts.has(id)) return false;
      this.addActionAttempt({ action_attempt_id: id });
      return true;
    }
    const items = this.collections.of(collection);
    if (items.has(id)) return false;
    items.set(id, item);
    this.planted.add(item);
    return true;
  }

  addDevice(device_id: string = randomUUID()): string {
    if (!this.devices.has(device_id)) this.devices.set(device_id, { device_id });
    return device_id;
  }

  addAccessCode({
    outcome = 'success',
    ...fields
  }: Partial<StoredAccessCode> & { outcome?: AttemptOutcome } = {}): StoredAccessCode {
    const device_id = this.addDevice(fields.device_id ?? undefined);
    const code: StoredAccessCode = {
      access_code_id: randomUUID(),
      device_id,
      name: 'Front door',
      code: '1234',
      type: 'ongoing',
      status: 'set',
      starts_at: null,
      ends_at: null,
      common_code_key: null,
      created_at: '2025-01-01T00:00:00.000Z',
      ...fields,
    };
    this.accessCodes.set(code.access_code_id, code);
    this.#outcomes.set(code.access_code_id, outcome);
    return code;
  }

  /**
   * Makes the things a docs example names exist, as they would in a reader's workspace: an access
   * code for its `access_code_id` (or in the group of its `common_code_key`), a device for its
   * `device_id`, an action attempt for its `action_attempt_id`.
   */
  seedFrom(example: unknown): void {
    if (typeof example !== 'object' || example === null) return;
    const e = example as Body;
    if (typeof e.device_id === 'string') this.addDevice(e.device_id);
    if (typeof e.access_code_id === 'string' && !this.accessCodes.has(e.access_code_id)) {
      this.addAccessCode({
        access_code_id: e.access_code_id,
        ...(typeof e.device_id === 'string' ? { device_id: e.device_id } : {}),
      });
    }
    if (typeof e.common_code_key === 'string') this.addAccessCode({ common_code_key: e.common_code_key });
    if (typeof e.action_attempt_id === 'string' && !this.attempts.has(e.action_attempt_id)) {
      this.addActionAttempt({ action_attempt_id: e.action_attempt_id });
    }
  }

  /** A pending action attempt, for an access code (a new one unless named). */
  addActionAttempt(
    fields: { action_attempt_id?: string; access_code_id?: string; outcome?: AttemptOutcome } = {},
  ): string {
    const access_code_id = fields.access_code_id ?? this.addAccessCode().access_code_id;
    const action_attempt_id = fields.action_attempt_id ?? randomUUID();
    const outcome = fields.outcome ?? this.#outcomes.get(access_code_id) ?? 'success';
    const attempt: StoredAttempt = {
      action_attempt_id,
      access_code_id,
      polls: 0,
      createdAt: Date.now(),
      outcome,
      status: 'pending',
    };
    this.attempts.set(action_attempt_id, attempt);
    // pollsToFinish: 0 means the attempt is already finished in the answer that starts it.
    this.#settleIfDue(attempt);
    return action_attempt_id;
  }

  /** The API's view of an access code: a copy, of the spec's type. */
  static view(code: StoredAccessCode): AccessCode {
    return { ...code } as unknown as AccessCode;
  }

  attemptView(a: StoredAttempt): ActionAttempt {
    const base = { action_attempt_id: a.action_attempt_id, action_type: a.actionType ?? this.#actionType };
    let view: Item;
    if (a.status === 'success')
      view = {
        ...base,
        status: 'success',
        result: a.shows ? { ...a.shows } : { [this.codeResource]: { ...a.result! } },
        error: null,
      };
    else if (a.status === 'error')
      view = { ...base, status: 'error', result: null, error: { ...this.#codes.failure.attempt } };
    else view = { ...base, status: 'pending', result: null, error: null };
    return view as unknown as ActionAttempt;
  }

  /** A pending attempt reaches its outcome once it has been polled enough, or lived long enough. */
  #settleIfDue(attempt: StoredAttempt): void {
    const { pollsToFinish, msToFinish } = this.timing;
    const due =
      attempt.polls >= pollsToFinish || (msToFinish !== undefined && Date.now() - attempt.createdAt >= msToFinish);
    if (attempt.status === 'pending' && attempt.outcome !== 'never' && due) {
      if (attempt.access_code_id === undefined) {
        attempt.status = attempt.outcome;
        return;
      }
      // A code deleted while its update was pending (a spec with a delete): the attempt fails.
      const code = this.accessCodes.get(attempt.access_code_id);
      attempt.status = code ? attempt.outcome : 'error';
      if (attempt.status === 'success') {
        code!.status = 'set';
        // The code as the finished attempt saw it: the API's result is a snapshot.
        attempt.result = { ...code! };
        this.onChange?.({ kind: 'update_succeeded', code: attempt.result });
      } else if (code) {
        this.onChange?.({ kind: 'update_failed', code: { ...code }, error: { ...this.#codes.failure.code } });
      }
    }
  }

  /**
   * Every operation with an x-action-attempt-type starts an attempt, as the API's do: the one its
   * answer holds (an example's, or a sample of its schema) becomes a new pending attempt of that type,
   * which finishes after N polls like an update's, its result showing what the answer holds beside
   * it (the `access_code` a create made).
   */
  startAttempt(answer: Answer, actionType: string): Answer {
    const body = answer.body;
    if (answer.status >= 300 || typeof body !== 'object' || body === null || Array.isArray(body)) return answer;
    const fields = body as Item;
    const key = Object.keys(fields).find((k) => {
      const v = fields[k];
      return typeof v === 'object' && v !== null && typeof (v as Item).action_attempt_id === 'string';
    });
    if (key === undefined) return answer;
    const shows = Object.fromEntries(
      Object.entries(fields).filter(([k, v]) => k !== key && typeof v === 'object' && v !== null),
    );
    const attempt: StoredAttempt = {
      action_attempt_id: randomUUID(),
      actionType,
      shows,
      polls: 0,
      createdAt: Date.now(),
      outcome: 'success',
      status: 'pending',
    };
    this.attempts.set(attempt.action_attempt_id, attempt);
    this.#settleIfDue(attempt);
    return { ...answer, body: { ...fields, [key]: this.attemptView(attempt) } };
  }

  getActionAttempt(body: Body): Answer {
    const attempt = this.attempts.get(body.action_attempt_id);
    if (!attempt) return fail(404, 'action_attempt_not_found', 'Action attempt not found');
    attempt.polls += 1;
    this.#settleIfDue(attempt);
    return { status: 200, body: { ok: true, action_attempt: this.attemptView(attempt) } };
  }
}
