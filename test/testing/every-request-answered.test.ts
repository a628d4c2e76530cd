// The fake has one guard around every request (SECURITY.md, "test requests"): whatever reaches it,
// in-process, over loopback HTTP or under MSW, gets a well-formed answer (a status and, for an
// error, the API's envelope) and the connection is never dropped. A throw inside the fake is a 500
// in that envelope; a body nested past the bound is a 400 before anything is stored; operations
// named like Object.prototype members are served; every HTTP method gets an answer.
import { request as httpRequest } from 'node:http';
import fc from 'fast-check';
import { setupServer } from 'msw/node';
import { createSeamHandlers } from '../../src/msw.js';
import {
  createFakeSeam,
  FAKE_CREDENTIALS,
  startFakeSeam,
  type FakeSeam,
  type FakeSeamServer,
  type ResourceRule,
} from '../../src/testing/index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- spec documents and answers, walked freely by the test
type Json = any;

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const AUTH = { authorization: `Bearer ${FAKE_CREDENTIALS.apiKey}`, 'content-type': 'application/json' };
const ENDPOINT = 'https://guard.fixture.test';
const PROTO_NAMES = ['valueOf', 'hasOwnProperty', 'toString', 'constructor', '__proto__', 'isPrototypeOf'];

/** A spec with a collection whose items take any value, operations named like Object.prototype members, and one whose schema cannot compile. */
function hostileSpec(): Json {
  const pet = { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' }, tag: {} } };
  const ok = (example: unknown) => ({
    '200': { description: 'OK', content: { 'application/json': { schema: {}, example } } },
  });
  const paths: Json = {
    '/pets': {
      post: {
        operationId: 'petsCreate',
        requestBody: { content: { 'application/json': { schema: pet } } },
        responses: ok({ id: 1, name: 'a' }),
      },
      get: { operationId: 'petsList', responses: ok([{ id: 1, name: 'a' }]) },
    },
    '/broken': {
      post: {
        operationId: 'broken',
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Missing' } } } },
        responses: ok({ ok: true }),
      },
    },
    '/nobody': { post: { operationId: 'nobody', responses: ok({ ok: true }) } },
    // `^(a+)+$` backtracks exponentially in JavaScript's RegExp; the lookahead is beyond RE2.
    '/pattern': {
      post: {
        operationId: 'pattern',
        requestBody: {
          content: {
            'application/json': {
              schema: { type: 'object', properties: { v: { type: 'string', pattern: '^(a+)+$' } } },
            },
          },
        },
        responses: ok({ ok: true }),
      },
    },
    '/lookahead': {
      post: {
        operationId: 'lookahead',
        requestBody: {
          content: {
            'application/json': {
              schema: { type: 'object', properties: { v: { type: 'string', pattern: '^(?=a)a+$' } } },
            },
          },
        },
        responses: ok({ ok: true }),
      },
    },
  };
  for (const name of PROTO_NAMES)
    paths[`/proto/${name}`] = { post: { operationId: name, responses: ok({ ok: true, name }) } };
  return {
    openapi: '3.1.0',
    info: { title: 'guard fixture', version: '1' },
    servers: [{ url: ENDPOINT }],
    security: [{ bearer: [] }],
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } }, schemas: {} },
    paths,
  };
}

const rule = (action: ResourceRule['action']): ResourceRule => ({
  collection: '/pets',
  resource: 'pet',
  action,
  id: 'id',
  idProperty: 'id',
  itemKey: '',
  fields: ['name', 'tag'],
});
const OPTIONS = { spec: hostileSpec(), resources: { petsCreate: rule('create'), petsList: rule('list') } };

interface Answer {
  status: number;
  contentType: string;
  text: string;
}

/** One way of reaching the fake. */
interface Surface {
  name: string;
  /** Whether it can carry methods that fetch refuses (TRACE, CONNECT): only raw HTTP can. */
  anyMethod: boolean;
  send(method: string, path: string, body?: string, headers?: Record<string, string>): Promise<Answer>;
}

const viaFetch = async (call: Promise<Response>): Promise<Answer> => {
  const response = await call;
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
};

const inProcess = (fake: FakeSeam): Surface => ({
  name: 'in-process',
  anyMethod: true,
  send: (method, path, body, headers = AUTH) =>
    viaFetch(fake.fetch(`${fake.endpoint}${path}`, { method, headers, body })),
});

/** node:http, which sends any method token, as curl -X would. */
const overHttp = (server: FakeSeamServer): Surface => ({
  name: 'over HTTP',
  anyMethod: true,
  send: (method, path, body, headers = AUTH) =>
    new Promise((resolve, reject) => {
      const req = httpRequest(`${server.url}${path}`, { method, headers }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), text }),
        );
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    }),
});

const underMsw = (fake: FakeSeam): Surface => ({
  name: 'under MSW',
  anyMethod: false,
  send: (method, path, body, headers = AUTH) => viaFetch(fetch(`${fake.endpoint}${path}`, { method, headers, body })),
});

/** A well-formed answer: a real status; an error carries the API's envelope, with a request id. */
function expectWellFormed(answer: Answer): Json {
  expect(Number.isInteger(answer.status) && answer.status >= 200 && answer.status <= 599).toBe(true);
  if (answer.status < 400) return answer.text ? JSON.parse(answer.text) : undefined;
  expect(answer.contentType).toMatch(/json/);
  const body = JSON.parse(answer.text);
  expect(body).toMatchObject({
    ok: false,
    error: { type: expect.any(String), message: expect.any(String), request_id: expect.any(String) },
  });
  return body;
}

const nested = (depth: number): string => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

function behaviours(surface: () => Surface): void {
  it('a body nested 5,000 deep is a 400 before anything is stored: the collection still lists', async () => {
    const s = surface();
    const refused = await s.send('POST', '/pets', `{"name":"deep","tag":${nested(5000)}}`);
    expect(refused.status).toBe(400);
    expect(expectWellFormed(refused).error.message).toMatch(/nested deeper than/);
    const made = await s.send('POST', '/pets', '{"name":"shallow","tag":{"a":{"b":1}}}');
    expect(made.status).toBe(200);
    const listed = await s.send('GET', '/pets');
    expect(listed.status).toBe(200);
    expect(JSON.parse(listed.text).map((p: Json) => p.name)).toEqual(['shallow']);
  });

  it.each(PROTO_NAMES)('an operation named %s is served as its spec says', async (name) => {
    const answer = await surface().send('POST', `/proto/${name}`);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ ok: true, name });
  });

  it('a throw inside the fake (a schema it cannot compile) is a 500 in the API envelope, and the fake keeps serving', async () => {
    const s = surface();
    const answer = await s.send('POST', '/broken', '{}');
    expect(answer.status).toBe(500);
    expect(expectWellFormed(answer).error.type).toBe('internal_server_error');
    expect((await s.send('POST', '/nobody')).status).toBe(200);
  });

  it('a body that is not JSON, sent to an operation that declares no body, is a clear 400', async () => {
    const answer = await surface().send('POST', '/nobody', 'hello, not json');
    expect(answer.status).toBe(400);
    expect(expectWellFormed(answer).error.message).toMatch(/not valid JSON/);
  });

  it('a spec pattern runs in linear time: a 41-character value that almost matches `^(a+)+$` is answered at once', async () => {
    const s = surface();
    const refused = await s.send('POST', '/pattern', JSON.stringify({ v: `${'a'.repeat(40)}!` }));
    expect(refused.status).toBe(400);
    expect(expectWellFormed(refused).error.message).toMatch(/must match pattern/);
    expect((await s.send('POST', '/pattern', JSON.stringify({ v: 'a'.repeat(41) }))).status).toBe(200);
  });

  it('a pattern the linear-time engine cannot take is a well-formed 500 naming it', async () => {
    const answer = await surface().send('POST', '/lookahead', JSON.stringify({ v: 'aa' }));
    expect(answer.status).toBe(500);
    expect(expectWellFormed(answer).error.message).toMatch(
      /pattern "\^\(\?=a\)a\+\$" cannot be matched in linear time/,
    );
  });

  it('every HTTP method gets an answer: 405 on a known path, 404 elsewhere', async () => {
    const s = surface();
    const methods = s.anyMethod
      ? ['TRACE', 'OPTIONS', 'PROPFIND', 'PUT', 'DELETE']
      : ['OPTIONS', 'PROPFIND', 'PUT', 'DELETE'];
    for (const method of methods) {
      expect([method, (await s.send(method, '/nobody')).status]).toEqual([method, 405]);
      expect([method, expectWellFormed(await s.send(method, '/nowhere')).error.type]).toEqual([
        method,
        'endpoint_not_found',
      ]);
    }
  });

  it('any method, path, headers and body get a well-formed answer, never a drop (property)', async () => {
    const s = surface();
    const methods = [
      'GET',
      'POST',
      'PUT',
      'PATCH',
      'DELETE',
      'OPTIONS',
      'PROPFIND',
      'X-CUSTOM',
      ...(s.anyMethod ? ['TRACE', 'TRACK'] : []),
    ];
    const paths = [
      '/pets',
      '/broken',
      '/nobody',
      '/pattern',
      '/lookahead',
      '/nowhere',
      ...PROTO_NAMES.map((n) => `/proto/${n}`),
      '/pets/%E0%A4%A',
      '/pets?filter[a][b]=1',
    ];
    const body = fc.oneof(
      fc.constant(undefined),
      fc.string({ maxLength: 40 }),
      fc.json({ maxDepth: 4 }),
      fc.integer({ min: 90, max: 3000 }).map(nested),
      fc.integer({ min: 90, max: 3000 }).map((d) => `${'['.repeat(d)}${']'.repeat(d)}`),
    );
    const headers = fc.record(
      {
        'content-type': fc.constantFrom(
          'application/json',
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data',
          '',
        ),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...methods),
        fc.constantFrom(...paths),
        body,
        headers,
        fc.boolean(),
        async (method, path, text, extra, authed) => {
          const sent = method === 'GET' ? undefined : text;
          const answer = await s.send(method, path, sent, { ...(authed ? AUTH : {}), ...extra });
          expectWellFormed(answer);
        },
      ),
      { numRuns: RUNS, seed: 31 },
    );
  });
}

describe('in-process', () => {
  const fake = createFakeSeam(OPTIONS);
  behaviours(() => inProcess(fake));
});

describe('over loopback HTTP', () => {
  let server: FakeSeamServer;
  beforeAll(async () => {
    server = await startFakeSeam(OPTIONS);
  });
  afterAll(() => server.close());
  behaviours(() => overHttp(server));
});

describe('under MSW', () => {
  const fake = createFakeSeam(OPTIONS);
  const msw = setupServer(...createSeamHandlers(fake));
  beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => msw.close());
  behaviours(() => underMsw(fake));
});
