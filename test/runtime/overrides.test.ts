// Per-call options override the client's: endpoint, fetch, headers, timeout, retries, waiting.
import { SeamOptionsError } from '../../src/index.js';
import { useTestServer } from '../helpers/client.js';
import { startFakeSeam } from '../../src/testing/index.js';

const t = useTestServer();

it('endpoint per call sends that call to another server', async () => {
  const other = await startFakeSeam();
  try {
    other.seed.accessCode({ common_code_key: 'elsewhere' });
    const seam = t.client();
    await expect(
      seam.accessCodes.updateMultiple({ common_code_key: 'elsewhere' }, { endpoint: other.url }),
    ).resolves.toEqual({ ok: true });
    expect(other.requests).toHaveLength(1);
    expect(t.server().requests).toHaveLength(0);
  } finally {
    await other.close();
  }
});

it('fetch per call is used for that call only (a wrapper around the real fetch)', async () => {
  t.server().seed.accessCode({ common_code_key: 'k' });
  const seen: string[] = [];
  const recording = (request: Request) => {
    seen.push(`${request.method} ${new URL(request.url).pathname}`);
    return fetch(request);
  };
  const seam = t.client();
  await seam.accessCodes.updateMultiple({ common_code_key: 'k' }, { fetch: recording });
  await seam.accessCodes.updateMultiple({ common_code_key: 'k' });
  expect(seen).toEqual(['POST /access_codes/update_multiple']);
  expect(t.server().requests).toHaveLength(2);
});

it('headers per call are sent along with the auth headers', async () => {
  t.server().seed.accessCode({ common_code_key: 'k' });
  await t.client().accessCodes.updateMultiple({ common_code_key: 'k' }, { headers: { 'x-trace-id': 'abc' } });
  const headers = t.server().requests[0]!.headers;
  expect(headers['x-trace-id']).toBe('abc');
  expect(headers.authorization).toMatch(/^Bearer /);
});

it('a bad per-call option is a SeamOptionsError before any request', async () => {
  const seam = t.client();
  await expect(seam.accessCodes.updateMultiple({ common_code_key: 'k' }, { endpoint: 'nope' })).rejects.toThrow(
    SeamOptionsError,
  );
  await expect(seam.accessCodes.updateMultiple({ common_code_key: 'k' }, { timeout: 0 })).rejects.toThrow(
    /timeout must be a positive number/,
  );
  expect(t.server().requests).toHaveLength(0);
});
