// The same fake under MSW (seam-connect-client/msw) and over loopback HTTP (startFakeSeam): what a
// team whose tests already use MSW, or whose code is not JavaScript, would run against.
import { setupServer } from 'msw/node';
import { createSeamHandlers } from '../../src/msw.js';
import { SeamClient, SeamConnectionError } from '../../src/index.js';
import { createFakeSeam, FAKE_CREDENTIALS, startFakeSeam } from '../../src/testing/index.js';

describe('MSW handlers', () => {
  const fake = createFakeSeam();
  const msw = setupServer(...createSeamHandlers(fake));
  beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => msw.close());

  it('answer a client on its default endpoint, statefully', async () => {
    const code = fake.seed.accessCode();
    const seam = new SeamClient({
      apiKey: FAKE_CREDENTIALS.apiKey,
      waitForActionAttempt: { timeout: 2000, pollingInterval: 1 },
    });
    await expect(
      seam.accessCodes.update({ access_code_id: code.access_code_id, name: 'Via MSW' }),
    ).resolves.toMatchObject({ status: 'success' });
    expect(fake.state.accessCodes.get(code.access_code_id)!.name).toBe('Via MSW');
  });

  it('turn a dropped connection into a network error', async () => {
    const code = fake.seed.accessCode();
    fake.drop('accessCodesUpdate', { times: 1 });
    const seam = new SeamClient({ apiKey: FAKE_CREDENTIALS.apiKey, maxRetries: 0 });
    await expect(seam.accessCodes.update({ access_code_id: code.access_code_id })).rejects.toBeInstanceOf(
      SeamConnectionError,
    );
  });
});

describe('over loopback HTTP', () => {
  it('serves plain HTTP clients (here fetch, as cURL would), with the same state and faults', async () => {
    const server = await startFakeSeam();
    try {
      const code = server.seed.accessCode();
      server.fail('accessCodesUpdate', { status: 503, retryAfter: 7 });
      const post = () =>
        fetch(`${server.url}/access_codes/update`, {
          method: 'POST',
          headers: { authorization: `Bearer ${FAKE_CREDENTIALS.apiKey}`, 'content-type': 'application/json' },
          body: JSON.stringify({ access_code_id: code.access_code_id, code: '9876' }),
        });
      const unavailable = await post();
      expect([unavailable.status, unavailable.headers.get('retry-after')]).toEqual([503, '7']);
      const ok = await post();
      expect(ok.status).toBe(200);
      expect(await ok.json()).toMatchObject({
        ok: true,
        action_attempt: { status: 'pending', action_type: 'UPDATE_ACCESS_CODE' },
      });
      expect(server.state.accessCodes.get(code.access_code_id)!.code).toBe('9876');
    } finally {
      await server.close();
    }
  });
});
