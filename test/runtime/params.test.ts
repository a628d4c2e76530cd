// Operations with path, query and header parameters (none in the Seam spec; the generator emits
// `input: withParams` for them). An echo server on loopback shows what went on the wire.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ClientCore, DEFAULTS, withParams, type OperationDescriptor } from '../../src/runtime/index.js';

interface Echo {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let server: Server;
let endpoint: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body } satisfies Echo));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const core = (base: string) =>
  new ClientCore({ ...DEFAULTS, endpoint: base, headers: { authorization: 'Bearer k' }, secrets: ['k'] });

const getPet: OperationDescriptor = { path: '/pets/{pet_id}', method: 'get', input: withParams };
const renamePet: OperationDescriptor = { path: '/pets/{pet_id}/name', method: 'put', input: withParams };

it('fills path parameters, serializes the query and sends header parameters, without a body', async () => {
  const echo = await core(endpoint).request<Echo>(getPet, {
    params: { path: { pet_id: 'a b/c' }, query: { tags: ['x', 'y'], limit: 2, skip: undefined }, header: { 'x-request-tag': 't1' } },
  });
  expect(echo.method).toBe('GET');
  expect(echo.url).toBe('/pets/a%20b%2Fc?tags=x&tags=y&limit=2');
  expect(echo.headers['x-request-tag']).toBe('t1');
  expect(echo.headers.authorization).toBe('Bearer k');
  expect(echo.headers['content-type']).toBeUndefined();
  expect(echo.body).toBe('');
});

it('sends the body of a parameterized operation as JSON, and drops a trailing slash of the endpoint', async () => {
  const echo = await core(`${endpoint}/`).request<Echo>(renamePet, { params: { path: { pet_id: 'p1' } }, body: { name: 'Rex' } });
  expect(echo.method).toBe('PUT');
  expect(echo.url).toBe('/pets/p1/name');
  expect(echo.headers['content-type']).toBe('application/json');
  expect(JSON.parse(echo.body)).toEqual({ name: 'Rex' });
});

it('an operation without input sends no body and no content type', async () => {
  const echo = await core(endpoint).request<Echo>({ path: '/pets/count', method: 'post', input: 'none' }, undefined);
  expect(echo).toMatchObject({ method: 'POST', url: '/pets/count', body: '' });
  expect(echo.headers['content-type']).toBeUndefined();
});
