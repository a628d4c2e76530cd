// The one error verifyWebhook throws. Its message names the failed check and never quotes the
// secret, a signature or the body (a log line of it gives nothing away).
import { SeamError } from '../runtime/errors.js';

export type WebhookVerificationReason =
  /** svix-id, svix-timestamp or svix-signature (or webhook-…) is absent or empty. */
  | 'missing_headers'
  /** svix-timestamp is not a whole number of seconds. */
  | 'invalid_timestamp'
  /** The timestamp is older than the tolerance: a replay, or a delivery held too long. */
  | 'timestamp_too_old'
  /** The timestamp is further ahead than the tolerance. */
  | 'timestamp_in_future'
  /** No `v1,` signature matches the body with this secret. */
  | 'bad_signature'
  /** The secret is empty or not base64 (after its `whsec_` prefix). */
  | 'bad_secret'
  /** The signed body is not JSON, or not an event the spec allows. */
  | 'invalid_payload'
  /** No Web Crypto (`globalThis.crypto.subtle`) in this runtime. */
  | 'unsupported_runtime';

export class SeamWebhookVerificationError extends SeamError {
  override name = 'SeamWebhookVerificationError';
  constructor(
    readonly reason: WebhookVerificationReason,
    message: string,
  ) {
    super(`Webhook verification failed (${reason}): ${message}`);
  }
}
