// The names a client generated with the neutral profile writes and its users import: the same
// classes as the package's own, under names that say no vendor. An alias, not a subclass: one class
// each, so `instanceof` holds either way and nothing is added to a bundle that does not import it.
// The classes name themselves as src/runtime/errors.ts does (this package's public API); a client
// with the neutral profile gives its errors these names instead (RuntimeProfile.renameError).
export { SeamPromise as ApiPromise } from './seam-promise.js';
export {
  SeamError as ClientError,
  SeamOptionsError as OptionsError,
  SeamApiError as ApiError,
  SeamInvalidInputError as InvalidInputError,
  SeamUnauthorizedError as UnauthorizedError,
  SeamNotFoundError as NotFoundError,
  SeamEndpointError as EndpointError,
  SeamRateLimitError as RateLimitError,
  SeamInvalidResponseError as InvalidResponseError,
  SeamConnectionError as ConnectionError,
  SeamTimeoutError as TimeoutError,
  SeamActionAttemptError as ActionAttemptError,
  SeamActionAttemptFailedError as ActionAttemptFailedError,
  SeamActionAttemptTimeoutError as ActionAttemptTimeoutError,
} from './errors.js';
