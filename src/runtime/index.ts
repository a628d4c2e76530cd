// The runtime the generated client calls. Nothing here knows any operation.
export * from './errors.js';
export * from './guards.js';
export * from './operation.js';
export { withParams } from './params.js';
export { formBody, multipartBody, rawBody } from './bodies.js';
export type { MultipartInput, BinaryInput } from './types.js';
export { ClientCore, DEFAULTS, MAX_RETRIES, MAX_TIMER_MS, checkCallOptions, type CoreConfig, type SeamPromise, type Transport } from './core.js';
export { checkMiddleware, middlewareTransport, type Middleware, type MiddlewareContext } from './middleware.js';
export { resolveAuth, type AuthOptions } from './auth.js';
