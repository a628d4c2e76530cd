// Request bodies other than JSON. The generated client names an encoder in the descriptors of
// operations that need one, so a bundle of JSON-only operations leaves these out.
import type { BodyEncoder } from './operation.js';

/**
 * `application/x-www-form-urlencoded`. A top-level array of plain values repeats its key
 * (`tag=a&tag=b`, OpenAPI's default `form` style); objects nest with brackets (`meta[k]=v`,
 * `deepObject`), and so do arrays inside them or of objects (`items[0][price]=p`), as APIs such
 * as Stripe's expect.
 */
export const formBody: BodyEncoder = (body) => {
  const form = new URLSearchParams();
  const add = (key: string, value: unknown, nested: boolean): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      const plain = !nested && value.every((v) => typeof v !== 'object' || v === null);
      value.forEach((v, i) => add(plain ? key : `${key}[${i}]`, v, true));
    } else if (typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) add(`${key}[${k}]`, v, true);
    } else form.append(key, String(value));
  };
  for (const [k, v] of Object.entries((body ?? {}) as Record<string, unknown>)) add(k, v, false);
  return { body: form.toString(), contentType: 'application/x-www-form-urlencoded' };
};

const isBinary = (v: unknown): v is Blob | ArrayBuffer | ArrayBufferView =>
  v instanceof Blob || v instanceof ArrayBuffer || ArrayBuffer.isView(v);

const part = (value: unknown): string | Blob =>
  value instanceof Blob
    ? value
    : isBinary(value)
      ? new Blob([value as ArrayBuffer])
      : typeof value === 'object' && value !== null
        ? new Blob([JSON.stringify(value)], { type: 'application/json' })
        : String(value);

/** `multipart/form-data`: Blobs (files) as file parts, objects as JSON parts, arrays repeated. */
export const multipartBody: BodyEncoder = (body) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, part(item));
  }
  // No content type: fetch writes it, with the boundary.
  return { body: form };
};

/** Text and binary media types: the body is sent as it is (a string, Blob, ArrayBuffer or view). */
export const rawBody: BodyEncoder = (body, contentType) => ({
  body: isBinary(body) || typeof body === 'string' ? (body as BodyInit) : String(body),
  ...(contentType ? { contentType } : {}),
});
