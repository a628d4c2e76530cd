// The options a client is made with and a call may override, their defaults, and the checks that
// refuse nonsense before anything is sent (SeamOptionsError, never quoting a value that may be a token).
import type { Middleware } from 'openapi-fetch';
import { SeamOptionsError } from './errors.js';

export type FetchLike = (request: Request) => Promise<Response>;

export interface WaitForActionAttemptOptions {
  /** How long to wait for the attempt to finish, in ms. Default 5000. */
  timeout?: number;
  /** The longest wait between polls, in ms: the first poll comes at once, then after a quarter, a half, and the whole of it. Default 500. */
  pollingInterval?: number;
}

/** Options that can be set per client and overridden per call. */
export interface CallOptions {
  /** Base URL of the API. */
  endpoint?: string;
  /** A fetch to use instead of the global one. */
  fetch?: FetchLike;
  /** Per-attempt timeout in ms. Default 30000. */
  timeout?: number;
  /** Retries after the first attempt, for operations that are safe to repeat. Default 2. */
  maxRetries?: number;
  /**
   * The backoff before the first retry, in ms (the most of it: jittered), doubling each retry up to
   * 8000; a `Retry-After` the server sends comes first. Default 500. `0` retries at once, for tests
   * of retries against the testing kit's faults.
   */
  retryDelay?: number;
  /** Wait for action attempts to finish before resolving. Default true. */
  waitForActionAttempt?: boolean | WaitForActionAttemptOptions;
  /** Extra request headers. */
  headers?: Record<string, string>;
  /**
   * The most bytes of an answer's body that are read (after decompression), for success and error
   * answers alike; a longer body is SeamInvalidResponseError. Default 10 MiB (10485760).
   */
  maxResponseBytes?: number;
  /**
   * openapi-fetch middleware (its own `Middleware` type) for every attempt, retries and polls
   * included; a call's runs after the client's. See docs/client.md, "Bringing openapi-fetch middleware".
   */
  middleware?: Middleware[];
}

export interface RequestOptions extends CallOptions {
  /** Aborts the call, including retries and waiting. */
  signal?: AbortSignal;
}

export const DEFAULTS = {
  timeout: 30_000,
  maxRetries: 2,
  waitForActionAttempt: true,
  maxResponseBytes: 10_485_760,
} as const;

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
    fail(
      'endpoint must be an http(s) URL such as https://connect.getseam.com, with no user name, password, query or fragment.',
    );
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
      fail(
        `${name} must be a positive number of ${unit ?? 'milliseconds'} up to ${MAX_TIMER_MS}, not ${shown(value)}.`,
      );
    }
  }
  const { retryDelay } = options;
  if (retryDelay !== undefined && !(typeof retryDelay === 'number' && retryDelay >= 0 && retryDelay <= 8000))
    fail(`retryDelay must be 0 to 8000 ms, not ${shown(retryDelay)}.`);
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
