// openapi-fetch middleware on the client's openapi-fetch client: openapi-fetch runs it (use(),
// eject(), a call's `middleware`), in its order and with its return semantics. What is added here:
// the option check, and `attempt` in the context, which openapi-fetch does not know (a retry or a
// poll is a request() of its own to it).
import type { Middleware, MiddlewareCallbackParams } from 'openapi-fetch';
import { SeamOptionsError } from './errors.js';

export type { Middleware } from 'openapi-fetch';

/**
 * What every hook of one attempt is told, besides the request: openapi-fetch's context, and which
 * attempt of the call this is (1, then 2 for the first retry, …).
 */
export type MiddlewareContext = Omit<MiddlewareCallbackParams, 'request'> & { readonly attempt: number };

/** Throws SeamOptionsError unless every item is middleware, as openapi-fetch's `use()` would (with a plain Error). */
export function checkMiddleware(list: unknown): asserts list is Middleware[] {
  if (!Array.isArray(list) || !list.every((m) => typeof m === 'object' && m !== null && ('onRequest' in m || 'onResponse' in m || 'onError' in m))) {
    throw new SeamOptionsError('middleware must be objects with onRequest, onResponse or onError.');
  }
}

/**
 * Which attempt of its call a request is, keyed by the `fetch` openapi-fetch was given for that
 * request(): openapi-fetch hands it to every hook as `options.fetch`, and attempt.ts makes one per
 * attempt. `built` says openapi-fetch got as far as running middleware: the request was made.
 */
export interface AttemptState {
  readonly number: number;
  built: boolean;
}
export const attempts = new WeakMap<object, AttemptState>();

const numberOf = (context: { options?: { fetch?: unknown } }): number => attempts.get(context.options?.fetch as object)?.number ?? 1;

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

/** First on every client: marks the attempt's request as made (see AttemptState). */
export const markBuilt: Middleware = {
  onRequest({ options }) {
    const state = attempts.get(options.fetch);
    if (state) state.built = true;
  },
};
