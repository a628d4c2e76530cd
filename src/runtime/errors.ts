// Every error class the client throws. API errors are keyed by the API's `error.type` and carry
// the request id. No error ever holds a credential: what they are made from passes through
// redact() first (api-errors.ts, attempt-context.ts, build-request.ts).

// Each class names itself with a string: minifiers rename classes, so `constructor.name` would
// turn into a letter in a consumer's bundle.

import { text } from './server-text.js';

/** Base class of every error this client throws. */
export class SeamError extends Error {
  override name = 'SeamError';
  /** When a page of a list failed: the cursor to resume from (paginate.ts). */
  declare readonly pageCursor?: string;
}

/**
 * Bad client options (auth mode, timeout, ...) or a call argument that cannot be sent. Thrown at construction or call time; never retried.
 *
 * From a method: An option or an argument that cannot be used (an unknown auth mode, a bad `timeout`, a misspelt option name, a path value of `.` or `..`): thrown before anything is sent.
 */
export class SeamOptionsError extends SeamError {
  override name = 'SeamOptionsError';
}

export interface ValidationErrorTree {
  _errors: string[];
  [field: string]: ValidationErrorTree | string[];
}

export interface ApiErrorFields {
  status: number;
  code: string;
  message: string;
  requestId?: string;
  body: unknown;
  /** From Retry-After, in ms. */
  retryAfterMs?: number;
  /** SeamInvalidInputError's per-field messages, as the profile's envelope gives them. */
  validationErrors?: unknown;
}

/**
 * A non-2xx answer from the API; a subclass where the spec or the API's `error.type` names one.
 *
 * From a method: Any other error answer: `status` and `code` (the API's `error.type`, or `http_<status>`) say which; 502, 503 and 504 among them. Tried again first, up to `maxRetries` times (2 by default), when the operation is idempotent.
 */
export class SeamApiError extends SeamError {
  override name = 'SeamApiError';
  declare readonly status: number;
  /** The API's `error.type`, e.g. `access_code_not_found`; or `http_<status>` when the body has none. */
  declare readonly code: string;
  declare readonly requestId: string | undefined;
  /** The parsed body (or its text, when it is not JSON). */
  declare readonly body: unknown;
  /** How long the API asked to wait before trying again (Retry-After), in ms. */
  declare readonly retryAfterMs: number | undefined;

  constructor({ message, ...fields }: ApiErrorFields) {
    super(
      `${message} (HTTP ${fields.status} ${fields.code}${fields.requestId ? `, request ${fields.requestId}` : ''})`,
    );
    Object.assign(this, fields);
  }

  /** Its fields, and the message (which Error keeps out of JSON). */
  toJSON(): object {
    return { ...this, message: this.message };
  }
}

export class SeamInvalidInputError extends SeamApiError {
  override name = 'SeamInvalidInputError';
  // What the constructor's fields gave (SeamApiError assigns them before this runs), else none.
  readonly validationErrors: ValidationErrorTree = (this as { validationErrors?: ValidationErrorTree })
    .validationErrors ?? { _errors: [] };

  /** Messages for one field (`code`, or a nested path like `schedule.starts_at`), or for the body itself when omitted. */
  getValidationErrorMessages(field?: string): string[] {
    // The tree came from the server: any step may be missing or not an object.
    let node: { readonly [key: string]: unknown } | null | undefined = this.validationErrors;
    for (const part of field ? field.split('.') : []) node = node?.[part] as typeof node;
    return Array.isArray(node?._errors) ? [...node._errors] : [];
  }
}

export class SeamUnauthorizedError extends SeamApiError {
  override name = 'SeamUnauthorizedError';
}

/** 404 from the API: the resource named (an access code, a device, …) does not exist. */
export class SeamNotFoundError extends SeamApiError {
  override name = 'SeamNotFoundError';
}

/**
 * 404 that is not the API's answer about a resource: `endpoint_not_found`, or a body that is not the
 * API's error body (a proxy's page): the client's `endpoint` is likely wrong.
 *
 * From a method: A 404 that is not the API's answer about a resource (`endpoint_not_found`, or a page that is not the API's error body, such as a proxy's): check the client's `endpoint`.
 */
export class SeamEndpointError extends SeamApiError {
  override name = 'SeamEndpointError';
}

export class SeamRateLimitError extends SeamApiError {
  override name = 'SeamRateLimitError';
}

/**
 * A 2xx answer whose body is not the JSON the spec promises.
 *
 * From a method: A 2xx answer that is not what the spec promises: not JSON, the wrong shape, or longer than `maxResponseBytes` (10485760 by default).
 */
export class SeamInvalidResponseError extends SeamApiError {
  override name = 'SeamInvalidResponseError';
}

/**
 * The connection failed or dropped before a complete answer arrived.
 *
 * From a method: The connection failed or dropped before a whole answer arrived (DNS, refused, reset). Tried again first, up to `maxRetries` times (2 by default), when the operation is idempotent.
 */
export class SeamConnectionError extends SeamError {
  override name = 'SeamConnectionError';
}

/**
 * One attempt took longer than `timeout`.
 *
 * From a method: One request took longer than `timeout` (30000 ms by default).
 */
export class SeamTimeoutError extends SeamError {
  override name = 'SeamTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`The request took longer than ${timeoutMs} ms`);
  }
}

/** An action attempt that did not succeed; `message` says what became of it. */
export class SeamActionAttemptError extends SeamError {
  override name = 'SeamActionAttemptError';
  readonly actionAttemptId: string;
  constructor(
    readonly actionAttempt: { action_attempt_id: string; error?: unknown },
    what: string,
  ) {
    super(`Action attempt ${actionAttempt.action_attempt_id} ${what}`);
    this.actionAttemptId = actionAttempt.action_attempt_id;
  }
}

/**
 * The action attempt finished with `status: error`.
 *
 * From a method that waits: The action attempt finished with `status: error`; `errorType` and `actionAttempt.error` say why.
 */
export class SeamActionAttemptFailedError extends SeamActionAttemptError {
  override name = 'SeamActionAttemptFailedError';
  /** The attempt's `error.type`, or `unknown` when the API sent none. */
  readonly errorType: string;
  constructor(actionAttempt: { action_attempt_id: string; error?: unknown }) {
    const error = actionAttempt.error as { type?: unknown; message?: unknown } | undefined;
    const type = text(error?.type) ?? 'unknown';
    super(actionAttempt, `failed: ${text(error?.message) ?? 'no details given'} (${type})`);
    this.errorType = type;
  }
}

/**
 * The action attempt was still pending when the wait's timeout ran out.
 *
 * From a method that waits: The action attempt was still pending when `waitForActionAttempt.timeout` ran out (5000 ms by default); `actionAttemptId` names it, to look it up later.
 */
export class SeamActionAttemptTimeoutError extends SeamActionAttemptError {
  override name = 'SeamActionAttemptTimeoutError';
  constructor(actionAttempt: { action_attempt_id: string }, timeoutMs: number) {
    super(actionAttempt, `did not finish within ${timeoutMs} ms`);
  }
}
