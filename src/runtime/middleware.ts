// openapi-fetch middleware on the client's openapi-fetch client: openapi-fetch runs it (use(),
// eject(), a call's `middleware`), in its order and with its return semantics. What is added here:
// the option check, and `attempt` in the context, which openapi-fetch does not know (a retry or a
// poll is a request() of its own to it): read from the attempt's context (attempt-context.ts).
import type { Middleware, MiddlewareCallbackParams } from 'openapi-fetch';
import { contextOf } from './attempt-context.js';
import { SeamOptionsError } from './errors.js';

export type { Middleware } from 'openapi-fetch';

/**
 * What every hook of one attempt is told, besides the request: openapi-fetch's context, and which
 * attempt of the call this is (1, then 2 for the first retry, …).
 */
export type MiddlewareContext = Omit<MiddlewareCallbackParams, 'request'> & { readonly attempt: number };

/** Throws SeamOptionsError unless every item is middleware, as openapi-fetch's `use()` would (with a plain Error). */
export function checkMiddleware(list: unknown): asserts list is Middleware[] {
  if (
    !Array.isArray(list) ||
    !list.every((m) => typeof m === 'object' && m !== null && ('onRequest' in m || 'onResponse' in m || 'onError' in m))
  ) {
    throw new SeamOptionsError('middleware must be objects with onRequest, onResponse or onError.');
  }
}

const numberOf = (context: { options?: { fetch?: unknown } }): number => contextOf(context.options)?.number ?? 1;

const adapted = /* @__PURE__ */ new WeakMap<Middleware, Middleware>();

/** `m` as openapi-fetch runs it, with `attempt` added to each hook's context; the same object each time, so eject() finds it. */
export function withAttempt(m: Middleware): Middleware {
  let wrapper = adapted.get(m);
  if (!wrapper) {
    const hooks: Record<string, (context: object) => unknown> = {};
    for (const hook of ['onRequest', 'onResponse', 'onError'] as const) {
      const fn = m[hook] as ((context: object) => unknown) | undefined;
      if (fn) hooks[hook] = (context) => fn.call(m, { ...context, attempt: numberOf(context) });
    }
    wrapper = hooks as Middleware;
    adapted.set(m, wrapper);
  }
  return wrapper;
}

/**
 * First on every client (the core puts it there): marks the attempt's request as made, since
 * openapi-fetch serializes the body and makes the Request before any hook runs. What fails after
 * it is a hook's or the fetch's, not the caller's argument.
 */
export const markBuilt: Middleware = {
  onRequest({ options }) {
    const ctx = contextOf(options);
    if (ctx) ctx.built = true;
  },
};
