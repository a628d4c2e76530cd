// A team's client points at its own endpoint, often with a path prefix (a gateway's
// `https://gateway.example/v1`): the fake serves it there, in-process, over HTTP and under MSW.
import { setupServer } from 'msw/node';
import { createSeamHandlers } from '../../src/msw.js';
import { SeamClient, SeamEndpointError } from '../../src/index.js';
import { createFakeSeam, FAKE_CREDENTIALS, startFakeSeam, type FakeSeam } from '../../src/testing/index.js';

const GATEWAY = 'https://gateway.example/v1';
const wait = { timeout: 2000, pollingInterval: 1 };

/** One update through `seam`, and what the fake saw of it. */
async function renameThrough(seam: SeamClient, fake: FakeSeam) {
  const code = fake.seed.accessCode();
  const attempt = await seam.accessCodes.update({ access_code_id: code.access_code_id, name: 'Behind the gateway' });
  return {
    attempt,
    name: fake.state.accessCodes.get(code.access_code_id)!.name,
    paths: fake.requests.map((r) => r.path),
  };
}

describe('in-process', () => {
  it('serves a client whose endpoint has a path prefix, recording the API paths', async () => {
    const fake = createFakeSeam({ endpoint: GATEWAY });
    expect(fake.endpoint).toBe(GATEWAY);
    const seen = await renameThrough(
      new SeamClient({
        apiKey: FAKE_CREDENTIALS.apiKey,
        endpoint: GATEWAY,
        fetch: fake.fetch,
        waitForActionAttempt: wait,
      }),
      fake,
    );
    expect(seen).toMatchObject({
      attempt: { status: 'success' },
      name: 'Behind the gateway',
      paths: ['/access_codes/update', '/action_attempts/get'],
    });
  });

  it('a prefix the fake was not given is endpoint_not_found: SeamEndpointError, as from the real API', async () => {
    const fake = createFakeSeam({ endpoint: GATEWAY });
    const seam = new SeamClient({
      apiKey: FAKE_CREDENTIALS.apiKey,
      endpoint: 'https://gateway.example/v2',
      fetch: fake.fetch,
    });
    await expect(seam.accessCodes.updateMultiple({ common_code_key: 'k' })).rejects.toBeInstanceOf(SeamEndpointError);
  });

  it('refuses an endpoint that is not an http(s) URL', () => {
    expect(() => createFakeSeam({ endpoint: 'gateway.example/v1' })).toThrow(/endpoint must be an http\(s\) URL/);
  });
});

describe('over loopback HTTP', () => {
  it("server.url carries the endpoint's path, and serves a client set up with it", async () => {
    const server = await startFakeSeam({ endpoint: GATEWAY });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
      const seen = await renameThrough(
        new SeamClient({ apiKey: FAKE_CREDENTIALS.apiKey, endpoint: server.url, waitForActionAttempt: wait }),
        server,
      );
      expect(seen).toMatchObject({
        attempt: { status: 'success' },
        name: 'Behind the gateway',
        paths: ['/access_codes/update', '/action_attempts/get'],
      });
    } finally {
      await server.close();
    }
  });
});

describe('under MSW', () => {
  const withEndpoint = createFakeSeam({ endpoint: GATEWAY });
  const plain = createFakeSeam();
  const msw = setupServer(
    ...createSeamHandlers(withEndpoint),
    ...createSeamHandlers(plain, { endpoint: 'https://other-gateway.example/seam/api' }),
  );
  beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => msw.close());

  it("intercepts the fake's endpoint, prefix included", async () => {
    const seen = await renameThrough(
      new SeamClient({ apiKey: FAKE_CREDENTIALS.apiKey, endpoint: GATEWAY, waitForActionAttempt: wait }),
      withEndpoint,
    );
    expect(seen).toMatchObject({
      attempt: { status: 'success' },
      name: 'Behind the gateway',
      paths: ['/access_codes/update', '/action_attempts/get'],
    });
  });

  it("takes the handlers' own endpoint's prefix off, whatever the fake was made with", async () => {
    const seam = new SeamClient({
      apiKey: FAKE_CREDENTIALS.apiKey,
      endpoint: 'https://other-gateway.example/seam/api',
      waitForActionAttempt: wait,
    });
    const seen = await renameThrough(seam, plain);
    expect(seen).toMatchObject({
      attempt: { status: 'success' },
      paths: ['/access_codes/update', '/action_attempts/get'],
    });
  });
});
