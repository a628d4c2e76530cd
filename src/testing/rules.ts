// What one vendor's API does that its spec cannot say, as a value the fake is given (the Seam
// profile's by default, src/profiles/seam/fake-rules.ts): how a request proves who sent it, which
// operations answer by a declared rule, and what the declared rules keep. The fake's core names
// none of it; a fake given other rules serves another vendor's API with no edit here.
import type { Answer } from './answers.js';
import type { CodeRules, Store } from './store.js';

export type { CodeRules };

/**
 * One way a request may prove who sent it: `Authorization: Bearer <credential>`, where the
 * credential is one of the fake's `credentials` by name, and, when `header` is set, a header that
 * must equal another of them (Seam's personal access tokens name their workspace this way).
 */
export interface AuthMode {
  bearer: string;
  header?: { name: string; equals: string };
}

/** A declared answer: the fake's state and the request's input (query, path parameters and body, merged). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the request input, validated against the spec, read by field
export type Behaviour = (store: Store, input: Record<string, any>) => Answer;

export interface FakeRules {
  /** The ways a request may prove who sent it; any one will do. An operation with `security: []` needs none. */
  auth: readonly AuthMode[];
  /** The header each answer names its request id in. */
  requestIdHeader: string;
  /** Operations answered by a declared rule, by the name of their function, instead of their collection or their examples. */
  behaviours: Readonly<Record<string, Behaviour>>;
  /**
   * The operation whose collection holds the codes the declared rules and `seed.accessCode` make
   * (the manifest names the collection and the resource), the action type of their update attempts
   * where the spec gives none, and the operation that gets an attempt (the collection the docs'
   * seeds plant attempts in).
   */
  codes?: CodeRules;
}

/** Rules that declare nothing: bearer tokens of the `apiKey` credential, every answer from the spec. */
export const NEUTRAL_RULES: FakeRules = Object.freeze({
  auth: [{ bearer: 'apiKey' }],
  requestIdHeader: 'x-request-id',
  behaviours: {},
});

/** The behaviour declared for an operation: own properties only, so an operation named `constructor` is not Object.prototype's. */
export const behaviourOf = (rules: FakeRules, operation: string): Behaviour | undefined =>
  Object.hasOwn(rules.behaviours, operation) ? rules.behaviours[operation] : undefined;
