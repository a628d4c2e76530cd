// verifyWebhook: the Svix / Standard Webhooks checks in svix's order (headers, timestamp, signature),
// then the body as a typed event.
import type { AnyEvent } from '../../generated/events.js';
import { SeamWebhookVerificationError } from './errors.js';
import { deliveryHeaders, type WebhookHeaders } from './headers.js';
import { bodyBytes, constantTimeEqual, secretBytes, signature } from './signature.js';
import { validateEvent } from './validate.js';

export interface VerifyWebhookOptions {
  /** How far, in seconds, the timestamp may be from now, either way. Default 300 (5 minutes), as Svix's. */
  toleranceSeconds?: number;
  /** Check the body against the spec's required fields of its event type. Default true; false only parses it. */
  validate?: boolean;
  /** The clock, for tests: milliseconds since the epoch. Default Date.now(). */
  now?: () => number;
}

const DEFAULT_TOLERANCE_SECONDS = 5 * 60;
const decoder = new TextDecoder();

/**
 * Verifies a webhook delivery and returns its event. `rawBody` must be the bytes as received (a
 * string, Uint8Array, Buffer or ArrayBuffer), not JSON parsed and serialized again. Throws
 * SeamWebhookVerificationError with the failed check as `reason`.
 */
export async function verifyWebhook(
  rawBody: string | Uint8Array | ArrayBuffer,
  headers: WebhookHeaders,
  secret: string,
  options: VerifyWebhookOptions = {},
): Promise<AnyEvent> {
  const key = secretBytes(secret);
  const { id, timestamp, signature: signatures } = deliveryHeaders(headers);

  if (!/^\d{1,15}$/.test(timestamp))
    throw new SeamWebhookVerificationError('invalid_timestamp', 'svix-timestamp is not a number of seconds');
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  const now = Math.floor((options.now ?? Date.now)() / 1000);
  const sent = Number(timestamp);
  if (now - sent > tolerance)
    throw new SeamWebhookVerificationError(
      'timestamp_too_old',
      `the delivery is ${now - sent} s old; the tolerance is ${tolerance} s`,
    );
  if (sent - now > tolerance)
    throw new SeamWebhookVerificationError(
      'timestamp_in_future',
      `the delivery is ${sent - now} s ahead; the tolerance is ${tolerance} s`,
    );

  const body = bodyBytes(rawBody);
  const expected = await signature(key, id, timestamp, body);
  // Every candidate is compared, so the time taken does not say which one matched.
  let matched = false;
  for (const candidate of signatures.split(' ')) matched = constantTimeEqual(candidate, expected) || matched;
  if (!matched)
    throw new SeamWebhookVerificationError('bad_signature', 'no signature matches the body with this secret');

  let parsed: unknown;
  try {
    parsed = JSON.parse(typeof rawBody === 'string' ? rawBody : decoder.decode(body));
  } catch {
    throw new SeamWebhookVerificationError('invalid_payload', 'the body is not JSON');
  }
  if (options.validate === false) return parsed as AnyEvent;
  return validateEvent(parsed);
}
