// One attempt of a call: one openapi-fetch request(), bounded by the attempt's timeout and the
// caller's signal, its answer's body read with a cap, and what comes back turned into a value or a
// typed error. Retries and polls are attempts of their own (retry.ts, action-attempts.ts).
import type { Middleware } from 'openapi-fetch';
import { errorFromResponse, invalidResponse } from './api-errors.js';
import { decode } from './decode.js';
import { SeamConnectionError, SeamError, SeamOptionsError, SeamTimeoutError } from './errors.js';
import { attempts, type AttemptState } from './middleware.js';
import type { OperationDescriptor } from './operation.js';
import type { FetchLike } from './options.js';
import type { RuntimeProfile } from './profile.js';
import { readCapped } from './read-body.js';
import { collectTokens, redact } from './redact.js';
import { withBody } from './response.js';
import type { Answer } from './seam-promise.js';

/**
 * What the runtime calls of an openapi-fetch client: `request()` and the middleware list. Written
 * out rather than as openapi-fetch's `Client<any>`, whose generic types a consumer's type-checker
 * would otherwise work through for every generated client (the runtime needs none of them).
 */
export interface AnyClient {
  request(method: string, path: string, init: Record<string, unknown>): Promise<{ data?: unknown; error?: unknown; response: Response }>;
  use(...middleware: Middleware[]): void;
  eject(...middleware: Middleware[]): void;
}

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

/**
 * Aborts `controller` when the caller's signal does, and returns what removes that listener: a
 * long-lived signal passed to every call must not collect one listener per call.
 */
function follow(signal: AbortSignal | undefined, controller: AbortController): () => void {
  if (!signal) return () => {};
  const abort = () => controller.abort(signal.reason);
  if (signal.aborted) abort();
  signal.addEventListener('abort', abort, { once: true });
  return () => signal.removeEventListener('abort', abort);
}

/** openapi-fetch's `request()` init for this call: parameters, body, headers, serializers. */
function requestInit(op: OperationDescriptor, input: unknown, headers: Record<string, string> | undefined) {
  const { params, body, headers: own, querySerializer } = op.input ? op.input(input, op) : { params: {}, body: input ?? (op.bodyRequired ? {} : undefined) };
  const init: Record<string, unknown> = { params, headers: { ...headers, ...own } };
  if (querySerializer) init.querySerializer = querySerializer;
  if (op.body && body !== undefined) {
    init.body = body;
    if (op.body === 'json') {
      // openapi-fetch's own JSON serializer and content type, unless the spec names another JSON type.
      if (op.contentType) init.headers = { 'content-type': op.contentType, ...(init.headers as object) };
    } else {
      const encoded = op.body(body, op);
      init.bodySerializer = () => encoded.body;
      // null removes openapi-fetch's JSON default (fetch then sets FormData's own, with its boundary).
      init.headers = { 'content-type': encoded.contentType ?? null, ...(init.headers as object) };
    }
  }
  return init;
}

export async function attempt(op: OperationDescriptor, input: unknown, call: AttemptCall, number: number): Promise<Answer> {
  const { timeout, endpoint, maxResponseBytes, secrets } = call;
  const controller = new AbortController();
  const { signal } = controller;
  let timedOut = false;
  // A timer cleared as soon as the attempt ends: AbortSignal.timeout() would keep one per call alive.
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new SeamTimeoutError(timeout));
  }, timeout);
  const unfollow = follow(call.signal, controller);
  // Settles as soon as the attempt's signal aborts: raced against a custom fetch, a body or a
  // middleware hook that ignores the signal, so none of them can hold the call. One listener for
  // the attempt, gone with it.
  const aborted = new Promise<never>((_, reject) => {
    // Already aborted when the caller's signal was, before the call.
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
  aborted.catch(() => {});
  const untilAborted = <T>(work: Promise<T>): Promise<T> => Promise.race([work, aborted]);
  // What the caller sees of a failure to get an answer: the caller's abort, the timeout, or typed.
  // fetch reports network failures as TypeError; compared by name, since it may come from another
  // realm. Anything else a custom fetch throws is its own failure, not the connection's.
  const failure = (err: unknown): unknown => {
    if (call.signal?.aborted) return call.signal.reason;
    if (timedOut) return new SeamTimeoutError(timeout);
    if (err instanceof SeamError) return err;
    const { name, cause, message } = (err ?? {}) as { name?: string; cause?: { code?: string; message?: string }; message?: string };
    const why = cause?.code ?? cause?.message ?? message ?? String(err);
    return name === 'TypeError'
      ? new SeamConnectionError(redact(`Connection to ${endpoint} failed: ${why}`, secrets))
      : new SeamError(redact(`The fetch function failed: ${why}`, secrets));
  };
  // The caller's argument could not be made into a request (a body with a cycle or a BigInt, a header
  // value with a line break): nothing is sent, nothing retried. A header's value is never quoted,
  // since fetch's message quotes it and it may hold a token.
  const notBuilt = (err: unknown) => {
    const message = String((err as Error)?.message);
    return new SeamOptionsError(`The request could not be built: ${/header/i.test(message) ? 'a header name or value is not valid' : redact(message, secrets)}`);
  };
  const fetchFn = call.fetch ?? globalThis.fetch;
  // The fetch openapi-fetch calls: the caller's (or the global one), bounded by the attempt's signal,
  // checked, and its failures typed, so that onError middleware sees what the call would reject with.
  const fetch = async (request: Request): Promise<Response> => {
    // The last step before the wire: every token the request carries, whoever set it (the client, the
    // call, middleware), is from now on as secret as the client's own, for this call and later ones.
    collectTokens(request.headers, secrets);
    try {
      const answer = await untilAborted(fetchFn(request));
      if (typeof answer?.headers?.get !== 'function') throw new SeamError('The fetch function did not return a Response');
      return answer;
    } catch (err) {
      throw failure(err);
    }
  };
  const state: AttemptState = { number, built: false };
  attempts.set(fetch, state);
  // Read with a cap, bounded by the attempt's signal, failures typed.
  const read = async (response: Response, binary?: boolean) => {
    try {
      const tooLarge = () => invalidResponse(call, response, undefined, `the body is larger than ${maxResponseBytes} bytes`);
      return await untilAborted(readCapped(response, maxResponseBytes, tooLarge, binary));
    } catch (err) {
      throw failure(err);
    }
  };
  // Last in line, so its onRequest sees the request as sent and its onResponse the answer as it came.
  const innermost: Middleware = {
    // openapi-fetch reads an error answer's body whole: it gets the body as far as the cap lets it
    // be read instead. A success answer's body is read below, from the stream openapi-fetch returns.
    async onResponse({ response }) {
      // An opaque redirect (a browser's answer to redirect: 'manual') has no status to copy.
      if (response.ok || response.status === 0) return undefined;
      return withBody(response, response.status > 199 ? await read(response) : null);
    },
  };
  try {
    let init;
    try {
      init = requestInit(op, input, call.headers);
    } catch (err) {
      throw err instanceof SeamError ? err : notBuilt(err);
    }
    let result: { data?: unknown; error?: unknown; response: Response };
    try {
      result = await untilAborted(
        call.api.request(op.method, op.path, {
          ...init,
          baseUrl: endpoint,
          fetch,
          signal,
          // The API never redirects: a 301/302/303 followed would turn an update into a GET that
          // "succeeds", and a 307/308 to another origin would send the body and headers there.
          redirect: 'manual',
          parseAs: 'stream',
          middleware: [...(call.middleware ?? []), innermost],
        }),
      );
    } catch (err) {
      if (call.signal?.aborted || timedOut) throw failure(err);
      // openapi-fetch serializes the body and makes the Request before any middleware runs.
      if (!state.built && !(err instanceof SeamError)) throw notBuilt(err);
      // openapi-fetch refuses a hook's return value with a plain Error ("onRequest: must return …").
      const hook = err instanceof Error && !(err instanceof SeamError) && /^(on\w+): must return/.exec(err.message)?.[1];
      if (hook) throw new SeamError(`Middleware ${hook} returned what openapi-fetch does not allow there`);
      // What a hook threw, or what onError middleware made of a failure: the caller gets it as it is.
      throw err;
    }
    // Hooks are not interrupted, but an attempt they took past its timeout has timed out.
    if (timedOut) throw new SeamTimeoutError(timeout);
    const { response } = result;
    if (!response.ok && !(op.response === 'location' && response.status >= 300 && response.status < 400)) {
      throw errorFromResponse(call, response, result.error);
    }
    const data = result.data === undefined ? undefined : await read(response, op.response === 'blob');
    return [decode(call, op, response, data), response];
  } finally {
    clearTimeout(timer);
    unfollow();
  }
}
