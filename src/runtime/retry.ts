// The retry policy: which failures are tried again, how often, and how long to wait first.
import { SeamApiError, SeamConnectionError } from './errors.js';
import type { OperationDescriptor } from './operation.js';
import type { Answer } from './seam-promise.js';

const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 8000;
/** A Retry-After longer than this is not waited for; the error is thrown instead. */
export const MAX_RETRY_AFTER_MS = 60_000;

/** Too many requests, and the answers of a gateway or an API that is down for a moment. */
export const isRetryableStatus = (status: number): boolean => [429, 502, 503, 504].includes(status);

/** Exponential backoff with full jitter from `base` (the `retryDelay` option), unless the server said how long (Retry-After). */
export function retryDelay(
  retry: number,
  retryAfterMs: number | undefined,
  random = Math.random,
  base = BASE_DELAY_MS,
): number {
  if (retryAfterMs !== undefined) return retryAfterMs;
  const ceiling = Math.min(MAX_DELAY_MS, base * 2 ** retry);
  return ceiling / 2 + random() * (ceiling / 2);
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * `attempt` (numbered from 1), tried again after a connection failure, 429, 502, 503 or 504, up to
 * `maxRetries` times, but only for operations the spec marks idempotent: the first request of any
 * other may have been applied. A Retry-After over a minute is not waited out.
 */
export async function withRetries(
  op: OperationDescriptor,
  maxRetries: number,
  signal: AbortSignal | undefined,
  attempt: (number: number) => Promise<Answer>,
  baseDelay?: number,
): Promise<Answer> {
  for (let retries = 0; ; retries++) {
    try {
      return await attempt(retries + 1);
    } catch (err) {
      const retryable =
        err instanceof SeamConnectionError || (err instanceof SeamApiError && isRetryableStatus(err.status));
      if (!retryable || retries >= (op.idempotent ? maxRetries : 0)) throw err;
      const delay = retryDelay(
        retries,
        err instanceof SeamApiError ? err.retryAfterMs : undefined,
        Math.random,
        baseDelay,
      );
      if (delay > MAX_RETRY_AFTER_MS) throw err;
      await sleep(delay, signal);
    }
  }
}
