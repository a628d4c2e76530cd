// The package's public entry point.
export {
  SeamClient,
  createSeamCore,
  DEFAULT_ENDPOINT,
  type SeamClientOptions,
  type SeamCoreOptions,
} from './client.js';
// The core's type, for code that passes one around (`core: ClientCore`); it is made by createSeamCore().
export type { ClientCore } from './runtime/core.js';
export {
  SeamError,
  SeamOptionsError,
  SeamApiError,
  SeamInvalidInputError,
  SeamUnauthorizedError,
  SeamNotFoundError,
  SeamEndpointError,
  SeamRateLimitError,
  SeamInvalidResponseError,
  SeamConnectionError,
  SeamTimeoutError,
  SeamActionAttemptError,
  SeamActionAttemptFailedError,
  SeamActionAttemptTimeoutError,
  type ValidationErrorTree,
} from './runtime/errors.js';
export { isSeamError, isSeamApiError, type SeamErrorName } from './runtime/guards.js';
export type { RequestOptions, CallOptions, WaitForActionAttemptOptions } from './runtime/options.js';
export type { SeamPromise } from './runtime/seam-promise.js';
export type { PagePromise, Page } from './runtime/paginate.js';
export type { Middleware, MiddlewareContext } from './runtime/middleware.js';
export type { LogLevel, Logger } from './runtime/logging.js';
export type { AuthOptions } from './profiles/seam/auth.js';
// Every generated type, and each operation as a standalone, tree-shakable function (accessCodesUpdate).
export type * from '../generated/client.js';
export * from '../generated/functions.js';
export type { components, paths } from '../generated/schema.js';
export { SDK_NAME, SDK_VERSION } from './version.js';
