// One attempt's context: the call's options (where it goes, what must never be shown, the caller's
// signal), which attempt of the call it is, whether openapi-fetch made its request, and the
// attempt's own signal (its timeout and the caller's abort, together). Made once when the attempt
// starts; every step of it (build, send, read, decode) takes it first. openapi-fetch knows nothing of attempts (a retry or a poll is a request() of its
// own to it) and hands hooks no value of ours but `options.fetch`, unchanged whatever a hook
// returns: the attempt's fetch carries the context, and middleware finds it with one lookup.
import type { Middleware } from 'openapi-fetch';
import type { AnswerContext } from './api-errors.js';
import type { AnyClient } from './api-client.js';
import { SeamConnectionError, SeamError, SeamTimeoutError } from './errors.js';
import type { FetchLike } from './options.js';
import type { RuntimeProfile } from './profile.js';
import { redact } from './redact.js';

/** What one attempt runs with: the client's options and the call's, together. */
export interface AttemptCall {
  api: AnyClient;
  endpoint: string;
  /** The call's own headers (the client's are openapi-fetch's base headers). */
  headers?: Record<string, string>;
  /** Values that must never appear in an error (tokens); the tokens each request sends are added to it. */
  secrets: string[];
  /** The vendor's choices the answers are read by (error envelope, request-id header). */
  profile: RuntimeProfile;
  timeout: number;
  maxResponseBytes: number;
  fetch?: FetchLike;
  signal?: AbortSignal;
  /** The call's own middleware, as openapi-fetch is to run it. */
  middleware?: Middleware[];
}

/** The call's options, as they are (`signal` is the caller's), and the attempt's own state. */
export interface AttemptContext extends Readonly<AttemptCall>, AnswerContext {
  /** Which attempt of its call this is: 1, then 2 for the first retry, … */
  readonly number: number;
  /** Set once openapi-fetch got as far as running middleware: the request was made (markBuilt). */
  built?: boolean;
  /** The tokens: the client's, and those each request sends (collected in place, at the wire). */
  readonly secrets: string[];
  /** Aborts when the attempt times out (then `timedOut`) or the caller's `signal` aborts. */
  readonly attemptSignal: AbortSignal;
  /** Set when the attempt's timeout fired. */
  timedOut?: boolean;
  /** Rejects as soon as `attemptSignal` aborts. */
  readonly aborted: Promise<never>;
  /** Ends the attempt: its timer and its listener on the caller's signal go with it. */
  readonly close: () => void;
}

/** The context of attempt `number` of `call`, its timeout running from now; `close()` it when the attempt ends. */
export function startAttempt(call: AttemptCall, number: number): AttemptContext {
  const { timeout, signal: callerSignal } = call;
  const controller = new AbortController();
  const { signal } = controller;
  // Settles as soon as the attempt's signal aborts: raced against a custom fetch, a body or a
  // middleware hook that ignores the signal (bounded()), so none of them can hold the call. One
  // listener for the attempt, gone with it; listening before the caller's signal is followed.
  const aborted = new Promise<never>((_, reject) =>
    signal.addEventListener('abort', () => reject(signal.reason), { once: true }),
  );
  aborted.catch(() => {});
  // The caller's abort aborts the attempt (at once, when it had aborted before the call); its
  // listener goes when the attempt ends (close()), so that a long-lived signal passed to every
  // call does not collect one listener per call.
  const follow = () => controller.abort(callerSignal!.reason);
  if (callerSignal?.aborted) follow();
  callerSignal?.addEventListener('abort', follow, { once: true });
  const ctx: AttemptContext = {
    ...call,
    number,
    attemptSignal: signal,
    aborted,
    close: () => {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', follow);
    },
  };
  // A timer cleared as soon as the attempt ends: AbortSignal.timeout() would keep one per call alive.
  const timer = setTimeout(() => {
    ctx.timedOut = true;
    controller.abort(new SeamTimeoutError(timeout));
  }, timeout);
  return ctx;
}

/** `work`, or the attempt's abort, whichever comes first. */
export const bounded = <T>(ctx: AttemptContext, work: Promise<T>): Promise<T> => Promise.race([work, ctx.aborted]);

/**
 * What the caller sees of a failure to get an answer: the caller's abort, the timeout, or typed,
 * and named as the profile names errors, so that onError middleware (logging) sees that name too.
 * fetch reports network failures as TypeError; compared by name, since it may come from another
 * realm. Anything else a custom fetch throws is its own failure, not the connection's.
 */
export function failure(ctx: AttemptContext, err: unknown): unknown {
  if (ctx.signal?.aborted) return ctx.signal.reason;
  let typed = err as SeamError;
  if (ctx.timedOut) typed = new SeamTimeoutError(ctx.timeout);
  else if (!(err instanceof SeamError)) {
    const { name, cause, message } = (err ?? {}) as {
      name?: string;
      cause?: { code?: string; message?: string };
      message?: string;
    };
    const why = cause?.code ?? cause?.message ?? message ?? String(err);
    typed =
      name === 'TypeError'
        ? new SeamConnectionError(redact(`Connection to ${ctx.endpoint} failed: ${why}`, ctx.secrets))
        : new SeamError(redact(`The fetch function failed: ${why}`, ctx.secrets));
  }
  // Named as the caller will see it (core.ts names it again on its way out, to the same name).
  ctx.profile.renameError?.(typed);
  return typed;
}

const CONTEXT = Symbol();

/** `fetch`, carrying `ctx` for middleware to find (contextOf): what openapi-fetch is given for the attempt. */
export const carrying = (fetch: FetchLike, ctx: AttemptContext): FetchLike => (
  ((fetch as { [CONTEXT]?: AttemptContext })[CONTEXT] = ctx),
  fetch
);

/** The context of the attempt a hook runs for, from its `options`; none for a request that is no attempt (`seam.api`). */
export const contextOf = (options: { fetch?: unknown } | undefined): AttemptContext | undefined =>
  (options?.fetch as { [CONTEXT]?: AttemptContext } | undefined)?.[CONTEXT];
