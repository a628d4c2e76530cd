// seam-connect-client/webhooks: verify a webhook delivery and narrow its event. An entry of its own,
// so the client's bundle never carries it.
export { verifyWebhook, type VerifyWebhookOptions } from './verify.js';
export { SeamWebhookVerificationError, type WebhookVerificationReason } from './errors.js';
export { signWebhook } from './signature.js';
export type { WebhookHeaders } from './headers.js';
// Every event type and its guard, generated from the spec.
export * from '../../generated/events.js';
export type { ApiEvent as SeamEvent } from '../../generated/events.js';
