// A paged list's `next_page_url` over real HTTP: the URL of the server the request came to, port
// included, so that a client (or cURL) that follows it gets the next page from the same fake.
import { FAKE_CREDENTIALS, startFakeSeam, type FakeSeamServer } from '../../src/testing/index.js';

let server: FakeSeamServer;
beforeAll(async () => {
  server = await startFakeSeam();
});
afterAll(() => server.close());

const get = async (url: string) => {
  const response = await fetch(url, { headers: { authorization: `Bearer ${FAKE_CREDENTIALS.apiKey}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as {
    access_codes: Array<{ access_code_id: string }>;
    pagination: { has_next_page: boolean; next_page_url: string | null };
  };
};

it("next_page_url names the loopback server's port, and a GET of it answers the next page", async () => {
  const device_id = server.seed.device();
  const ids = [1, 2, 3].map(() => server.seed.accessCode({ device_id }).access_code_id);
  const first = await get(`${server.url}/access_codes/list?device_id=${device_id}&limit=2`);
  expect(first.access_codes.map((c) => c.access_code_id)).toEqual(ids.slice(0, 2));
  const next = new URL(first.pagination.next_page_url!);
  expect(next.origin).toBe(new URL(server.url).origin);
  expect(next.port).not.toBe('');
  const second = await get(next.href);
  expect(second.access_codes.map((c) => c.access_code_id)).toEqual(ids.slice(2));
  expect(second.pagination).toMatchObject({ has_next_page: false, next_page_url: null });
});

it('behind an endpoint with a path, next_page_url keeps both the port and the path', async () => {
  const prefixed = await startFakeSeam({ endpoint: 'https://gateway.example/v1' });
  try {
    const device_id = prefixed.seed.device();
    for (let i = 0; i < 3; i++) prefixed.seed.accessCode({ device_id });
    const first = await get(`${prefixed.url}/access_codes/list?device_id=${device_id}&limit=2`);
    expect(first.pagination.next_page_url!.startsWith(`${prefixed.url}/access_codes/list?`)).toBe(true);
    expect((await get(first.pagination.next_page_url!)).access_codes).toHaveLength(1);
  } finally {
    await prefixed.close();
  }
});
