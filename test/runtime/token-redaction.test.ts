// Token rules added with the malformed-answer checks, over real loopback HTTP: a token passed per
// call is redacted like the client's own; a short token is refused, and a short secret given to the
// core directly does not mangle errors; a custom fetch's own failure is a typed, non-retried error.
import { SeamClient, SeamError, SeamOptionsError, SeamConnectionError } from '../../src/index.js';
import { DEFAULTS } from '../../src/runtime/index.js';
import { startRecordingServer, type RecordingServer } from '../helpers/recording-server.js';
import { clientCore } from '../helpers/client-core.js';

const KEY = 'seam_testkey_tokens_1234';
const PER_CALL = 'seam_percall_token_5678';
let api: RecordingServer;

beforeAll(async () => {
  // Echoes the authorization header back in the error body and the request id.
  api = await startRecordingServer((req, res) => {
    const auth = String(req.headers.authorization);
    res.writeHead(400, { 'content-type': 'application/json', 'seam-request-id': auth }).end(JSON.stringify({ error: { type: 'bad', message: `you sent ${auth}` } }));
  });
});
afterAll(() => api.close());

it('a token passed per call in an authorization header is redacted like the client’s own', async () => {
  for (const name of ['authorization', 'Authorization']) {
    const err = await new SeamClient({ apiKey: KEY, endpoint: api.url })
      .accessCodes.updateMultiple({ common_code_key: 'k' }, { headers: { [name]: `Bearer ${PER_CALL}` } })
      .catch((e: unknown) => e);
    const shown = `${String(err)} ${JSON.stringify(err)} ${(err as Error).stack}`;
    expect(api.seen.at(-1)!.headers.authorization).toBe(`Bearer ${PER_CALL}`);
    expect(shown).not.toContain(PER_CALL);
    expect(shown).toContain('[redacted]');
  }
});

it('a token shorter than 8 characters is refused at construction, without quoting it', () => {
  expect(() => new SeamClient({ apiKey: 'seam_k7' })).toThrow(SeamOptionsError);
  expect(() => new SeamClient({ apiKey: 'seam_k7' })).toThrow(/apiKey must be a string of 8 or more characters/);
  expect(() => new SeamClient({ apiKey: 'seam_k7' })).not.toThrow(/seam_k7/);
  expect(() => new SeamClient({ personalAccessToken: KEY, workspaceId: 'ws' })).toThrow(/workspaceId must be a string of 8 or more/);
});

it('a short secret given to the core directly leaves error fields whole', async () => {
  const core = clientCore({ ...DEFAULTS, endpoint: api.url, headers: { authorization: 'Bearer t' }, secrets: ['t'] });
  const err = await core.request({ path: '/x', method: 'post', body: 'json' }, { a: 1 }).catch((e: unknown) => e);
  // Before, replacing "t" everywhere in the JSON text turned status and code into other keys.
  expect(err).toMatchObject({ status: 400, code: 'bad', message: expect.stringContaining('you sent Bearer t') });
});

it('a custom fetch that throws its own error gives a SeamError naming it, not retried', async () => {
  let calls = 0;
  const seam = new SeamClient({
    apiKey: KEY,
    endpoint: api.url,
    fetch: async () => {
      calls++;
      throw new RangeError(`broken adapter holding ${KEY}`);
    },
  });
  const err = await seam.accessCodes.updateMultiple({ common_code_key: 'k' }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(SeamError);
  expect(err).not.toBeInstanceOf(SeamConnectionError);
  expect((err as Error).message).toBe('accessCodes.updateMultiple: The fetch function failed: broken adapter holding [redacted]');
  expect(calls).toBe(1);
});
