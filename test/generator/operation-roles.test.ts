// Each operation's role (scripts/generator/model/classify.ts): one classify pass reads its path
// among the others, its method and its extensions, and both its method name and the fake's
// resource rule follow from that role, for REST and RPC styles alike.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { classify, type ClassifyTarget } from '../../scripts/generator/model/classify.js';
import { buildModel, type OperationModel } from '../../scripts/generator/model/index.js';
import { GeneratorErrors } from '../../scripts/generator/errors.js';
import { camelCase } from '../../scripts/generator/naming/identifiers.js';
import { indexPaths, readPath } from '../../src/openapi/paths.js';
import { ROOT } from '../helpers/paths.js';
import { loadSpec, type Json } from '../helpers/spec.js';

const PATHS = [
  '/pets',
  '/pets/{petId}',
  '/access_codes/create',
  '/access_codes/update',
  '/access_codes/delete',
  '/users/{userId}/settings',
  '/things/archive',
  '/things/archive/old',
  '/health',
];

/** The role of one method on one of PATHS, `others` being the methods of the other operations on its path. */
function roleOf(method: string, path: string, others: string[] = [], extensions: ClassifyTarget['extensions'] = {}) {
  return classify(
    { path, method: method as ClassifyTarget['method'], extensions },
    readPath(path, indexPaths(PATHS)),
    others,
  );
}

it.each([
  // REST: a collection and its items.
  [
    'GET /pets',
    roleOf('get', '/pets', ['post']),
    {
      kind: 'collection',
      verb: 'list',
      call: false,
      collection: '/pets',
      action: 'list',
      idField: 'petId',
      segment: 'pets',
    },
  ],
  [
    'POST /pets',
    roleOf('post', '/pets', ['get']),
    { kind: 'collection', verb: 'create', action: 'create', collection: '/pets' },
  ],
  [
    'GET /pets/{petId}',
    roleOf('get', '/pets/{petId}'),
    { kind: 'item', verb: 'get', action: 'get', idField: 'petId', collection: '/pets' },
  ],
  [
    'PUT /pets/{petId} beside PATCH',
    roleOf('put', '/pets/{petId}', ['patch']),
    { kind: 'item', verb: 'replace', action: 'update' },
  ],
  [
    'POST /pets/{petId}',
    roleOf('post', '/pets/{petId}'),
    { kind: 'item', verb: 'update', action: undefined, collection: undefined },
  ],
  ['POST /pets/{petId} beside PUT', roleOf('post', '/pets/{petId}', ['put']), { verb: 'post', action: undefined }],
  [
    'DELETE /pets (no item action on a collection)',
    roleOf('delete', '/pets', ['get']),
    { verb: 'delete', action: undefined },
  ],
  // RPC: Seam's calls, named by the path's last word.
  [
    'POST /access_codes/update',
    roleOf('post', '/access_codes/update'),
    {
      kind: 'call',
      call: true,
      verb: 'create',
      collection: '/access_codes',
      action: 'update',
      idField: undefined,
      segment: 'access_codes',
    },
  ],
  ['GET /access_codes/create', roleOf('get', '/access_codes/create'), { kind: 'call', call: true, action: 'create' }],
  [
    'POST /access_codes/update beside another operation',
    roleOf('post', '/access_codes/update', ['post']),
    { call: false, action: 'update' },
  ],
  [
    'DELETE /access_codes/delete',
    roleOf('delete', '/access_codes/delete'),
    { kind: 'call', call: false, verb: 'delete', action: 'delete' },
  ],
  [
    'GET /users/{userId}/settings',
    roleOf('get', '/users/{userId}/settings'),
    { kind: 'call', call: true, action: undefined, collection: undefined },
  ],
  [
    'POST /things/archive (paths under it)',
    roleOf('post', '/things/archive'),
    { kind: 'call', call: false, action: undefined },
  ],
  ['GET /health', roleOf('get', '/health'), { kind: 'none', call: false, verb: 'get', action: undefined }],
  // x-fake-resource: the spec places the operation where no convention does, or nowhere.
  [
    'x-fake-resource: false',
    roleOf('post', '/access_codes/create', [], { fakeResource: false }),
    { call: true, collection: undefined, action: undefined },
  ],
  [
    'x-fake-resource on a call',
    roleOf('post', '/things/archive', [], {
      fakeResource: { collection: '/things', action: 'delete', id: 'thing_id' },
    }),
    { collection: '/things', action: 'delete', idField: 'thing_id', segment: '' },
  ],
  [
    'x-fake-resource changing the action',
    roleOf('get', '/pets/{petId}', [], { fakeResource: { action: 'list' } }),
    { collection: '/pets', action: 'list', idField: 'petId' },
  ],
])('%s', (_, role, expected) => {
  // Only the fields the row names; `undefined` there means the role has none.
  const picked = Object.fromEntries(Object.keys(expected).map((key) => [key, role[key as keyof typeof role]]));
  expect(picked).toEqual(expected);
});

const ok = (schema: Json) => ({ '200': { description: 'ok', content: { 'application/json': { schema } } } });
const object = (...names: string[]) => ({
  type: 'object',
  properties: Object.fromEntries(names.map((n) => [n, { type: 'string' }])),
});

/** The method name the path strategy gives an operation of this role: the call's word, else the role's verb. */
const pathName = (op: OperationModel): string =>
  op.role.call && op.namespacePath.length >= 1 ? camelCase(op.path.split('/').at(-1)!) : op.role.verb;

it('the model stores one role per operation; the method name and the fake rule follow it', () => {
  const param = [{ name: 'petId', in: 'path', required: true, schema: { type: 'string' } }];
  const body = (...names: string[]) => ({
    content: { 'application/json': { schema: object(...names) } },
  });
  const doc: Json = {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: {
      '/pets': {
        get: { responses: ok({ type: 'array', items: object('petId') }) },
        post: { responses: ok(object('petId')) },
      },
      '/pets/{petId}': {
        get: { parameters: param, responses: ok(object('petId')) },
        put: { parameters: param, responses: ok(object('petId')) },
        patch: { parameters: param, responses: ok(object('petId')) },
      },
      '/access_codes/update': { post: { requestBody: body('access_code_id'), responses: ok(object('ok')) } },
      '/access_codes/get': {
        post: {
          requestBody: body('access_code_id'),
          'x-response-key': 'access_code',
          responses: ok({ type: 'object', properties: { access_code: object('access_code_id') } }),
        },
      },
    },
  };
  const model = buildModel(doc);
  const byName = Object.fromEntries(
    model.operations.map((o) => [o.name, [o.role.verb, o.role.action, o.resource?.action]]),
  );
  expect(byName).toEqual({
    'pets.list': ['list', 'list', 'list'],
    'pets.create': ['create', 'create', 'create'],
    'pets.get': ['get', 'get', 'get'],
    'pets.replace': ['replace', 'update', 'update'],
    'pets.update': ['update', 'update', 'update'],
    'accessCodes.update': ['create', 'update', 'update'],
    'accessCodes.get': ['create', 'get', 'get'],
  });
  for (const op of model.operations) expect(op.methodName).toBe(pathName(op));
});

// Paths built from a few words, REST and RPC alike, each with one to three methods.
const WORDS = ['pets', 'access_codes', 'create', 'get', 'list', 'update', 'delete', 'toys'];
const segment = fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom('{id}', '{petId}'));
// The first word is a name, so the path strategy always names the operation.
const pathArb = fc
  .tuple(fc.constantFrom(...WORDS), fc.array(segment, { maxLength: 3 }))
  .map(([first, rest]) => `/${[first, ...rest].join('/')}`);
const methods = fc.uniqueArray(fc.constantFrom('get', 'post', 'put', 'patch', 'delete'), {
  minLength: 1,
  maxLength: 3,
});

function specOf(entries: [string, string[]][]): Json {
  const paths: Json = {};
  for (const [path, ms] of entries) {
    const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    paths[path] = Object.fromEntries(
      ms.map((m) => [m, { parameters: params, responses: ok(object('pet_id', 'petId', 'id')) }]),
    );
  }
  return { openapi: '3.1.0', info: { title: 't', version: '1' }, paths };
}

it('every operation of any REST or RPC spec gets one role, which its method name and its fake rule agree with (property)', () => {
  let checked = 0;
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.tuple(pathArb, methods), { minLength: 1, maxLength: 8, selector: ([p]) => p }),
      (entries) => {
        let model;
        try {
          model = buildModel(specOf(entries));
        } catch (err) {
          if (err instanceof GeneratorErrors) return; // two operations named alike: refused, nothing to classify
          throw err;
        }
        expect(model.operations).toHaveLength(entries.reduce((n, [, ms]) => n + ms.length, 0));
        const index = indexPaths(entries.map(([p]) => p));
        for (const op of model.operations) {
          expect(op.role.kind).toBe(readPath(op.path, index).style);
          if (op.resource) {
            expect(op.resource.action).toBe(op.role.action);
            expect(op.resource.collection).toBe(op.role.collection);
            if (op.role.idField !== undefined) expect(op.resource.id).toBe(op.role.idField);
          }
          // Named by the role, unless a clash added the path parameters (`updateById`).
          expect(op.methodName === pathName(op) || op.methodName.startsWith(`${pathName(op)}By`)).toBe(true);
          checked++;
        }
      },
    ),
    { numRuns: Number(process.env.FUZZ_RUNS ?? 200), seed: 30 },
  );
  expect(checked).toBeGreaterThan(200);
});

it("every operation of the project's spec and the fixture specs gets one role, whose action is its fake rule's", () => {
  // Each holds its $refs within itself: the model reads it as the bundle would give it.
  const specs = [
    'spec/openapi.yaml',
    ...readdirSync(join(ROOT, 'test/fixtures'))
      .filter((f) => f.endsWith('.yaml') && !f.includes('redocly'))
      .map((f) => `test/fixtures/${f}`),
  ];
  let resources = 0;
  const paged: string[] = [];
  const waiting: string[] = [];
  for (const specPath of specs) {
    const doc = loadSpec(join(ROOT, specPath));
    const model = buildModel(doc);
    const methodsInSpec = Object.values<Json>(doc.paths).flatMap((item) =>
      ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'].filter((m) => item[m]),
    );
    const grouped = model.operations.reduce((n, op) => n + 1 + op.alternativeMethods.length, 0);
    expect([specPath, grouped]).toEqual([specPath, methodsInSpec.length]);
    for (const op of model.operations) {
      expect(op.role).toEqual(expect.objectContaining({ kind: expect.any(String), verb: expect.any(String) }));
      if (op.resource) {
        expect([op.resource.collection, op.resource.action]).toEqual([op.role.collection, op.role.action]);
        resources++;
      }
      // The fake rule's actions come from the role alone: no role action, no rule.
      if (op.role.action === undefined) expect(op.resource).toBeUndefined();
      if (op.role.paginated) paged.push(op.name);
      if (op.role.returnsAttempt) waiting.push(op.name);
      // A method that waits for its attempt never pages.
      expect(op.role.paginated && op.role.returnsAttempt).toBe(false);
    }
  }
  expect(resources).toBeGreaterThan(10);
  // The project's spec has lists that page and methods that wait (the paging fixture more lists).
  expect(paged.length).toBeGreaterThan(1);
  expect(waiting.length).toBeGreaterThan(0);
});

it('only the classify pass reads a path as REST or RPC: neither the namer nor the fake rule does', () => {
  const readers = ['scripts/generator', 'src']
    .flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f)))
    .filter((f) => f.endsWith('.ts') && /\breadPath\(/.test(readFileSync(join(ROOT, f), 'utf8')));
  expect(readers.sort()).toEqual(['scripts/generator/model/classify.ts', 'src/openapi/paths.ts']);
});
