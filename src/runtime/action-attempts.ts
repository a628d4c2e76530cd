// Waiting for an action attempt: poll until it succeeds, fails, or the wait times out.
import { SeamActionAttemptFailedError, SeamActionAttemptTimeoutError } from './errors.js';
import type { WaitForActionAttemptOptions } from './options.js';
import { redact } from './redact.js';
import { sleep } from './retry.js';

type Done<T> = [Extract<T, { status: 'success' }>] extends [never] ? T : Extract<T, { status: 'success' }>;

/**
 * What waiting guarantees: the attempt finished successfully (a failed one is
 * SeamActionAttemptFailedError), so its type is the `success` variant of the attempt's union; of
 * those, the one whose `action_type` is `A` (Seam's one schema holds every action's variants).
 */
export type Succeeded<T, A = never> = [A] extends [never]
  ? Done<T>
  : [Extract<Done<T>, { action_type: A }>] extends [never]
    ? Done<T>
    : Extract<Done<T>, { action_type: A }>;

export interface ActionAttemptLike {
  action_attempt_id: string;
  status: string;
  error?: unknown;
}

/**
 * How long to wait before poll number `poll` (0 for the first): at once, then a quarter of the
 * interval, a half, and the full interval from then on.
 *
 * Why the first poll comes at once: an attempt the server finishes while it answers (a code that
 * only changes its name, a fake in a test) is then known in one round trip instead of a full
 * interval, and one extra poll of an attempt still pending costs the real API one cheap request.
 * The short early waits catch the locks that apply a change within a second or two; after that the
 * interval the caller chose holds, so a slow lock is not polled harder than asked.
 */
/**
 * How long a wait lasts, and the longest pause between its polls, in ms, unless the call says (the
 * docs read them too). An enum, as esbuild writes its values in where they are read: two exported
 * constants cost a consumer's bundle 8 bytes.
 */
export enum WaitDefault {
  timeout = 5000,
  pollingInterval = 500,
}

export const pollDelay = (poll: number, pollingInterval: number): number =>
  poll === 0 ? 0 : Math.min(pollingInterval, (pollingInterval / 8) * 2 ** poll);

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
  const { timeout = WaitDefault.timeout, pollingInterval = WaitDefault.pollingInterval } = options;
  // A timer cleared when the wait ends. AbortSignal.timeout() is unref'd by Node, but Deno keeps
  // its timer, so a script that had waited ended only when the whole timeout had passed.
  const deadlineController = new AbortController();
  const deadline = deadlineController.signal;
  const timer = setTimeout(() => deadlineController.abort(), timeout);
  // The caller's abort ends the wait too; its listener goes when the wait does, so that a
  // long-lived signal given to every call does not collect one per call.
  const onAbort = () => deadlineController.abort(signal!.reason);
  if (signal?.aborted) onAbort();
  signal?.addEventListener('abort', onAbort, { once: true });
  const bounded = deadline;
  let current = attempt;
  try {
    for (let polls = 0; ; polls++) {
      if (current.status === 'success') return current;
      // The attempt comes from the server: redact it before it becomes part of an error.
      if (current.status === 'error') throw new SeamActionAttemptFailedError(redact(current, secrets));
      const delay = pollDelay(polls, pollingInterval);
      if (delay > 0) await sleep(delay, bounded);
      else if (bounded.aborted) throw bounded.reason;
      current = await poll(current.action_attempt_id, bounded);
    }
  } catch (err) {
    if (deadline.aborted && !signal?.aborted)
      throw new SeamActionAttemptTimeoutError(redact(current, secrets), timeout);
    throw err;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
