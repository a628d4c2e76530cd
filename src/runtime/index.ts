// The runtime the generated client calls: its one contract. Nothing here knows any operation.
export * from './errors.js';
export * from './guards.js';
export type * from './operation.js';
export { withParams } from './params.js';
export { formBody, multipartBody, rawBody } from './bodies.js';
export type { MultipartInput, BinaryInput } from './types.js';
export { ClientCore, type CoreConfig } from './core.js';
export { SeamPromise } from './seam-promise.js';
export { resumeWait } from './resume.js';
export { attemptIn, type AttemptPlace } from './held-attempt.js';
export { listPages, PagePromise, type Page } from './paginate.js';
export type { Succeeded } from './action-attempts.js';
export {
  checkCallOptions,
  DEFAULTS,
  MAX_RETRIES,
  MAX_TIMER_MS,
  type CallOptions,
  type RequestOptions,
  type WaitForActionAttemptOptions,
  type FetchLike,
} from './options.js';
export { checkMiddleware, withAttempt, type Middleware, type MiddlewareContext } from './middleware.js';
export { resolveAuth } from './auth.js';
export {
  neutralProfile,
  neutralLogNames,
  neutralErrorName,
  type RuntimeProfile,
  type ErrorEnvelope,
  type AuthProfile,
  type LogNames,
} from './profile.js';
export { loggingFrom, LOG_LEVELS, type Logger, type LogLevel } from './logging.js';
export { redact } from './redact.js';
export * from './neutral-names.js';
