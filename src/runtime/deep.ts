// Nested values as `key[field]=value` pairs (OpenAPI's deepObject style), for form bodies and
// query parameters. openapi-fetch's serializers stop at one level (a deeper value throws), and
// APIs such as Stripe's nest objects in lists in objects.

/** Appends `value` under `key`: objects as `key[field]`, lists as `key[0]`, recursively. */
export function appendDeep(params: URLSearchParams, key: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) value.forEach((v, i) => appendDeep(params, `${key}[${i}]`, v));
  else if (typeof value === 'object') for (const [k, v] of Object.entries(value)) appendDeep(params, `${key}[${k}]`, v);
  else params.append(key, String(value));
}

/** Whether a value needs brackets: an object, or a list holding one. */
export const isNested = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && (!Array.isArray(value) || value.some((v) => typeof v === 'object' && v !== null));
