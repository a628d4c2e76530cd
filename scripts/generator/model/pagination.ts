// Which operations answer one page of a longer list, and how to ask for the next: read once per
// operation from the spec, for any spec. In order:
//
//   x-pagination            this project's declaration, or `false` for none:
//                           { results: '$.access_codes', nextCursor: '$.pagination.next_page_cursor'
//                             (or '$.data[-1].id', the last item's id), hasMore?: '$.pagination.has_next_page',
//                             cursor: 'page_cursor', limit?: 'limit' }
//   x-speakeasy-pagination  Speakeasy's, `type: cursor`: inputs [{ name, in, type: cursor | limit }],
//                           outputs { results, nextCursor } (its offsetLimit and url types are not read).
//   Seam's convention       the answer has an object with `has_next_page` and `next_page_cursor`
//                           (`pagination`); the request takes `page_cursor` and `limit`.
//   a next cursor           the answer has `next_cursor` (or `next_page_token`, `nextCursor`, …) at
//                           the top or in one object, beside an optional has-more flag; the request
//                           takes `cursor` (or `page_token`, `after`, …).
//   Stripe's convention     the answer has `has_more` and a list; the request takes `starting_after`
//                           (or `after`): the next cursor is the last item's `id`.
//
// An answer that pages but a request that takes no cursor (Seam's /access_codes/get_timeline) is
// still marked, without `cursor`: the client then resolves the first page only, and a warning says why.
import { GeneratorError } from '../errors.js';
import { isNode, isObjectNode, type SchemaObject } from '../document.js';
import type { OperationExtensions } from './extensions.js';
import type { SchemaRef, SpecReader } from './reader.js';
import type { OperationModel, PaginationModel } from './types.js';

const HAS_MORE = ['has_next_page', 'has_more', 'hasMore', 'hasNextPage', 'has_next'];
const NEXT = [
  'next_page_cursor',
  'next_cursor',
  'nextCursor',
  'next_page_token',
  'nextPageToken',
  'next_token',
  'nextToken',
];
const CURSOR_INPUTS = [
  'page_cursor',
  'cursor',
  'page_token',
  'pageToken',
  'next_token',
  'nextToken',
  'starting_after',
  'after',
];
const AFTER_INPUTS = ['starting_after', 'after'];
const LIMIT_INPUTS = ['limit', 'page_size', 'pageSize', 'per_page', 'max_results', 'maxResults'];
const ITEM_KEYS = ['data', 'items', 'results'];

/** What the detection reads of one operation. */
interface Inputs {
  /** The success answer's schema, `$ref`s followed. */
  body: SchemaObject | undefined;
  extensions: Pick<OperationExtensions, 'pagination' | 'speakeasyPagination'>;
  model: Pick<OperationModel, 'responseKey' | 'parameters' | 'requestBody'>;
  where: (key: string) => string;
}

/** A property's schema, `$ref` followed: what the spec wrote there, which may be no schema at all. */
type Property = SchemaObject | undefined;

/** The properties of an object schema (its `allOf` parts merged), `$ref`s followed. */
function propertiesOf(spec: SpecReader, node: SchemaRef, at: string): Record<string, Property> {
  const schema = spec.deref(node, at);
  if (!isObjectNode(schema)) return {};
  const parts = Array.isArray(schema.allOf) ? schema.allOf.map((p) => spec.deref(p, at)) : [schema];
  const out: Record<string, Property> = {};
  for (const part of parts)
    for (const [name, prop] of Object.entries(
      isObjectNode(part) && isObjectNode(part.properties) ? part.properties : {},
    ))
      out[name] = spec.deref(prop, at);
  return out;
}

const isArray = (schema: Property): boolean =>
  isObjectNode(schema) && (schema.type === 'array' || (Array.isArray(schema.type) && schema.type.includes('array')));

/** Where the answer holds the page's items: the response key's list, `data`, `items`, `results`, or its one list. */
function itemsPath(
  spec: SpecReader,
  body: SchemaRef,
  responseKey: string | undefined,
  at: string,
): string[] | undefined {
  const props = propertiesOf(spec, body, at);
  if (responseKey && isArray(props[responseKey])) return [responseKey];
  for (const key of ITEM_KEYS) if (isArray(props[key])) return [key];
  const lists = Object.keys(props).filter((k) => isArray(props[k]));
  if (lists.length === 1) return lists;
  // Seam's /seam/console/v1/timelines/get: the key is an object that holds the list.
  if (responseKey && isObjectNode(props[responseKey])) {
    const inner = propertiesOf(spec, props[responseKey], at);
    const innerLists = Object.keys(inner).filter((k) => isArray(inner[k]));
    if (innerLists.length === 1) return [responseKey, innerLists[0]!];
  }
  return undefined;
}

/** The request's fields: every parameter and body field (of any variant), by name. */
function requestFields(
  model: Inputs['model'],
): Map<string, { type: string; default?: unknown; constraints: string[] }> {
  const fields = new Map<string, { type: string; default?: unknown; constraints: string[] }>();
  for (const p of [
    ...model.parameters,
    ...(model.requestBody?.properties ?? []),
    ...(model.requestBody?.variants ?? []).flatMap((v) => v.properties),
  ]) {
    if (!fields.has(p.name)) fields.set(p.name, p);
  }
  return fields;
}

function limitOf(fields: ReturnType<typeof requestFields>, name: string | undefined): PaginationModel['limit'] {
  const field = name === undefined ? undefined : fields.get(name);
  if (!field) return undefined;
  const maximum = Number(/^maximum: (.+)$/.exec(field.constraints.find((c) => c.startsWith('maximum: ')) ?? '')?.[1]);
  return {
    name: name!,
    ...(typeof field.default === 'number' ? { default: field.default } : {}),
    ...(Number.isFinite(maximum) ? { maximum } : {}),
  };
}

/** `$.a.b` → ['a', 'b']; `$.a[-1].id` → the last item of `a`, its `id`. */
function jsonPath(value: unknown, where: string, key: string): { path: string[]; last?: string } {
  const m = typeof value === 'string' ? /^\$((?:\.[A-Za-z_][\w-]*)*)(?:\[-1\]\.([A-Za-z_][\w-]*))?$/.exec(value) : null;
  if (!m)
    throw new GeneratorError(
      'invalid-extension',
      `${key} must be a path such as "$.data.items" or "$.data[-1].id", not ${JSON.stringify(value)}`,
      where,
    );
  return { path: m[1]!.split('.').filter(Boolean), ...(m[2] ? { last: m[2] } : {}) };
}

/** x-pagination and x-speakeasy-pagination, as the descriptor they declare (null: declared none). */
function declared(
  { pagination: own, speakeasyPagination: speakeasy }: Inputs['extensions'],
  fields: ReturnType<typeof requestFields>,
  where: (key: string) => string,
  warnings: string[],
): PaginationModel | null | undefined {
  if (own === false) return null;
  let source: string;
  let results: unknown, nextCursor: unknown, hasMore: unknown, cursor: unknown, limit: unknown;
  if (isNode(own)) {
    source = 'x-pagination';
    ({ results, nextCursor, hasMore, cursor, limit } = own);
  } else if (isNode(speakeasy)) {
    source = 'x-speakeasy-pagination';
    if (speakeasy.type !== 'cursor') {
      warnings.push(
        `${where(source)} ignored-extension: x-speakeasy-pagination of type ${JSON.stringify(speakeasy.type)} is not read (only type: cursor); the method resolves to one page`,
      );
      return null;
    }
    const inputs: unknown[] = Array.isArray(speakeasy.inputs) ? speakeasy.inputs : [];
    const nameOf = (type: string): unknown => {
      const input = inputs.find((i) => isNode(i) && i.type === type);
      return isNode(input) ? input.name : undefined;
    };
    cursor = nameOf('cursor');
    limit = nameOf('limit');
    ({ results, nextCursor } = isNode(speakeasy.outputs) ? speakeasy.outputs : {});
  } else return undefined;
  const at = where(source);
  if (typeof cursor !== 'string' || !fields.has(cursor)) {
    throw new GeneratorError(
      'invalid-extension',
      `${source} must name the request field that takes the cursor; ${JSON.stringify(cursor)} is not a parameter or body field of this operation`,
      at,
    );
  }
  if (limit !== undefined && (typeof limit !== 'string' || !fields.has(limit))) {
    throw new GeneratorError(
      'invalid-extension',
      `${source}'s limit ${JSON.stringify(limit)} is not a parameter or body field of this operation`,
      at,
    );
  }
  const items = jsonPath(results, at, `${source} results`);
  const next = jsonPath(nextCursor, at, `${source} nextCursor`);
  if (items.last)
    throw new GeneratorError(
      'invalid-extension',
      `${source} results must be the list itself, not one item's field`,
      at,
    );
  return {
    source,
    items: items.path,
    ...(next.last ? { nextFromLast: next.last } : { next: next.path }),
    ...(hasMore !== undefined ? { hasMore: jsonPath(hasMore, at, `${source} hasMore`).path } : {}),
    cursor,
    ...(limit !== undefined ? { limit: limitOf(fields, limit as string) } : {}),
  };
}

/** The pagination of one operation, or undefined when it answers a whole list (or no list). */
export function paginationOf(
  spec: SpecReader,
  { body, extensions, model, where }: Inputs,
  warnings: string[],
): PaginationModel | undefined {
  const fields = requestFields(model);
  const own = declared(extensions, fields, where, warnings);
  if (own !== undefined) return own ?? undefined;
  if (!isObjectNode(body)) return undefined;
  const at = where('responses');
  const props = propertiesOf(spec, body, at);
  const pick = (names: string[], among: Record<string, unknown>) => names.find((n) => among[n] !== undefined);
  const limitName = pick(LIMIT_INPUTS, Object.fromEntries(fields));
  // A cursor is a string: an `after` that is a date (Seam's get_timeline) is a filter, not a cursor.
  const cursorField = (names: string[]) =>
    names.find((n) => {
      const field = fields.get(n);
      return field && /\bstring\b/.test(field.type) && !field.constraints.some((c) => /^format: date/.test(c));
    });

  // A next cursor, at the top of the answer or in one of its objects (Seam's `pagination`).
  let found: { next: string[]; hasMore?: string[] } | undefined;
  for (const [key, prop] of [
    ['', body] as [string, Property],
    ...Object.entries(props).filter(([, p]) => isObjectNode(p) && !isArray(p)),
  ]) {
    const inner = key === '' ? props : propertiesOf(spec, prop, at);
    const next = pick(NEXT, inner);
    if (!next || inner[next]?.format === 'uri') continue;
    const prefix = key === '' ? [] : [key];
    const more = pick(HAS_MORE, inner);
    found = { next: [...prefix, next], ...(more ? { hasMore: [...prefix, more] } : {}) };
    break;
  }
  if (found) {
    const items = itemsPath(spec, body, model.responseKey, at);
    if (!items) return undefined;
    const cursor = cursorField(CURSOR_INPUTS);
    const source = found.next.at(-1) === 'next_page_cursor' ? "Seam's pagination" : 'a next cursor';
    if (!cursor) {
      warnings.push(
        `${where('')} unpaged-list: the answer pages (${found.next.join('.')}) but the request takes no cursor (${CURSOR_INPUTS.slice(0, 4).join(', ')}, …); the method resolves to the first page only: declare x-pagination to page it`,
      );
    }
    return {
      source,
      items,
      ...found,
      ...(cursor ? { cursor } : {}),
      ...(limitName ? { limit: limitOf(fields, limitName) } : {}),
    };
  }

  // Stripe's: `has_more` beside a list, and the request starts after an item's id.
  const more = pick(HAS_MORE, props);
  const after = cursorField(AFTER_INPUTS);
  if (more && after && props[more]?.type === 'boolean') {
    const items = itemsPath(spec, body, model.responseKey, at);
    const itemFields = items
      ? propertiesOf(spec, spec.deref(propertiesOf(spec, body, at)[items[0]!], at)?.items, at)
      : {};
    if (items && items.length === 1 && itemFields.id !== undefined) {
      return {
        source: "Stripe's has_more",
        items,
        nextFromLast: 'id',
        hasMore: [more],
        cursor: after,
        ...(limitName ? { limit: limitOf(fields, limitName) } : {}),
      };
    }
  }
  return undefined;
}
