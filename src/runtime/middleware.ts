// openapi-fetch's middleware (its own `Middleware` type), run the way openapi-fetch's createClient
// runs it: every onRequest in order (a Request replaces the request, a Response answers the call
// and skips the rest), then fetch, then every onError (when fetch failed) and onResponse in reverse.
// Each attempt of a call, retries and action-attempt polls included, passes through on its own.
// SeamClient installs it as its core's transport; a bundle without SeamClient leaves it out.
import type { MergedOptions, Middleware, MiddlewareCallbackParams } from 'openapi-fetch';
import type { Transport } from './core.js';
import { SeamError, SeamOptionsError } from './errors.js';

export type { Middleware } from 'openapi-fetch';

/**
 * What every hook of one attempt is told, besides the request: openapi-fetch's context, and which
 * attempt of the call this is (1, then 2 for the first retry, …).
 */
export type MiddlewareContext = Omit<MiddlewareCallbackParams, 'request'> & { readonly attempt: number };

/** Throws SeamOptionsError unless every item is middleware, as openapi-fetch's `use()` does. */
export function checkMiddleware(list: unknown): asserts list is Middleware[] {
  if (!Array.isArray(list) || !list.every((m) => typeof m === 'object' && m !== null && ('onRequest' in m || 'onResponse' in m || 'onError' in m))) {
    throw new SeamOptionsError('middleware must be objects with onRequest, onResponse or onError.');
  }
}

const wrong = (hook: string) => new SeamError(`Middleware ${hook} returned what openapi-fetch does not allow there`);

/**
 * A transport that runs `list` (live: use() and eject() change it) and then a call's own
 * middleware around each attempt. A failed send reaches each onError as the typed error the call
 * would reject with; one may recover with a Response or replace the error. What a hook throws
 * reaches the caller as it is.
 */
export function middlewareTransport(list: readonly Middleware[]): Transport {
  return async (request, send, op, params = {}, attempt, { middleware = [], endpoint, fetch = globalThis.fetch }) => {
    checkMiddleware(middleware);
    const all = [...list, ...middleware];
    if (all.length === 0) return send(request);
    const options = Object.freeze({ baseUrl: endpoint, fetch }) as MergedOptions;
    const context: MiddlewareContext = { schemaPath: op.path, params, id: Math.random().toString(36).slice(2, 11), options, attempt };
    for (const m of all) {
      const result = await m.onRequest?.({ ...context, request });
      if (result instanceof Response) return result;
      if (result instanceof Request) request = result;
      else if (result) throw wrong('onRequest');
    }
    all.reverse();
    let response: Response | undefined;
    try {
      response = await send(request);
    } catch (failure) {
      let error = failure;
      for (const m of all) {
        const result = await m.onError?.({ ...context, request, error });
        if (result instanceof Response) {
          response = result;
          break;
        }
        if (result instanceof Error) error = result;
        else if (result) throw wrong('onError');
      }
      if (!response) throw error;
    }
    for (const m of all) {
      const result: unknown = await m.onResponse?.({ ...context, request, response });
      if (result instanceof Response) response = result;
      else if (result) throw wrong('onResponse');
    }
    return response;
  };
}
