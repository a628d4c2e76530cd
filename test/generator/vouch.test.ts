// The examples check's shortcut (scripts/generator/vouch.ts) may only skip ajv where ajv would find
// the example valid: on every spec of the corpus, the findings with it are the findings without it,
// and the cases where ajv's setup differs from plain JSON Schema are left to ajv.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Voucher } from '../../scripts/generator/vouch.js';
import { CORPUS, CORPUS_CONFIG, materializeCorpus } from '../corpus/specs.js';
import { ROOT } from '../helpers/paths.js';

const run = promisify(execFile);

it('finds on every corpus spec exactly what ajv alone finds', async () => {
  let total = 0;
  materializeCorpus(ROOT);
  const queue = [...CORPUS];
  // Two at a time: the machines have two cores.
  await Promise.all(
    [0, 1].map(async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const args = ['scripts/run.mjs', 'test/helpers/example-findings.ts', next.spec, CORPUS_CONFIG];
        const { stdout } = await run(process.execPath, args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
        const { shortcut, full } = JSON.parse(stdout) as { shortcut: string[]; full: string[] };
        expect(shortcut).toEqual(full);
        total += full.length;
      }
    }),
  );
  // Jira and GitHub hold hundreds of invalid examples: two empty lists would prove nothing.
  expect(total).toBeGreaterThan(400);
}, 180_000);

describe('Voucher', () => {
  const doc = {
    openapi: '3.0.3',
    components: {
      schemas: {
        Pet: {
          type: 'object',
          required: ['id'],
          properties: {
            id: { type: 'string', format: 'uuid' },
            age: { type: 'integer', minimum: 0 },
            tag: { type: 'string', nullable: true },
          },
        },
        Wrapped: { allOf: [{ $ref: '#/components/schemas/Pet' }], description: 'A pet, described.' },
        Secret: {
          type: 'object',
          properties: { pin: { type: 'string', writeOnly: true }, id: { type: 'string', readOnly: true } },
        },
      },
    },
  };
  const voucher = new Voucher(doc);
  const pet = { $ref: '#/components/schemas/Pet' };
  const ID = '0b9f1c52-1d3b-4a0c-9c55-4a3b2f1e0d9a';

  it.each<[string, unknown, unknown]>([
    ['a valid object through a $ref', pet, { id: ID, age: 3, tag: null }],
    ['a valid object through an allOf of one', { $ref: '#/components/schemas/Wrapped' }, { id: ID }],
    ['a list of them', { type: 'array', items: pet, maxItems: 2 }, [{ id: ID }, { id: ID, age: 0 }]],
    ['a string of code points', { type: 'string', minLength: 2, maxLength: 2 }, '😀😀'],
    [
      'distinct primitives under uniqueItems',
      { type: 'array', uniqueItems: true, items: { type: 'string' } },
      ['a', 'b', 'c'],
    ],
    ['repeats where uniqueItems is false', { type: 'array', uniqueItems: false }, [1, 1]],
    [
      'an object within its property counts',
      { type: 'object', minProperties: 1, maxProperties: 2, additionalProperties: { type: 'integer' } },
      { a: 1, b: 2 },
    ],
  ])('vouches for %s', (_case, schema, value) => {
    expect(voucher.valid(schema, value, 'response')).toBe(true);
  });

  it.each<[string, unknown, unknown, 'request' | 'response']>([
    [
      'a property the schema does not name (ajv refuses it by default here)',
      pet,
      { id: ID, colour: 'red' },
      'response',
    ],
    ['a wrong format', pet, { id: 'not-a-uuid' }, 'response'],
    ['a missing required property', pet, { age: 1 }, 'response'],
    ['a number below its minimum', pet, { id: ID, age: -1 }, 'response'],
    ['a readOnly value in a request', { $ref: '#/components/schemas/Secret' }, { id: 'x' }, 'request'],
    ['a writeOnly value in a response', { $ref: '#/components/schemas/Secret' }, { pin: '1234' }, 'response'],
    ['nullable without a type (ajv will not compile it)', { nullable: true }, null, 'response'],
    ['a pattern ajv cannot compile', { type: 'string', pattern: '\\p{Foo}' }, 'a', 'response'],
    ['an unknown format', { type: 'string', format: 'colour' }, 'red', 'response'],
    [
      'an unknown keyword deep in the schema, even where the value does not reach',
      { type: 'object', properties: { a: { type: 'string' }, b: { oneOf: [{ type: 'string' }] } } },
      { a: 'x' },
      'response',
    ],
    ['an allOf of two', { allOf: [pet, { type: 'object' }] }, { id: ID }, 'response'],
    ['a $ref with siblings that check', { $ref: '#/components/schemas/Pet', type: 'object' }, { id: ID }, 'response'],
    ['a repeated item under uniqueItems', { type: 'array', uniqueItems: true }, ['a', 'b', 'a'], 'response'],
    [
      'objects under uniqueItems, which only ajv tells apart',
      { type: 'array', uniqueItems: true },
      [{ a: 1 }, { a: 2 }],
      'response',
    ],
    ['uniqueItems that is no boolean', { type: 'array', uniqueItems: 'yes' }, ['a'], 'response'],
    [
      'too many properties',
      { type: 'object', maxProperties: 1, additionalProperties: true },
      { a: 1, b: 2 },
      'response',
    ],
    ['too few properties', { type: 'object', minProperties: 1 }, {}, 'response'],
  ])('leaves %s to ajv', (_case, schema, value, context) => {
    expect(voucher.valid(schema, value, context)).toBe(false);
  });
});
