// The Svix / Standard Webhooks signature: base64 HMAC-SHA256 of `${id}.${timestamp}.${body}` with
// the secret's bytes (base64 after `whsec_`), sent as `v1,<base64>`, several separated by spaces.
//
// No library: globalThis.crypto.subtle (Web Crypto) is in Node 20+, Bun, Deno, browsers and workers,
// runs the HMAC natively (svix's verifier uses a JavaScript SHA-256), and adds nothing to the
// bundle; where the runtime has node:crypto built in (Node, Bun, Deno), its synchronous createHmac
// is used instead, as Web Crypto's asynchronous sign costs more than the HMAC itself.
import { SeamWebhookVerificationError } from './errors.js';

const SECRET_PREFIX = 'whsec_';
const encoder = new TextEncoder();

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s)
    throw new SeamWebhookVerificationError(
      'unsupported_runtime',
      'this runtime has no Web Crypto (globalThis.crypto.subtle)',
    );
  return s;
}

/** The secret's key bytes; the error says what is wrong with it, never what it is. */
export function secretBytes(secret: string): Uint8Array {
  if (typeof secret !== 'string') throw new SeamWebhookVerificationError('bad_secret', 'the secret must be a string');
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  let binary: string;
  try {
    // atob ignores ASCII whitespace and accepts a missing `=`; Svix's secrets have neither.
    binary = atob(encoded);
  } catch {
    throw new SeamWebhookVerificationError(
      'bad_secret',
      `the secret is not base64 after its "${SECRET_PREFIX}" prefix`,
    );
  }
  if (binary.length === 0) throw new SeamWebhookVerificationError('bad_secret', 'the secret is empty');
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export const bodyBytes = (body: string | Uint8Array | ArrayBuffer): Uint8Array =>
  typeof body === 'string' ? encoder.encode(body) : body instanceof Uint8Array ? body : new Uint8Array(body);

const base64 = (bytes: Uint8Array): string => {
  let binary = '';
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]!);
  return btoa(binary);
};

// Importing a key costs more than the HMAC itself: the last few secrets' keys are kept (a receiver
// has one secret, two while it rotates). Bounded; the CryptoKey is not extractable.
const keys = new Map<string, Promise<CryptoKey>>();
function hmacKey(key: Uint8Array): Promise<CryptoKey> {
  const cacheKey = String.fromCharCode(...key.subarray(0, 64)) + key.length;
  let found = keys.get(cacheKey);
  if (!found || key.length > 64) {
    found = subtle().importKey('raw', key as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    if (key.length <= 64) {
      if (keys.size >= 4) keys.delete(keys.keys().next().value!);
      keys.set(cacheKey, found);
    }
  }
  return found;
}

/** node:crypto's createHmac, where the runtime has one built in (Node 20.16+, Bun, Deno): no bundler sees an import. */
interface Hmac {
  update(data: Uint8Array): Hmac;
  digest(encoding: 'base64'): string;
}
type CreateHmac = (alg: 'sha256', key: Uint8Array) => Hmac;
const builtinHmac = ((): CreateHmac | undefined => {
  try {
    const proc = (
      globalThis as { process?: { getBuiltinModule?: (name: string) => { createHmac?: CreateHmac } | undefined } }
    ).process;
    return typeof proc?.getBuiltinModule === 'function' ? proc.getBuiltinModule('node:crypto')?.createHmac : undefined;
  } catch {
    return undefined;
  }
})();

/** Which HMAC `signature` uses: the runtime's node:crypto where it has one, else Web Crypto. */
export const hmacEngine: 'node:crypto' | 'web-crypto' = builtinHmac ? 'node:crypto' : 'web-crypto';

/** The `v1,<base64>` signature of one delivery; `engine` is for tests, which check both agree. */
export async function signature(
  key: Uint8Array,
  id: string,
  timestamp: string,
  body: Uint8Array,
  engine = hmacEngine,
): Promise<string> {
  const prefix = encoder.encode(`${id}.${timestamp}.`);
  // Web Crypto's sign is dispatched to a thread and measured 6x slower than svix per delivery on
  // Node 20 (npm run bench:webhooks); the runtime's own HMAC, where there is one, is synchronous.
  if (builtinHmac && engine === 'node:crypto')
    return `v1,${builtinHmac('sha256', key).update(prefix).update(body).digest('base64')}`;
  const s = subtle();
  const cryptoKey = await hmacKey(key);
  const signed = new Uint8Array(prefix.length + body.length);
  signed.set(prefix);
  signed.set(body, prefix.length);
  return `v1,${base64(new Uint8Array(await s.sign('HMAC', cryptoKey, signed)))}`;
}

/**
 * Whether two strings are equal, in time that depends on their length only: a receiver's answers
 * must not tell an attacker how many leading characters of a forged signature were right.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** Signs a delivery as Svix does: the headers a webhook POST carries. For the testing kit's fake and for tests. */
export async function signWebhook(
  body: string,
  secret: string,
  options: { id: string; timestamp?: number },
): Promise<{ 'svix-id': string; 'svix-timestamp': string; 'svix-signature': string }> {
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const sig = await signature(secretBytes(secret), options.id, timestamp, bodyBytes(body));
  return { 'svix-id': options.id, 'svix-timestamp': timestamp, 'svix-signature': sig };
}
