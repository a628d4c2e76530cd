// Operations with path, query, header or cookie parameters. The generated client names
// `withParams` in the descriptors of such operations only, so a bundle whose operations take a
// plain body leaves it out. It splits the method's one flat argument into openapi-fetch's `params`
// by location; openapi-fetch fills the path, writes the query string and merges the headers.
// What it lacks is added here: cookie parameters become a header, and a query serializer is
// plugged in for styles it does not have.
import { flattenDeep, isNested } from './deep.js';
import type { CallInput, OperationDescriptor } from './operation.js';

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
/** OpenAPI's `simple` style, for header and cookie values: lists joined by commas. */
const asText = (value: unknown): string => (Array.isArray(value) ? value.join(',') : String(value));

// Path values are checked where openapi-fetch fills the path (path.ts), for every client alike.
export { isPathSegment } from './path.js';

/**
 * The query string, for what openapi-fetch's serializer cannot write: its one style for every
 * parameter, and values nested deeper than one level (which it refuses). Lists repeat their key
 * (OpenAPI's default) or join with the parameter's delimiter when not exploded; objects, lists
 * holding them and deepObject lists use brackets (`filter[created][gt]=5`, `expand[0]=a`).
 */
function styledQuery(op: OperationDescriptor): (query: Fields) => string {
  return (query) => {
    const parts: string[] = [];
    for (const [name, value] of Object.entries(query)) {
      const style = op.queryStyles?.[name];
      if (isNested(value) || (style?.style === 'deepObject' && Array.isArray(value))) {
        for (const [k, v] of flattenDeep(name, value)) parts.push(`${enc(k)}=${enc(v)}`);
      } else if (Array.isArray(value)) {
        const delimiter =
          style &&
          !style.explode &&
          ({ form: ',', spaceDelimited: '%20', pipeDelimited: '|' } as Record<string, string>)[style.style];
        if (delimiter) parts.push(`${enc(name)}=${value.map((v) => enc(String(v))).join(delimiter)}`);
        else for (const v of value) parts.push(`${enc(name)}=${enc(String(v))}`);
      } else parts.push(`${enc(name)}=${enc(String(value))}`);
    }
    return parts.join('&');
  };
}

/**
 * Splits a method's one flat argument by the descriptor's `params`: path, query, header and cookie
 * parameters by name, and the rest (or the `bodyKey` field) as the body.
 */
export function withParams(input: unknown, op: OperationDescriptor): CallInput {
  const fields: Fields = { ...(input as Fields | undefined) };
  const where = op.params ?? {};
  const path = take(fields, where.path);
  const query = take(fields, where.query);
  const header: Record<string, string> = {};
  for (const [name, value] of Object.entries(take(fields, where.header))) header[name] = asText(value);
  const cookie = take(fields, where.cookie);
  const cookies = Object.entries(cookie);
  const rest = Object.keys(fields).length > 0 ? fields : op.bodyRequired ? {} : undefined;
  return {
    params: { path, query, header, cookie },
    body: op.bodyKey ? fields[op.bodyKey] : rest,
    ...(cookies.length > 0 && { headers: { cookie: cookies.map(([k, v]) => `${k}=${enc(asText(v))}`).join('; ') } }),
    ...((op.queryStyles || Object.values(query).some(isNested)) && { querySerializer: styledQuery(op) }),
  };
}
