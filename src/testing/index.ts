// seam-connect-client/testing: a fake Seam Connect API, derived from the same spec as the client,
// for testing code that calls it: in-process (`createFakeSeam().fetch`) or over loopback HTTP
// (`startFakeSeam()`). Its own entry point: the client's bundle never carries it. The fake's core
// (this folder) names no vendor; Seam's rules and conveniences are the profile's
// (src/profiles/seam/fake*.ts), and `createFake({ spec, rules })` is the core for any other API.
export { createFakeSeam, startFakeSeam } from '../profiles/seam/fake.js';
export type { FakeEvent, FakeSeam, FakeSeamOptions, FakeSeamServer, FakeSeamState } from '../profiles/seam/fake.js';
export { FAKE_CREDENTIALS, seamFakeRules, type SeamFakeCredentials } from '../profiles/seam/fake-rules.js';
export { EVENT_RULES } from '../profiles/seam/fake-events.js';
export type { AccessCode, ActionAttempt } from '../profiles/seam/fake-codes.js';
export { createFake, toResponse } from './fake.js';
export type { Fake, FakeCredentials, FakeOptions, FakeRequest, FakeState, Fault, Outcome } from './fake.js';
export { startFake, type FakeServer, type Listening } from './server.js';
export {
  NEUTRAL_RULES,
  type AttemptRules,
  type AuthMode,
  type Behaviour,
  type EventRules,
  type FakeRules,
} from './rules.js';
export type { StateChange } from './events.js';
export type { AttemptOutcome, AttemptTiming } from './store.js';
export type { OperationName, OperationTypes } from './spec.js';
export type { ResourceRule } from './resources.js';
export type { ExampleSeed } from './seeds.js';
export {
  SVIX_RETRY_SCHEDULE_MS,
  type WebhookAttempt,
  type WebhookDelivery,
  type WebhookEndpoint,
  type WebhookOptions,
} from './webhook-delivery.js';
export type { PagingRule } from './paging.js';
