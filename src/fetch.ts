// `seam-connect-client/fetch`: an openapi-fetch client typed with every path of the spec, set up
// like a SeamClient (endpoint, auth modes, environment variables, SDK headers), for endpoints the
// generated methods do not wrap, or for teams that already call APIs with openapi-fetch. Its own
// entry point: a bundle that does not import it does not carry openapi-fetch.
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../generated/schema.js';
import { resolveConnection, type SeamClientOptions } from './client.js';
import { checkCallOptions } from './runtime/core.js';

export type { paths } from '../generated/schema.js';

/** Options of a SeamClient that apply to openapi-fetch: auth, `endpoint`, `headers`, `fetch`. */
export type SeamFetchClientOptions = Pick<
  SeamClientOptions,
  'apiKey' | 'clientSessionToken' | 'personalAccessToken' | 'consoleSessionToken' | 'workspaceId' | 'endpoint' | 'headers' | 'fetch'
>;

/**
 * `createSeamFetchClient({ apiKey }).POST('/access_codes/update', { body })`: openapi-fetch's own
 * `GET`/`POST`/… API and `use()` middleware, typed by the spec. Options are checked as SeamClient
 * checks them (SeamOptionsError, no secret quoted).
 */
export function createSeamFetchClient(options: SeamFetchClientOptions = {}): Client<paths> {
  const { endpoint, headers } = resolveConnection(options);
  checkCallOptions({ endpoint, ...(options.fetch ? { fetch: options.fetch } : {}) });
  const custom = options.fetch;
  return createClient<paths>({ baseUrl: endpoint.replace(/\/+$/, ''), headers, ...(custom ? { fetch: (request: Request) => custom(request) } : {}) });
}
