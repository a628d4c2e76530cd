// No client the package makes follows a redirect: a 3xx to another origin would send the body (a
// new PIN) and the auth and seam-workspace headers there again. Two real loopback servers: the API,
// which answers every request with a redirect to the other (or to a path of its own), and the
// other, which must see nothing; the API sees each request once. An operation whose spec documents
// only a redirect resolves to where it points, still without following it.
import fc from 'fast-check';
import { accessCodesUpdateMultiple, createSeamCore, SeamApiError, SeamClient } from '../../src/index.js';
import { createSeamFetchClient } from '../../src/fetch.js';
import { DEFAULTS } from '../../src/runtime/index.js';
import { clientCore } from '../helpers/client-core.js';
import { startRecordingServer, type RecordingServer } from '../helpers/recording-server.js';

const TOKEN = 'seam_pat_redirect_4d2e8f1a';
const WORKSPACE = 'ws_redirect_12345678';
let api: RecordingServer;
let elsewhere: RecordingServer;
let status = 307;
// Which requests the API redirects: all, or only polls of an action attempt (to test waiting).
let redirectOnlyPolls = false;

beforeAll(async () => {
  elsewhere = await startRecordingServer((_, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'),
  );
  api = await startRecordingServer((req, res) => {
    if (redirectOnlyPolls && !req.url.startsWith('/action_attempts/get')) {
      return void res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(
          '{"ok":true,"action_attempt":{"action_attempt_id":"a1","action_type":"UPDATE_ACCESS_CODE","status":"pending","result":null,"error":null}}',
        );
    }
    res
      .writeHead(status, { location: target === 'elsewhere' ? `${elsewhere.url}${req.url}` : `/moved${req.url}` })
      .end();
  });
});
afterAll(async () => {
  await api.close();
  await elsewhere.close();
});
beforeEach(() => {
  api.seen.length = 0;
  elsewhere.seen.length = 0;
  redirectOnlyPolls = false;
});

const auth = { personalAccessToken: TOKEN, workspaceId: WORKSPACE };
const body = { common_code_key: 'k', code: '9876' };

/** Each client surface, one POST with a body; what it settled with. */
const SURFACES: Record<string, () => Promise<unknown>> = {
  method: () =>
    new SeamClient({ ...auth, endpoint: api.url, maxRetries: 0 }).accessCodes
      .updateMultiple(body)
      .catch((e: unknown) => e),
  function: () =>
    accessCodesUpdateMultiple(createSeamCore({ ...auth, endpoint: api.url, maxRetries: 0 }), body).catch(
      (e: unknown) => e,
    ),
  'seam.api': async () =>
    (await new SeamClient({ ...auth, endpoint: api.url }).api.POST('/access_codes/update_multiple', { body })).response,
  '/fetch': async () =>
    (await createSeamFetchClient({ ...auth, endpoint: api.url }).POST('/access_codes/update_multiple', { body }))
      .response,
};

// The target: the other origin, or a path of the API's own (also not followed: the API never redirects).
let target: 'elsewhere' | 'same origin' = 'elsewhere';

it('no surface follows a redirect of any kind to anywhere: it is handed back (or its SeamApiError), and nothing is sent again (property)', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(301, 302, 303, 307, 308),
      fc.constantFrom(...Object.keys(SURFACES), 'waiting'),
      fc.constantFrom<typeof target>('elsewhere', 'same origin'),
      async (code, surface, where) => {
        status = code;
        target = where;
        api.seen.length = 0;
        elsewhere.seen.length = 0;
        redirectOnlyPolls = surface === 'waiting';
        const out = surface === 'waiting' ? await waiting() : await SURFACES[surface]!();
        expect(api.seen).toHaveLength(surface === 'waiting' ? 2 : 1);
        expect(elsewhere.seen).toEqual([]);
        if (out instanceof SeamApiError) expect(out.status).toBe(code);
        else expect((out as Response).status).toBe(code);
      },
    ),
    { seed: 20261207, numRuns: Number(process.env.FUZZ_RUNS ?? 60) },
  );
});

/** An update whose polls are redirected: waiting ends with the poll's SeamApiError. */
const waiting = () =>
  new SeamClient({
    ...auth,
    endpoint: api.url,
    maxRetries: 0,
    waitForActionAttempt: { timeout: 2000, pollingInterval: 10 },
  }).accessCodes
    .update({ access_code_id: 'c1', code: '1234' })
    .catch((e: unknown) => e);

it("while waiting for an action attempt, a poll's redirect is the SeamApiError the wait ends with", async () => {
  status = 307;
  redirectOnlyPolls = true;
  const err = await waiting();
  expect(err).toBeInstanceOf(SeamApiError);
  expect((err as SeamApiError).status).toBe(307);
  expect(api.seen.map((s) => s.url)).toEqual(['/access_codes/update', '/action_attempts/get']);
  expect(elsewhere.seen).toEqual([]);
});

describe('a method, for each redirect status, over its own two servers', () => {
  const KEY = 'seam_testkey_redirects_1234';
  let other: RecordingServer;
  let redirecting: RecordingServer;
  beforeAll(async () => {
    other = await startRecordingServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true,"action_attempt":{}}'),
    );
    redirecting = await startRecordingServer((req, res) => {
      const status = Number(req.headers['x-status'] ?? 302);
      res.writeHead(status, { location: `${other.url}/elsewhere?token=${KEY}` }).end();
    });
  });
  afterAll(async () => {
    await redirecting.close();
    await other.close();
  });

  it.each([301, 302, 303, 307, 308])(
    '%i is not followed: a typed error with the status, nothing sent elsewhere',
    async (status) => {
      const seam = new SeamClient({
        apiKey: KEY,
        endpoint: redirecting.url,
        headers: { 'x-status': String(status) },
        maxRetries: 0,
      });
      const err = await seam.accessCodes.update({ access_code_id: 'c', code: '1234' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SeamApiError);
      expect(err).toMatchObject({ status, code: `http_${status}` });
      expect(JSON.stringify(err) + String(err) + (err as Error).stack).not.toContain(KEY);
      // Followed, a 301/302/303 would have become a GET answered 200 there: the update "succeeding".
      expect(other.seen).toHaveLength(0);
      expect(redirecting.seen.at(-1)).toMatchObject({ method: 'POST', url: '/access_codes/update' });
    },
  );

  it('an operation whose spec documents only a redirect resolves to where it points', async () => {
    const core = clientCore({ ...DEFAULTS, endpoint: redirecting.url, headers: {}, secrets: [] });
    await expect(core.request({ path: '/download', method: 'get', response: 'location' }, undefined)).resolves.toBe(
      `${other.url}/elsewhere?token=${KEY}`,
    );
    expect(other.seen).toHaveLength(0);
  });
});
