// A ClientCore as createSeamCore() makes one, over the package's own openapi-fetch client (the
// endpoint, the headers, the path serializer, no redirects), but with the config given as it is:
// for tests of the runtime alone and of clients generated from other specs, which name their own
// headers and secrets instead of an auth mode. It reads answers by Seam's profile, as the package
// does, unless given another (`profile: neutralProfile`).
import { createApi } from '../../src/connection.js';
import { seamProfile } from '../../src/profiles/seam/runtime.js';
import { ClientCore, type CoreConfig } from '../../src/runtime/index.js';
import type { AnyClient } from '../../src/runtime/api-client.js';

export function clientCore<Wait extends boolean = true>(
  config: Omit<CoreConfig, 'api' | 'profile'> & Partial<Pick<CoreConfig, 'profile'>>,
): ClientCore<Wait> {
  const api = createApi(
    { endpoint: config.endpoint, headers: config.headers ?? {}, secrets: config.secrets },
    config.fetch,
  );
  return new ClientCore<Wait>({ profile: seamProfile, ...config, api: api as unknown as AnyClient });
}
