// The generator reads the spec as Redocly's typed OpenAPI document (scripts/generator/document.ts),
// and narrows where the spec is untrusted: what the narrowing helpers let through, where a `$ref`
// leads, and the fields no OpenAPI 3 type names.
import {
  fieldOf,
  followRef,
  isNode,
  isObjectNode,
  webhooksOf,
  type OpenApiDocument,
  type Referenced,
  type SchemaObject,
} from '../../scripts/generator/document.js';
import { extensionsOf, readExtensions, routePathOf } from '../../scripts/generator/model/extensions.js';

const doc: OpenApiDocument = {
  openapi: '3.0.3',
  info: { title: 'T', version: '1' },
  paths: {},
  components: {
    schemas: {
      Pet: { type: 'object', properties: { id: { type: 'string' } } },
      Alias: { $ref: '#/components/schemas/Pet' },
      Chain: { $ref: '#/components/schemas/Alias' },
    },
  },
};

describe('narrowing an untrusted node', () => {
  it.each([null, undefined, 'string', 3, true, [], [{}]])('takes %p for no object', (value) => {
    expect(isNode(value)).toBe(false);
    expect(isObjectNode(value)).toBe(false);
  });

  it('takes a plain object for one, its type kept', () => {
    const schema: Referenced<SchemaObject> | boolean | undefined = { type: 'string' };
    expect(isObjectNode(schema) && schema.type).toBe('string');
    expect(isNode({ a: 1 })).toBe(true);
  });
});

describe('followRef', () => {
  it('gives the node itself, and no pointer, for a node that is no $ref', () => {
    const node = { type: 'string' };
    expect(followRef(doc, node)).toEqual({ node, pointer: undefined });
  });

  it('follows a chain of $refs to its typed target, with the last pointer', () => {
    const { node, pointer } = followRef<SchemaObject>(doc, { $ref: '#/components/schemas/Chain' });
    expect(node?.properties).toEqual({ id: { type: 'string' } });
    expect(pointer).toBe('#/components/schemas/Pet');
  });

  it('refuses a $ref that leads nowhere, by its text', () => {
    expect(() => followRef(doc, { $ref: '#/components/schemas/Gone' })).toThrow(
      'dangling $ref #/components/schemas/Gone',
    );
  });
});

describe('fields no OpenAPI 3 type names', () => {
  it('reads webhooks wherever the key is, 3.0 documents included', () => {
    const hooks = { created: { post: { responses: {} } } };
    expect(webhooksOf({ ...doc, webhooks: hooks } as OpenApiDocument)).toBe(hooks);
    expect(webhooksOf(doc)).toBeUndefined();
  });

  it("reads Swagger 2's version key as unknown", () => {
    expect(fieldOf({ swagger: '2.0' }, 'swagger')).toBe('2.0');
  });

  it('reaches extensions only through the reader, unknown until it checks them', () => {
    const op = { responses: {}, 'x-title': 'Title', 'x-idempotent': true };
    expect(extensionsOf(op)['x-title']).toBe('Title');
    expect(readExtensions(op, '#/paths/~1a/post', (p) => p)).toMatchObject({ title: 'Title', idempotent: true });
    expect(routePathOf({ 'x-route-path': '/pets' })).toBe('/pets');
    const wrong = { responses: {}, 'x-title': 5 };
    expect(() => readExtensions(wrong, '#/p', (p) => p)).toThrow('x-title must be a string, not 5');
  });
});
