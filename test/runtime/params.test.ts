// How each descriptor field puts a method's one flat argument on the wire: path, query, header and
// cookie parameters, JSON, form, multipart and raw bodies, and how answers of each media type are
// read. An echo server on loopback shows what went on the wire.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  DEFAULTS,
  formBody,
  multipartBody,
  rawBody,
  withParams,
  type OperationDescriptor,
} from '../../src/runtime/index.js';
import { clientCore } from '../helpers/client-core.js';

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
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('latin1');
      if (req.url?.startsWith('/answer/')) {
        const kind = req.url.slice('/answer/'.length);
        if (kind === 'empty') res.writeHead(204).end();
        else if (kind === 'text') res.writeHead(200, { 'content-type': 'text/plain' }).end('plain words');
        else res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.from([0, 1, 2, 255]));
        return;
      }
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body } satisfies Echo),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const core = (base = endpoint) =>
  clientCore({ ...DEFAULTS, endpoint: base, headers: { authorization: 'Bearer k' }, secrets: ['k'] });

const getPet: OperationDescriptor = {
  path: '/pets/{pet_id}',
  method: 'get',
  input: withParams,
  params: { path: ['pet_id'], query: ['tags', 'limit', 'skip'], header: ['x-request-tag'], cookie: ['session'] },
};
const renamePet: OperationDescriptor = {
  path: '/pets/{pet_id}/name',
  method: 'put',
  input: withParams,
  params: { path: ['pet_id'] },
  body: 'json',
};

it('takes path, query, header and cookie parameters from one flat argument, and sends no body', async () => {
  const echo = await core().request<Echo>(getPet, {
    pet_id: 'a b/c',
    tags: ['x', 'y'],
    limit: 2,
    skip: undefined,
    'x-request-tag': 't1',
    session: 'a;b',
  });
  expect(echo.method).toBe('GET');
  expect(echo.url).toBe('/pets/a%20b%2Fc?tags=x&tags=y&limit=2');
  expect(echo.headers['x-request-tag']).toBe('t1');
  expect(echo.headers.cookie).toBe('session=a%3Bb');
  expect(echo.headers.authorization).toBe('Bearer k');
  expect(echo.headers['content-type']).toBeUndefined();
  expect(echo.body).toBe('');
});

it('sends the fields that are not parameters as the JSON body, and drops a trailing slash of the endpoint', async () => {
  const echo = await core(`${endpoint}/`).request<Echo>(renamePet, { pet_id: 'p1', name: 'Rex' });
  expect(echo).toMatchObject({ method: 'PUT', url: '/pets/p1/name' });
  expect(echo.headers['content-type']).toBe('application/json');
  expect(JSON.parse(echo.body)).toEqual({ name: 'Rex' });
});

it('sends no body when no body field is given, unless the spec requires one', async () => {
  expect((await core().request<Echo>(renamePet, { pet_id: 'p1' })).body).toBe('');
  const required = await core().request<Echo>({ ...renamePet, bodyRequired: true }, { pet_id: 'p1' });
  expect(JSON.parse(required.body)).toEqual({});
});

it('takes a body that is not an object from its bodyKey field', async () => {
  const op: OperationDescriptor = { ...renamePet, bodyKey: 'body' };
  const echo = await core().request<Echo>(op, { pet_id: 'p1', body: ['a', 'b'] });
  expect(JSON.parse(echo.body)).toEqual(['a', 'b']);
});

it('sends JSON with the media type the spec names (vendor +json)', async () => {
  const op: OperationDescriptor = {
    path: '/things',
    method: 'post',
    body: 'json',
    contentType: 'application/vnd.api+json',
  };
  const echo = await core().request<Echo>(op, { a: 1 });
  expect(echo.headers['content-type']).toBe('application/vnd.api+json');
  expect(JSON.parse(echo.body)).toEqual({ a: 1 });
});

it('sends form bodies urlencoded: repeated keys for lists, brackets for nested objects and lists in them', async () => {
  const op: OperationDescriptor = { path: '/v1/charges', method: 'post', body: formBody };
  const echo = await core().request<Echo>(op, {
    amount: 100,
    expand: ['customer', 'invoice'],
    metadata: { order: 'A&B' },
    items: [{ price: 'p_1', quantity: 2 }],
    skipped: undefined,
  });
  expect(echo.headers['content-type']).toBe('application/x-www-form-urlencoded');
  expect(decodeURIComponent(echo.body)).toBe(
    'amount=100&expand=customer&expand=invoice&metadata[order]=A&B&items[0][price]=p_1&items[0][quantity]=2',
  );
  expect(new URLSearchParams(echo.body).get('metadata[order]')).toBe('A&B');
});

it('sends multipart bodies with file parts, and lets fetch write the boundary', async () => {
  const op: OperationDescriptor = { path: '/files', method: 'post', body: multipartBody };
  const file = new Blob([new Uint8Array([104, 105])], { type: 'text/plain' });
  const echo = await core().request<Echo>(op, { purpose: 'fine-tune', file, tags: ['a', 'b'], meta: { k: 1 } });
  expect(echo.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
  expect(echo.body).toMatch(/name="purpose"\r\n\r\nfine-tune\r\n/);
  expect(echo.body).toMatch(/name="file"; filename="blob"\r\nContent-Type: text\/plain\r\n\r\nhi\r\n/);
  expect(echo.body.match(/name="tags"/g)).toHaveLength(2);
  expect(echo.body).toMatch(/name="meta"; filename="blob"\r\nContent-Type: application\/json\r\n\r\n\{"k":1\}/);
});

it('sends text and binary bodies as they are, with their media type', async () => {
  const text = await core().request<Echo>(
    { path: '/markdown', method: 'post', body: rawBody, contentType: 'text/x-markdown' },
    '# hi',
  );
  expect(text.headers['content-type']).toBe('text/x-markdown');
  expect(text.body).toBe('# hi');
  const binary = await core().request<Echo>(
    { path: '/upload', method: 'post', body: rawBody, contentType: 'application/octet-stream' },
    new Uint8Array([0, 255]),
  );
  expect(binary.headers['content-type']).toBe('application/octet-stream');
  expect(Buffer.from(binary.body, 'latin1')).toEqual(Buffer.from([0, 255]));
});

it('reads answers as the spec says: text, a Blob, or nothing', async () => {
  expect(await core().request({ path: '/answer/text', method: 'get', response: 'text' }, undefined)).toBe(
    'plain words',
  );
  const blob = await core().request<Blob>({ path: '/answer/binary', method: 'get', response: 'blob' }, undefined);
  expect(blob).toBeInstanceOf(Blob);
  expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([0, 1, 2, 255]);
  expect(
    await core().request({ path: '/answer/empty', method: 'delete', response: 'void' }, undefined),
  ).toBeUndefined();
});

it('an operation without input sends no body and no content type', async () => {
  const echo = await core().request<Echo>({ path: '/pets/count', method: 'post' }, undefined);
  expect(echo).toMatchObject({ method: 'POST', url: '/pets/count', body: '' });
  expect(echo.headers['content-type']).toBeUndefined();
});

it('query parameters in their own style: deepObject lists and nested objects in brackets, pipe-delimited, unexploded', async () => {
  const op: OperationDescriptor = {
    path: '/v1/customers',
    method: 'get',
    input: withParams,
    params: { query: ['expand', 'ids', 'tags', 'filter', 'limit'] },
    queryStyles: {
      expand: { style: 'deepObject', explode: true },
      ids: { style: 'pipeDelimited', explode: false },
      tags: { style: 'form', explode: false },
    },
  };
  const echo = await core().request<Echo>(op, {
    expand: ['a', 'b'],
    ids: ['1', '2'],
    tags: ['x', 'y'],
    filter: { created: { gt: 5 } },
    limit: 3,
  });
  expect(decodeURIComponent(echo.url)).toBe(
    '/v1/customers?expand[0]=a&expand[1]=b&ids=1|2&tags=x,y&filter[created][gt]=5&limit=3',
  );
});

it('form fields the spec encodes as deepObject send their lists with indices', async () => {
  const op: OperationDescriptor = { path: '/v1/customers', method: 'post', body: formBody, deepObject: ['expand'] };
  const echo = await core().request<Echo>(op, { expand: ['tax'], preferred_locales: ['en', 'fr'] });
  expect(decodeURIComponent(echo.body)).toBe('expand[0]=tax&preferred_locales=en&preferred_locales=fr');
});
