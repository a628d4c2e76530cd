// Caller input and server answers are untrusted input to the runtime (SECURITY.md): a path value
// cannot reach another resource, no form of a token gets past redaction, logging changes nothing
// about how a call ends, and a signal given to every call collects nothing. Over loopback HTTP.
import { getEventListeners } from 'node:events';
import fc from 'fast-check';
import { createSeamCore, SeamClient, SeamOptionsError, SeamTimeoutError, type Logger } from '../../src/index.js';
import { createSeamFetchClient } from '../../src/fetch.js';
import { DEFAULTS, withParams } from '../../src/runtime/index.js';
import { FAKE_CREDENTIALS } from '../../src/testing/index.js';
import { startRecordingServer, type RecordingServer } from '../helpers/recording-server.js';
import { clientCore } from '../helpers/client-core.js';

const KEY = 'seam_live_4f3a9c2e7b1d8e6f5a0c';
let server: RecordingServer;
let reply: (url: string) => { status: number; body: string; headers?: Record<string, string> } = () => ({
  status: 200,
  body: '{"ok":true}',
});

beforeAll(async () => {
  server = await startRecordingServer((req, res) => {
    const { status, body, headers } = reply(req.url);
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(body);
  });
});
afterAll(() => server.close());
beforeEach(() => {
  server.seen.length = 0;
  reply = () => ({ status: 200, body: '{"ok":true}' });
});

/** Every line a logger was given. */
function capture(): Logger & { text: () => string } {
  const lines: string[] = [];
  const keep = (line: unknown) => void lines.push(String(line));
  return { text: () => lines.join('\n'), error: keep, warn: keep, info: keep, debug: keep };
}

describe('path parameters', () => {
  const op = { path: '/users/{user_id}', method: 'delete', input: withParams, params: { path: ['user_id'] } } as const;
  const core = () =>
    clientCore({ ...DEFAULTS, maxRetries: 0, endpoint: `${server.url}/workspaces/ws1`, headers: {}, secrets: [] });

  it.each([['..'], ['.'], [''], [null], [undefined]])(
    '%p is refused with SeamOptionsError, and nothing is sent',
    async (user_id) => {
      await expect(core().request(op, { user_id })).rejects.toThrow(SeamOptionsError);
      expect(server.seen).toEqual([]);
    },
  );

  it("any other value, with any query and header values, reaches the operation's own path, as one segment, or nothing is sent (property)", async () => {
    const tricky = fc.oneof(
      fc.string(),
      fc.constantFrom('../x', '%2e%2e', '..%2f', './', '/..', '?a=1', '#frag', '\\..\\', '\r\nx-injected: 1'),
    );
    const withQuery = { ...op, params: { path: ['user_id'], query: ['q'], header: ['x-h'] } } as const;
    await fc.assert(
      fc.asyncProperty(tricky, tricky, tricky, async (user_id, q, h) => {
        server.seen.length = 0;
        const sent = await core()
          .request(withQuery, { user_id, q, 'x-h': h })
          .then(
            () => true,
            (err) => (err instanceof SeamOptionsError ? false : Promise.reject(err)),
          );
        if (!sent) {
          // Refused: a segment that is no resource, or a header value fetch cannot send. Nothing left.
          expect(server.seen).toEqual([]);
          return expect(
            ['', '.', '..'].includes(user_id) ||
              /[\r\n\0]/.test(h) ||
              h !== h.trim() ||
              /[^\t\x20-\x7e\x80-\xff]/.test(h),
          ).toBe(true);
        }
        expect(server.seen[0]!.headers['x-injected']).toBeUndefined();
        const [path] = server.seen.map((s) => s.url.split('?')[0]!);
        const segments = path!.split('/');
        expect(segments.slice(0, 4)).toEqual(['', 'workspaces', 'ws1', 'users']);
        expect(segments).toHaveLength(5);
        expect(decodeURIComponent(segments[4]!)).toBe(user_id);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 60), seed: 42 },
    );
  });
});

describe('redaction', () => {
  const escaped = [...KEY].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

  it("a token echoed with JSON escapes is redacted in errors, debug lines and the /fetch entry's answers", async () => {
    reply = () => ({
      status: 400,
      body: `{"error":{"type":"invalid_input","message":"bad key ${escaped}"},"echo":"${escaped}"}`,
    });
    const logger = capture();
    const seam = new SeamClient({ apiKey: KEY, endpoint: server.url, logLevel: 'debug', logger, maxRetries: 0 });
    const err = await seam.accessCodes.updateMultiple({ common_code_key: 'k' }).catch((e: unknown) => e);
    expect(JSON.stringify(err)).not.toContain(KEY);
    expect(String((err as Error).message)).toContain('[redacted]');
    expect(logger.text()).not.toMatch(/seam_live|\\u0073\\u0065\\u0061\\u006d/);
    const api = createSeamFetchClient({ apiKey: KEY, endpoint: server.url });
    const { error } = await api.POST('/access_codes/update_multiple', { body: { common_code_key: 'k' } });
    expect(JSON.stringify(error)).not.toContain(KEY);
    expect(JSON.stringify(error)).not.toContain(escaped.slice(0, 30));
  });

  it('at debug, a token that straddles the cut of a logged body is redacted whole (property over where it falls)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1900, max: 2100 }), fc.boolean(), async (at, asEscapes) => {
        const token = asEscapes ? escaped : KEY;
        reply = () => ({ status: 200, body: `{"ok":true,"pad":"${'x'.repeat(at)}${token}"}` });
        const logger = capture();
        await new SeamClient({ apiKey: KEY, endpoint: server.url, logLevel: 'debug', logger }).accessCodes
          .updateMultiple({ common_code_key: 'k' })
          .catch(() => undefined);
        // No run of the token's characters longer than a few survives the cut.
        expect(logger.text()).not.toContain(KEY.slice(0, 12));
        expect(logger.text()).not.toContain(escaped.slice(0, 36));
      }),
      { numRuns: 30, seed: 42 },
    );
  });

  it('a per-call token in a header spelled in any case is redacted with createSeamCore too', async () => {
    const other = 'seam_live_percall_0123456789';
    reply = () => ({ status: 401, body: `{"error":{"type":"unauthorized","message":"${other} is not valid"}}` });
    const core = createSeamCore({ apiKey: KEY, endpoint: server.url, maxRetries: 0 });
    for (const name of ['AUTHORIZATION', 'Authorization', 'aUtHoRiZaTiOn']) {
      const err = await core
        .request({ path: '/x', method: 'post', body: 'json' }, {}, { headers: { [name]: `Bearer ${other}` } })
        .catch((e: unknown) => e);
      expect(JSON.stringify(err)).not.toContain(other);
      expect((err as Error).message).toContain('[redacted]');
    }
  });

  it('a header value with a line break is refused without quoting it', async () => {
    const secret = 'seam_live_headerpart_0123456789';
    const core = createSeamCore({ apiKey: KEY, endpoint: server.url });
    const op = { path: '/x', method: 'post', input: withParams, params: { header: ['x-trace'] } } as const;
    const err = await core.request(op, { 'x-trace': `${secret}\r\nx-injected: 1` }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SeamOptionsError);
    expect(`${(err as Error).message} ${(err as Error).stack}`).not.toContain(secret);
    expect(server.seen).toEqual([]);
  });
});

describe('logging changes nothing about how a call ends', () => {
  const stalled = () =>
    new Response(new ReadableStream({ pull: () => new Promise(() => {}) }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });

  it.each(['off', 'debug'] as const)(
    'at %s, a body that stalls ends the call as SeamTimeoutError, even from a fetch that ignores its signal',
    async (logLevel) => {
      const seam = new SeamClient({
        apiKey: KEY,
        endpoint: server.url,
        logLevel,
        logger: capture(),
        timeout: 200,
        maxRetries: 0,
        fetch: async () => stalled(),
      });
      await expect(seam.accessCodes.updateMultiple({ common_code_key: 'k' })).rejects.toBeInstanceOf(SeamTimeoutError);
    },
  );

  it('at debug, a fetch whose bodies are not web streams (node-fetch 2) works as it does without logging', async () => {
    const nodeFetchLike = async () =>
      ({
        ok: true,
        status: 200,
        statusText: 'OK',
        headers: new Headers({ 'content-type': 'application/json' }),
        body: { pipe: () => undefined },
        text: async () => '{"ok":true}',
        blob: async () => new Blob(['{"ok":true}']),
      }) as unknown as Response;
    const logger = capture();
    const seam = new SeamClient({ apiKey: KEY, logLevel: 'debug', logger, fetch: nodeFetchLike });
    await expect(seam.accessCodes.updateMultiple({ common_code_key: 'k' })).resolves.toEqual({ ok: true });
    expect(logger.text()).toMatch(/200/);
  });

  it("the caller's abort during a slow onRequest hook ends the call at once", async () => {
    const seam = new SeamClient({ apiKey: KEY, endpoint: server.url }).use({
      onRequest: () => new Promise<undefined>((done) => setTimeout(() => done(undefined), 5000)),
    });
    const controller = new AbortController();
    const started = Date.now();
    const call = seam.accessCodes.updateMultiple({ common_code_key: 'k' }, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('stop')), 50);
    await expect(call).rejects.toThrow('stop');
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

it('a signal given to every call collects no listener: each is removed when its call ends', async () => {
  reply = (url) =>
    url.includes('action_attempts')
      ? {
          status: 200,
          body: '{"ok":true,"action_attempt":{"action_attempt_id":"a1","action_type":"UPDATE_ACCESS_CODE","status":"success","result":{},"error":null}}',
        }
      : {
          status: 200,
          body: '{"ok":true,"action_attempt":{"action_attempt_id":"a1","action_type":"UPDATE_ACCESS_CODE","status":"pending","result":null,"error":null}}',
        };
  const controller = new AbortController();
  const seam = new SeamClient({ apiKey: FAKE_CREDENTIALS.apiKey, endpoint: server.url });
  for (let i = 0; i < 20; i++) await seam.accessCodes.update({ access_code_id: 'c1' }, { signal: controller.signal });
  expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
});
