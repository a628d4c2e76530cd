// seam-connect-client/fetch: openapi-fetch typed with every path of the spec, set up like a
// SeamClient, against the spec-derived loopback server; openapi-fetch's own middleware works on it.
import { SeamError, SeamOptionsError } from '../../src/index.js';
import { createSeamFetchClient } from '../../src/fetch.js';
import { useTestServer } from '../helpers/client.js';
import { FAKE_CREDENTIALS } from '../../src/testing/index.js';

const t = useTestServer();

it('calls any path of the spec with openapi-fetch, sending the auth and SDK headers', async () => {
  t.server().seed.accessCode({ common_code_key: 'group' });
  const client = createSeamFetchClient({ apiKey: FAKE_CREDENTIALS.apiKey, endpoint: t.server().url });
  const { data, error, response } = await client.POST('/access_codes/update_multiple', {
    body: { common_code_key: 'group', name: 'Linked' },
  });
  expect(error).toBeUndefined();
  expect(data).toEqual({ ok: true });
  expect(response.status).toBe(200);
  expect(response.headers.get('seam-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  const sent = t.server().requests.at(-1)!;
  expect(sent.headers.authorization).toBe(`Bearer ${FAKE_CREDENTIALS.apiKey}`);
  expect(sent.headers['seam-sdk-name']).toBe('seam-connect-client');
});

it('gives the API error as openapi-fetch does, and runs openapi-fetch middleware', async () => {
  const client = createSeamFetchClient({
    personalAccessToken: FAKE_CREDENTIALS.personalAccessToken,
    workspaceId: FAKE_CREDENTIALS.workspaceId,
    endpoint: `${t.server().url}/`,
  });
  const seen: string[] = [];
  client.use({
    onRequest({ request, schemaPath }) {
      seen.push(schemaPath);
      request.headers.set('x-trace', 't1');
      return request;
    },
  });
  const { data, error, response } = await client.POST('/access_codes/update', {
    body: { access_code_id: '00000000-0000-4000-8000-000000000000' },
  });
  expect(data).toBeUndefined();
  expect(response.status).toBe(404);
  expect(error).toMatchObject({ ok: false, error: { type: 'access_code_not_found' } });
  expect(seen).toEqual(['/access_codes/update']);
  expect(t.server().requests.at(-1)!.headers).toMatchObject({
    'x-trace': 't1',
    'seam-workspace': FAKE_CREDENTIALS.workspaceId,
  });
});

it('checks its options as SeamClient does, quoting no secret', () => {
  expect(() => createSeamFetchClient({ apiKey: FAKE_CREDENTIALS.apiKey, endpoint: 'https://u:s3cret@h' })).toThrow(
    SeamOptionsError,
  );
  expect(() => createSeamFetchClient({ apiKey: `${FAKE_CREDENTIALS.apiKey}\n` })).toThrow(
    /apiKey must be a string of 8 or more characters, without newlines/,
  );
  let caught: unknown;
  try {
    createSeamFetchClient({ apiKey: FAKE_CREDENTIALS.apiKey, clientSessionToken: FAKE_CREDENTIALS.clientSessionToken });
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(SeamOptionsError);
  expect(String(caught)).not.toContain(FAKE_CREDENTIALS.apiKey);
});

it('keeps the token out of what it hands back, and registers `middleware` as SeamClient does', async () => {
  const key = FAKE_CREDENTIALS.apiKey;
  t.server().fail('accessCodesUpdateMultiple', {
    status: 500,
    body: JSON.stringify({ error: { type: 'oops', message: `echo ${key}` } }),
  });
  t.server().faults[0]!.headers = { 'seam-request-id': `req-${key}` };
  const seen: string[] = [];
  const client = createSeamFetchClient({
    apiKey: key,
    endpoint: t.server().url,
    middleware: [{ onRequest: ({ schemaPath }) => void seen.push(schemaPath) }],
  });
  const { error, response } = await client.POST('/access_codes/update_multiple', { body: { common_code_key: 'k' } });
  expect(seen).toEqual(['/access_codes/update_multiple']);
  expect(response.status).toBe(500);
  expect(JSON.stringify(error)).toBe(JSON.stringify({ error: { type: 'oops', message: 'echo [redacted]' } }));
  expect(response.headers.get('seam-request-id')).toBe('req-[redacted]');
});

it('a fetch failure that quotes the token is a SeamError without it', async () => {
  const key = FAKE_CREDENTIALS.apiKey;
  const client = createSeamFetchClient({
    apiKey: key,
    endpoint: t.server().url,
    fetch: async () => Promise.reject(new TypeError(`proxy refused ${key}`)),
  });
  const err = await client
    .POST('/access_codes/update_multiple', { body: { common_code_key: 'k' } })
    .catch((e: unknown) => e);
  expect(err).toBeInstanceOf(SeamError);
  expect(`${String(err)} ${(err as Error).stack}`).not.toContain(key);
});
