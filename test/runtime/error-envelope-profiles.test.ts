// The runtime reads an error answer by the profile it is given: Seam's envelope and request-id
// header for the package (SeamClient, createSeamCore()), and the neutral profile's generic ones
// (`{ error: { code, message } }`, `{ code, message }`, RFC 9457 problem details, `x-request-id`)
// for a client of any other API. Over real loopback HTTP.
import { inspect } from 'node:util';
import fc from 'fast-check';
import {
  createSeamCore,
  SeamApiError,
  SeamClient,
  SeamInvalidInputError,
  SeamInvalidResponseError,
  SeamNotFoundError,
} from '../../src/index.js';
import { profile as packageProfile } from '../../src/connection.js';
import { seamProfile } from '../../src/profiles/seam/runtime.js';
import { DEFAULTS, neutralProfile, resolveAuth, type RuntimeProfile } from '../../src/runtime/index.js';
import { clientCore } from '../helpers/client-core.js';
import { startRecordingServer, type RecordingServer } from '../helpers/recording-server.js';

const KEY = 'seam_testkey_envelopes_1234';
let api: RecordingServer;

// Answers with the body and headers the request's x-answer header names (JSON: [status, headers, body]).
beforeAll(async () => {
  api = await startRecordingServer((req, res) => {
    const [status, headers, body] = JSON.parse(String(req.headers['x-answer'])) as [
      number,
      Record<string, string>,
      unknown,
    ];
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
  });
});
afterAll(() => api.close());

const callWith = (profile: RuntimeProfile, answer: [number, Record<string, string>, unknown]) =>
  clientCore({
    ...DEFAULTS,
    profile,
    maxRetries: 0,
    endpoint: api.url,
    headers: { 'x-answer': JSON.stringify(answer) },
    secrets: [],
  })
    .request({ path: '/things/get', method: 'post', body: 'json' }, {})
    .catch((e: unknown) => e);

describe('the neutral profile reads a generic envelope', () => {
  it.each([
    [
      '{ error: { code, message } }',
      { error: { code: 'thing_not_found', message: 'No such thing', request_id: 'in-body' } },
    ],
    ['{ code, message }', { code: 'thing_not_found', message: 'No such thing' }],
    [
      'RFC 9457 problem details (type, detail)',
      { type: 'thing_not_found', title: 'Not found', detail: 'No such thing' },
    ],
  ])('%s: code, message and the request id from x-request-id', async (_, body) => {
    const err = await callWith(neutralProfile, [404, { 'x-request-id': 'req-1', 'seam-request-id': 'not-this' }, body]);
    expect(err).toBeInstanceOf(SeamNotFoundError);
    expect(err).toMatchObject({ status: 404, code: 'thing_not_found', requestId: 'req-1' });
    expect((err as Error).message).toMatch(/^No such thing \(HTTP 404 thing_not_found, request req-1\)/);
  });

  it('an invalid request keeps its per-field messages', async () => {
    const body = {
      error: {
        code: 'invalid_input',
        message: 'Bad',
        validation_errors: { _errors: [], name: { _errors: ['Required'] } },
      },
    };
    const err = (await callWith(neutralProfile, [400, {}, body])) as SeamInvalidInputError;
    expect(err).toBeInstanceOf(SeamInvalidInputError);
    expect(err.getValidationErrorMessages('name')).toEqual(['Required']);
  });

  it("Seam's envelope read with Seam's profile: a top-level code is not Seam's, and x-request-id is not its header", async () => {
    const err = await callWith(seamProfile, [
      404,
      { 'x-request-id': 'req-1' },
      { code: 'thing_not_found', message: 'No such thing' },
    ]);
    expect(err).toMatchObject({ code: 'http_404', requestId: undefined });
  });
});

describe("the neutral profile reads an untrusted server's answer", () => {
  // A server's envelope may hold anything, echo the token anywhere, or be far too large.
  const callUnder = (
    answer: [number, Record<string, string>, unknown],
    maxResponseBytes: number = DEFAULTS.maxResponseBytes,
  ) =>
    clientCore({
      ...DEFAULTS,
      profile: neutralProfile,
      maxRetries: 0,
      maxResponseBytes,
      endpoint: api.url,
      headers: { 'x-answer': JSON.stringify(answer), authorization: `Bearer ${KEY}` },
      secrets: [KEY],
    })
      .request({ path: '/things/get', method: 'post', body: 'json' }, {})
      .catch((e: unknown) => e);

  const field = fc.oneof(
    fc.constant(undefined),
    fc.constantFrom(KEY, `no such thing, ${KEY}`, 'thing_not_found', 'invalid_input', '__proto__'),
    fc.jsonValue({ maxDepth: 2 }),
  );
  const envelope = fc.record(
    {
      code: field,
      type: field,
      message: field,
      detail: field,
      title: field,
      request_id: field,
      requestId: field,
      validation_errors: field,
    },
    { requiredKeys: [] },
  );

  it('takes only string fields of the envelope, falls back to the status for the rest, and shows no token (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        // 407 is left out: Node's fetch answers it by failing the request (a proxy's, not the API's).
        fc.integer({ min: 400, max: 599 }).filter((s) => s !== 407),
        envelope,
        fc.boolean(),
        fc.constantFrom(undefined, 'req-1', `req-${KEY}`),
        async (status, fields, nested, requestId) => {
          const body = JSON.parse(JSON.stringify(nested ? { error: fields } : fields));
          const headers: Record<string, string> = requestId === undefined ? {} : { 'x-request-id': requestId };
          const err = await callUnder([status, headers, body]);
          expect(err).toBeInstanceOf(SeamApiError);
          const e = err as SeamApiError;
          // The envelope's code, else its type: the error's code when it is a string.
          const chosen = (nested ? (body.error.code ?? body.error.type) : (body.code ?? body.type)) as unknown;
          expect(typeof e.code).toBe('string');
          expect(typeof e.message).toBe('string');
          if (typeof chosen !== 'string') expect(e.code).toBe(`http_${status}`);
          else if (!chosen.includes(KEY)) expect(e.code).toBe(chosen);
          expect(e.requestId === undefined || typeof e.requestId === 'string').toBe(true);
          expect(inspect(err, { depth: 20 })).not.toContain(KEY);
          expect(JSON.stringify({ ...e, message: e.message })).not.toContain(KEY);
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 60), seed: 30 },
    );
  });

  it('a `__proto__` key in the envelope is a field like any other: it names no error and changes no prototype', async () => {
    const body = JSON.parse('{"__proto__": {"code": "polluted", "message": "polluted"}}');
    const err = await callUnder([404, {}, body]);
    expect(err).toMatchObject({ code: 'http_404', message: expect.stringMatching(/^HTTP 404 /) });
    expect(({} as Record<string, unknown>).code).toBeUndefined();
  });

  it('an error body over maxResponseBytes is not read on: its envelope is never taken', async () => {
    const body = { error: { code: 'thing_not_found', message: `Gone ${'x'.repeat(4096)}` } };
    const err = await callUnder([404, {}, body], 1024);
    expect(err).toBeInstanceOf(SeamInvalidResponseError);
    expect((err as Error).message).toMatch(/larger than 1024 bytes/);
    expect((err as Error).message).not.toContain('Gone');
  });
});

describe("the package uses Seam's profile", () => {
  it('is the profile connection.ts hands the runtime', () => {
    expect(packageProfile).toBe(seamProfile);
    expect(seamProfile).toMatchObject({
      requestIdHeader: 'seam-request-id',
      auth: { workspaceHeader: 'seam-workspace', tokenEnv: 'SEAM_API_KEY' },
    });
  });

  it.each([
    [
      'SeamClient',
      (answer: string) =>
        new SeamClient({
          apiKey: KEY,
          endpoint: api.url,
          maxRetries: 0,
          headers: { 'x-answer': answer },
        }).accessCodes.update({ access_code_id: 'c' }),
    ],
    [
      'createSeamCore()',
      (answer: string) =>
        createSeamCore({ apiKey: KEY, endpoint: api.url, maxRetries: 0, headers: { 'x-answer': answer } }).request(
          { path: '/access_codes/update', method: 'post', body: 'json' },
          {},
        ),
    ],
  ])('%s reads { error: { type, message } } and seam-request-id', async (_, call) => {
    const answer = JSON.stringify([
      404,
      { 'seam-request-id': 'seam-req', 'x-request-id': 'other' },
      { error: { type: 'access_code_not_found', message: 'Gone' } },
    ]);
    const err = await (call(answer) as Promise<unknown>).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SeamNotFoundError);
    expect(err).toMatchObject({ code: 'access_code_not_found', requestId: 'seam-req' });
  });
});

describe('auth modes come from the profile', () => {
  it("Seam's: four modes, the last two in a workspace named by seam-workspace, SEAM_API_KEY", () => {
    expect(
      resolveAuth({ personalAccessToken: 'pat_12345678', workspaceId: 'ws_12345678' } as object, {}, seamProfile.auth)
        .headers,
    ).toEqual({ authorization: 'Bearer pat_12345678', 'seam-workspace': 'ws_12345678' });
    expect(resolveAuth({}, { SEAM_API_KEY: 'key_12345678', API_TOKEN: 'no' }, seamProfile.auth).headers).toEqual({
      authorization: 'Bearer key_12345678',
    });
  });

  it('the neutral one: an apiKey, from API_TOKEN, and no workspace', () => {
    expect(
      resolveAuth({}, { API_TOKEN: 'key_12345678', SEAM_API_KEY: 'no_12345678' }, neutralProfile.auth).headers,
    ).toEqual({ authorization: 'Bearer key_12345678' });
    expect(() =>
      resolveAuth(
        { personalAccessToken: 'pat_12345678', workspaceId: 'ws_12345678' } as object,
        {},
        neutralProfile.auth,
      ),
    ).toThrow(/No credentials: pass one of apiKey, or set API_TOKEN\./);
    expect(() => resolveAuth({}, {}, neutralProfile.auth)).toThrow(
      /^No credentials: pass one of apiKey, or set API_TOKEN\.$/,
    );
  });
});
