// The vendor's rules are a value each fake is given (Seam's by default): how a request proves who
// sent it, which operations answer by a declared rule, and the request-id header. Two fakes with
// different rules, side by side in one process, each follow their own.
import {
  createFakeSeam,
  FAKE_CREDENTIALS,
  NEUTRAL_RULES,
  seamFakeRules,
  type FakeRules,
} from '../../src/testing/index.js';

const post = (fake: ReturnType<typeof createFakeSeam>, path: string, headers: Record<string, string>, body: unknown) =>
  fake.fetch(`${fake.endpoint}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

const pat = {
  authorization: `Bearer ${FAKE_CREDENTIALS.personalAccessToken}`,
  'seam-workspace': FAKE_CREDENTIALS.workspaceId,
};
const key = { authorization: `Bearer ${FAKE_CREDENTIALS.apiKey}` };

it("Seam's rules by default: a personal access token with its workspace is let in, the request id is seam-request-id, and an update starts an attempt", async () => {
  const fake = createFakeSeam();
  const code = fake.seed.accessCode();
  const answer = await post(fake, '/access_codes/update', pat, {
    access_code_id: code.access_code_id,
    name: 'Back door',
  });
  expect(answer.status).toBe(200);
  expect(answer.headers.get('seam-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  expect(await answer.json()).toMatchObject({
    action_attempt: { action_type: 'UPDATE_ACCESS_CODE', status: 'pending' },
  });
  expect(fake.state.accessCodes.get(code.access_code_id)?.name).toBe('Back door');
});

it('with NEUTRAL_RULES the same fake declares nothing: only the API key is let in, ids come in x-request-id, and the update is answered from the spec', async () => {
  const fake = createFakeSeam({ rules: NEUTRAL_RULES });
  // The codes the docs' examples name, in the collection the manifest gives (no rule of a vendor's places them).
  fake.seed.examples();
  const [id, code] = [...fake.state.collections.get('/access_codes')!][0]!;
  expect((await post(fake, '/access_codes/update', pat, { access_code_id: id, name: 'Back door' })).status).toBe(401);
  const answer = await post(fake, '/access_codes/update', key, { access_code_id: id, name: 'Back door' });
  expect(answer.status).toBe(200);
  expect(answer.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  expect(answer.headers.has('seam-request-id')).toBe(false);
  // No declared rule changed the code: the answer is the spec's example, the state as it was.
  expect(fake.state.collections.get('/access_codes')!.get(id)?.name).toBe(code.name);
  expect(code.name).not.toBe('Back door');
});

it("another vendor's rules: its own auth header and a declared behaviour, while a Seam fake beside it keeps Seam's", async () => {
  const rules: FakeRules = {
    auth: [{ bearer: 'apiKey', header: { name: 'x-tenant', equals: 'workspaceId' } }],
    requestIdHeader: 'x-trace-id',
    behaviours: {
      accessCodesUpdateMultiple: (store, input) => ({
        status: 200,
        body: { ok: true, codes: store.collections.of('/access_codes').size, key: input.common_code_key },
      }),
    },
  };
  const other = createFakeSeam({ rules });
  const seam = createFakeSeam();
  other.seed.accessCode();
  expect((await post(other, '/access_codes/update_multiple', key, { common_code_key: 'k' })).status).toBe(401);
  const answer = await post(
    other,
    '/access_codes/update_multiple',
    { ...key, 'x-tenant': FAKE_CREDENTIALS.workspaceId },
    { common_code_key: 'k' },
  );
  expect(answer.headers.get('x-trace-id')).toMatch(/^[0-9a-f-]{36}$/);
  expect(await answer.json()).toEqual({ ok: true, codes: 1, key: 'k' });
  // Seam's fake beside it: its declared rule for the same operation (no code has that key: 404).
  const seamAnswer = await post(seam, '/access_codes/update_multiple', key, { common_code_key: 'k' });
  expect(seamAnswer.status).toBe(404);
  expect(seamFakeRules.behaviours).not.toHaveProperty('accessCodesList');
});

it('an auth mode or behaviour named like an Object.prototype member is nothing: no credential, no rule', async () => {
  const fake = createFakeSeam({
    rules: { ...NEUTRAL_RULES, auth: [{ bearer: 'constructor' }, { bearer: 'toString' }] },
  });
  const answer = await post(
    fake,
    '/access_codes/update_multiple',
    { authorization: 'Bearer function Object() { [native code] }' },
    { common_code_key: 'k' },
  );
  expect(answer.status).toBe(401);
});
