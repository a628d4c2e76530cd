// The one request path every generated method goes through: auth headers, per-attempt timeout,
// retries, typed errors, unwrapping and action-attempt waiting.
import { waitForActionAttempt, type ActionAttemptLike } from './action-attempts.js';
import {
  errorFromResponse,
  redact,
  SeamApiError,
  SeamConnectionError,
  SeamError,
  SeamOptionsError,
  SeamTimeoutError,
} from './errors.js';
import type { CallOptions, FetchLike, OperationDescriptor, PreparedInput, RequestOptions } from './operation.js';
import { isRetryableStatus, MAX_RETRY_AFTER_MS, retryDelay, sleep } from './retry.js';
import { misfit } from './shape.js';

/** What a ClientCore is made with; options left out (or undefined) take their DEFAULTS. */
export interface CoreConfig extends CallOptions {
  endpoint: string;
  headers: Record<string, string>;
  /** Values that must never appear in an error (tokens). */
  secrets: string[];
  /** The operation that returns the current state of an action attempt, for waiting. */
  actionAttemptPoll?: OperationDescriptor;
  /** How each attempt's request reaches `send` (fetch, with the client's checks): SeamClient's runs middleware around it. */
  transport?: Transport;
}

/**
 * How an attempt's request reaches `send` (fetch, with the client's checks), given the operation,
 * the parameters by location, the attempt's number (1, then 2 for the first retry, …) and the call's
 * options. SeamClient's runs middleware around `send`.
 */
export type Transport = (
  request: Request,
  send: (request: Request) => Promise<Response>,
  op: OperationDescriptor,
  params: PreparedInput['params'],
  attempt: number,
  call: CallOptions & { endpoint: string },
) => Promise<Response>;

export const DEFAULTS = { timeout: 30_000, maxRetries: 2, waitForActionAttempt: true, maxResponseBytes: 10_485_760 } as const;

/** Node's timers fire at once for a delay above this (2^31−1 ms, about 24.8 days). */
export const MAX_TIMER_MS = 2_147_483_647;
/** More retries than this only hammer a failing API. */
export const MAX_RETRIES = 10;

// An absolute http(s) URL, with a path prefix (`/v1`) if any, and no user name or password (the
// endpoint is never quoted: it may hold one), query or fragment, which the request path could not follow.
const BASE_URL = /^https?:\/\/[^/?#@]+(\/[^?#]*)?$/i;

/** A number as it is; anything else by its type only, since a token passed by mistake must not be quoted. */
const shown = (value: unknown) => (typeof value === 'number' ? value : `a ${typeof value}`);

/** Throws SeamOptionsError for options that make no sense: a bad endpoint, timer, limit, retry count, header or signal. */
export function checkCallOptions(options: RequestOptions): void {
  const fail = (message: string) => {
    throw new SeamOptionsError(message);
  };
  if (typeof options !== 'object' || options === null) fail('options must be an object.');
  const { endpoint, waitForActionAttempt: wait, maxRetries } = options;
  if (endpoint !== undefined && !(typeof endpoint === 'string' && URL.canParse(endpoint) && BASE_URL.test(endpoint))) {
    fail('endpoint must be an http(s) URL such as https://connect.getseam.com, with no user name, password, query or fragment.');
  }
  if (options.fetch !== undefined && typeof options.fetch !== 'function') fail('fetch must be a function.');
  if (wait !== undefined && typeof wait !== 'boolean' && (typeof wait !== 'object' || wait === null)) {
    fail('waitForActionAttempt must be true, false or { timeout, pollingInterval }.');
  }
  const wants = wait as { timeout?: unknown; pollingInterval?: unknown } | undefined;
  for (const [name, value, unit] of [
    ['timeout', options.timeout],
    ['waitForActionAttempt.timeout', wants?.timeout],
    ['waitForActionAttempt.pollingInterval', wants?.pollingInterval],
    ['maxResponseBytes', options.maxResponseBytes, 'bytes'],
  ]) {
    // NaN and Infinity fail the comparisons.
    if (value !== undefined && !(typeof value === 'number' && value > 0 && value <= MAX_TIMER_MS)) {
      fail(`${name} must be a positive number of ${unit ?? 'milliseconds'} up to ${MAX_TIMER_MS}, not ${shown(value)}.`);
    }
  }
  if (maxRetries !== undefined && !(Number.isInteger(maxRetries) && maxRetries >= 0 && maxRetries <= MAX_RETRIES)) {
    fail(`maxRetries must be a whole number from 0 to ${MAX_RETRIES}, not ${shown(maxRetries)}.`);
  }
  if (options.signal !== undefined && !(options.signal instanceof AbortSignal)) fail('signal must be an AbortSignal.');
  try {
    // Checked here, not at the first call; never quoted, since a value may hold a token.
    if (options.headers) new Headers(options.headers);
  } catch {
    fail('headers must be valid HTTP header names and values.');
  }
}

const invalidResponse = (response: Response, body: unknown, endpoint: string, secrets: string[], why: string) =>
  errorFromResponse(response, body, secrets, `Unexpected answer from ${endpoint}: ${why}`);

type Filled = CoreConfig & Required<Pick<CallOptions, keyof typeof DEFAULTS>>;
/** What one call runs with: the client's options and the call's, together. */
type Call = Filled & Pick<RequestOptions, 'signal'>;

/** The resolved value of one request, and the answer it came from. */
type Answer = [value: unknown, response: Response];

/**
 * What every method returns: a promise of the value that can also give the HTTP answer beside it,
 * as Stainless SDKs do: `const { data, response } = await seam.accessCodes.update(body).withResponse()`.
 */
export interface SeamPromise<T> extends Promise<T> {
  /** The value and the `Response` of the operation's own request (for an action attempt: the request that started it, not the polls). */
  withResponse(): Promise<{ data: T; response: Response }>;
}

export class ClientCore {
  readonly #config: Filled;

  constructor(config: CoreConfig) {
    checkCallOptions(config);
    const filled = { ...config } as Filled;
    for (const key in DEFAULTS) (filled as unknown as Record<string, unknown>)[key] ??= DEFAULTS[key as keyof typeof DEFAULTS];
    this.#config = filled;
  }

  request<T>(op: OperationDescriptor, input: unknown, options: RequestOptions = {}): SeamPromise<T> {
    const answered = this.#run(op, input, options);
    const value = answered.then(([data]) => data) as SeamPromise<T>;
    value.withResponse = () => {
      // The caller awaits this one instead: the plain promise must not report its failure as unhandled.
      value.catch(() => {});
      return answered.then(([data, response]) => ({ data: data as T, response }));
    };
    return value;
  }

  async #run(op: OperationDescriptor, input: unknown, options: RequestOptions): Promise<Answer> {
    checkCallOptions(options);
    const call = this.#callOptions(options);
    const [value, response] = await send(op, input, call, 0);
    const { waitForActionAttempt: wait, actionAttemptPoll: poll } = call;
    if (!(op.actionAttempt && wait !== false && poll && value)) return [value, response];
    const done = await waitForActionAttempt(
      value as ActionAttemptLike,
      wait === true ? {} : wait,
      // The answer must be this attempt's, not another's.
      async (id, signal) => (await send({ ...poll, shape: { ...poll.shape, action_attempt_id: [id] } }, { action_attempt_id: id }, { ...call, signal }, 0))[0] as ActionAttemptLike,
      call.secrets,
      options.signal,
    );
    return [done, response];
  }

  /**
   * The client's options with the call's over them (those left undefined keep the client's), the
   * headers merged, and a token passed in the call's `authorization` (or `Authorization`) header
   * kept as secret as the client's own.
   */
  #callOptions(options: RequestOptions): Call {
    const call: Call = { ...this.#config };
    for (const key in options) (call as unknown as Record<string, unknown>)[key] = options[key as keyof RequestOptions] ?? call[key as keyof Call];
    call.headers = { ...this.#config.headers, ...options.headers };
    // Without a transport that runs it (SeamClient's), a call's middleware would be ignored.
    if (options.middleware && !call.transport) throw new SeamOptionsError('middleware needs a SeamClient: createSeamCore() runs none.');
    const token: unknown = options.headers?.authorization ?? options.headers?.Authorization;
    if (typeof token === 'string') call.secrets = [...call.secrets, token.split(' ').pop()!];
    return call;
  }
}

// The success path is one async call (attempt); retrying happens only on failure.
function send(op: OperationDescriptor, input: unknown, call: Call, retries: number): Promise<Answer> {
  return attempt(op, input, call, retries + 1).catch((err: unknown) => retry(err, op, input, call, retries));
}

async function retry(err: unknown, op: OperationDescriptor, input: unknown, call: Call, retries: number): Promise<Answer> {
  const retryable = err instanceof SeamConnectionError || (err instanceof SeamApiError && isRetryableStatus(err.status));
  if (!retryable || retries >= (op.idempotent ? call.maxRetries : 0)) throw err;
  const delay = retryDelay(retries, err instanceof SeamApiError ? err.retryAfterMs : undefined);
  if (delay > MAX_RETRY_AFTER_MS) throw err;
  await sleep(delay, call.signal);
  return send(op, input, call, retries + 1);
}

async function attempt(op: OperationDescriptor, input: unknown, call: Call, count: number): Promise<Answer> {
  const { timeout, endpoint, maxResponseBytes, transport } = call;
  let { secrets } = call;
  // A timer cleared as soon as the answer is read: AbortSignal.timeout() would keep one alive
  // per call for the whole timeout.
  const timeoutController = new AbortController();
  const timeoutSignal = timeoutController.signal;
  const signal = call.signal ? AbortSignal.any([call.signal, timeoutSignal]) : timeoutSignal;
  const fetchFn = call.fetch ?? globalThis.fetch;
  // A failure of fetch or of reading the answer, as the caller sees it. fetch reports network
  // failures as TypeError; compare by name, since it may come from another realm. Anything else a
  // custom fetch throws is its own failure, not the connection's, and is not retried.
  const failure = (err: unknown): unknown => {
    if (call.signal?.aborted) return call.signal.reason;
    if (err instanceof SeamError) return err;
    if (timeoutSignal.aborted) return new SeamTimeoutError(timeout);
    const { name, cause, message } = (err ?? {}) as { name?: string; cause?: { code?: string; message?: string }; message?: string };
    const why = cause?.code ?? cause?.message ?? message ?? String(err);
    return name === 'TypeError'
      ? new SeamConnectionError(redact(`Connection to ${endpoint} failed: ${why}`, secrets))
      : new SeamError(redact(`The fetch function failed: ${why}`, secrets));
  };
  // fetch, with the client's checks: what the transport's middleware wraps.
  const fetchChecked = async (request: Request): Promise<Response> => {
    // A token that middleware set (an auth refresh, say) is kept as secret as the client's own.
    const token = transport && request.headers.get('authorization')?.split(' ').pop();
    if (token) secrets = [...secrets, token];
    try {
      const answer = await untilAborted(fetchFn(request), signal);
      // A custom fetch's bug, not the connection's: typed, and not retried.
      if (typeof answer?.headers?.get !== 'function') throw new SeamError('The fetch function did not return a Response');
      return answer;
    } catch (err) {
      throw failure(err);
    }
  };
  const timer = setTimeout(() => timeoutController.abort(), timeout);
  let response: Response;
  let data: string | Blob;
  try {
    let prepared: Prepared;
    try {
      prepared = buildRequest(op, input, call.headers, endpoint, signal);
    } catch (err) {
      // The caller's argument (a body with a cycle or a BigInt, say): nothing is sent, nothing retried.
      throw new SeamOptionsError(redact(`The request could not be built: ${(err as Error)?.message}`, secrets));
    }
    response = transport
      ? await transport(prepared.request, fetchChecked, op, prepared.params, count, call)
      : await fetchChecked(prepared.request);
    try {
      data = await untilAborted(
        readBody(response, response.ok && op.response === 'blob', maxResponseBytes, () =>
          invalidResponse(response, undefined, endpoint, secrets, `the body is larger than ${maxResponseBytes} bytes`),
        ),
        signal,
      );
    } catch (err) {
      throw failure(err);
    }
  } finally {
    clearTimeout(timer);
  }
  const answer = (value: unknown): Answer => [value, response];
  // Redirects are not followed (redirect: 'manual'): a documented one resolves to where it points.
  if (op.response === 'location' && response.status >= 300 && response.status < 400) return answer(response.headers.get('location') ?? undefined);
  if (!response.ok) throw errorFromResponse(response, data as string, secrets);
  if (op.response === 'void' || op.response === 'location') return answer(undefined);
  if (op.response) return answer(data);
  let parsed: unknown;
  try {
    parsed = data === '' ? undefined : JSON.parse(data as string);
  } catch {
    throw invalidResponse(response, data, endpoint, secrets, 'the body is not valid JSON');
  }
  const value = op.responseKey ? (parsed as Record<string, unknown> | undefined)?.[op.responseKey] : parsed;
  const why = op.responseKey && value === undefined ? `no "${op.responseKey}"` : op.shape && misfit(value, op.shape);
  if (why) throw invalidResponse(response, parsed, endpoint, secrets, why);
  return answer(value);
}

/**
 * `work`, or a rejection with the signal's reason as soon as it aborts. fetch's own answers and
 * bodies stop when their signal aborts, but a custom fetch may ignore it: the call still ends.
 * The signal is the attempt's own, gone with it, so its listener is left in place.
 */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const stop = () => reject(signal.reason);
    if (signal.aborted) stop();
    signal.addEventListener('abort', stop);
    work.then(resolve, reject);
  });
}

/**
 * The body, read in chunks and counted (after decompression), so a huge body or a gzip bomb stops
 * at the cap: a Blob when `binary`, else text.
 */
async function readBody(response: Response, binary: boolean, cap: number, tooLarge: () => Error): Promise<string | Blob> {
  // A fetch whose bodies are not web streams (node-fetch 2's are Node streams) is read its own way, uncapped.
  if (response.body && !response.body.getReader) return binary ? response.blob() : response.text();
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  const chunks: BlobPart[] = [];
  let size = 0;
  let text = '';
  for (let read; reader && !(read = await reader.read()).done; ) {
    if ((size += read.value.length) > cap) {
      // Not read on: the rest is dropped (a gzip bomb stops inflating here).
      void reader.cancel();
      throw tooLarge();
    }
    if (binary) chunks.push(read.value);
    else text += decoder.decode(read.value, { stream: true });
  }
  return binary ? new Blob(chunks) : text + decoder.decode();
}

/** A request ready to send, and the parameters it was made from (for middleware). */
interface Prepared {
  request: Request;
  params: PreparedInput['params'];
}

function buildRequest(op: OperationDescriptor, input: unknown, extraHeaders: Record<string, string | null>, endpoint: string, signal: AbortSignal): Prepared {
  const url = endpoint.replace(/\/+$/, '') + op.path;
  const prepared: PreparedInput = op.input ? op.input(url, input, op) : { url, body: input };
  let body: BodyInit | undefined;
  let contentType: string | undefined;
  if (op.body && prepared.body !== undefined) {
    if (op.body === 'json') {
      body = JSON.stringify(prepared.body);
      contentType = op.contentType ?? 'application/json';
    } else ({ body, contentType } = op.body(prepared.body, op));
  }
  // Later sources win, case-insensitively; a null value removes the header (as openapi-fetch's mergeHeaders).
  const headers = new Headers(contentType ? { 'content-type': contentType } : undefined);
  for (const source of [extraHeaders, prepared.headers]) {
    for (const name in source) {
      const value = source[name] as string | null | undefined;
      if (value === null) headers.delete(name);
      else if (value !== undefined) headers.set(name, value);
    }
  }
  // The API never redirects: a 301/302/303 followed would turn an update into a GET that
  // "succeeds", and a 307/308 to another origin would send the body and headers there.
  const request = new Request(prepared.url, { method: op.method.toUpperCase(), headers, body, signal, redirect: 'manual' });
  return { request, params: prepared.params };
}
