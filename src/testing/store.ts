// The state the fake's rules work on, all of it in the fake's Collections, and the action attempts
// a spec's x-action-attempt-type says its operations start: each moves from pending to its outcome
// after some polls or some time. What else a vendor's API keeps is its profile's layer over this
// store (src/profiles/<vendor>/), told of each change
// through `onChange`, which the event feed (event-feed.ts) turns into the events the rules declare.
import type { Answer } from './answers.js';
import { Collections, type Item } from './collections.js';
import type { StateChange } from './events.js';
import type { ResourceRule } from './resources.js';
import {
  NEUTRAL_ATTEMPTS,
  type ActionAttempt,
  type AttemptOutcome,
  type AttemptRules,
  type AttemptTiming,
  type Settled,
  type StoreManifest,
  type StoredAttempt,
} from './store-types.js';
import { randomUUID } from './uuid.js';
export type {
  ActionAttempt,
  AttemptOutcome,
  AttemptRules,
  AttemptTiming,
  Settled,
  StoreManifest,
  StoredAttempt,
} from './store-types.js';

export class Store {
  readonly collections = new Collections();
  /** Attempts as the rules keep them (their polls, their outcome): bookkeeping, shown through attemptView. */
  readonly attempts = this.collections.bookkeeping<StoredAttempt>('action attempts');
  /** Records planted from the spec's examples (seeds.ts), as planted: data a test did not make, so never a webhook to deliver to. */
  readonly planted = new WeakSet<Item>();
  readonly resources: Readonly<Record<string, ResourceRule | undefined>>;
  readonly actionTypes: Readonly<Record<string, string | undefined>>;
  readonly attemptRules: AttemptRules;
  /** The collection the manifest places action attempts in; the store keeps those in `attempts`. */
  readonly #attemptCollection: string | undefined;

  /** Told of each change the rules report (event-feed.ts makes the events the rules declare of them). */
  onChange?: (change: StateChange) => void;
  /** How a vendor's layer plants an attempt a docs example names (its own kind of attempt); a bare pending attempt otherwise. */
  plantAttempt?: (action_attempt_id: string) => void;

  constructor(
    readonly timing: AttemptTiming,
    { resources = {}, actionTypes = {}, attempts = NEUTRAL_ATTEMPTS }: StoreManifest = {},
  ) {
    this.resources = resources;
    this.actionTypes = actionTypes;
    this.attemptRules = attempts;
    const rule =
      attempts.operation !== undefined && Object.hasOwn(resources, attempts.operation)
        ? resources[attempts.operation]
        : undefined;
    this.#attemptCollection = rule?.collection ?? attempts.collection;
  }

  /**
   * Keeps a record a docs example names (seeds.ts), unless its id is taken: in its collection, or,
   * for action attempts, as a pending attempt of that id. True when added.
   */
  plant(collection: string, id: string, item: Item): boolean {
    if (collection === this.#attemptCollection) {
      if (this.attempts.has(id)) return false;
      if (this.plantAttempt) this.plantAttempt(id);
      else this.addAttempt({ action_attempt_id: id });
      return true;
    }
    const items = this.collections.of(collection);
    if (items.has(id)) return false;
    items.set(id, item);
    this.planted.add(item);
    return true;
  }

  /** A pending action attempt; `settle` is the rule's own step when it reaches its outcome. Returns its id. */
  addAttempt(
    fields: {
      action_attempt_id?: string;
      actionType?: string;
      outcome?: AttemptOutcome;
      shows?: Item;
      settle?: StoredAttempt['settle'];
    } = {},
  ): string {
    const attempt: StoredAttempt = {
      action_attempt_id: fields.action_attempt_id ?? randomUUID(),
      actionType: fields.actionType ?? this.attemptRules.actionType,
      ...(fields.shows ? { shows: fields.shows } : {}),
      ...(fields.settle ? { settle: fields.settle } : {}),
      polls: 0,
      createdAt: Date.now(),
      outcome: fields.outcome ?? 'success',
      status: 'pending',
    };
    this.attempts.set(attempt.action_attempt_id, attempt);
    // pollsToFinish: 0 means the attempt is already finished in the answer that starts it.
    this.#settleIfDue(attempt);
    return attempt.action_attempt_id;
  }

  attemptView(a: StoredAttempt): ActionAttempt {
    const base = { action_attempt_id: a.action_attempt_id, action_type: a.actionType };
    if (a.status === 'success') return { ...base, status: 'success', result: { ...a.shows }, error: null };
    if (a.status === 'error')
      return { ...base, status: 'error', result: null, error: { ...this.attemptRules.failure } };
    return { ...base, status: 'pending', result: null, error: null };
  }

  /** A pending attempt reaches its outcome once it has been polled enough, or lived long enough. */
  #settleIfDue(attempt: StoredAttempt): void {
    const { pollsToFinish, msToFinish } = this.timing;
    const due =
      attempt.polls >= pollsToFinish || (msToFinish !== undefined && Date.now() - attempt.createdAt >= msToFinish);
    if (attempt.status !== 'pending' || attempt.outcome === 'never' || !due) return;
    const settled: Settled = attempt.settle ? attempt.settle(attempt.outcome) : { status: attempt.outcome };
    attempt.status = settled.status;
    if (settled.shows) attempt.shows = settled.shows;
  }

  /**
   * Every operation with an x-action-attempt-type starts an attempt, as the API's do: the one its
   * answer holds (an example's, or a sample of its schema) becomes a new pending attempt of that type,
   * which finishes after N polls, its result showing what the answer holds beside it (the item a
   * create made).
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
    const id = this.addAttempt({ actionType, shows });
    return { ...answer, body: { ...fields, [key]: this.attemptView(this.attempts.get(id)!) } };
  }

  /** A poll of an attempt: it moves on, and is shown as it now is; undefined when no attempt has that id. */
  pollAttempt(action_attempt_id: unknown): ActionAttempt | undefined {
    const attempt = typeof action_attempt_id === 'string' ? this.attempts.get(action_attempt_id) : undefined;
    if (!attempt) return undefined;
    attempt.polls += 1;
    this.#settleIfDue(attempt);
    return this.attemptView(attempt);
  }
}
