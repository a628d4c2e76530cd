// Resuming a wait for an action attempt started with `waitForActionAttempt: false`: a call of the
// operation that polls attempts, told to wait. Its own module, so that only a bundle that calls
// `wait` carries it.
import type { ClientCore } from './core.js';
import { SeamOptionsError } from './errors.js';
import type { OperationDescriptor } from './operation.js';
import type { RequestOptions } from './options.js';
import { SeamPromise } from './seam-promise.js';

/** Waits for the attempt (or the attempt of that id) by `poll`, the operation that returns one by its id. */
export function resumeWait<T>(
  core: ClientCore<boolean>,
  poll: OperationDescriptor,
  attemptOrId: string | { action_attempt_id: string },
  options: RequestOptions = {},
): SeamPromise<T> {
  const id =
    typeof attemptOrId === 'string'
      ? attemptOrId
      : (attemptOrId as { action_attempt_id?: unknown } | null)?.action_attempt_id;
  if (typeof id !== 'string' || id === '') {
    return new SeamPromise<T>(
      Promise.reject(new SeamOptionsError('wait: give an action attempt, or its action_attempt_id, to wait for')),
    );
  }
  return core.request<T>(
    poll,
    { action_attempt_id: id },
    { ...options, waitForActionAttempt: options.waitForActionAttempt ?? true },
  );
}
