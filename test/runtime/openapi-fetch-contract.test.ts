// What the runtime relies on openapi-fetch (pinned in package.json) to do, one named test each, on
// openapi-fetch alone over loopback HTTP: an upgrade that changes one of these fails the test that
// names it, before any test of the client has to be read to find out why.
import createClient, { type Middleware } from 'openapi-fetch';
import { startRecordingServer, type RecordingServer } from '../helpers/recording-server.js';

let server: RecordingServer;
let status = 200;
let answer = '{"ok":true}';

beforeAll(async () => {
  server = await startRecordingServer((_req, res) =>
    res.writeHead(status, { 'content-type': 'application/json' }).end(answer),
  );
});
afterAll(() => server.close());
beforeEach(() => {
  server.seen.length = 0;
  status = 200;
  answer = '{"ok":true}';
});

const client = (options: Record<string, unknown> = {}) =>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- openapi-fetch without a paths type: any path is accepted
  createClient<any>({ baseUrl: 'http://unused.invalid', ...options });

it('request(method, path, init) fills the path, writes primitives and lists as the query, and sends to a per-request baseUrl', async () => {
  await client().request('get', '/things/{id}', {
    baseUrl: server.url,
    params: { path: { id: 'a b' }, query: { limit: 5, tag: ['x', 'y'] } },
  });
  expect(server.seen[0]).toMatchObject({ method: 'GET', url: '/things/a%20b?limit=5&tag=x&tag=y' });
});

it('merges base headers, then the request headers and header params; null removes one', async () => {
  const c = client({ headers: { authorization: 'Bearer base', 'x-a': 'base' } });
  await c.request('post', '/h', {
    baseUrl: server.url,
    headers: { 'x-a': 'call', 'content-type': null },
    params: { header: { 'x-b': 'param' } },
    body: 'raw',
    bodySerializer: (b: unknown) => b as string,
  });
  expect(server.seen[0]!.headers).toMatchObject({ authorization: 'Bearer base', 'x-a': 'call', 'x-b': 'param' });
  expect(server.seen[0]!.headers['content-type']).not.toBe('application/json');
});

it('serializes a body as JSON with its content type by default, and with a per-request bodySerializer and querySerializer when given', async () => {
  await client().request('post', '/j', { baseUrl: server.url, body: { a: 1 } });
  await client().request('post', '/f', {
    baseUrl: server.url,
    body: { a: 1 },
    bodySerializer: () => 'a=1',
    querySerializer: () => 'q=custom',
    params: { query: { ignored: 1 } },
  });
  expect(server.seen.map((s) => [s.url, s.headers['content-type'], s.body.toString()])).toEqual([
    ['/j', 'application/json', '{"a":1}'],
    ['/f?q=custom', 'application/json', 'a=1'],
  ]);
});

it('throws what the body serializer throws before any middleware runs', async () => {
  const ran: string[] = [];
  const c = client();
  c.use({ onRequest: () => void ran.push('onRequest') });
  const cycle: Record<string, unknown> = {};
  cycle.self = cycle;
  await expect(c.request('post', '/x', { baseUrl: server.url, body: cycle })).rejects.toThrow(TypeError);
  expect(ran).toEqual([]);
});

it("runs global middleware before a request's own: onRequest in order, onResponse in reverse, each given options.fetch as the request's fetch", async () => {
  const order: string[] = [];
  const fetches: unknown[] = [];
  const named = (name: string): Middleware => ({
    onRequest: ({ options }) => void (order.push(`${name}>`), fetches.push(options.fetch)),
    onResponse: () => void order.push(`<${name}`),
  });
  const c = client();
  c.use(named('global'));
  const fetch = (request: Request) => globalThis.fetch(request);
  await c.request('get', '/o', { baseUrl: server.url, fetch, middleware: [named('call')] });
  expect(order).toEqual(['global>', 'call>', '<call', '<global']);
  expect(fetches).toEqual([fetch, fetch]);
});

it("with parseAs 'stream', gives a success answer's body unread, as its response.body; nothing for a 204", async () => {
  const { data, response } = await client().request('get', '/s', { baseUrl: server.url, parseAs: 'stream' });
  expect(data).toBe(response.body);
  expect(response.bodyUsed).toBe(false);
  expect(await response.text()).toBe('{"ok":true}');
  status = 204;
  answer = '';
  expect((await client().request('get', '/n', { baseUrl: server.url, parseAs: 'stream' })).data).toBeUndefined();
});

it('reads the body of the Response an onResponse returned, as text or blob as parseAs says; an error body as JSON, else text', async () => {
  const replace: Middleware = { onResponse: ({ response }) => new Response('replaced', response) };
  const { data } = await client().request('get', '/r', { baseUrl: server.url, parseAs: 'text', middleware: [replace] });
  expect(data).toBe('replaced');
  const blob = await client().request('get', '/b', { baseUrl: server.url, parseAs: 'blob' });
  expect(await (blob.data as Blob).text()).toBe('{"ok":true}');
  status = 404;
  answer = '{"error":{"type":"nope"}}';
  expect((await client().request('get', '/e', { baseUrl: server.url })).error).toEqual({ error: { type: 'nope' } });
  answer = '<html>';
  expect((await client().request('get', '/e', { baseUrl: server.url })).error).toBe('<html>');
});

it('passes a failed fetch to onError in reverse order, rethrows it unless one answers, and refuses wrong return values with "<hook>: must return"', async () => {
  const failing = async () => {
    throw new TypeError('down');
  };
  const seen: unknown[] = [];
  await expect(
    client().request('get', '/f', { fetch: failing, middleware: [{ onError: ({ error }) => void seen.push(error) }] }),
  ).rejects.toThrow('down');
  expect(seen).toEqual([new TypeError('down')]);
  const recovered = await client().request('get', '/f', {
    fetch: failing,
    parseAs: 'text',
    middleware: [{ onError: () => new Response('saved') }],
  });
  expect(recovered.data).toBe('saved');
  const wrong = { onRequest: () => 'nonsense' } as unknown as Middleware;
  await expect(client().request('get', '/w', { baseUrl: server.url, middleware: [wrong] })).rejects.toThrow(
    /^onRequest: must return/,
  );
});

it("gives the request the init's redirect and signal", async () => {
  let seen: Request | undefined;
  const controller = new AbortController();
  await client().request('get', '/s', {
    baseUrl: server.url,
    redirect: 'manual',
    signal: controller.signal,
    fetch: (request: Request) => ((seen = request), globalThis.fetch(request)),
  });
  expect(seen!.redirect).toBe('manual');
  controller.abort();
  expect(seen!.signal.aborted).toBe(true);
});
