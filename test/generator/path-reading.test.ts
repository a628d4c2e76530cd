// One reading of a path as REST or RPC (src/openapi/paths.ts), which both the method names and the
// fake's collections follow: the two agree on which path is an item, a collection or a call.
import { buildModel } from '../../scripts/generator/model/index.js';
import { indexPaths, readPath } from '../../src/openapi/paths.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a spec document built by the test
type Json = any;

const PATHS = [
  '/pets',
  '/pets/{petId}',
  '/pets/{petId}/toys',
  '/access_codes/create',
  '/access_codes/get',
  '/users/{userId}/settings',
  '/files/{name}.json',
];

it('reads items, collections and calls from the paths beside them', () => {
  const index = indexPaths(PATHS);
  expect(readPath('/pets/{petId}', index)).toEqual({
    style: 'item',
    of: { collection: '/pets', param: 'petId', segment: 'pets' },
  });
  expect(readPath('/pets', index)).toEqual({
    style: 'collection',
    collection: '/pets',
    param: 'petId',
    segment: 'pets',
  });
  expect(readPath('/access_codes/create', index)).toEqual({
    style: 'call',
    collection: '/access_codes',
    verb: 'create',
    segment: 'access_codes',
    hasParams: false,
    under: false,
  });
  expect(readPath('/users/{userId}/settings', index)).toMatchObject({
    style: 'call',
    verb: 'settings',
    hasParams: true,
  });
  // A segment that is more than one parameter names no item.
  expect(readPath('/files/{name}.json', index)).toEqual({
    style: 'item',
    of: { collection: '/files', segment: 'files' },
  });
});

it('the method names and the fake collections come from the same reading', () => {
  const pet = { type: 'object', properties: { petId: { type: 'string' } } };
  const answer = (schema: Json) => ({ '200': { description: 'ok', content: { 'application/json': { schema } } } });
  const ok = answer(pet);
  const param = [{ name: 'petId', in: 'path', required: true, schema: { type: 'string' } }];
  const doc: Json = {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: {
      '/pets': { get: { responses: answer({ type: 'array', items: pet }) }, post: { responses: ok } },
      '/pets/{petId}': { get: { parameters: param, responses: ok }, delete: { parameters: param, responses: ok } },
      '/access_codes/create': { post: { responses: ok } },
    },
  };
  const model = buildModel(doc);
  const byName = Object.fromEntries(model.operations.map((o) => [o.name, o.resource?.action]));
  expect(byName).toEqual({
    'pets.list': 'list',
    'pets.create': 'create',
    'pets.get': 'get',
    'pets.delete': 'delete',
    'accessCodes.create': undefined,
  });
});
