// The three headers of a delivery, from a fetch Headers object or a plain record in any case
// (Node's IncomingHttpHeaders, Express's req.headers, a Lambda event's headers).
import { SeamWebhookVerificationError } from './errors.js';

export type WebhookHeaders = Headers | { readonly [name: string]: string | readonly string[] | undefined };

export interface DeliveryHeaders {
  id: string;
  timestamp: string;
  signature: string;
}

function reader(headers: WebhookHeaders): (name: string) => string | undefined {
  if (typeof (headers as Headers)?.get === 'function') return (name) => (headers as Headers).get(name) ?? undefined;
  const lower = new Map<string, string>();
  for (const [key, value] of Object.entries(headers ?? {})) {
    const text = Array.isArray(value) ? value.join(' ') : value;
    if (typeof text === 'string') lower.set(key.toLowerCase(), text);
  }
  return (name) => lower.get(name);
}

/** svix-id, svix-timestamp, svix-signature; or Standard Webhooks' webhook-… names, as svix reads them. */
export function deliveryHeaders(headers: WebhookHeaders): DeliveryHeaders {
  const get = reader(headers);
  const read = (name: string): string => get(`svix-${name}`) || get(`webhook-${name}`) || '';
  const found = { id: read('id'), timestamp: read('timestamp'), signature: read('signature') };
  const missing = (['id', 'timestamp', 'signature'] as const).filter((k) => found[k] === '');
  if (missing.length > 0) {
    throw new SeamWebhookVerificationError('missing_headers', `missing ${missing.map((k) => `svix-${k}`).join(', ')}`);
  }
  return found;
}
