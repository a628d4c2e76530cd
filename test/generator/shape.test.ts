// The promised shape of a success value, as the generator reads it off a response schema.
import { shapeOf } from '../../scripts/generator/shape.js';
import { misfit } from '../../src/runtime/shape.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- spec documents and answers, walked freely by the test
type Json = any;
const doc: Json = {
  Pending: {
    type: 'object',
    required: ['status', 'id', 'result'],
    properties: { status: { const: 'pending' }, id: { type: 'string' }, result: { type: 'null' } },
  },
  Done: {
    type: 'object',
    required: ['status', 'id', 'result'],
    properties: { status: { const: 'done' }, id: { type: 'string' }, result: { type: 'object' } },
  },
};
const deref = (node: Json) => (typeof node?.$ref === 'string' ? doc[node.$ref.split('/').pop()] : node);

it.each<[string, Json, Json]>([
  [
    'required fields by type; optional and nullable ones left out',
    {
      type: 'object',
      required: ['a', 'n', 'b', 'o', 'x'],
      properties: {
        a: { type: 'string' },
        n: { type: 'integer' },
        b: { type: 'boolean' },
        o: { properties: {} },
        x: { type: ['string', 'null'] },
        opt: { type: 'string' },
      },
    },
    { a: 'string', n: 'number', b: 'boolean', o: 'object' },
  ],
  ['a const is its value', { type: 'object', required: ['ok'], properties: { ok: { const: true } } }, { ok: [true] }],
  [
    'an enum is only its type: a value added later is not an error',
    { type: 'object', required: ['kind'], properties: { kind: { type: 'string', enum: ['a', 'b'] } } },
    { kind: 'string' },
  ],
  [
    'oneOf: the fields every variant requires, tags joined',
    { oneOf: [{ $ref: '#/Pending' }, { $ref: '#/Done' }] },
    { status: ['pending', 'done'], id: 'string' },
  ],
  [
    'a discriminator with enum tags',
    {
      oneOf: [
        { type: 'object', required: ['t'], properties: { t: { type: 'string', enum: ['x'] } } },
        { type: 'object', required: ['t'], properties: { t: { type: 'string', enum: ['y'] } } },
      ],
      discriminator: { propertyName: 't' },
    },
    { t: ['x', 'y'] },
  ],
  [
    'allOf: the parts together',
    {
      allOf: [
        { type: 'object', required: ['a'], properties: { a: { type: 'string' } } },
        { type: 'object', required: ['b'], properties: { b: { const: 1 } } },
      ],
    },
    { a: 'string', b: [1] },
  ],
  ['an object with no required field: just an object', { type: 'object', properties: { a: { type: 'string' } } }, {}],
])('%s', (_case, schema, shape) => {
  expect(shapeOf(schema, deref)).toEqual(shape);
});

it.each<[string, Json]>([
  ['an array', { type: 'array', items: {} }],
  ['a nullable object', { type: ['object', 'null'] }],
  ['a string', { type: 'string' }],
  ['a oneOf with a non-object variant', { oneOf: [{ $ref: '#/Pending' }, { type: 'string' }] }],
  ['nothing at all', {}],
])('%s promises no shape: nothing is checked', (_case, schema) => {
  expect(shapeOf(schema, deref)).toBeUndefined();
});

it('misfit names the first field that breaks the shape', () => {
  const shape = { status: ['pending', 'done'], id: 'string' } as const;
  expect(misfit({ status: 'done', id: 'x', more: 1 }, shape)).toBeUndefined();
  expect(misfit({ status: 'queued', id: 'x' }, shape)).toBe('status is not ["pending","done"]');
  expect(misfit({ status: 'done', id: 7 }, shape)).toBe('id is not "string"');
  for (const value of [null, undefined, 'x', 1, [], true]) expect(misfit(value, shape)).toBe('not an object');
});
