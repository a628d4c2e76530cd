// Requests are untrusted input to the fake (SECURITY.md): whatever a request holds, the fake answers
// it with a 2xx or a 4xx, never crashes, never touches Object.prototype of the test process, and
// holds a bounded amount of it. In-process and over loopback HTTP.
import fc from 'fast-check';
import { createFakeSeam, FAKE_CREDENTIALS, startFakeSeam, type FakeSeam } from '../../src/testing/index.js';
import { loadSpec } from '../helpers/spec.js';

const AUTH = { authorization: `Bearer ${FAKE_CREDENTIALS.apiKey}`, 'content-type': 'application/json' };
const NASTY_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'polluted',
];
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

/** Whether anything reached Object.prototype or Array.prototype. */
const prototypesClean = () =>
  Object.getOwnPropertyNames(Object.prototype).every((k) => !NASTY_KEYS.includes(k) || k in Object.prototype) &&
  !('polluted' in {}) &&
  !('polluted' in []);

/** A spec with a deepObject query, a form body and a JSON map: the shapes that reach nested keys. */
function nestedSpec() {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a spec document, patched freely by the test
  const spec = structuredClone(loadSpec()) as Record<string, any>;
  const ok = {
    '200': {
      description: 'OK',
      content: { 'application/json': { schema: { type: 'object' }, example: { ok: true } } },
    },
  };
  spec.paths['/things/search'] = {
    get: {
      operationId: 'thingsSearch',
      parameters: [
        {
          name: 'filter',
          in: 'query',
          style: 'deepObject',
          explode: true,
          schema: { type: 'object', additionalProperties: { type: 'string' } },
        },
      ],
      responses: ok,
    },
  };
  spec.paths['/things/form'] = {
    post: {
      operationId: 'thingsForm',
      requestBody: {
        content: { 'application/x-www-form-urlencoded': { schema: { type: 'object', additionalProperties: true } } },
      },
      responses: ok,
    },
  };
  spec.paths['/things/map'] = {
    post: {
      operationId: 'thingsMap',
      requestBody: {
        content: {
          'application/json': {
            schema: {
              type: 'object',
              additionalProperties: { type: 'object', additionalProperties: { type: 'string' } },
            },
          },
        },
      },
      responses: ok,
    },
  };
  return spec;
}

const key = fc.oneof(fc.constantFrom(...NASTY_KEYS), fc.string({ maxLength: 8 }));
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  ),
})).value;

async function send(fake: FakeSeam, path: string, init: RequestInit = {}): Promise<number> {
  const response = await fake.fetch(`${fake.endpoint}${path}`, {
    ...init,
    headers: { ...AUTH, ...(init.headers as object) },
  });
  return response.status;
}

describe('in-process', () => {
  it('a JSON body with any keys (__proto__, constructor, toString…) on every operation gets a 2xx or 4xx, and Object.prototype stays as it was (property)', async () => {
    const fake = createFakeSeam();
    const paths = ['/access_codes/update', '/access_codes/update_multiple', '/action_attempts/get'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.dictionary(key, json, { maxKeys: 6 }), async (path, body) => {
        // JSON.parse makes __proto__ an own key, as a real request's body would have it.
        const text = JSON.stringify(body).replace('"polluted"', '"__proto__"');
        const status = await send(fake, path, { method: 'POST', body: text });
        expect(status).toBeGreaterThanOrEqual(200);
        expect(status).toBeLessThan(500);
        expect(prototypesClean()).toBe(true);
      }),
      { numRuns: RUNS, seed: 42 },
    );
  });

  it('deepObject queries, form bodies and JSON maps with __proto__ never reach Object.prototype (property)', async () => {
    const fake = createFakeSeam({ spec: nestedSpec() });
    const segment = fc.oneof(fc.constantFrom(...NASTY_KEYS, '0', '1'), fc.string({ maxLength: 4 }));
    const bracketKey = fc
      .tuple(fc.constantFrom('filter', '__proto__', 'a'), fc.array(segment, { minLength: 1, maxLength: 4 }))
      .map(([head, rest]) => `${head}${rest.map((r) => `[${r}]`).join('')}`);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(bracketKey, fc.string({ maxLength: 5 })), { minLength: 1, maxLength: 5 }),
        async (pairs) => {
          const query = new URLSearchParams(pairs).toString();
          for (const [path, init] of [
            [`/things/search?${query}`, { method: 'GET' }],
            [
              '/things/form',
              { method: 'POST', body: query, headers: { 'content-type': 'application/x-www-form-urlencoded' } },
            ],
            [
              '/things/map',
              {
                method: 'POST',
                body: `{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}`,
              },
            ],
          ] as const) {
            const status = await send(fake, path, init);
            expect(status).toBeGreaterThanOrEqual(200);
            expect(status).toBeLessThan(500);
          }
          expect(prototypesClean()).toBe(true);
        },
      ),
      { numRuns: RUNS, seed: 42 },
    );
  });

  it.each([['__proto__'], ['constructor'], ['toString']])(
    'a body key %s on the default spec is a 400, not a crash',
    async (name) => {
      const fake = createFakeSeam();
      const code = fake.seed.accessCode();
      expect(
        await send(fake, '/access_codes/update', {
          method: 'POST',
          body: `{"access_code_id":"${code.access_code_id}","${name}":{"x":1}}`,
        }),
      ).toBe(400);
    },
  );

  it('a malformed percent escape in a path is a 404, not a URIError', async () => {
    const spec = nestedSpec();
    spec.paths['/things/{thing_id}'] = {
      get: {
        operationId: 'thingsGet',
        parameters: [{ name: 'thing_id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'OK' } },
      },
    };
    const fake = createFakeSeam({ spec });
    expect(await send(fake, '/things/%E0%A4%A', { method: 'GET' })).toBe(404);
    expect(await send(fake, '/things/%', { method: 'GET' })).toBe(404);
  });

  it('keeps at most maxRequests requests, the newest', async () => {
    const fake = createFakeSeam({ maxRequests: 3 });
    for (let i = 0; i < 5; i++) await send(fake, `/nothing/${i}`, { method: 'POST', body: '{}' });
    expect(fake.requests.map((r) => r.path)).toEqual(['/nothing/2', '/nothing/3', '/nothing/4']);
  });

  it('answers a body over maxBodyBytes with 413, without reading on', async () => {
    const fake = createFakeSeam({ maxBodyBytes: 1024 });
    expect(
      await send(fake, '/access_codes/update', { method: 'POST', body: JSON.stringify({ pad: 'x'.repeat(2048) }) }),
    ).toBe(413);
  });
});

describe('over loopback HTTP', () => {
  it('a body over maxBodyBytes is answered 413 and not kept; __proto__ keys get a 4xx; the server keeps serving', async () => {
    const server = await startFakeSeam({ maxBodyBytes: 64 * 1024 });
    try {
      const before = process.memoryUsage().rss;
      const big = await fetch(`${server.url}/access_codes/update`, {
        method: 'POST',
        headers: AUTH,
        body: new Uint8Array(8 * 1024 * 1024),
      }).catch((e: unknown) => e);
      // The server answers 413 and closes; a client still sending may instead see the connection end.
      if (big instanceof Response) expect(big.status).toBe(413);
      expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
      const proto = await fetch(`${server.url}/access_codes/update`, {
        method: 'POST',
        headers: AUTH,
        body: '{"__proto__":{"polluted":1},"access_code_id":"x"}',
      });
      expect(proto.status).toBeGreaterThanOrEqual(400);
      expect(proto.status).toBeLessThan(500);
      expect(prototypesClean()).toBe(true);
      const bad = await fetch(`${server.url}/access_codes/%E0%A4%A`, { method: 'POST', headers: AUTH, body: '{}' });
      expect(bad.status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
