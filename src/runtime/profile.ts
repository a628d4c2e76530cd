// What the runtime leaves to a profile: the choices of one vendor's API that its spec cannot say
// (where an error answer keeps its type and message, the header that carries the request id, how
// credentials are sent). The product passes its profile in (src/client.ts, src/connection.ts pass
// Seam's, src/profiles/seam/); the engine's neutral default is here, for a client of any other API.
import type { SeamError } from './errors.js';

/** What an error answer says of itself, as a profile reads it from the body; each field may be missing or of any type (checked where it is used). */
export interface ErrorEnvelope {
  /** The error's kind, such as `access_code_not_found`: the error's `code`, and what its class is chosen by. */
  type?: unknown;
  message?: unknown;
  /** The request id the body carries, used when the request-id header is missing. */
  request_id?: unknown;
  /** Per-field messages of an invalid request, as a tree of `_errors` lists. */
  validation_errors?: unknown;
}

/** The auth modes a client takes: each a token sent as `authorization: Bearer …`. */
export interface AuthProfile {
  /** The option names of the modes; those from `onBehalfFrom` on act in the workspace `workspaceId` names. */
  modes: readonly string[];
  onBehalfFrom: number;
  /** The header that names the workspace of an on-behalf mode. */
  workspaceHeader: string;
  /** The environment variable whose token is the first mode's when no option gives one. */
  tokenEnv: string;
  /**
   * The request headers that carry a credential, lower case: every value sent in one (by the client,
   * a call or middleware) is kept as secret as the client's own token from then on (redact.ts,
   * `collectTokens`). Not a header that only names something, such as a workspace.
   */
  credentialHeaders: readonly string[];
}

export interface RuntimeProfile {
  /** The envelope of an error answer's body (the parsed JSON, its text, or undefined), or undefined when it has none. */
  readError(body: unknown): ErrorEnvelope | undefined;
  /** The response header that carries the request id, lower case. */
  requestIdHeader: string;
  /** The error types that choose a class beyond the status: an invalid request, and "no such path" (a 404 that is not about a resource). */
  invalidInputType: string;
  endpointNotFoundType: string;
  auth: AuthProfile;
  /**
   * Gives an error of the runtime the name this profile's clients call it by. None (Seam's): the
   * class's own name, which is the package's public API (`SeamNotFoundError`, what its guards read
   * across copies, guards.ts), set by the class itself wherever the error is made, so no path can
   * miss it. Called where a call's error leaves the client (core.ts) and where middleware first sees
   * a failure (attempt-context.ts): on failures only, never on a call that succeeds; the renaming
   * itself is the profile's code, so a bundle with Seam's profile carries none of it.
   */
  renameError?(err: SeamError): void;
}

/**
 * How debug logging is named: the environment variable that turns it on when no `logLevel` is given,
 * and what leads each line. Its own value, not a field of RuntimeProfile, so that a bundle without
 * logging carries none of it; the product passes it to loggingFrom() beside its RuntimeProfile.
 */
export interface LogNames {
  env: string;
  prefix: string;
}

/**
 * The name under which the neutral profile knows each of the runtime's error classes: the class's
 * own without the package's prefix (`NotFoundError`), and `ClientError` for the base class, as
 * src/runtime/neutral-names.ts exports them. The generator writes the same names in a neutral
 * client's docs (scripts/generator/profiles.ts): one mapping for both.
 */
export const neutralErrorName = (className: string): string =>
  className === 'SeamError' ? 'ClientError' : className.replace(/^Seam/, '');

/** An object of the server's answer, looked into by key: every field is unknown until the caller checks it. */
type JsonObject = Record<string, unknown>;

/**
 * The neutral profile: the envelopes most APIs answer with, `{ error: { code | type, message } }`,
 * `{ code | type, message }` and RFC 9457 problem details (`type`, `title`, `detail`), with the
 * request id in `x-request-id`; one API key, from API_TOKEN, sent as `authorization: Bearer …`;
 * errors named without a vendor (`NotFoundError`).
 */
export const neutralProfile: RuntimeProfile = {
  readError(body) {
    if (typeof body !== 'object' || body === null) return undefined;
    const parsed = body as JsonObject;
    const e = (typeof parsed.error === 'object' && parsed.error !== null ? parsed.error : parsed) as JsonObject;
    return {
      type: e.code ?? e.type,
      message: e.message ?? e.detail ?? e.title,
      request_id: e.request_id ?? e.requestId,
      validation_errors: e.validation_errors,
    };
  },
  requestIdHeader: 'x-request-id',
  invalidInputType: 'invalid_input',
  endpointNotFoundType: 'endpoint_not_found',
  renameError(err) {
    err.name = neutralErrorName(err.name);
  },
  auth: {
    modes: ['apiKey'],
    onBehalfFrom: 1,
    workspaceHeader: 'x-workspace-id',
    tokenEnv: 'API_TOKEN',
    // The headers APIs commonly take a key in, beside `authorization`.
    credentialHeaders: ['authorization', 'proxy-authorization', 'x-api-key', 'api-key'],
  },
};

/** The neutral profile's logging: API_LOG, and lines led by `api-client:`. */
export const neutralLogNames: LogNames = { env: 'API_LOG', prefix: 'api-client' };
