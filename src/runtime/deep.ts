// Nested values as `key[field]=value` pairs (OpenAPI's deepObject style), for form bodies and
// query parameters: objects as `key[field]`, lists in them as `key[0]`, recursively, as APIs such
// as Stripe's expect.

/** The `[name, value]` pairs of `value` under `key`; undefined and null are left out. */
export function flattenDeep(key: string, value: unknown, out: Array<[string, string]> = []): Array<[string, string]> {
  if (value === undefined || value === null) return out;
  if (Array.isArray(value)) value.forEach((v, i) => flattenDeep(`${key}[${i}]`, v, out));
  else if (typeof value === 'object') for (const [k, v] of Object.entries(value)) flattenDeep(`${key}[${k}]`, v, out);
  else out.push([key, String(value)]);
  return out;
}

/** Whether a value needs brackets: an object, or a list holding one. */
export const isNested = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  (!Array.isArray(value) || value.some((v) => typeof v === 'object' && v !== null));
