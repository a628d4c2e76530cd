// Tokens kept out of errors, over real loopback HTTP against a server that echoes the authorization
// header in its error body and request id: a token passed per call is redacted like the client's
// own, and a short secret given to the core directly does not mangle the error's fields.
import { SeamClient } from '../../src/index.js';
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
    res
      .writeHead(400, { 'content-type': 'application/json', 'seam-request-id': auth })
      .end(JSON.stringify({ error: { type: 'bad', message: `you sent ${auth}` } }));
  });
});
afterAll(() => api.close());

it('a token passed per call in an authorization header is redacted like the client’s own', async () => {
  for (const name of ['authorization', 'Authorization']) {
    const err = await new SeamClient({ apiKey: KEY, endpoint: api.url }).accessCodes
      .updateMultiple({ common_code_key: 'k' }, { headers: { [name]: `Bearer ${PER_CALL}` } })
      .catch((e: unknown) => e);
    const shown = `${String(err)} ${JSON.stringify(err)} ${(err as Error).stack}`;
    expect(api.seen.at(-1)!.headers.authorization).toBe(`Bearer ${PER_CALL}`);
    expect(shown).not.toContain(PER_CALL);
    expect(shown).toContain('[redacted]');
  }
});

it('a short secret given to the core directly leaves error fields whole', async () => {
  const core = clientCore({ ...DEFAULTS, endpoint: api.url, headers: { authorization: 'Bearer t' }, secrets: ['t'] });
  const err = await core.request({ path: '/x', method: 'post', body: 'json' }, { a: 1 }).catch((e: unknown) => e);
  // Before, replacing "t" everywhere in the JSON text turned status and code into other keys.
  expect(err).toMatchObject({ status: 400, code: 'bad', message: expect.stringContaining('you sent Bearer t') });
});
