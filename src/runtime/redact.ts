// Keeping secrets out of what the client hands back: errors, their bodies, log lines.

/**
 * Replaces every occurrence of a secret, at any depth, object keys included: in the JSON text, with
 * each secret as JSON escapes it, so nothing here recurses. A value too deep to serialize (a hostile
 * body nested 10 000 deep), or one that a secret matching JSON's own syntax breaks, is withheld
 * whole. A secret under 8 characters is left alone: replacing `key` would turn "monkey" into
 * "mon[redacted]" and mangle field names, and no real credential is that short (resolveAuth
 * refuses one).
 */
export function redact<T>(value: T, secrets: readonly string[]): T {
  if (secrets.length === 0 || value === undefined) return value;
  try {
    let json = JSON.stringify(value);
    for (const s of secrets) if (s.length > 7) json = json.replaceAll(JSON.stringify(s).slice(1, -1), '[redacted]');
    return JSON.parse(json);
  } catch {
    return '[redacted]' as T;
  }
}
