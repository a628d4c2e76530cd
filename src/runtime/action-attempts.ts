// Waiting for an action attempt: poll until it succeeds, fails, or the wait times out.
import { redact, SeamActionAttemptFailedError, SeamActionAttemptTimeoutError } from './errors.js';
import type { WaitForActionAttemptOptions } from './operation.js';
import { sleep } from './retry.js';

export interface ActionAttemptLike {
  action_attempt_id: string;
  status: string;
  error?: unknown;
}

/**
 * Polls until the attempt succeeds or fails. `timeout` bounds the whole wait: polls that are slow,
 * hang, or are told to retry much later are aborted at the deadline (they get its signal).
 */
export async function waitForActionAttempt<T extends ActionAttemptLike>(
  attempt: T,
  options: WaitForActionAttemptOptions,
  poll: (actionAttemptId: string, signal: AbortSignal) => Promise<T>,
  secrets: readonly string[],
  signal?: AbortSignal,
): Promise<T> {
  // The defaults, as documented on WaitForActionAttemptOptions.
  const { timeout = 5000, pollingInterval = 500 } = options;
  // Unref'd by Node: it does not keep a process alive once the wait is over.
  const deadline = AbortSignal.timeout(timeout);
  const bounded = signal ? AbortSignal.any([signal, deadline]) : deadline;
  let current = attempt;
  try {
    for (;;) {
      if (current.status === 'success') return current;
      // The attempt comes from the server: redact it before it becomes part of an error.
      if (current.status === 'error') throw new SeamActionAttemptFailedError(redact(current, secrets));
      await sleep(pollingInterval, bounded);
      current = await poll(current.action_attempt_id, bounded);
    }
  } catch (err) {
    if (deadline.aborted && !signal?.aborted) throw new SeamActionAttemptTimeoutError(redact(current, secrets), timeout);
    throw err;
  }
}
