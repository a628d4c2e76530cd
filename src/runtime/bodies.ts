// Request bodies other than JSON. The generated client names an encoder in the descriptors of
// operations that need one, so a bundle of JSON-only operations leaves these out.
import { flattenDeep, isNested } from './deep.js';
import type { BodyEncoder } from './operation.js';

/**
 * `application/x-www-form-urlencoded`. A list of plain values repeats its key (`tag=a&tag=b`,
 * OpenAPI's default `form` style) unless the spec's encoding says deepObject for that field
 * (`expand[0]=a`, the descriptor's `deepObject`); objects, and lists holding them, nest with
 * brackets (`meta[k]=v`, `items[0][price]=p`), as APIs such as Stripe's expect.
 */
export const formBody: BodyEncoder = (body, op) => {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (isNested(value) || (Array.isArray(value) && op.deepObject?.includes(key)))
      for (const [k, v] of flattenDeep(key, value)) form.append(k, v);
    else if (Array.isArray(value)) value.forEach((v) => v !== undefined && v !== null && form.append(key, String(v)));
    else if (value !== undefined && value !== null) form.append(key, String(value));
  }
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
export const rawBody: BodyEncoder = (body, op) => ({
  body: isBinary(body) || typeof body === 'string' ? (body as BodyInit) : String(body),
  ...(op.contentType ? { contentType: op.contentType } : {}),
});
