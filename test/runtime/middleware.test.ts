// openapi-fetch middleware on SeamClient, over real loopback HTTP: the examples of openapi-fetch's
// own docs (Middleware & Auth page) run unchanged; the context is openapi-fetch's; every attempt,
// retry and poll passes through; a token that middleware sets is redacted like the client's own.
import type { Middleware } from 'openapi-fetch';
import {
  accessCodesUpdateMultiple,
  createSeamCore,
  SeamApiError,
  SeamConnectionError,
  SeamInvalidResponseError,
  SeamOptionsError,
  SeamTimeoutError,
} from '../../src/index.js';
import { DEFAULTS, withAttempt, withParams, type MiddlewareContext } from '../../src/runtime/index.js';
import { useTestServer } from '../helpers/client.js';
import { startRecordingServer } from '../helpers/recording-server.js';
import { FAKE_CREDENTIALS } from '../../src/testing/index.js';
import { clientCore } from '../helpers/client-core.js';

const t = useTestServer();
const group = () => t.server().seed.accessCode({ common_code_key: 'group' }).common_code_key!;

describe("openapi-fetch's documented examples, unchanged", () => {
  it('myMiddleware: onRequest sets a header, onResponse rewrites the status, onError wraps a fetch failure', async () => {
    // From "Middleware": the three callbacks.
    const myMiddleware: Middleware = {
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- openapi-fetch's docs example, copied as written
      async onRequest({ request, options }) {
        // set "foo" header
        request.headers.set('foo', 'bar');
        return request;
      },
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- openapi-fetch's docs example, copied as written
      async onResponse({ request, response, options }) {
        const { body, ...resOptions } = response;
        // change status of response
        return new Response(body, { ...resOptions, status: 200 });
      },
      async onError({ error }) {
        // wrap errors thrown by fetch
        return new Error('Oops, fetch failed', { cause: error });
      },
    };
    const seam = t.client({ maxRetries: 0 }).use(myMiddleware);
    const key = group();
    // A 503 the server sends becomes a 200: the update resolves, with no retry.
    t.server().fail('accessCodesUpdateMultiple', { status: 503, body: '{"ok":true}' });
    await expect(seam.accessCodes.updateMultiple({ common_code_key: key })).resolves.toEqual({ ok: true });
    expect(t.server().requests.at(-1)!.headers.foo).toBe('bar');
    // A failed fetch reaches onError as the typed error; what it returns is what the caller gets.
    t.server().drop('accessCodesUpdateMultiple');
    const err = await seam.accessCodes.updateMultiple({ common_code_key: key }).catch((e: unknown) => e);
    expect(err).toMatchObject({ message: 'Oops, fetch failed' });
    expect((err as Error).cause).toBeInstanceOf(SeamConnectionError);
  });

  it('basic auth: onRequest sets the Authorization header to a token it fetched, which is redacted from errors', async () => {
    const FRESH = 'seam_refreshed_token_0123456789';
    const someAuthFunc = async () => ({ accessToken: FRESH });
    // From "Auth / Basic auth".
    let accessToken: string | undefined = undefined;

    const authMiddleware: Middleware = {
      async onRequest({ request }) {
        // fetch token, if it doesn’t exist
        if (!accessToken) {
          const authRes = await someAuthFunc();
          if (authRes.accessToken) {
            accessToken = authRes.accessToken;
          } else {
            // handle auth error
          }
        }

        // (optional) add logic here to refresh token when it expires

        // add Authorization header to every request
        request.headers.set('Authorization', `Bearer ${accessToken}`);
        return request;
      },
    };
    const seam = t.client().use(authMiddleware);
    // The fake knows only its own credentials: the fresh token is refused, and the 401 echoes it.
    t.server().fail('accessCodesUpdateMultiple', {
      status: 401,
      body: JSON.stringify({ error: { type: 'unauthorized', message: `token ${FRESH} expired` } }),
    });
    const err = await seam.accessCodes.updateMultiple({ common_code_key: 'k' }).catch((e: unknown) => e);
    expect(t.server().requests.at(-1)!.headers.authorization).toBe(`Bearer ${FRESH}`);
    expect(err).toBeInstanceOf(SeamApiError);
    expect((err as Error).message).toContain('token [redacted] expired');
    expect(`${JSON.stringify(err)} ${(err as Error).stack}`).not.toContain(FRESH);
  });

  it('conditional auth: onRequest skips the paths it names, by schemaPath', async () => {
    const accessToken = 'seam_not_the_right_one_42';
    // From "Auth / Conditional auth", with this API's paths.
    const UNPROTECTED_ROUTES = ['/action_attempts/'];

    const authMiddleware = {
      onRequest({ schemaPath, request }: { schemaPath: string; request: Request }) {
        if (UNPROTECTED_ROUTES.some((pathname) => schemaPath.startsWith(pathname))) {
          return undefined; // don’t modify request for certain paths
        }

        // for all other paths, set Authorization header as expected
        request.headers.set('Authorization', `Bearer ${accessToken}`);
        return request;
      },
    };
    const seam = t.client().use(authMiddleware);
    const attempt = await t
      .client()
      .accessCodes.update(
        { access_code_id: t.server().seed.accessCode().access_code_id },
        { waitForActionAttempt: false },
      );
    await expect(seam.actionAttempts.get({ action_attempt_id: attempt.action_attempt_id })).resolves.toMatchObject({
      action_attempt_id: attempt.action_attempt_id,
    });
    await expect(seam.accessCodes.updateMultiple({ common_code_key: 'k' })).rejects.toBeInstanceOf(SeamApiError);
    expect(t.server().requests.at(-1)!.headers.authorization).toBe(`Bearer ${accessToken}`);
  });

  it('throwing: an error onResponse throws reaches the caller as it is, and is not retried', async () => {
    const throwing: Middleware = {
      // From "Throwing".
      onResponse({ response }) {
        if (!response.ok) {
          // Will produce error messages like "https://example.org/api/v1/example: 404 Not Found".
          throw new Error(`${response.url}: ${response.status} ${response.statusText}`);
        }
      },
    };
    const seam = t.client({ maxRetries: 2 }).use(throwing);
    t.server().fail('accessCodesUpdateMultiple', { status: 503, times: 3 });
    const before = t.server().requests.length;
    const err = await seam.accessCodes.updateMultiple({ common_code_key: 'k' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(SeamApiError);
    expect((err as Error).message).toBe(`${t.server().url}/access_codes/update_multiple: 503 Service Unavailable`);
    expect(t.server().requests.length - before).toBe(1);
  });

  it('error handling: onError that returns nothing (logging) leaves the typed error; a Response recovers', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const logging: Middleware = {
      // From "Error Handling": return nothing.
      onError({ error }) {
        console.error(error);
        return;
      },
    };
    // From "Error Handling": return a new Response (with this API's success body, so that it passes the shape check).
    const recovering: Middleware = {
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- openapi-fetch's docs example, copied as written
      onError({ error }) {
        return Response.json({ ok: true });
      },
    };
    t.server().drop('accessCodesUpdateMultiple');
    await expect(
      t.client({ maxRetries: 0 }).use(logging).accessCodes.updateMultiple({ common_code_key: 'k' }),
    ).rejects.toBeInstanceOf(SeamConnectionError);
    expect(logged.mock.calls).toEqual([[expect.any(SeamConnectionError)]]);
    logged.mockRestore();
    t.server().drop('accessCodesUpdateMultiple');
    await expect(
      t.client({ maxRetries: 0 }).use(recovering).accessCodes.updateMultiple({ common_code_key: 'k' }),
    ).resolves.toEqual({ ok: true });
  });

  it("error handling: the docs' own recovery answer is checked against the spec like any other", async () => {
    const recovering: Middleware = {
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- openapi-fetch's docs example, copied as written
      onError({ error }) {
        return Response.json({ message: 'nothing to see' });
      },
    };
    t.server().drop('accessCodesUpdateMultiple');
    await expect(
      t.client({ maxRetries: 0 }).use(recovering).accessCodes.updateMultiple({ common_code_key: 'k' }),
    ).rejects.toThrow(
      /^accessCodes\.updateMultiple: Unexpected answer from http:\/\/127\.0\.0\.1:\d+: ok is not \[true\]/,
    );
  });

  it('early response: a Response from onRequest skips the request, the rest of onRequest and onResponse', async () => {
    // From "Early Response".
    const cache = new Map<string, Response>();
    const getCacheKey = (request: Request) => `${request.method}:${request.url}`;

    const cacheMiddleware: Middleware = {
      onRequest({ request }) {
        const key = getCacheKey(request);
        const cached = cache.get(key);
        if (cached) {
          // Return cached response, skipping actual request and remaining middleware chain
          return cached.clone();
        }
      },
      onResponse({ request, response }) {
        if (response.ok) {
          const key = getCacheKey(request);
          cache.set(key, response.clone());
        }
      },
    };
    const later: string[] = [];
    const seam = t.client().use(cacheMiddleware, {
      onRequest: () => void later.push('request'),
      onResponse: () => void later.push('response'),
    });
    const key = group();
    await seam.accessCodes.updateMultiple({ common_code_key: key });
    const sent = t.server().requests.length;
    await expect(seam.accessCodes.updateMultiple({ common_code_key: key })).resolves.toEqual({ ok: true });
    expect(t.server().requests.length).toBe(sent);
    expect(later).toEqual(['request', 'response']);
  });

  it('ejecting: eject() removes what use() added', async () => {
    const seen: string[] = [];
    const myMiddleware = { onRequest: () => void seen.push('x') };
    const seam = t.client().use(myMiddleware);
    await seam.accessCodes.updateMultiple({ common_code_key: group() });
    seam.eject(myMiddleware);
    await seam.accessCodes.updateMultiple({ common_code_key: 'group' });
    expect(seen).toEqual(['x']);
  });
});

describe('the context and the order', () => {
  it("gives openapi-fetch's context: the path template, the parameters by location, a fresh id, the base URL", async () => {
    const api = await startRecordingServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'),
    );
    try {
      const seen: MiddlewareContext[] = [];
      const middleware: Middleware[] = [
        { onRequest: ({ request, ...context }) => void seen.push(context as MiddlewareContext) },
      ];
      const core = clientCore({
        ...DEFAULTS,
        endpoint: api.url,
        headers: {},
        secrets: [],
        callMiddleware: (list) => list.map(withAttempt),
      });
      const op = {
        path: '/things/{id}',
        method: 'get',
        input: withParams,
        params: { path: ['id'], query: ['limit'], header: ['x-trace'] },
      } as const;
      await core.request(op, { id: 't1', limit: 5, 'x-trace': 'abc' }, { middleware });
      await core.request(op, { id: 't2' }, { middleware });
      expect(seen[0]).toMatchObject({
        schemaPath: '/things/{id}',
        params: { path: { id: 't1' }, query: { limit: 5 }, header: { 'x-trace': 'abc' } },
        options: { baseUrl: api.url },
        attempt: 1,
      });
      expect(seen[0]!.id).toMatch(/^[0-9a-z]+$/);
      expect(seen[1]!.id).not.toBe(seen[0]!.id);
      expect(Object.isFrozen(seen[0]!.options)).toBe(true);
      expect(api.seen.map((r) => r.url)).toEqual(['/things/t1?limit=5', '/things/t2']);
    } finally {
      await api.close();
    }
  });

  it("onRequest runs in order, onResponse in reverse; a call's middleware after the client's", async () => {
    const order: string[] = [];
    const named = (name: string): Middleware => ({
      onRequest: () => void order.push(`${name}>`),
      onResponse: () => void order.push(`<${name}`),
    });
    const seam = t.client().use(named('a'), named('b'));
    await seam.accessCodes.updateMultiple({ common_code_key: group() }, { middleware: [named('c')] });
    expect(order).toEqual(['a>', 'b>', 'c>', '<c', '<b', '<a']);
  });

  it('every retry passes through, each with its own id and its number', async () => {
    const ids: string[] = [];
    const attempts: number[] = [];
    const seam = t.client({ maxRetries: 2 }).use({
      onRequest: (context) => {
        ids.push(context.id);
        attempts.push((context as unknown as MiddlewareContext).attempt);
      },
    });
    t.server().fail('accessCodesUpdateMultiple', { status: 503, retryAfter: 0, times: 2 });
    await expect(seam.accessCodes.updateMultiple({ common_code_key: group() })).resolves.toEqual({ ok: true });
    expect(attempts).toEqual([1, 2, 3]);
    expect(new Set(ids).size).toBe(3);
  });

  it('every poll of an action attempt passes through', async () => {
    const paths: string[] = [];
    const seam = t.client().use({ onRequest: ({ schemaPath }) => void paths.push(schemaPath) });
    t.server().actionAttempts.pollsToFinish = 2;
    await seam.accessCodes.update({ access_code_id: t.server().seed.accessCode().access_code_id });
    expect(paths[0]).toBe('/access_codes/update');
    expect(paths.slice(1)).toEqual(['/action_attempts/get', '/action_attempts/get']);
    expect(paths.length).toBe(t.server().requests.length);
  });

  it('a timeout reaches onError as SeamTimeoutError', async () => {
    const errors: unknown[] = [];
    const seam = t.client({ timeout: 100, maxRetries: 0 }).use({ onError: ({ error }) => void errors.push(error) });
    t.server().faults.push({ operation: 'accessCodesUpdateMultiple', delayMs: 1000 });
    await expect(seam.accessCodes.updateMultiple({ common_code_key: 'k' })).rejects.toBeInstanceOf(SeamTimeoutError);
    expect(errors).toEqual([expect.any(SeamTimeoutError)]);
  });

  it('slow middleware counts against the timeout', async () => {
    const seam = t
      .client({ timeout: 100, maxRetries: 0 })
      .use({ onRequest: () => new Promise<undefined>((resolve) => setTimeout(resolve, 200)) });
    await expect(seam.accessCodes.updateMultiple({ common_code_key: 'k' })).rejects.toBeInstanceOf(SeamTimeoutError);
  });

  it("an answer that middleware makes is checked like the server's", async () => {
    const seam = t.client().use({ onRequest: () => Response.json({ ok: false }) });
    await expect(seam.accessCodes.updateMultiple({ common_code_key: 'k' })).rejects.toBeInstanceOf(
      SeamInvalidResponseError,
    );
  });

  it.each<[string, unknown]>([
    ['not an object', 'log'],
    ['an object without hooks', { onrequest: () => undefined }],
  ])('use() refuses %s with SeamOptionsError, and so does a call', async (_case, bad) => {
    expect(() => t.client().use(bad as Middleware)).toThrow(SeamOptionsError);
    await expect(
      t.client().accessCodes.updateMultiple({ common_code_key: 'k' }, { middleware: [bad as Middleware] }),
    ).rejects.toThrow('middleware must be objects with onRequest, onResponse or onError.');
  });

  it('createSeamCore runs no middleware, so it refuses it rather than ignore it', async () => {
    const core = createSeamCore({ apiKey: FAKE_CREDENTIALS.apiKey, endpoint: t.server().url });
    await expect(
      accessCodesUpdateMultiple(core, { common_code_key: 'k' }, { middleware: [{ onRequest: () => undefined }] }),
    ).rejects.toThrow('middleware needs a SeamClient: createSeamCore() runs none.');
    for (const extra of [{ logLevel: 'info' }, { middleware: [] }]) {
      expect(() => createSeamCore({ apiKey: FAKE_CREDENTIALS.apiKey, ...extra } as never)).toThrow(
        'middleware, logLevel and logger need a SeamClient: createSeamCore() runs no middleware.',
      );
    }
  });

  it('a hook that returns something else is a SeamError naming it', async () => {
    const seam = t.client().use({ onRequest: () => 'oops' as never });
    await expect(seam.accessCodes.updateMultiple({ common_code_key: 'k' })).rejects.toThrow(
      'Middleware onRequest returned what openapi-fetch does not allow there',
    );
  });
});

describe('withResponse()', () => {
  it('gives the value and the Response, with its status and request id', async () => {
    const { data, response } = await t.client().accessCodes.updateMultiple({ common_code_key: group() }).withResponse();
    expect(data).toEqual({ ok: true });
    expect(response.status).toBe(200);
    expect(response.headers.get('seam-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("for an action attempt, the value after waiting and the Response of the operation's own request", async () => {
    const code = t.server().seed.accessCode();
    const { data, response } = await t
      .client()
      .accessCodes.update({ access_code_id: code.access_code_id, name: 'n' })
      .withResponse();
    expect(data).toMatchObject({ status: 'success' });
    expect(response.url).toBe(`${t.server().url}/access_codes/update`);
  });

  it('rejects with the typed error, and the plain promise reports no unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const err = await t
        .client()
        .accessCodes.update({ access_code_id: '00000000-0000-4000-8000-000000000000' })
        .withResponse()
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SeamApiError);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('the plain promise resolves to the value alone', async () => {
    await expect(t.client().accessCodes.updateMultiple({ common_code_key: group() })).resolves.toEqual({ ok: true });
  });
});
