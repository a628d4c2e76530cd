// The fake validates OpenAPI 3.0 schemas (Seam's published spec) with a JSON Schema 2020-12 validator.
import { asJsonSchema2020 } from '../../src/openapi/dialect.js';

it('turns nullable and boolean exclusive bounds of a 3.0 document into their 2020-12 forms', () => {
  const doc = {
    openapi: '3.0.0',
    components: {
      schemas: {
        a: { type: 'string', nullable: true, enum: ['x'] },
        n: { type: 'integer', minimum: 0, exclusiveMinimum: true, maximum: 9, exclusiveMaximum: false },
        // A property named `nullable` is a property, not the keyword.
        o: { type: 'object', properties: { nullable: { type: 'boolean' } } },
      },
    },
  };
  const converted = asJsonSchema2020(doc) as { components: { schemas: unknown } };
  expect(converted.components.schemas).toEqual({
    a: { type: ['string', 'null'], enum: ['x', null] },
    n: { type: 'integer', exclusiveMinimum: 0, maximum: 9 },
    o: { type: 'object', properties: { nullable: { type: 'boolean' } } },
  });
});

it('leaves a 3.1 document as it is', () => {
  const doc = { openapi: '3.1.0', components: { schemas: { a: { type: 'string', nullable: true } } } };
  expect(asJsonSchema2020(doc)).toBe(doc);
});
