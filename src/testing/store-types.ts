// The shapes the store keeps and the public types of what `seed` and `state` give, apart from the
// Store that works on them (store.ts), so the vendor rules (rules.ts) can name them without the class.
import type { Item } from './collections.js';
import type { ResourceRule } from './resources.js';
import type { OperationItems } from '../../generated/operations.js';

/** The type of the items an operation acts on, as the manifest gives it; any object where it has none. */
type ItemOf<K extends string> = K extends keyof OperationItems ? OperationItems[K] : Item;
/** The public types of what `seed` and `state` give: the items of the operations the Seam profile's rules answer. */
export type AccessCode = ItemOf<'accessCodesUpdate'>;
export type ActionAttempt = ItemOf<'actionAttemptsGet'>;

/** How an access code's update attempts end: `never` keeps them pending. */
export type AttemptOutcome = 'success' | 'error' | 'never';

/** The fields of an access code the rules read and write; any others are the spec's. */
export interface StoredAccessCode extends Item {
  access_code_id: string;
  device_id: string;
  name: string | null;
  code: string | null;
  type: 'ongoing' | 'time_bound';
  status: 'setting' | 'set' | 'unset' | 'removing' | 'unknown';
  starts_at: string | null;
  ends_at: string | null;
  common_code_key: string | null;
  created_at: string;
}

export interface StoredAttempt {
  action_attempt_id: string;
  /** The access code an update attempt is for; none for an attempt another operation's answer holds. */
  access_code_id?: string;
  /** The type of an attempt another operation started, and what its result shows when it succeeds. */
  actionType?: string;
  shows?: Item;
  polls: number;
  createdAt: number;
  outcome: AttemptOutcome;
  status: 'pending' | 'success' | 'error';
  /** The code when the attempt succeeded. */
  result?: StoredAccessCode;
}

/** When a pending action attempt reaches its outcome: after this many polls, or this long, whichever is first. */
export interface AttemptTiming {
  pollsToFinish: number;
  msToFinish?: number;
}

/** What the rules learn from the spec and its manifest: each operation's collection rule, and its x-action-attempt-type. */
export interface StoreManifest {
  resources?: Readonly<Record<string, ResourceRule | undefined>>;
  actionTypes?: Readonly<Record<string, string | undefined>>;
  /** The vendor rules' operations whose collections hold the codes and the attempts, and the action type of their updates (rules.ts). */
  codes?: CodeRules;
}

/** What the declared rules keep, and what they say when an attempt fails (the vendor's FakeRules.codes, rules.ts). */
export interface CodeRules {
  operation: string;
  actionType: string;
  attempts?: string;
  /** The resources' names where the manifest has no rule for them: the code's (its answers' key and 404 type), its device's, an attempt's. */
  names: { code: string; device: string; attempt: string };
  /** The error a failed attempt shows, and the one the event of a code that failed to be set gives. */
  failure: { attempt: { type: string; message: string }; code: { type: string; message: string } };
}

/** What the store keeps when no vendor rules name it: neutral names, no vendor's error types. */
export const NEUTRAL_CODES: CodeRules = {
  operation: '',
  actionType: 'UPDATE',
  names: { code: 'code', device: 'device', attempt: 'attempt' },
  failure: {
    attempt: { type: 'attempt_failed', message: 'The attempt failed' },
    code: { type: 'attempt_failed', message: 'The attempt failed' },
  },
};
