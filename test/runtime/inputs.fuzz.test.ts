// Property-based, the caller's side: whatever a careless caller passes (client options, per-call
// options, headers, bodies, a custom fetch), construction either works or throws SeamOptionsError,
// every call settles in bounded time with a value or a Seam* error (never a raw TypeError), and no
// error carries the token. A loopback server answers every request with a success. Fixed seed and
// run count here; `FUZZ_RUNS` raises it (`npm run fuzz`).
import { inspect } from 'node:util';
import fc from 'fast-check';
import { SeamClient, SeamError, SeamOptionsError } from '../../src/index.js';
import { startRecordingServer, type RecordingServer } from '../helpers/recording-server.js';

const TOKEN = 'seam_fuzz_caller_token_9a8b7c';
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

let api: RecordingServer;
beforeAll(async () => {
  api = await startRecordingServer((req, res) => {
    const body = req.url.endsWith('update_multiple')
      ? { ok: true }
      : {
          ok: true,
          action_attempt: {
            action_attempt_id: 'a1',
            status: 'success',
            action_type: 'UPDATE_ACCESS_CODE',
            result: {},
            error: null,
          },
        };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
});
afterAll(() => api.close());

// Values of every kind a caller might pass by mistake, the token among them.
const junk = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    true,
    false,
    0,
    -1,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    2 ** 31,
    2 ** 53,
    '',
    TOKEN,
    `${TOKEN}\n`,
    '10',
    [],
    {},
  ),
  fc.string(),
  fc.integer(),
  fc.double(),
);
const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom('a', 'b', '-', '1') }) },
  fc.string(),
  fc.constantFrom(TOKEN, `Bearer ${TOKEN}`, `a\r\nb: c`, 'a\0b', 'é', ' '),
);
const headers = fc.dictionary(
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('x-a', 'x-trace', 'accept') },
    fc.string(),
    fc.constantFrom('authorization', 'Authorization', 'content-type', 'x b', ''),
  ),
  text,
  { maxKeys: 3 },
);
const fetchArb = fc.constantFrom<[string, unknown]>(
  ['none', undefined],
  ['none', undefined],
  ['none', undefined],
  ['none', undefined],
  ['not a function', 'fetch'],
  ['the global fetch', (request: Request) => fetch(request)],
  ['throws a TypeError', () => Promise.reject(new TypeError(`socket closed for ${TOKEN}`))],
  ['throws an Error', () => Promise.reject(new Error(`adapter broke holding ${TOKEN}`))],
  ['throws a string', () => Promise.reject(TOKEN)],
  [
    'throws synchronously',
    () => {
      throw new RangeError(TOKEN);
    },
  ],
  ['returns undefined', async () => undefined],
  ['returns a plain object', async () => ({ ok: true, status: 200, headers: {} })],
);
const signal = fc.constantFrom<[string, unknown]>(
  ['none', undefined],
  ['live', new AbortController().signal],
  ['aborted', AbortSignal.abort(new Error('stop'))],
  ['junk', { aborted: false }],
);

// Mostly valid, so that calls happen; now and then junk, so that each check is reached.
const mostly = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 15, arbitrary: valid }, { weight: 1, arbitrary: junk });
const options = fc.record(
  {
    endpoint: fc.oneof(
      { weight: 30, arbitrary: fc.constantFrom('@server', '@server/v1/') },
      {
        weight: 1,
        arbitrary: fc.constantFrom('ftp://x', 'https://u:pw@h', 'http://h/?q=1', 'not a url', `https://${TOKEN}@h`),
      },
      { weight: 1, arbitrary: junk },
    ),
    timeout: mostly(fc.integer({ min: 50, max: 2000 })),
    maxRetries: mostly(fc.integer({ min: 0, max: 2 })),
    maxResponseBytes: mostly(fc.constantFrom(1, 50, 1 << 20)),
    waitForActionAttempt: mostly(
      fc.oneof(
        fc.boolean(),
        fc.record(
          {
            timeout: mostly(fc.integer({ min: 1, max: 500 })),
            pollingInterval: mostly(fc.integer({ min: 1, max: 50 })),
          },
          { requiredKeys: [] },
        ),
      ),
    ),
    headers: mostly(headers),
  },
  { requiredKeys: [] },
);

/** Options as generated, with `@server` turned into the loopback URL and the fetch and signal put in. */
function materialize(raw: Record<string, unknown>, fetchFn: unknown, abort: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = { ...raw };
  // Left out, the endpoint would be the real API's.
  if (!('endpoint' in raw) || (typeof raw.endpoint === 'string' && raw.endpoint.startsWith('@server')))
    out.endpoint = api.url + String(raw.endpoint ?? '').slice('@server'.length);
  if (fetchFn !== undefined) out.fetch = fetchFn;
  if (abort !== undefined) out.signal = abort;
  return out;
}

const body = fc.oneof(
  { weight: 4, arbitrary: fc.record({ access_code_id: fc.string(), code: fc.string(), common_code_key: fc.string() }) },
  fc.record({ access_code_id: fc.string(), code: fc.string() }, { requiredKeys: [] }),
  fc.anything(),
  fc.constantFrom<unknown>(null, undefined, 10n, { access_code_id: 'c', name: 10n }, TOKEN, [TOKEN]),
);

function expectNoToken(err: unknown): void {
  const e = err as Error;
  for (const shown of [String(e), e.message, e.stack ?? '', JSON.stringify(e), inspect(e, { depth: 20 })])
    expect(shown).not.toContain(TOKEN);
}

it('construction works or throws SeamOptionsError; every call settles with a value or a Seam* error, quickly, and no error carries the token', async () => {
  await fc.assert(
    fc.asyncProperty(
      options,
      fetchArb,
      fc.option(options, { nil: undefined }),
      fetchArb,
      signal,
      body,
      fc.constantFrom('update', 'updateMultiple'),
      async (clientOptions, [, clientFetch], callOptions, [, callFetch], [, callSignal], input, method) => {
        let seam: SeamClient;
        try {
          seam = new SeamClient({ apiKey: TOKEN, ...materialize(clientOptions, clientFetch, undefined) } as never);
        } catch (err) {
          expect(err).toBeInstanceOf(SeamOptionsError);
          expectNoToken(err);
          return;
        }
        const started = Date.now();
        const perCall = callOptions === undefined ? undefined : materialize(callOptions, callFetch, callSignal);
        const call =
          method === 'update'
            ? seam.accessCodes.update(input as never, perCall as never)
            : seam.accessCodes.updateMultiple(input as never, perCall as never);
        const outcome = await call.then(
          (value) => ({ value }),
          (error: unknown) => ({ error }),
        );
        // A caller's own abort reason is theirs to get back as is; everything else is a SeamError.
        if ('error' in outcome && outcome.error !== (callSignal as AbortSignal | undefined)?.reason) {
          expect(outcome.error).toBeInstanceOf(SeamError);
          expectNoToken(outcome.error);
        }
        // Every answer is immediate; what bounds a call is at most 3 timeouts of 2 s and backoff.
        expect(Date.now() - started).toBeLessThan(15_000);
      },
    ),
    { seed: 20261123, numRuns: RUNS, endOnFailure: true },
  );
}, 600_000);
