// paginate() for seam-connect-client/fetch: the list operations of the spec that answer one page
// at a time, iterated through an openapi-fetch client, as the generated methods iterate them
// (src/runtime/paginate.ts). The generator says where each route's items and cursor are
// (generated/operations.ts); an error answer becomes its typed error, as from SeamClient.
import { operationPagination, operationRoutes, type PaginatedRoutes } from '../generated/operations.js';
import type { SeamFetchClient } from './fetch-types.js';
import { profile } from './connection.js';
import { errorFromResponse } from './runtime/api-errors.js';
import type { AnyClient } from './runtime/api-client.js';
import { SeamOptionsError } from './runtime/errors.js';
import type { PageRule } from './runtime/operation.js';
import { PagePromise, readPage, withPageCursor } from './runtime/paginate.js';

/** What openapi-fetch takes for a request (`params`, `body`, `headers`, …); the cursor is added to it for each page. */
export interface PaginateInit {
  params?: { query?: Record<string, unknown>; path?: Record<string, unknown>; header?: Record<string, unknown> };
  body?: Record<string, unknown>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * Every page of one list route: the cursor goes in the body, or in the query for a GET, DELETE or
 * HEAD without a body. Resolves to the first page's items; iterates every item, `.pages()` each page.
 */
export function paginateRoute<Item>(
  api: SeamFetchClient | AnyClient,
  rule: PageRule,
  route: string,
  init: PaginateInit = {},
): PagePromise<Item[], Item> {
  const [method, path] = route.split(' ') as [string, string];
  const inQuery = init.body === undefined && ['GET', 'DELETE', 'HEAD'].includes(method.toUpperCase());
  const own = inQuery ? init.params?.query?.[rule.cursor] : init.body?.[rule.cursor];
  const withCursor = (cursor: string): PaginateInit =>
    inQuery
      ? { ...init, params: { ...init.params, query: { ...init.params?.query, [rule.cursor]: cursor } } }
      : { ...init, body: { ...init.body, [rule.cursor]: cursor } };
  return new PagePromise<Item[], Item>(async (cursor) => {
    try {
      const { data, error, response } = await (api as AnyClient).request(
        method,
        path,
        (cursor === undefined ? init : withCursor(cursor)) as Record<string, unknown>,
      );
      // The fetch client's own middleware has already kept the tokens out of the answer.
      if (!response.ok) throw errorFromResponse({ secrets: [], profile }, response, error);
      const page = readPage<Item>(rule, data, response, cursor ?? (typeof own === 'string' ? own : undefined));
      return [page.items, response, page];
    } catch (err) {
      throw withPageCursor(err, cursor);
    }
  }, route);
}

/**
 * `for await (const code of paginate(api, 'POST /access_codes/list', { body: { device_id, limit: 20 } }))`:
 * every item of every page of a list route of the spec, through a client of createSeamFetchClient().
 */
export function paginate<R extends keyof PaginatedRoutes & string>(
  api: SeamFetchClient,
  route: R,
  init?: PaginateInit,
): PagePromise<Array<PaginatedRoutes[R]>, PaginatedRoutes[R]> {
  const name = (Object.keys(operationRoutes) as Array<keyof typeof operationRoutes>).find((n) =>
    operationRoutes[n].includes(route),
  );
  const rule = name === undefined ? undefined : (operationPagination as Record<string, PageRule | undefined>)[name];
  if (!rule) throw new SeamOptionsError(`${String(route).slice(0, 200)} is not a list route that pages`);
  return paginateRoute(api, rule, route, init);
}
