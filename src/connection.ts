// What every way of calling the API shares, SeamClient, createSeamCore() and
// seam-connect-client/fetch alike: the endpoint, the auth and SDK headers, and the openapi-fetch
// client set up with them; and Seam's profile (src/profiles/seam/), which the runtime reads Seam's
// error envelope, request-id header and auth modes from.
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../generated/schema.js';
import type { AuthOptions } from './profiles/seam/auth.js';
import { seamProfile } from './profiles/seam/runtime.js';
import { resolveAuth } from './runtime/auth.js';
import { pathSerializer } from './runtime/path.js';
import { collectTokens } from './runtime/redact.js';
import { checkCallOptions, type CallOptions, type FetchLike } from './runtime/options.js';
import { SDK_NAME, SDK_VERSION } from './version.js';

export const DEFAULT_ENDPOINT = 'https://connect.getseam.com';

/** What the runtime is told of Seam's API that its spec does not say. */
export const profile = seamProfile;

/** The environment variables the client reads (SEAM_API_KEY, SEAM_ENDPOINT, SEAM_LOG), where there is a `process`. */
export const env = (): Record<string, string | undefined> => (typeof process === 'undefined' ? {} : process.env);

export interface Connection {
  endpoint: string;
  headers: Record<string, string>;
  /** Values that must never appear in an error or a log line (tokens). */
  secrets: string[];
}

/** The endpoint (option, SEAM_ENDPOINT, or the default), and the headers every request carries. */
export function resolveConnection(options: AuthOptions & CallOptions): Connection {
  checkCallOptions(options);
  const vars = env();
  const auth = resolveAuth(options, vars, profile.auth);
  const endpoint = options.endpoint ?? vars.SEAM_ENDPOINT ?? DEFAULT_ENDPOINT;
  // SEAM_ENDPOINT is taken as it is: checked like the option.
  checkCallOptions({ endpoint });
  return {
    endpoint,
    headers: { ...options.headers, ...auth.headers, 'seam-sdk-name': SDK_NAME, 'seam-sdk-version': SDK_VERSION },
    secrets: auth.secrets,
  };
}

/**
 * An openapi-fetch client typed with every path of the spec, sending to the endpoint with the
 * connection's headers: the one client behind a SeamClient's methods, its `api`, the standalone
 * functions' core and `seam-connect-client/fetch`, so what is set here holds for all of them.
 * Path values are checked where openapi-fetch fills the path (path.ts); no redirect is followed.
 */
export function createApi({ endpoint, headers, secrets }: Connection, fetch?: FetchLike): Client<paths> {
  return createClient<paths>({
    baseUrl: endpoint,
    headers,
    pathSerializer,
    // The API never redirects, and a redirect followed would send the body and the auth and
    // workspace headers to wherever it points: the answer is handed back as it is instead.
    redirect: 'manual',
    // The last step before the wire (methods have their own, send-request.ts): the tokens the request
    // carries are collected, whoever set them. The global fetch is looked up per request, as
    // send-request.ts does, so that one replaced later (a test's mock server) is the one used.
    fetch: (request: Request) => {
      collectTokens(request.headers, secrets, profile);
      return (fetch ?? globalThis.fetch)(request);
    },
  });
}
