// Keeping secrets out of what the client hands back: errors, their bodies, log lines. A server may
// echo a token anywhere, and in JSON it may write it with escapes (`\u0073eam_…`): both forms go.

import type { RuntimeProfile } from './profile.js';

/** Only secrets of 8 characters or more: replacing `key` would turn "monkey" into "mon[redacted]". */
const live = (secrets: readonly string[]) => secrets.filter((s) => s.length > 7);

// JSON's escapes that can spell a token's characters otherwise: \uXXXX and \/.
const ESCAPE = /\\u([0-9a-fA-F]{4})|\\\//g;
const unescape = (text: string) =>
  text.replace(ESCAPE, (_, hex?: string) => (hex ? String.fromCharCode(parseInt(hex, 16)) : '/'));

/**
 * `text` with every secret replaced by `[redacted]`, as it is and as JSON escapes may spell it.
 * Where an escaped token is found, the text is given with those escapes decoded, so that no form
 * of the token survives. Run it on the whole text before cutting it: a cut through a token would
 * leave most of it.
 */
export function redactText(text: string, secrets: readonly string[]): string {
  const tokens = live(secrets);
  const replace = (s: string) => tokens.reduce((out, token) => out.replaceAll(token, '[redacted]'), s);
  const out = replace(text);
  const decoded = unescape(out);
  return decoded !== out && tokens.some((token) => decoded.includes(token)) ? replace(decoded) : out;
}

/**
 * Replaces every occurrence of a secret, at any depth, object keys included: in the JSON text, with
 * each secret as JSON escapes it, so nothing here recurses. A value too deep to serialize (a hostile
 * body nested 10 000 deep), or one that a secret matching JSON's own syntax breaks, is withheld
 * whole. A secret under 8 characters is left alone, and no real credential is that short
 * (resolveAuth refuses one).
 */
export function redact<T>(value: T, secrets: readonly string[]): T {
  if (live(secrets).length === 0 || value === undefined) return value;
  if (typeof value === 'string') return redactText(value, secrets) as T;
  try {
    let json = JSON.stringify(value);
    for (const s of live(secrets)) json = json.replaceAll(JSON.stringify(s).slice(1, -1), '[redacted]');
    return JSON.parse(json);
  } catch {
    return '[redacted]' as T;
  }
}

/** The most tokens collected beyond those a client starts with: a token refreshed every few minutes must not make every redaction slower for the life of the process. */
const MAX_COLLECTED = 32;

/**
 * Adds the value of each of the profile's credential headers in `headers` (the token of an
 * `authorization` header) to `secrets`, in place, so that everything holding that list redacts it
 * from then on. Called where a request goes on the wire: whoever set the header (client, call or
 * middleware), it is seen here.
 */
export function collectTokens(headers: Headers, secrets: string[], profile: RuntimeProfile): void {
  for (const name of profile.auth.credentialHeaders) {
    const token = headers.get(name)?.split(' ').pop();
    if (token && !secrets.includes(token)) {
      secrets.push(token);
      // The oldest collected one goes; the client's own token, first, stays.
      if (secrets.length > MAX_COLLECTED + 1) secrets.splice(1, 1);
    }
  }
}
