// What one vendor's API does that its spec cannot say, as a value the fake is given (each vendor's
// profile holds its own: src/profiles/<vendor>/): how a request proves who sent it, the tokens a
// fake accepts, which operations answer by a declared rule, what its attempts are called and what
// its state changes report as events. The fake's core names none of it; a fake given other rules
// serves another vendor's API with no edit here, and NEUTRAL_RULES declare nothing.
import type { Answer } from './answers.js';
import type { EventRules } from './events.js';
import type { AttemptRules, Store } from './store.js';

export type { AttemptRules, EventRules };

/**
 * One way a request may prove who sent it: `Authorization: Bearer <credential>`, where the
 * credential is one of the fake's `credentials` by name, and, when `header` is set, a header that
 * must equal another of them (a token that names the account it acts in).
 */
export interface AuthMode {
  bearer: string;
  header?: { name: string; equals: string };
}

/** A declared answer: the fake's state and the request's input (query, path parameters and body, merged). */
export type Behaviour = (store: Store, input: Readonly<Record<string, unknown>>) => Answer;

export interface FakeRules {
  /** The ways a request may prove who sent it; any one will do. An operation with `security: []` needs none. */
  auth: readonly AuthMode[];
  /** The tokens a fake accepts unless given others, by the names `auth` uses. */
  credentials?: Readonly<Record<string, string>>;
  /** The header each answer names its request id in. */
  requestIdHeader: string;
  /** Operations answered by a declared rule, by the name of their function, instead of their collection or their examples. */
  behaviours: Readonly<Record<string, Behaviour>>;
  /** What the vendor's action attempts are called, where the docs' seeds plant them, and what a failed one shows. */
  attempts?: AttemptRules;
  /** The events its state changes give; none when absent. */
  events?: EventRules;
}

/** Rules that declare nothing: bearer tokens of the `apiKey` credential, every answer from the spec, no events. */
export const NEUTRAL_RULES: FakeRules = Object.freeze({
  auth: [{ bearer: 'apiKey' }],
  credentials: Object.freeze({ apiKey: 'test_api_key_0123456789' }),
  requestIdHeader: 'x-request-id',
  behaviours: {},
});

/** The behaviour declared for an operation: own properties only, so an operation named `constructor` is not Object.prototype's. */
export const behaviourOf = (rules: FakeRules, operation: string): Behaviour | undefined =>
  Object.hasOwn(rules.behaviours, operation) ? rules.behaviours[operation] : undefined;
