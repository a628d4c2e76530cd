// Operations with path, query, header or cookie parameters. The generated client names
// `withParams` in the descriptors of such operations only, so a bundle whose operations take a
// plain body leaves it out. It is small on purpose: openapi-fetch's URL serializers cost about
// 1 kB gzipped and stop at one level of nesting (a deeper value throws), so the path and query
// are written here, the way openapi-fetch writes them for the styles it has.
import { flattenDeep, isNested } from './deep.js';
import type { OperationDescriptor, PreparedInput } from './operation.js';

type Fields = Record<string, unknown>;

/** Moves the named fields out of `from`, skipping undefined ones. */
function take(from: Fields, names: readonly string[] | undefined): Fields {
  const out: Fields = {};
  for (const name of names ?? []) {
    if (from[name] !== undefined) out[name] = from[name];
    delete from[name];
  }
  return out;
}

const enc = encodeURIComponent;
const DELIMITERS: Record<string, string> = { form: ',', spaceDelimited: '%20', pipeDelimited: '|' };
const asText = (value: unknown): string => (typeof value === 'string' ? value : Array.isArray(value) ? value.join(',') : String(value));

/**
 * The query string. Lists repeat their key (OpenAPI's default, `form` exploded) or join with the
 * parameter's delimiter when it is not exploded; objects, lists holding them and deepObject lists
 * use brackets (`filter[created][gt]=5`, `expand[0]=a`).
 */
function serializeQuery(query: Fields, op: OperationDescriptor): string {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(query)) {
    const style = op.queryStyles?.[name];
    if (isNested(value) || (style?.style === 'deepObject' && Array.isArray(value))) {
      for (const [k, v] of flattenDeep(name, value)) parts.push(`${enc(k)}=${enc(v)}`);
    } else if (Array.isArray(value)) {
      if (style && !style.explode) parts.push(`${enc(name)}=${value.map((v) => enc(String(v))).join(DELIMITERS[style.style] ?? ',')}`);
      else for (const v of value) parts.push(`${enc(name)}=${enc(String(v))}`);
    } else parts.push(`${enc(name)}=${enc(String(value))}`);
  }
  return parts.join('&');
}

/**
 * Splits a method's one flat argument by the descriptor's `params`: path parameters into the
 * path, query ones into the query string, header and cookie ones into headers, and the rest (or
 * the `bodyKey` field) into the body.
 */
export function withParams(url: string, input: unknown, op: OperationDescriptor): PreparedInput {
  const fields: Fields = { ...(input as Fields | undefined) };
  const where = op.params ?? {};
  const path = take(fields, where.path);
  const queryFields = take(fields, where.query);
  const query = serializeQuery(queryFields, op);
  const headerFields = take(fields, where.header);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(headerFields)) headers[name] = asText(value);
  const cookieFields = take(fields, where.cookie);
  const cookies = Object.entries(cookieFields);
  if (cookies.length > 0) headers.cookie = cookies.map(([k, v]) => `${k}=${enc(asText(v))}`).join('; ');
  const rest = Object.keys(fields).length > 0 ? fields : op.bodyRequired ? {} : undefined;
  return {
    url: url.replace(/\{([^}]+)\}/g, (_, name: string) => enc(asText(path[name]))) + (query ? `?${query}` : ''),
    headers,
    body: op.bodyKey ? fields[op.bodyKey] : rest,
    params: { path, query: queryFields, header: headerFields, cookie: cookieFields },
  };
}
