import { SeamClient, type SeamClientOptions } from '../../src/index.js';
import { startTestServer, TEST_CREDENTIALS, type TestServer } from '../server/server.js';

/** Starts a loopback server before each test and stops it after; returns live accessors. */
export function useTestServer(): { server: () => TestServer; client: (options?: SeamClientOptions) => SeamClient } {
  let server: TestServer | undefined;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    await server?.close();
  });
  return {
    server: () => server!,
    client: (options = {}) =>
      new SeamClient({
        endpoint: server!.url,
        ...(Object.keys(options).some((k) => k.endsWith('Key') || k.endsWith('Token')) ? {} : { apiKey: TEST_CREDENTIALS.apiKey }),
        waitForActionAttempt: { timeout: 2000, pollingInterval: 10 },
        ...options,
      }),
  };
}
