// From a non-2xx answer (or a 2xx that is not what the spec promises) to its typed error, with the
// request id and how long Retry-After asks to wait; redacted whole.
import {
  SeamApiError,
  SeamEndpointError,
  SeamInvalidInputError,
  SeamInvalidResponseError,
  SeamNotFoundError,
  SeamRateLimitError,
  SeamUnauthorizedError,
  type ApiErrorFields,
} from './errors.js';
import type { ErrorEnvelope, RuntimeProfile } from './profile.js';
import { redact } from './redact.js';
import { text } from './server-text.js';

// The shape of an RFC 9110 HTTP-date, in its three forms (IMF-fixdate, and the obsolete RFC 850 and
// asctime): a day name, a time, and GMT or the year; Date.parse reads the rest.
const HTTP_DATE = /^[A-Z][a-z]{2}.* \d\d:\d\d:\d\d (GMT|\d{4})$/;

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

/** What an answer's error needs of the request it answers: where it went, what it must never show, and the profile it is read by. */
export interface AnswerContext {
  readonly endpoint: string;
  /** Values that must never appear in an error (tokens). */
  readonly secrets: readonly string[];
  /** The vendor's choices an error answer is read by: its envelope, the request-id header (profile.ts). */
  readonly profile: RuntimeProfile;
}

/**
 * The typed error for a non-2xx response, whose body is as openapi-fetch gives it (the parsed JSON,
 * the text when it is not JSON, such as a proxy's HTML page, or undefined when empty), read by the
 * profile's envelope.
 */
export function errorFromResponse(
  ctx: Pick<AnswerContext, 'secrets' | 'profile'>,
  response: Response,
  body: unknown,
): SeamApiError {
  const { profile } = ctx;
  const apiError = body === '' ? undefined : profile.readError(body);
  const status = response.status;
  // Not the API's error body (a proxy's HTML page, an empty 404): read as "no such path".
  const type = text(apiError?.type);
  const Class = apiErrorClass(status, type ?? profile.endpointNotFoundType, profile);
  const message = text(apiError?.message) ?? `HTTP ${status} ${response.statusText || 'error'}`;
  const shown = Class === SeamEndpointError ? `${message} at ${response.url}: check \`endpoint\`` : message;
  return answerError(ctx, Class, response, body, type ?? `http_${status}`, shown, apiError);
}

/** SeamInvalidResponseError for an answer that is not what the spec promises, saying `why`. */
export const invalidResponse = (ctx: AnswerContext, response: Response, body: unknown, why: string): SeamApiError =>
  answerError(
    ctx,
    SeamInvalidResponseError,
    response,
    body,
    'invalid_response',
    `Unexpected answer from ${ctx.endpoint}: ${why}`,
  );

/** An answer's error of class `Class`, with the request id and how long Retry-After asks to wait. */
function answerError(
  ctx: Pick<AnswerContext, 'secrets' | 'profile'>,
  Class: typeof SeamApiError,
  response: Response,
  body: unknown,
  code: string,
  message: string,
  apiError?: ErrorEnvelope,
) {
  // Redacted whole: a server may echo the token anywhere, the request id header included. The body
  // apart, so that one too deep to redact is withheld alone, not the status and message with it.
  const fields: ApiErrorFields = {
    ...redact(
      {
        status: response.status,
        code,
        message,
        requestId: response.headers.get(ctx.profile.requestIdHeader) ?? text(apiError?.request_id),
        retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
      },
      ctx.secrets,
    ),
    body: redact(body === '' ? undefined : body, ctx.secrets),
    // Apart too, for the same reason: where the profile's envelope keeps them.
    ...(Class === SeamInvalidInputError && { validationErrors: redact(apiError?.validation_errors, ctx.secrets) }),
  };
  return new Class(fields);
}

/**
 * The class an error answer becomes, by its type (Seam's `error.type`) and status: the one table
 * that the client throws by and its docs (the errors tables, the Try-it panel) are written from. A
 * 404 is SeamNotFoundError (the resource does not exist) unless its type is the profile's "no such
 * path" (Seam's `endpoint_not_found`).
 */
export const apiErrorClass = (
  status: number,
  type: string | undefined,
  profile: Pick<RuntimeProfile, 'invalidInputType' | 'endpointNotFoundType'>,
): typeof SeamApiError =>
  type === profile.invalidInputType
    ? SeamInvalidInputError
    : status === 404 && type === profile.endpointNotFoundType
      ? SeamEndpointError
      : ({ 401: SeamUnauthorizedError, 404: SeamNotFoundError, 429: SeamRateLimitError }[status] ?? SeamApiError);
