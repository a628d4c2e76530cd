import { SeamClient, type SeamClientOptions } from '../../src/index.js';
import { startFakeSeam, FAKE_CREDENTIALS, type FakeSeamServer } from '../../src/testing/index.js';

/** Starts a loopback server before each test and stops it after; returns live accessors. */
export function useTestServer(): { server: () => FakeSeamServer; client: (options?: SeamClientOptions) => SeamClient } {
  let server: FakeSeamServer | undefined;
  beforeEach(async () => {
    server = await startFakeSeam();
  });
  afterEach(async () => {
    await server?.close();
  });
  return {
    server: () => server!,
    client: (options = {}) =>
      new SeamClient({
        endpoint: server!.url,
        ...(Object.keys(options).some((k) => k.endsWith('Key') || k.endsWith('Token'))
          ? {}
          : { apiKey: FAKE_CREDENTIALS.apiKey }),
        waitForActionAttempt: { timeout: 2000, pollingInterval: 10 },
        ...options,
      }),
  };
}
