// SeamClient is a layer on openapi-fetch: every method's request is one openapi-fetch request() on
// the client's own openapi-fetch client, `seam.api`, which is typed with every path of the spec and
// is the escape hatch for paths the methods do not wrap.
import type { Middleware } from 'openapi-fetch';
import { SeamClient } from '../../src/index.js';
import { createFakeSeam, FAKE_CREDENTIALS } from '../../src/testing/index.js';

const setup = () => {
  const fake = createFakeSeam();
  const seam = new SeamClient({ apiKey: FAKE_CREDENTIALS.apiKey, fetch: fake.fetch });
  return { fake, seam };
};

it("a middleware registered with openapi-fetch's own use() on seam.api sees every request of the methods, with openapi-fetch's options, serializers included", async () => {
  const { fake, seam } = setup();
  const code = fake.seed.accessCode();
  const seen: Array<{ path: string; method: string; options: Record<string, unknown> }> = [];
  const m: Middleware = {
    onRequest: ({ schemaPath, request, options }) =>
      void seen.push({ path: schemaPath, method: request.method, options: { ...options } }),
  };
  seam.api.use(m);
  await seam.accessCodes.update({ access_code_id: code.access_code_id, code: '2222' });
  expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual(['POST /access_codes/update', 'POST /action_attempts/get']);
  for (const { options } of seen) {
    expect(options).toMatchObject({ baseUrl: 'https://connect.getseam.com', parseAs: 'stream' });
    expect(typeof options.querySerializer).toBe('function');
    expect(typeof options.bodySerializer).toBe('function');
  }
  seam.api.eject(m);
  await seam.accessCodes.updateMultiple({
    common_code_key: fake.seed.accessCode({ common_code_key: 'g' }).common_code_key!,
  });
  expect(seen).toHaveLength(2);
});

it("seam.api calls any path of the spec, typed, with the client's auth and SDK headers", async () => {
  const { fake, seam } = setup();
  fake.seed.accessCode({ common_code_key: 'linked' });
  const { data, response } = await seam.api.POST('/access_codes/update_multiple', {
    body: { common_code_key: 'linked', name: 'Via api' },
  });
  expect(response.status).toBe(200);
  expect(data).toEqual({ ok: true });
  expect(fake.requests.at(-1)!.headers).toMatchObject({
    authorization: `Bearer ${FAKE_CREDENTIALS.apiKey}`,
    'seam-sdk-name': 'seam-connect-client',
  });
  // @ts-expect-error: not a path of the spec
  await seam.api.POST('/no/such/path', {}).catch(() => undefined);
  // @ts-expect-error: the body lacks common_code_key
  await seam.api.POST('/access_codes/update_multiple', { body: { name: 'x' } }).catch(() => undefined);
});

it('each attempt, retries included, is one request() of its own', async () => {
  const { fake, seam } = setup();
  const code = fake.seed.accessCode();
  fake.fail('accessCodesUpdate', { status: 503, retryAfter: 0, times: 2 });
  const ids: string[] = [];
  seam.api.use({ onRequest: ({ id, schemaPath }) => void (schemaPath === '/access_codes/update' && ids.push(id)) });
  await seam.accessCodes.update({ access_code_id: code.access_code_id }, { waitForActionAttempt: false });
  expect(ids).toHaveLength(3);
  expect(new Set(ids).size).toBe(3);
});
