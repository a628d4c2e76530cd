// The one request path every generated method goes through: auth headers, per-attempt timeout,
// retries, typed errors, unwrapping and action-attempt waiting.
import { DEFAULT_WAIT, waitForActionAttempt, type ActionAttemptLike } from './action-attempts.js';
import {
  errorFromResponse,
  redact,
  SeamApiError,
  SeamConnectionError,
  SeamInvalidResponseError,
  SeamOptionsError,
  SeamTimeoutError,
} from './errors.js';
import type { CallOptions, OperationDescriptor, PreparedInput, RequestOptions } from './operation.js';
import { isRetryableStatus, MAX_RETRY_AFTER_MS, retryDelay, sleep } from './retry.js';

export interface CoreConfig
  extends Required<Pick<CallOptions, 'timeout' | 'maxRetries' | 'waitForActionAttempt'>>,
    Pick<CallOptions, 'fetch'> {
  endpoint: string;
  headers: Record<string, string>;
  /** Values that must never appear in an error (tokens). */
  secrets: string[];
  /** The operation that returns the current state of an action attempt, for waiting. */
  actionAttemptPoll?: OperationDescriptor;
}

export const DEFAULTS = { timeout: 30_000, maxRetries: 2, waitForActionAttempt: true } as const;
const NO_OPTIONS: RequestOptions = Object.freeze({});

/** Node's timers fire at once for a delay above this (2^31−1 ms, about 24.8 days). */
export const MAX_TIMER_MS = 2_147_483_647;
/** More retries than this only hammer a failing API. */
export const MAX_RETRIES = 10;

/**
 * Why `endpoint` cannot be a base URL: not absolute, not http(s), or holding credentials, a query or
 * a fragment (a path prefix such as `/v1` is kept). The endpoint itself is never quoted: it may hold a
 * password.
 */
function endpointProblem(endpoint: unknown): string | undefined {
  const url = typeof endpoint === 'string' && URL.canParse(endpoint) && new URL(endpoint);
  if (!url || !/^https?:$/.test(url.protocol)) return 'must be an absolute http(s) URL such as https://connect.getseam.com';
  if (url.username || url.password) return 'must not hold a user name or password';
  if (/[?#]/.test(endpoint as string)) return 'must not have a query string or a fragment';
  return undefined;
}

/** Throws SeamOptionsError for options that make no sense: a bad endpoint, timer, retry count or signal. */
export function checkCallOptions(options: RequestOptions): void {
  if (typeof options !== 'object' || options === null) throw new SeamOptionsError('options must be an object.');
  const endpoint = options.endpoint === undefined ? undefined : endpointProblem(options.endpoint);
  if (endpoint) throw new SeamOptionsError(`endpoint ${endpoint}.`);
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw new SeamOptionsError('fetch must be a function.');
  }
  const ms = (name: string, v: unknown) => {
    if (v !== undefined && !(typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= MAX_TIMER_MS)) {
      throw new SeamOptionsError(`${name} must be a positive number of milliseconds up to ${MAX_TIMER_MS}, not ${String(v)}.`);
    }
  };
  ms('timeout', options.timeout);
  if (options.maxRetries !== undefined && !(Number.isInteger(options.maxRetries) && options.maxRetries >= 0 && options.maxRetries <= MAX_RETRIES)) {
    throw new SeamOptionsError(`maxRetries must be a whole number from 0 to ${MAX_RETRIES}, not ${String(options.maxRetries)}.`);
  }
  const wait = options.waitForActionAttempt;
  if (wait !== undefined && typeof wait !== 'boolean') {
    if (typeof wait !== 'object' || wait === null) {
      throw new SeamOptionsError('waitForActionAttempt must be true, false or { timeout, pollingInterval }.');
    }
    ms('waitForActionAttempt.timeout', wait.timeout);
    ms('waitForActionAttempt.pollingInterval', wait.pollingInterval);
  }
  if (options.signal !== undefined && !(options.signal instanceof AbortSignal)) throw new SeamOptionsError('signal must be an AbortSignal.');
}

export class ClientCore {
  readonly #config: CoreConfig;

  constructor(config: CoreConfig) {
    checkCallOptions(config);
    this.#config = config;
  }

  request<T>(op: OperationDescriptor, input: unknown, options: RequestOptions = NO_OPTIONS): Promise<T> {
    try {
      if (options !== NO_OPTIONS) checkCallOptions(options);
    } catch (err) {
      return Promise.reject(err);
    }
    const sent = this.#send(op, input, options, 0);
    const wait = options.waitForActionAttempt ?? this.#config.waitForActionAttempt;
    const poll = this.#config.actionAttemptPoll;
    if (!op.actionAttempt || wait === false || !poll) return sent as Promise<T>;
    return sent.then((value) =>
      value
        ? waitForActionAttempt(
            value as ActionAttemptLike,
            wait === true ? DEFAULT_WAIT : wait,
            (id, signal) => this.#send(poll, { action_attempt_id: id }, { ...options, signal }, 0) as Promise<ActionAttemptLike>,
            this.#config.secrets,
            options.signal,
          )
        : value,
    ) as Promise<T>;
  }

  // The success path is one async call (#attempt); retrying happens only on failure.
  #send(op: OperationDescriptor, input: unknown, options: RequestOptions, retry: number): Promise<unknown> {
    return this.#attempt(op, input, options).catch((err: unknown) => this.#retry(err, op, input, options, retry));
  }

  async #retry(err: unknown, op: OperationDescriptor, input: unknown, options: RequestOptions, retry: number): Promise<unknown> {
    const maxRetries = op.idempotent ? (options.maxRetries ?? this.#config.maxRetries) : 0;
    const retryable = err instanceof SeamConnectionError || (err instanceof SeamApiError && isRetryableStatus(err.status));
    if (!retryable || retry >= maxRetries) throw err;
    const delay = retryDelay(retry, err instanceof SeamApiError ? err.retryAfterMs : undefined);
    if (delay > MAX_RETRY_AFTER_MS) throw err;
    await sleep(delay, options.signal);
    return this.#send(op, input, options, retry + 1);
  }

  async #attempt(op: OperationDescriptor, input: unknown, options: RequestOptions): Promise<unknown> {
    const timeout = options.timeout ?? this.#config.timeout;
    // A timer cleared as soon as the answer is read: AbortSignal.timeout() would keep one alive
    // per call for the whole timeout.
    const timeoutController = new AbortController();
    const timeoutSignal = timeoutController.signal;
    const signal = options.signal ? AbortSignal.any([options.signal, timeoutSignal]) : timeoutSignal;
    const endpoint = options.endpoint ?? this.#config.endpoint;
    // Built before the try: a body that cannot be JSON (a cycle, a BigInt) throws its own
    // TypeError, which must not pass for a connection failure.
    const request = this.#buildRequest(op, input, options, endpoint, signal);
    const fetch = options.fetch ?? this.#config.fetch ?? globalThis.fetch;
    const timer = setTimeout(() => timeoutController.abort(), timeout);
    let response: Response;
    let data: string | Blob;
    try {
      response = await fetch(request);
      // A Blob only for a success that the spec says is binary; error bodies are always text.
      data = response.ok && op.response === 'blob' ? await response.blob() : await response.text();
    } catch (err) {
      if (options.signal?.aborted) throw options.signal.reason;
      if (timeoutSignal.aborted) throw new SeamTimeoutError(timeout);
      // fetch reports network failures as TypeError; compare by name, since it may come from another realm.
      if ((err as Error | undefined)?.name === 'TypeError') {
        const { cause, message } = err as { cause?: { code?: string; message?: string }; message: string };
        throw new SeamConnectionError(
          redact(`Connection to ${endpoint} failed: ${cause?.code ?? cause?.message ?? message}`, this.#config.secrets),
        );
      }
      throw err;
    } finally {
      clearTimeout(timer);
    }
    // Redirects are not followed (redirect: 'manual'): a documented one resolves to where it points.
    if (op.response === 'location' && response.status >= 300 && response.status < 400) return response.headers.get('location') ?? undefined;
    if (!response.ok) throw errorFromResponse(response, data as string, this.#config.secrets);
    if (op.response === 'void' || op.response === 'location') return undefined;
    if (op.response) return data;
    const parsed = this.#parse(response, data as string, endpoint);
    if (!op.responseKey) return parsed;
    const value = (parsed as Record<string, unknown> | undefined)?.[op.responseKey];
    if (value === undefined) {
      throw this.#invalidResponse(response, parsed, endpoint, `the response has no "${op.responseKey}"`);
    }
    return value;
  }

  #buildRequest(op: OperationDescriptor, input: unknown, options: RequestOptions, endpoint: string, signal: AbortSignal): Request {
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
    for (const source of [this.#config.headers, options.headers, prepared.headers]) {
      for (const name in source) {
        const value = source[name] as string | null | undefined;
        if (value === null) headers.delete(name);
        else if (value !== undefined) headers.set(name, value);
      }
    }
    // The API never redirects: a 301/302/303 followed would turn an update into a GET that
    // "succeeds", and a 307/308 to another origin would send the body and headers there.
    return new Request(prepared.url, { method: op.method.toUpperCase(), headers, body, signal, redirect: 'manual' });
  }

  #parse(response: Response, text: string, endpoint: string): unknown {
    if (text === '') return undefined;
    try {
      return JSON.parse(text);
    } catch {
      throw this.#invalidResponse(response, text, endpoint, 'the response body is not valid JSON');
    }
  }

  #invalidResponse(response: Response, body: unknown, endpoint: string, why: string): SeamInvalidResponseError {
    return new SeamInvalidResponseError(
      redact(
        {
          status: response.status,
          code: 'invalid_response',
          message: `Unexpected answer from ${endpoint}: ${why}`,
          requestId: response.headers.get('seam-request-id') ?? undefined,
          body,
        },
        this.#config.secrets,
      ),
    );
  }
}
