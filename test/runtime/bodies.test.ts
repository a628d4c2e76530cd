// Hostile bodies and broken adapters, over real loopback HTTP: what is read of an answer is capped
// (maxResponseBytes) as it streams in, decompressed, so neither a 50 MB body nor a gzip bomb is
// held in memory; a custom fetch that returns something other than a Response, header values that
// fetch would refuse, and an argument that cannot be sent are typed errors, not raw TypeErrors; a
// custom fetch that ignores its abort signal still cannot make a call outlive its timeout.
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import {
  SeamApiError,
  SeamClient,
  SeamError,
  SeamInvalidResponseError,
  SeamOptionsError,
  SeamTimeoutError,
} from '../../src/index.js';
import {
  ClientCore,
  DEFAULTS,
  type CoreConfig,
  type OperationDescriptor,
  type RequestOptions,
} from '../../src/runtime/index.js';
import { startRecordingServer, type RecordingServer } from '../helpers/recording-server.js';
import { clientCore } from '../helpers/client-core.js';

const KEY = 'seam_testkey_bodies_5678';
const MiB = 1024 * 1024;

/**
 * 600 MB of zeros, gzipped: about 0.6 MB. Written through a gzip stream as one 1 MiB buffer 600 times,
 * so the test never holds the 600 MB itself (gzipSync of one 600 MB buffer took about 4 CPU-seconds
 * and 600 MB of memory before any test ran).
 */
async function gzipBomb(): Promise<Buffer> {
  const zeros = Buffer.alloc(MiB);
  const chunks: Buffer[] = [];
  await pipeline(
    Readable.from(
      (function* () {
        for (let i = 0; i < 600; i++) yield zeros;
      })(),
    ),
    createGzip(),
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
    }),
  );
  return Buffer.concat(chunks);
}
let BOMB: Buffer;

let api: RecordingServer;
beforeAll(async () => {
  BOMB = await gzipBomb();
  api = await startRecordingServer((req, res) => {
    const kind = req.headers['x-answer'];
    if (kind === 'bomb')
      return void res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(BOMB);
    if (kind === 'nested')
      return void res
        .writeHead(500, { 'content-type': 'application/json' })
        .end('{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000));
    if (kind === 'small') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    // 50 MB sent chunked, with no length given up front, as an error answer.
    res.writeHead(502, { 'content-type': 'text/plain' });
    const chunk = Buffer.alloc(MiB, 'x');
    let sent = 0;
    const more = () => {
      while (sent < 50 && !res.destroyed) {
        sent++;
        if (!res.write(chunk)) return void res.once('drain', more);
      }
      res.end();
    };
    more();
  });
});
afterAll(() => api.close());

// No operation of the spec: these faults are the runtime's, whatever operations the API has.
const OP = {
  path: '/things/update',
  method: 'post',
  body: 'json',
  idempotent: true,
} as const satisfies OperationDescriptor;
const BODY = { name: 'k' };

/** A core whose server answers as `answer` says, as SeamClient configures one. */
const core = (answer: string, options: Partial<CoreConfig> = {}) =>
  clientCore({
    endpoint: api.url,
    headers: { authorization: `Bearer ${KEY}`, 'x-answer': answer },
    secrets: [KEY],
    maxRetries: 0,
    ...options,
  });
const call = (client: ClientCore, body: unknown = BODY, options?: RequestOptions) => client.request(OP, body, options);

describe('the body cap', () => {
  it(`is ${DEFAULTS.maxResponseBytes} bytes (10 MiB) unless set`, () => {
    expect(DEFAULTS.maxResponseBytes).toBe(10 * MiB);
  });

  it('a gzip bomb stops inflating at the cap: SeamInvalidResponseError, and the process stays small', async () => {
    const before = process.memoryUsage().rss;
    const err = await call(core('bomb')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SeamInvalidResponseError);
    expect(err).toMatchObject({ status: 200, code: 'invalid_response' });
    expect((err as SeamInvalidResponseError).body).toBeUndefined();
    expect((err as Error).message).toMatch(
      /^Unexpected answer from http:\/\/127\.0\.0\.1:\d+: the body is larger than 10485760 bytes/,
    );
    // Inflated whole, the body would take 600 MB; the cap keeps growth to a few times 10 MiB.
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * MiB);
  });

  it('a 50 MB chunked error body is not read whole, nor kept on the error', async () => {
    const err = await call(core('chunked')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SeamInvalidResponseError);
    expect(err).toMatchObject({ status: 502 });
    expect((err as SeamInvalidResponseError).body).toBeUndefined();
    expect((err as Error).message).toContain('the body is larger than 10485760 bytes');
  });

  it('is set per client or per call, and a body within it is read as usual', async () => {
    const client = core('small', { maxResponseBytes: 11 });
    await expect(call(client)).resolves.toEqual({ ok: true });
    await expect(call(client, BODY, { maxResponseBytes: 10 })).rejects.toThrow(/the body is larger than 10 bytes/);
  });

  it.each([0, -1, 1.5e300, Number.NaN, '10'])('refuses maxResponseBytes %p with SeamOptionsError', (value) => {
    const make = () => new SeamClient({ apiKey: KEY, endpoint: api.url, maxResponseBytes: value as number });
    expect(make).toThrow(SeamOptionsError);
    expect(make).toThrow(/maxResponseBytes must be a positive number of bytes up to 2147483647/);
  });
});

it('an error body nested 10 000 deep keeps the status and message; only the body is withheld', async () => {
  const err = await call(core('nested')).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(SeamApiError);
  expect(err).toMatchObject({ status: 500, code: 'http_500', body: '[redacted]' });
  expect((err as Error).message).toBe('HTTP 500 Internal Server Error (HTTP 500 http_500)');
});

describe('a custom fetch', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'ok'],
    ['a plain object', { ok: true, status: 200 }],
  ])('that returns %s gives a SeamError, and is not retried', async (_case, value) => {
    let calls = 0;
    const fetch = async () => {
      calls++;
      return value as unknown as Response;
    };
    const err = await call(core('small', { fetch, maxRetries: 2 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SeamError);
    expect((err as Error).message).toBe('The fetch function did not return a Response');
    expect(calls).toBe(1);
  });
});

it('a custom fetch whose body is not a web stream (node-fetch 2) is read its own way', async () => {
  // node-fetch 2 answers with a Node stream as `body`, and text() and blob() that read it.
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
  await expect(call(core('small', { fetch: nodeFetchLike }))).resolves.toEqual({ ok: true });
});

describe('a custom fetch that ignores its abort signal cannot hang a call', () => {
  const never = () => new Promise<never>(() => {});
  const endless = () =>
    new Response(new ReadableStream({ pull: never }), { status: 200, headers: { 'content-type': 'application/json' } });

  it.each<[string, () => Promise<unknown>]>([
    ['it never answers', never],
    ['its body never ends', async () => endless()],
    [
      'its body is no web stream and never ends (node-fetch 2)',
      async () => ({ ok: true, status: 200, headers: new Headers(), body: {}, text: never, blob: never }),
    ],
  ])('%s: SeamTimeoutError when the timeout passes', async (_case, fetch) => {
    const started = Date.now();
    const err = await call(core('small', { fetch: fetch as unknown as typeof globalThis.fetch, timeout: 100 })).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(SeamTimeoutError);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("it never answers: the caller's abort ends the call with the caller's reason", async () => {
    const controller = new AbortController();
    const pending = call(core('small', { fetch: never as unknown as typeof globalThis.fetch }), BODY, {
      signal: controller.signal,
    }).catch((e: unknown) => e);
    const reason = new Error('stopped by the caller');
    setTimeout(() => controller.abort(reason), 20);
    expect(await pending).toBe(reason);
  });

  it("it never answers, and the caller's signal was aborted before the call: the caller's reason", async () => {
    const reason = new Error('aborted before');
    const err = await call(core('small', { fetch: never as unknown as typeof globalThis.fetch }), BODY, {
      signal: AbortSignal.abort(reason),
    }).catch((e: unknown) => e);
    expect(err).toBe(reason);
  });
});

describe('headers that fetch would refuse', () => {
  const bad: [string, Record<string, string>][] = [
    ['a value with a newline', { 'x-trace': `${KEY}\r\nx-evil: 1` }],
    ['a value with a NUL', { 'x-trace': `a\0b` }],
    ['a name with a space', { 'x trace': 'a' }],
    ['a name that is empty', { '': 'a' }],
  ];

  it.each(bad)('%s is refused at construction, quoting nothing', (_case, headers) => {
    let caught: unknown;
    try {
      new SeamClient({ apiKey: KEY, endpoint: api.url, headers });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(SeamOptionsError);
    expect((caught as Error).message).toBe('headers must be valid HTTP header names and values.');
    expect(`${String(caught)} ${JSON.stringify(caught)} ${(caught as Error).stack}`).not.toContain(KEY);
  });

  it.each(bad)('%s in a call rejects with SeamOptionsError, and nothing is sent', async (_case, headers) => {
    api.seen.length = 0;
    const err = await call(core('small'), BODY, { headers }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SeamOptionsError);
    expect(String(err)).not.toContain(KEY);
    expect(api.seen).toHaveLength(0);
  });
});

describe('an argument that cannot be sent', () => {
  it.each([
    ['a BigInt', { name: 10n }, /^The request could not be built: .*BigInt/],
    [
      'a cycle',
      (() => {
        const body: Record<string, unknown> = { name: 'k' };
        body.self = body;
        return body;
      })(),
      /^The request could not be built: .*circular/i,
    ],
  ])('%s rejects with SeamOptionsError, and nothing is sent or retried', async (_case, body, message) => {
    api.seen.length = 0;
    const err = await call(core('small', { maxRetries: 2 }), body).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SeamOptionsError);
    expect((err as Error).message).toMatch(message);
    expect(api.seen).toHaveLength(0);
  });
});
