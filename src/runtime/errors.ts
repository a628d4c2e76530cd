// Every error the client throws. API errors are keyed by the API's `error.type` and carry the
// request id. No error ever holds a credential: messages and bodies pass through redact().

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

// Each class names itself with a string: minifiers rename classes, so `constructor.name` would
// turn into a letter in a consumer's bundle.

/** Base class of every error this client throws. */
export class SeamError extends Error {
  override name = 'SeamError';
}

/** Bad client options (auth mode, timeout, ...). Thrown at construction or call time. */
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
}

/** A non-2xx answer from the API. */
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
    super(`${message} (HTTP ${fields.status} ${fields.code}${fields.requestId ? `, request ${fields.requestId}` : ''})`);
    Object.assign(this, fields);
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, status: this.status, code: this.code, requestId: this.requestId, body: this.body };
  }
}

export class SeamInvalidInputError extends SeamApiError {
  override name = 'SeamInvalidInputError';
  readonly validationErrors: ValidationErrorTree = (this.body as Json)?.error?.validation_errors ?? { _errors: [] };

  /** Messages for one field (`code`, or a nested path like `schedule.starts_at`), or for the body itself when omitted. */
  getValidationErrorMessages(field?: string): string[] {
    let node: Json = this.validationErrors;
    for (const part of field ? field.split('.') : []) node = node?.[part];
    return Array.isArray(node?._errors) ? [...node._errors] : [];
  }
}

export class SeamUnauthorizedError extends SeamApiError {
  override name = 'SeamUnauthorizedError';
}

export class SeamNotFoundError extends SeamApiError {
  override name = 'SeamNotFoundError';
}

export class SeamRateLimitError extends SeamApiError {
  override name = 'SeamRateLimitError';
}

/** A 2xx answer whose body is not the JSON the spec promises. */
export class SeamInvalidResponseError extends SeamApiError {
  override name = 'SeamInvalidResponseError';
}

/** The connection failed or dropped before a complete answer arrived. */
export class SeamConnectionError extends SeamError {
  override name = 'SeamConnectionError';
}

/** One attempt took longer than `timeout`. */
export class SeamTimeoutError extends SeamError {
  override name = 'SeamTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`The request took longer than ${timeoutMs} ms`);
  }
}

export class SeamActionAttemptError extends SeamError {
  override name = 'SeamActionAttemptError';
  constructor(
    message: string,
    readonly actionAttemptId: string,
    readonly actionAttempt: unknown,
  ) {
    super(message);
  }
}

/** The action attempt finished with `status: error`. */
export class SeamActionAttemptFailedError extends SeamActionAttemptError {
  override name = 'SeamActionAttemptFailedError';
  /** The attempt's `error.type`, or `unknown` when the API sent none. */
  readonly errorType: string;
  constructor(actionAttempt: { action_attempt_id: string; error?: unknown }) {
    const error = (actionAttempt.error ?? {}) as { type?: unknown; message?: unknown };
    const type = typeof error.type === 'string' ? error.type : 'unknown';
    const message = typeof error.message === 'string' ? error.message : 'no details given';
    super(`Action attempt ${actionAttempt.action_attempt_id} failed: ${message} (${type})`, actionAttempt.action_attempt_id, actionAttempt);
    this.errorType = type;
  }
}

/** The action attempt was still pending when the wait's timeout ran out. */
export class SeamActionAttemptTimeoutError extends SeamActionAttemptError {
  override name = 'SeamActionAttemptTimeoutError';
  constructor(actionAttempt: { action_attempt_id: string }, timeoutMs: number) {
    super(
      `Action attempt ${actionAttempt.action_attempt_id} did not finish within ${timeoutMs} ms`,
      actionAttempt.action_attempt_id,
      actionAttempt,
    );
  }
}

/**
 * Replaces every occurrence of a secret, at any depth, object keys included: in the JSON text, with
 * each secret as JSON escapes it, so nothing here recurses. A value too deep to serialize (a hostile
 * body nested 10 000 deep), or a secret so short that it matches JSON's own syntax, is withheld whole.
 */
export function redact<T>(value: T, secrets: readonly string[]): T {
  if (secrets.length === 0 || value === undefined) return value;
  try {
    let json = JSON.stringify(value);
    for (const s of secrets) json = json.split(JSON.stringify(s).slice(1, -1)).join('[redacted]');
    return JSON.parse(json);
  } catch {
    return '[redacted]' as T;
  }
}

// RFC 9110 HTTP-date: IMF-fixdate, and the obsolete RFC 850 and asctime forms.
const HTTP_DATE = /^(?:\w{3}, \d\d \w{3} \d{4} [\d:]{8} GMT|\w{6,9}, \d\d-\w{3}-\d\d [\d:]{8} GMT|\w{3} \w{3} [ \d]\d [\d:]{8} \d{4})$/;

/**
 * Parses Retry-After into ms: delta-seconds or an HTTP-date (RFC 9110), and nothing else (`-5`,
 * `1 2`, `later 3` are not read as dates): anything else is undefined, so the usual backoff applies.
 */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  if (!HTTP_DATE.test(value)) return undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The typed error for a non-2xx response. Its body is the parsed JSON, the text when it is not
 * JSON (an HTML page from a proxy, say), or undefined when empty.
 */
export function errorFromResponse(response: Response, text: string, secrets: readonly string[]): SeamApiError {
  let parsed: Json = text || undefined;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON: keep the text.
  }
  const apiError = typeof parsed === 'object' && parsed !== null ? parsed.error : undefined;
  const status = response.status;
  // Redacted whole: a server may echo the token anywhere, the request id header included.
  const fields: ApiErrorFields = redact(
    {
      status,
      code: typeof apiError?.type === 'string' ? apiError.type : `http_${status}`,
      message: typeof apiError?.message === 'string' ? apiError.message : `HTTP ${status} ${response.statusText || 'error'}`,
      requestId: response.headers.get('seam-request-id') ?? (typeof apiError?.request_id === 'string' ? apiError.request_id : undefined),
      body: parsed,
      retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
    },
    secrets,
  );
  if (fields.code === 'invalid_input') return new SeamInvalidInputError(fields);
  if (status === 401) return new SeamUnauthorizedError(fields);
  if (status === 404) return new SeamNotFoundError(fields);
  if (status === 429) return new SeamRateLimitError(fields);
  return new SeamApiError(fields);
}
