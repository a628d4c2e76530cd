// What the fake routes and answers by is one manifest, derived from a bundled spec by one function
// (src/testing/route-manifest.ts): the generator writes it for the package's own spec
// (generated/operations.ts: routeManifest), and a fake given another spec derives it at its start.
// These hold that the written one is what the function derives now (so the two cannot drift), that
// every pointer in it leads somewhere, and what the function reads of a spec.
import spec from '../../generated/openapi.json' with { type: 'json' };
import { operationRoutes, routeManifest } from '../../generated/operations.js';
import { nodeAt } from '../../src/openapi/refs.js';
import { createFakeSeam, FAKE_CREDENTIALS } from '../../src/testing/index.js';
import { routeManifestOf } from '../../src/testing/route-manifest.js';

it("the generated route manifest is what routeManifestOf derives from generated/openapi.json now: the default fake's routes cannot drift from its spec", () => {
  expect(routeManifest.length).toBeGreaterThan(0);
  expect(routeManifest).toEqual(routeManifestOf(spec, operationRoutes));
  // Every operation of the spec, under its function's name.
  const served = new Set(routeManifest.map((r) => `${r.method.toUpperCase()} ${r.path}`));
  expect([...served].sort()).toEqual(Object.values(operationRoutes).flat().sort());
  for (const r of routeManifest) expect(operationRoutes[r.key as keyof typeof operationRoutes]).toBeDefined();
});

it('every pointer of the generated manifest leads to a node of generated/openapi.json', () => {
  const pointers = routeManifest.flatMap((r) => [
    r.operation,
    ...(r.requestBody === undefined ? [] : [r.requestBody]),
    ...(r.success.example === undefined ? [] : [r.success.example]),
    ...(r.success.schema === undefined ? [] : [r.success.schema]),
    ...r.parameters.flatMap((p) => (p.schema === undefined ? [] : [p.schema])),
  ]);
  expect(pointers.length).toBeGreaterThan(routeManifest.length);
  expect(pointers.filter((p) => nodeAt(spec, p) === undefined)).toEqual([]);
});

it('the same spec gives the same manifest, byte for byte, whatever object holds it', () => {
  expect(JSON.stringify(routeManifestOf(structuredClone(spec), operationRoutes))).toBe(
    JSON.stringify(routeManifestOf(spec, operationRoutes)),
  );
});

const ok = (content: object) => ({ description: 'OK', content: { 'application/json': content } });

/** A spec written with the forms the manifest must see through: $refs to path items, parameters, answers and named examples. */
const fixture = {
  openapi: '3.1.0',
  info: { title: 'Fixture', version: '1' },
  servers: [{ url: 'https://fixture.test' }],
  security: [{ bearer: [] }],
  paths: {
    '/things/{thing_id}': { $ref: '#/components/pathItems/thing' },
    '/things/count': {
      get: { operationId: 'count', security: [{}, { bearer: [] }], responses: { '2XX': ok({ example: 3 }) } },
    },
    '/#Target=Create': {
      post: {
        operationId: 'create',
        parameters: [{ $ref: '#/components/parameters/target' }],
        responses: { '201': { $ref: '#/components/responses/created' } },
      },
    },
    '/#Target=Delete': {
      post: {
        operationId: 'remove',
        parameters: [{ name: 'x-target', in: 'header', required: true, schema: { const: 'Delete' } }],
        responses: { '204': { description: 'gone' } },
      },
    },
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    schemas: { target: { type: 'string', enum: ['Create', { not: 'text' }] } },
    parameters: {
      target: { name: 'X-Target', in: 'header', required: true, schema: { $ref: '#/components/schemas/target' } },
    },
    examples: { thing: { value: { thing_id: 't1', name: 'from the named example' } } },
    responses: {
      created: ok({ examples: { first: { $ref: '#/components/examples/thing' } }, schema: { type: 'object' } }),
    },
    pathItems: {
      thing: {
        parameters: [{ name: 'thing_id', in: 'path', required: true, schema: { type: 'string' } }],
        get: {
          operationId: 'getThing',
          security: [],
          responses: {
            '200': ok({
              schema: {
                type: 'object',
                required: ['name'],
                properties: { name: { type: 'string', example: 'sampled' } },
              },
            }),
          },
        },
      },
    },
  },
};

it('reads a spec through its $refs: path items, parameters, their schemas, answers and named examples', () => {
  const byKey = Object.fromEntries(routeManifestOf(fixture).map((r) => [r.key, r]));
  expect(byKey.getThing).toMatchObject({
    path: '/things/{thing_id}',
    pathParams: ['thing_id'],
    operation: '#/components/pathItems/thing/get',
    parameters: [
      { name: 'thing_id', in: 'path', required: true, schema: '#/components/pathItems/thing/parameters/0/schema' },
    ],
    anonymous: true,
    success: {
      status: 200,
      mediaType: 'application/json',
      schema: '#/components/pathItems/thing/get/responses/200/content/application~1json/schema',
    },
  });
  expect(byKey.count).toMatchObject({
    anonymous: true,
    success: { status: 200, example: '#/paths/~1things~1count/get/responses/2XX/content/application~1json/example' },
  });
  expect(byKey.create).toMatchObject({
    anonymous: false,
    parameters: [{ name: 'X-Target', schema: '#/components/parameters/target/schema', fixed: ['Create'] }],
    success: {
      status: 201,
      example: '#/components/examples/thing/value',
      schema: '#/components/responses/created/content/application~1json/schema',
    },
  });
  expect(byKey.remove).toMatchObject({ parameters: [{ fixed: ['Delete'] }], success: { status: 204 } });
  expect(byKey.remove!.success.mediaType).toBeUndefined();
  // Literal paths before templated ones.
  expect(
    routeManifestOf(fixture)
      .map((r) => r.key)
      .indexOf('count'),
  ).toBeLessThan(
    routeManifestOf(fixture)
      .map((r) => r.key)
      .indexOf('getThing'),
  );
});

it('a fake of another spec routes and answers by the manifest it derives at its start', async () => {
  const fake = createFakeSeam({ spec: fixture });
  const call = (path: string, init: RequestInit = {}) => fake.fetch(`https://fixture.test${path}`, init);
  const auth = { authorization: `Bearer ${FAKE_CREDENTIALS.apiKey}` };
  // Anonymous operations answer without credentials; the literal path is not taken for an id.
  expect(await (await call('/things/count')).json()).toBe(3);
  expect(await (await call('/things/t9')).json()).toEqual({ name: 'sampled' });
  // The others ask for them.
  expect((await call('/', { method: 'POST', headers: { 'x-target': 'Create' } })).status).toBe(401);
  // One path, two operations: told apart by the fixed value of a required header, its schema behind a $ref.
  const created = await call('/', { method: 'POST', headers: { ...auth, 'x-target': 'Create' } });
  expect(created.status).toBe(201);
  expect(await created.json()).toEqual({ thing_id: 't1', name: 'from the named example' });
  expect((await call('/', { method: 'POST', headers: { ...auth, 'x-target': 'Delete' } })).status).toBe(204);
  expect(fake.requests.map((r) => r.operation)).toEqual(['count', 'getThing', 'create', 'create', 'remove']);
});

it('keeps spec text as data: fixed values are primitives, and a security requirement that is no list asks for credentials', () => {
  const hostile = {
    openapi: '3.1.0',
    info: { title: 'Hostile', version: '1' },
    paths: {
      '/x': {
        post: {
          operationId: 'x',
          security: { bearer: [] },
          parameters: [
            {
              name: 'kind',
              in: 'query',
              required: true,
              schema: { enum: ['a', 1, null, JSON.parse('{"__proto__": {"polluted": true}}'), ['b']] },
            },
          ],
          responses: { '204': { description: 'done' } },
        },
      },
    },
  };
  const [route] = routeManifestOf(hostile);
  expect(route!.anonymous).toBe(false);
  expect(route!.parameters[0]!.fixed).toEqual(['a', 1, null]);
  expect(JSON.stringify(route)).not.toContain('__proto__');
});
