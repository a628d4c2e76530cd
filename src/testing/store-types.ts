// The shapes the store keeps, apart from the Store that works on them (store.ts), so the vendor
// rules (rules.ts) can name them without the class. Action attempts are what a spec's
// x-action-attempt-type says an operation starts; what else a vendor's rules keep is theirs
// (src/profiles/<vendor>/).
import type { Item } from './collections.js';
import type { ResourceRule } from './resources.js';

/** An action attempt as the API shows it. */
export type ActionAttempt = Item;

/** How an attempt ends: `never` keeps it pending. */
export type AttemptOutcome = 'success' | 'error' | 'never';

/** What a rule's attempt turns out to be when it reaches its outcome: an error after all (what it set is gone), or a success showing its result. */
export interface Settled {
  status: 'success' | 'error';
  shows?: Item;
}

export interface StoredAttempt {
  action_attempt_id: string;
  actionType: string;
  /** What its result shows when it succeeds. */
  shows?: Item;
  polls: number;
  createdAt: number;
  outcome: AttemptOutcome;
  status: 'pending' | 'success' | 'error';
  /** The rule's own step when the attempt reaches its outcome (kept as bookkeeping, never shown). */
  settle?: (outcome: 'success' | 'error') => Settled;
}

/** When a pending action attempt reaches its outcome: after this many polls, or this long, whichever is first. */
export interface AttemptTiming {
  pollsToFinish: number;
  msToFinish?: number;
}

/** The vendor's words for attempts, which the spec cannot say (FakeRules.attempts, rules.ts). */
export interface AttemptRules {
  /** The operation that gets an attempt by id: its collection (the manifest's) is where the docs' seeds plant attempts. */
  operation?: string;
  /** That collection where the manifest has no rule for the operation. */
  collection?: string;
  /** The action type of an attempt whose start names none. */
  actionType: string;
  /** The error a failed attempt shows. */
  failure: { type: string; message: string };
}

/** What the store learns from the spec and its manifest: each operation's collection rule, and its x-action-attempt-type. */
export interface StoreManifest {
  resources?: Readonly<Record<string, ResourceRule | undefined>>;
  actionTypes?: Readonly<Record<string, string | undefined>>;
  attempts?: AttemptRules;
}

/** Attempts when no vendor rules name them: neutral names, no vendor's error types. */
export const NEUTRAL_ATTEMPTS: AttemptRules = {
  actionType: 'UPDATE',
  failure: { type: 'attempt_failed', message: 'The attempt failed' },
};
