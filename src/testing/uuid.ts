// Version 4 UUIDs for the fake's ids and request ids.
//
// Why not crypto.randomUUID alone: browsers expose it only on secure origins (https, localhost),
// so a team running the fake in a page served from http://app.local got "crypto.randomUUID is not
// a function". crypto.getRandomValues exists on every origin and in every runtime the package
// supports; the fake's ids need to be unique, not secret.
export function randomUUID(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
