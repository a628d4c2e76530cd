// No token sent in an auth header appears in what the client hands back, whoever set it (the
// client's options, a call's headers, or middleware such as the token refresh of docs/client.md),
// on every client surface: a generated method's error, a standalone function's error, the answers
// of `seam.api` and `seam-connect-client/fetch`, log lines (the request id echoed at `info`, bodies
// at `debug`), and the errors of waiting for an action attempt. A loopback server echoes every
// auth header it received, as it is, JSON-escaped, or in the request id header.
import { inspect } from 'node:util';
import fc from 'fast-check';
import {
  accessCodesUpdateMultiple,
  createSeamCore,
  SeamActionAttemptFailedError,
  SeamActionAttemptTimeoutError,
  SeamApiError,
  SeamClient,
  type Logger,
  type Middleware,
} from '../../src/index.js';
import { createSeamFetchClient } from '../../src/fetch.js';
import { seamAuth } from '../../src/profiles/seam/auth.js';
import { startRecordingServer, type RecordingServer } from '../helpers/recording-server.js';

const KEY = 'seam_client_key_7c1d9e2f';
const TOKEN = 'seam_cst_other_token_4b8a6f0e';
/** The headers Seam's profile says carry a credential. */
const CREDENTIAL_HEADERS = seamAuth.credentialHeaders;
let server: RecordingServer;
let echo: 'plain' | 'escaped' | 'header' = 'plain';
let attemptStatus: 'error' | 'pending' = 'error';

const escaped = (token: string) =>
  [...token].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

beforeAll(async () => {
  server = await startRecordingServer((req, res) => {
    const tokens = CREDENTIAL_HEADERS.flatMap((name) =>
      req.headers[name] ? [String(req.headers[name]).split(' ').pop()!] : [],
    );
    const shown = tokens.map((t) => (echo === 'escaped' ? escaped(t) : t)).join(' ');
    const headers = {
      'content-type': 'application/json',
      ...(echo === 'header' && { 'seam-request-id': tokens.join(' ') }),
    };
    const attempt = (status: string) =>
      `{"ok":true,"action_attempt":{"action_attempt_id":"a1","action_type":"UPDATE_ACCESS_CODE","status":"${status}","echo":"${shown}","result":null,"error":${status === 'error' ? `{"type":"failed","message":"you sent ${shown}"}` : 'null'}}}`;
    if (req.url.startsWith('/access_codes/update_multiple'))
      res.writeHead(400, headers).end(`{"error":{"type":"bad","message":"you sent ${shown}"},"echo":"${shown}"}`);
    else if (req.url.startsWith('/access_codes/update')) res.writeHead(200, headers).end(attempt('pending'));
    else res.writeHead(200, headers).end(attempt(attemptStatus));
  });
});
afterAll(() => server.close());

/** Where the second token comes from: a call's header, or middleware that sets it (the token refresh of docs/client.md). */
type Origin = { by: 'call' | 'middleware'; header: string };
const origins = fc.record({
  by: fc.constantFrom<'call' | 'middleware'>('call', 'middleware'),
  header: fc.constantFrom(...CREDENTIAL_HEADERS, 'Authorization'),
});
const value = (header: string) => (header.toLowerCase() === 'authorization' ? `Bearer ${TOKEN}` : TOKEN);
const refresh = ({ header }: Origin): Middleware => ({
  onRequest({ request }) {
    request.headers.set(header, value(header));
    return request;
  },
});
const callHeaders = (origin: Origin) => (origin.by === 'call' ? { [origin.header]: value(origin.header) } : undefined);

function capture(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const keep = (line: unknown) => void lines.push(String(line));
  return { lines, error: keep, warn: keep, info: keep, debug: keep };
}

/** Every way a value may be shown: as a string, JSON, inspected deep, with its stack. */
const shownAs = (value: unknown): string =>
  [
    String(value),
    JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v)) ?? '',
    inspect(value, { depth: 30 }),
    (value as Error)?.stack ?? '',
  ].join('\n');

/** What each surface hands back for one call: the error or answer, and the log lines. */
const SURFACES: Record<string, (origin: Origin) => Promise<unknown>> = {
  async method(origin) {
    const seam = new SeamClient({
      apiKey: KEY,
      endpoint: server.url,
      maxRetries: 0,
      ...(origin.by === 'middleware' && { middleware: [refresh(origin)] }),
    });
    return seam.accessCodes
      .updateMultiple({ common_code_key: 'k' }, { headers: callHeaders(origin) })
      .catch((e: unknown) => e);
  },
  async function(origin) {
    // A core runs no middleware: the call's own header is the second token.
    const core = createSeamCore({ apiKey: KEY, endpoint: server.url, maxRetries: 0 });
    return accessCodesUpdateMultiple(
      core,
      { common_code_key: 'k' },
      { headers: { [origin.header]: value(origin.header) } },
    ).catch((e: unknown) => e);
  },
  async 'seam.api'(origin) {
    const seam = new SeamClient({ apiKey: KEY, endpoint: server.url });
    if (origin.by === 'middleware') seam.use(refresh(origin));
    const { data, error, response } = await seam.api.POST('/access_codes/update_multiple', {
      body: { common_code_key: 'k' },
      headers: callHeaders(origin),
    });
    return { data, error, headers: [...response.headers] };
  },
  async '/fetch'(origin) {
    const api = createSeamFetchClient({
      apiKey: KEY,
      endpoint: server.url,
      ...(origin.by === 'middleware' && { middleware: [refresh(origin)] }),
    });
    const { data, error, response } = await api.POST('/access_codes/update_multiple', {
      body: { common_code_key: 'k' },
      headers: callHeaders(origin),
    });
    return { data, error, headers: [...response.headers] };
  },
  async 'log lines'(origin) {
    const logger = capture();
    const seam = new SeamClient({
      apiKey: KEY,
      endpoint: server.url,
      maxRetries: 0,
      logLevel: 'debug',
      logger,
      ...(origin.by === 'middleware' && { middleware: [refresh(origin)] }),
    });
    await seam.accessCodes.updateMultiple({ common_code_key: 'k' }, { headers: callHeaders(origin) }).catch(() => {});
    await seam.api.POST('/access_codes/update_multiple', {
      body: { common_code_key: 'k' },
      headers: callHeaders(origin),
    });
    const api = createSeamFetchClient({
      apiKey: KEY,
      endpoint: server.url,
      logLevel: 'debug',
      logger,
      ...(origin.by === 'middleware' && { middleware: [refresh(origin)] }),
    });
    await api.POST('/access_codes/update_multiple', { body: { common_code_key: 'k' }, headers: callHeaders(origin) });
    expect(logger.lines.length).toBeGreaterThanOrEqual(6);
    return logger.lines;
  },
  async waiting(origin) {
    const seam = new SeamClient({
      apiKey: KEY,
      endpoint: server.url,
      maxRetries: 0,
      // A failed attempt fails on the first poll: a long timeout keeps a loaded machine from making it a timeout.
      waitForActionAttempt: { timeout: attemptStatus === 'error' ? 10_000 : 150, pollingInterval: 20 },
      ...(origin.by === 'middleware' && { middleware: [refresh(origin)] }),
    });
    const err = await seam.accessCodes
      .update({ access_code_id: 'c1', code: '1234' }, { headers: callHeaders(origin) })
      .catch((e: unknown) => e);
    if (!(err instanceof (attemptStatus === 'error' ? SeamActionAttemptFailedError : SeamActionAttemptTimeoutError)))
      throw new Error(`unexpected ${String(err)}`);
    return err;
  },
};

it('no token sent in an auth header, by the client, a call or middleware, echoed in any form, reaches an error, a log line or an answer on any surface (property)', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...Object.keys(SURFACES)),
      origins,
      fc.constantFrom<typeof echo>('plain', 'escaped', 'header'),
      fc.constantFrom<typeof attemptStatus>('error', 'pending'),
      async (surface, origin, how, status) => {
        echo = how;
        attemptStatus = status;
        server.seen.length = 0;
        const out = await SURFACES[surface]!(origin);
        // The token did go out: redaction, not a request without it, is what keeps it out.
        expect(server.seen.some((s) => Object.values(s.headers).some((v) => String(v).includes(TOKEN)))).toBe(true);
        const text = shownAs(out);
        expect(text).not.toContain(TOKEN);
        expect(text).not.toContain(KEY);
        expect(text).not.toMatch(/\\u0073\\u0065\\u0061\\u006d/);
        if (out instanceof SeamApiError) expect(out.status).toBe(400);
      },
    ),
    { seed: 20261207, numRuns: Number(process.env.FUZZ_RUNS ?? 100) },
  );
}, 120_000);
