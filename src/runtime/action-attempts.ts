// Waiting for an action attempt: poll until it succeeds, fails, or the wait times out.
import { redact, SeamActionAttemptFailedError, SeamActionAttemptTimeoutError } from './errors.js';
import type { WaitForActionAttemptOptions } from './operation.js';
import { sleep } from './retry.js';

export interface ActionAttemptLike {
  action_attempt_id: string;
  status: string;
  error?: unknown;
}

export const DEFAULT_WAIT = { timeout: 5000, pollingInterval: 500 } as const;

export async function waitForActionAttempt<T extends ActionAttemptLike>(
  attempt: T,
  options: WaitForActionAttemptOptions,
  poll: (actionAttemptId: string) => Promise<T>,
  secrets: readonly string[],
  signal?: AbortSignal,
): Promise<T> {
  const timeout = options.timeout ?? DEFAULT_WAIT.timeout;
  const interval = options.pollingInterval ?? DEFAULT_WAIT.pollingInterval;
  const deadline = Date.now() + timeout;
  let current = attempt;
  for (;;) {
    if (current.status === 'success') return current;
    // The attempt comes from the server: redact it before it becomes part of an error.
    if (current.status === 'error') throw new SeamActionAttemptFailedError(redact(current, secrets));
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw new SeamActionAttemptTimeoutError(redact(current, secrets), timeout);
    await sleep(Math.min(interval, remaining), signal);
    current = await poll(current.action_attempt_id);
  }
}
