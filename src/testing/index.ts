// seam-connect-client/testing: a fake Seam Connect API, derived from the same spec as the client,
// for testing code that calls it: in-process (`createFakeSeam().fetch`) or over loopback HTTP
// (`startFakeSeam()`). Its own entry point: the client's bundle never carries it.
export { createFakeSeam, FAKE_CREDENTIALS, toResponse } from './fake.js';
export type { Fault, FakeCredentials, FakeRequest, FakeSeam, FakeSeamOptions, FakeState, Outcome } from './fake.js';
export { startFakeSeam, type FakeSeamServer } from './server.js';
export { NEUTRAL_RULES, type AuthMode, type Behaviour, type FakeRules } from './rules.js';
export { seamFakeRules } from '../profiles/seam/fake-rules.js';
export type { AccessCode, ActionAttempt, AttemptOutcome, AttemptTiming } from './store.js';
export type { OperationName, OperationTypes } from './spec.js';
export type { ResourceRule } from './resources.js';
export type { ExampleSeed } from './seeds.js';
export { EVENT_RULES, type FakeEvent } from './events.js';
export {
  SVIX_RETRY_SCHEDULE_MS,
  type WebhookAttempt,
  type WebhookDelivery,
  type WebhookEndpoint,
  type WebhookOptions,
} from './webhook-delivery.js';
export type { PagingRule } from './paging.js';
