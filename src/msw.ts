// seam-connect-client/msw: the testing kit's fake as Mock Service Worker handlers, for test suites
// that already intercept fetch with MSW. msw is an optional peer dependency: only this entry needs it.
import { http, HttpResponse, type HttpHandler } from 'msw';
import { toResponse, type Fake } from './testing/index.js';

export interface SeamHandlersOptions {
  /** The endpoint the client under test calls (default: `fake.endpoint`); its path (`/v1`) is taken off each request. */
  endpoint?: string;
}

/** Handlers that answer every request under `endpoint` with the fake (createFakeSeam's, or the core's createFake of any spec): `setupServer(...createSeamHandlers(fake))`. */
export function createSeamHandlers(
  fake: Pick<Fake, 'endpoint' | 'handle'>,
  options: SeamHandlersOptions = {},
): HttpHandler[] {
  const endpoint = (options.endpoint ?? fake.endpoint).replace(/\/+$/, '');
  // A pattern with no groups, not `${endpoint}/*`: MSW decodes a path pattern's captures itself, and
  // a malformed escape (/users/%E0%A4%A) would throw there, before the fake could answer its 404.
  const under = new RegExp(`^${endpoint.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`);
  return [
    http.all(under, async ({ request }) => {
      // Its own endpoint's path prefix is taken off, whichever endpoint the fake was made with.
      const outcome = await fake.handle(request, { endpoint });
      return outcome.drop ? HttpResponse.error() : toResponse(outcome);
    }),
  ];
}
