// `seam-connect-client/fetch`: an openapi-fetch client typed with every path of the spec, set up
// like a SeamClient (endpoint, auth modes, environment variables, SDK headers), for endpoints the
// generated methods do not wrap, or for teams that already call APIs with openapi-fetch. Its own
// entry point: a bundle that does not import it does not carry openapi-fetch.
import type { SeamClientOptions } from './client.js';
import { createApi, env, profile, resolveConnection } from './connection.js';
import { seamLogNames } from './profiles/seam/runtime.js';
import { AUTH_OPTIONS } from './profiles/seam/auth.js';
import { loggingFrom } from './runtime/logging.js';
import { checkMiddleware } from './runtime/middleware.js';
import { refuseUnknownOptions, type NoneUnlisted } from './runtime/option-names.js';
import { redactAnswers } from './runtime/redact-answers.js';

import type { SeamFetchClient } from './fetch-types.js';

export type { paths } from '../generated/schema.js';
export type { SeamFetchClient, SeamFetchResponse } from './fetch-types.js';
export { paginate, paginateRoute, type PaginateInit } from './fetch-paginate.js';
export type { PagePromise, Page } from './runtime/paginate.js';

/** Options of a SeamClient that apply to openapi-fetch: auth, `endpoint`, `headers`, `fetch`, `middleware`, logging. */
export type SeamFetchClientOptions = Pick<
  SeamClientOptions,
  | 'apiKey'
  | 'clientSessionToken'
  | 'personalAccessToken'
  | 'consoleSessionToken'
  | 'workspaceId'
  | 'endpoint'
  | 'headers'
  | 'fetch'
  | 'middleware'
  | 'logLevel'
  | 'logger'
>;

const FETCH_CLIENT_OPTIONS = [
  ...AUTH_OPTIONS,
  'endpoint',
  'headers',
  'fetch',
  'middleware',
  'logLevel',
  'logger',
] as const;
// Compiles only while FETCH_CLIENT_OPTIONS names every option of SeamFetchClientOptions.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- a compile-time check, never used
type FetchClientOptionsListed = NoneUnlisted<
  Exclude<keyof SeamFetchClientOptions, (typeof FETCH_CLIENT_OPTIONS)[number]>
>;

/**
 * `createSeamFetchClient({ apiKey }).POST('/access_codes/update', { body })`: openapi-fetch's own
 * `GET`/`POST`/… API and `use()` middleware, typed by the spec. Options are checked as SeamClient
 * checks them (SeamOptionsError, no secret quoted); `middleware` is registered as SeamClient
 * registers it, after a redaction step that keeps the tokens out of answers and errors.
 */
export function createSeamFetchClient(options: SeamFetchClientOptions = {}): SeamFetchClient {
  // openapi-fetch's `baseUrl` is refused too, pointing at `endpoint`: one name for it everywhere.
  if (typeof options === 'object' && options !== null)
    refuseUnknownOptions(options, FETCH_CLIENT_OPTIONS, 'createSeamFetchClient()');
  const connection = resolveConnection(options);
  const client = createApi(connection, options.fetch);
  if (options.middleware) checkMiddleware(options.middleware);
  client.use(
    redactAnswers(connection.secrets, profile),
    ...loggingFrom(options, env(), connection.secrets, profile, seamLogNames),
    ...(options.middleware ?? []),
  );
  // The same client; only its answer types differ from openapi-fetch's (fetch-types.ts).
  return client as unknown as SeamFetchClient;
}
