// `instanceof` holds within one copy of the error classes, but a process can hold several: the
// ESM and CJS builds of this package (a dependency that `require`s it beside code that imports
// it), and each entry point bundles its own. These guards work across all of them: they read the
// error's `name`, which each class sets to a fixed string, and know the hierarchy from this table.
// They cost a bundle nothing unless called.
import type * as errors from './errors.js';

type SeamErrorClasses = Pick<typeof errors, SeamErrorName>;

/** The name of each error class, with the class it extends. */
const PARENT = {
  SeamError: undefined,
  SeamOptionsError: 'SeamError',
  SeamApiError: 'SeamError',
  SeamInvalidInputError: 'SeamApiError',
  SeamUnauthorizedError: 'SeamApiError',
  SeamNotFoundError: 'SeamApiError',
  SeamEndpointError: 'SeamApiError',
  SeamRateLimitError: 'SeamApiError',
  SeamInvalidResponseError: 'SeamApiError',
  SeamConnectionError: 'SeamError',
  SeamTimeoutError: 'SeamError',
  SeamActionAttemptError: 'SeamError',
  SeamActionAttemptFailedError: 'SeamActionAttemptError',
  SeamActionAttemptTimeoutError: 'SeamActionAttemptError',
} as const satisfies Record<string, string | undefined>;

export type SeamErrorName = keyof typeof PARENT;

/**
 * Whether `value` is an error of this package, of the class named `kind` or one extending it
 * (`SeamError`, the base of all, by default), from whichever copy of the package threw it:
 * `isSeamError(err, 'SeamNotFoundError')`.
 */
export function isSeamError<K extends SeamErrorName = 'SeamError'>(
  value: unknown,
  kind?: K,
): value is InstanceType<SeamErrorClasses[K]> {
  if (!(value instanceof Error)) return false;
  for (let name: string | undefined = value.name; name; name = PARENT[name as SeamErrorName]) {
    if (name === (kind ?? 'SeamError')) return true;
  }
  return false;
}

/** `isSeamError(value, 'SeamApiError')`: an answer from the API that is not a success. */
export const isSeamApiError = (value: unknown): value is errors.SeamApiError => isSeamError(value, 'SeamApiError');
