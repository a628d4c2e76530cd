// Property-based: whatever a server answers (any status from 100 to 999, hostile headers, bodies
// that are not JSON, echo the token, nest deeply, are too large or a gzip bomb, stop halfway, or
// never come), every call settles, in bounded time, with a value or a Seam* error, and no error or
// log line carries the token: through a generated method (waiting included), a standalone
// function, `seam.api` and `seam-connect-client/fetch`. A raw node:http server plays each generated
// script of answers, one per request. Fixed seed and run count here; `FUZZ_RUNS` raises it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import {
  accessCodesUpdate,
  createSeamCore,
  SeamApiError,
  SeamClient,
  SeamError,
  type Logger,
} from '../../src/index.js';
import { createSeamFetchClient } from '../../src/fetch.js';

const TOKEN = 'seam_fuzz_token_5f4e3d2c1b';
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

type Answer =
  | { kind: 'reply'; status: number; headers: Record<string, string>; body: string }
  | { kind: 'reset' }
  | { kind: 'hang' }
  | { kind: 'half'; status: number; body: string }
  | { kind: 'big'; status: number; gzip: boolean };

const nested = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
// Over the client's 64 KiB cap: 1 MiB as is, or as a small gzip that inflates to it.
const BIG = Buffer.alloc(1024 * 1024, ' ');
const BIG_GZIP = gzipSync(BIG);
const attempt = (fields: Record<string, unknown>) => JSON.stringify({ ok: true, action_attempt: fields });

const bodyArb = fc.oneof(
  fc.constant(''),
  fc.constant('<html>Bad gateway</html>'),
  fc.constant('@nested'), // the server sends a body nested 10 000 deep (a tag keeps counterexamples short)
  fc.constant(JSON.stringify({ ok: false, error: { type: TOKEN, message: `bad token ${TOKEN}`, request_id: TOKEN } })),
  fc.constant(JSON.stringify({ [TOKEN]: TOKEN, ok: true })),
  fc.constant(attempt({ action_attempt_id: 'a1', status: 'success', result: {}, error: null })),
  fc.constant(attempt({ action_attempt_id: 'a1', status: 'pending', result: null, error: null })),
  fc.constant(attempt({ action_attempt_id: 'a1', status: 'error', error: { type: TOKEN, message: TOKEN } })),
  fc.constant(JSON.stringify({ ok: true })),
  fc.json(),
  fc.string(),
);
const headersArb = fc.record(
  {
    'retry-after': fc.constantFrom('0', '-5', '1 2', 'later 3', 'Wed, 21 Oct 2015 07:28:00 GMT', '2024'),
    'seam-request-id': fc.constantFrom(TOKEN, 'req_1', `x-${TOKEN}-y`),
    'content-type': fc.constantFrom('application/json', 'text/html', 'application/octet-stream'),
  },
  { requiredKeys: [] },
);
const answerArb: fc.Arbitrary<Answer> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('reply' as const),
      status: fc.oneof(
        fc.constantFrom(200, 201, 204, 301, 307, 400, 401, 404, 429, 500, 503),
        fc.integer({ min: 100, max: 999 }),
      ),
      headers: headersArb,
      body: bodyArb,
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'reset' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'hang' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('half' as const), status: fc.constantFrom(200, 500), body: bodyArb }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('big' as const), status: fc.constantFrom(200, 500), gzip: fc.boolean() }),
  },
);

let server: Server;
let endpoint: string;
let script: Answer[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    const answer = script.shift() ?? {
      kind: 'reply',
      status: 200,
      headers: {},
      body: attempt({ action_attempt_id: 'a1', status: 'success', result: {}, error: null }),
    };
    if (answer.kind === 'reset') return void req.socket.destroy();
    if (answer.kind === 'hang') return; // the client's timeout ends it
    if (answer.kind === 'big')
      return void res
        .writeHead(answer.status, answer.gzip ? { 'content-encoding': 'gzip' } : {})
        .end(answer.gzip ? BIG_GZIP : BIG);
    if (answer.kind === 'half') {
      res.writeHead(answer.status, { 'content-length': '100000' });
      res.write(answer.body === '@nested' ? nested(10_000) : answer.body);
      return void setTimeout(() => req.socket.destroy(), 5);
    }
    // A status or header value node refuses is sent as the nearest it accepts.
    try {
      res.writeHead(answer.status, answer.headers);
    } catch {
      res.writeHead(answer.status);
    }
    res.end(answer.body === '@nested' ? nested(10_000) : answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const OPTIONS = {
  apiKey: TOKEN,
  timeout: 300,
  maxRetries: 1,
  maxResponseBytes: 64 * 1024,
  waitForActionAttempt: { timeout: 500, pollingInterval: 5 },
} as const;
let lines: string[] = [];
const logger: Logger = {
  error: (l) => lines.push(String(l)),
  warn: (l) => lines.push(String(l)),
  info: (l) => lines.push(String(l)),
  debug: (l) => lines.push(String(l)),
};
const seam = () => new SeamClient({ ...OPTIONS, endpoint, logLevel: 'debug', logger });
const body = { access_code_id: 'c1', code: '1234' };

function expectNoToken(err: unknown): void {
  const e = err as Error;
  for (const text of [String(e), e.message, e.stack ?? '', JSON.stringify(e), inspect(e, { depth: 20 })]) {
    expect(text).not.toContain(TOKEN);
  }
}

it('every call settles with a value or a Seam* error, in bounded time, and no error or log line carries the token', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(answerArb, { minLength: 1, maxLength: 4 }),
      fc.constantFrom('update', 'updateMultiple', 'function'),
      async (answers, method) => {
        script = [...answers];
        lines = [];
        const started = Date.now();
        const call =
          method === 'update'
            ? seam().accessCodes.update(body)
            : method === 'updateMultiple'
              ? seam().accessCodes.updateMultiple({ common_code_key: 'k' })
              : accessCodesUpdate(createSeamCore({ ...OPTIONS, endpoint }), body);
        const outcome = await call.then(
          (value) => ({ value }),
          (error: unknown) => ({ error }),
        );
        // Four answers at most, each bounded by the 300 ms timeout, plus backoff before one retry.
        expect(Date.now() - started).toBeLessThan(4000);
        for (const line of lines) expect(line).not.toContain(TOKEN);
        if ('error' in outcome) {
          expect(outcome.error).toBeInstanceOf(SeamError);
          expectNoToken(outcome.error);
          // However hostile the body, an API error keeps its status and a message of its own.
          if (outcome.error instanceof SeamApiError) {
            expect(outcome.error.status).toBeGreaterThanOrEqual(200);
            expect(outcome.error.status).toBeLessThanOrEqual(999);
            expect(outcome.error.message).not.toMatch(/undefined/);
          }
        }
      },
    ),
    { seed: 20261123, numRuns: RUNS, endOnFailure: true },
  );
}, 300_000);

// The escape hatches are openapi-fetch's own API: an answer is `{ data | error, response }`, with
// the status as sent. A failure to get one (a reset, a body cut off, no answer) rejects as
// openapi-fetch does (a TypeError, or the caller's abort), which docs/client.md describes.
it("seam.api and /fetch give every complete answer, any status from 100 to 999, as openapi-fetch's value with that status, or a Seam* error", async () => {
  const replies = answerArb.filter((a) => a.kind === 'reply' || a.kind === 'big');
  await fc.assert(
    fc.asyncProperty(replies, fc.constantFrom('seam.api', '/fetch'), async (answer, surface) => {
      script = [answer];
      lines = [];
      const api = (surface === 'seam.api'
        ? seam().api
        : createSeamFetchClient({ apiKey: TOKEN, endpoint, logLevel: 'debug', logger })) as unknown as {
        POST(path: string, init: object): Promise<{ response: Response }>;
      };
      const signal = AbortSignal.timeout(1000);
      const outcome = await api.POST('/access_codes/update', { body, signal }).then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      );
      for (const line of lines) expect(line).not.toContain(TOKEN);
      // A 1xx is no final answer: fetch waits on for one (the caller's signal ends the wait), or
      // fails as on a broken connection when a body follows it (a TypeError, as openapi-fetch has it).
      if ('error' in outcome && 'status' in answer && answer.status < 200)
        expect(outcome.error === signal.reason || (outcome.error as Error).name === 'TypeError').toBe(true);
      else if ('error' in outcome) {
        expect(outcome.error).toBeInstanceOf(SeamError);
        expectNoToken(outcome.error);
      } else if ('status' in answer && answer.status >= 200) expect(outcome.value.response.status).toBe(answer.status);
    }),
    { seed: 20261207, numRuns: RUNS, endOnFailure: true },
  );
}, 300_000);
