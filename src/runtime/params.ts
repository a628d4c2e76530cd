// Operations with path, query, header or cookie parameters. The generated client names
// `withParams` in the descriptors of such operations only, so a bundle whose operations take a
// plain body leaves openapi-fetch's URL serializers out.
import { createFinalURL, createQuerySerializer, defaultPathSerializer } from 'openapi-fetch';
import { appendDeep, isNested } from './deep.js';
import type { OperationDescriptor, PreparedInput } from './operation.js';

// Marked pure so that bundlers drop it along with withParams when no operation uses it.
const querySerializer = /* @__PURE__ */ createQuerySerializer();

/**
 * The query string: openapi-fetch's serializer for plain values and lists (OpenAPI's default
 * `form` style, or the parameter's own style), and brackets for nested values and deepObject
 * lists, which openapi-fetch does not serialize.
 */
function serializeQuery(query: Record<string, unknown>, op: OperationDescriptor): string {
  const parts: string[] = [];
  const plain: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(query)) {
    const style = op.queryStyles?.[name];
    if (isNested(value) || (style?.style === 'deepObject' && Array.isArray(value))) {
      const deep = new URLSearchParams();
      appendDeep(deep, name, value);
      parts.push(deep.toString());
    } else if (style) {
      const array = { style: style.style === 'deepObject' ? 'form' : style.style, explode: style.explode } as const;
      const object = { style: style.style === 'deepObject' ? 'deepObject' : 'form', explode: style.explode } as const;
      parts.push(createQuerySerializer({ array, object })({ [name]: value }));
    } else plain[name] = value;
  }
  const rest = querySerializer(plain);
  return (rest ? [rest, ...parts] : parts).filter(Boolean).join('&');
}

type Fields = Record<string, unknown>;

/** Moves the named fields out of `from`, skipping undefined ones. */
function take(from: Fields, names: readonly string[] | undefined): Fields | undefined {
  if (!names) return undefined;
  const out: Fields = {};
  for (const name of names) {
    if (from[name] !== undefined) out[name] = from[name];
    delete from[name];
  }
  return out;
}

const asHeader = (value: unknown): string => (typeof value === 'string' ? value : Array.isArray(value) ? value.join(',') : String(value));

/**
 * Splits a method's one flat argument by the descriptor's `params`: path parameters into the
 * path, query ones into the query string (both as openapi-fetch does), header and cookie ones into
 * headers, and the rest (or the `bodyKey` field) into the body.
 */
export function withParams(url: string, input: unknown, op: OperationDescriptor): PreparedInput {
  const fields: Fields = { ...(input as Fields | undefined) };
  const where = op.params ?? {};
  const path = take(fields, where.path);
  const query = take(fields, where.query);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(take(fields, where.header) ?? {})) headers[name] = asHeader(value);
  const cookies = Object.entries(take(fields, where.cookie) ?? {});
  if (cookies.length > 0) headers.cookie = cookies.map(([k, v]) => `${k}=${encodeURIComponent(asHeader(v))}`).join('; ');
  const rest = Object.keys(fields).length > 0 ? fields : op.bodyRequired ? {} : undefined;
  return {
    url: createFinalURL(url, {
      baseUrl: '',
      params: { path, query },
      querySerializer: (q: Record<string, unknown>) => serializeQuery(q, op),
      pathSerializer: defaultPathSerializer,
    }),
    headers,
    body: op.bodyKey ? fields[op.bodyKey] : rest,
  };
}
