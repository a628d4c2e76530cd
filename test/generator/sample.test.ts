// A sample built from a schema (docs samples, the fake's answers where the spec has no example) is
// valid under that schema, as the fake's own validator (ajv, formats included) judges it.
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import fc from 'fast-check';
import { sampleOf } from '../../src/openapi/sample.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- spec documents and answers, walked freely by the test
type Json = any;
const addFormats = ((formatsModule as unknown as { default?: unknown }).default ?? formatsModule) as unknown as (
  ajv: Ajv2020,
) => void;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const same = (n: Json) => n;
const valid = (schema: Json): boolean => {
  const sample = sampleOf(schema, same);
  const ok = ajv.validate(schema, sample);
  if (!ok) console.error(JSON.stringify(schema), JSON.stringify(sample), ajv.errorsText());
  return ok;
};

it.each(['uuid', 'date-time', 'date', 'time', 'email', 'uri', 'hostname', 'ipv4', 'ipv6', 'duration', 'byte'])(
  'a string of format %s',
  (format) => {
    expect(valid({ type: 'string', format })).toBe(true);
  },
);

it('a PIN as Seam describes it: digits, 4 to 12 long', () => {
  expect(sampleOf({ type: 'string', pattern: '^\\d+$', minLength: 4, maxLength: 12 }, same)).toBe('1234');
});

it('an enum gives its first non-null value; a required object field gets its own sample', () => {
  expect(sampleOf({ type: ['string', 'null'], enum: [null, 'ongoing'] }, same)).toBe('ongoing');
  expect(
    valid({
      type: 'object',
      required: ['id', 'at'],
      properties: { id: { type: 'string', format: 'uuid' }, at: { type: 'string', format: 'date-time' } },
    }),
  ).toBe(true);
});

it('strings of any length bounds and simple patterns, numbers of any range and step, are valid', () => {
  const lengths = fc
    .tuple(fc.nat(40), fc.nat(40))
    .map(([a, b]) => ({ minLength: Math.min(a, b), maxLength: Math.max(a, b) }));
  const pattern = fc.constantFrom(undefined, '^\\d+$', '^[a-z]+$', '^[A-Z]+$', '^[a-z0-9]+$');
  fc.assert(
    fc.property(lengths, pattern, ({ minLength, maxLength }, p) => {
      // A pattern is tried on samples up to 16 long (sample.ts: untrusted patterns may backtrack).
      fc.pre(p === undefined || (maxLength > 0 && minLength <= 16));
      return valid({ type: 'string', minLength, maxLength, ...(p ? { pattern: p } : {}) });
    }),
  );
  const range = fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 1000 }));
  fc.assert(
    fc.property(
      range,
      fc.boolean(),
      fc.constantFrom(undefined, 1, 5, 10),
      fc.boolean(),
      ([low, span], integer, multipleOf, exclusive) => {
        const step = multipleOf ?? 1;
        fc.pre(span >= step * 3);
        const bounds = exclusive
          ? { exclusiveMinimum: low, exclusiveMaximum: low + span }
          : { minimum: low, maximum: low + span };
        return valid({ type: integer ? 'integer' : 'number', ...bounds, ...(multipleOf ? { multipleOf } : {}) });
      },
    ),
  );
});

// A hang here would be the failure: the pattern below backtracks exponentially on a long string of digits.
it('an untrusted schema cannot make the sample costly: a huge minLength, a backtracking pattern, a boolean bound alone', () => {
  expect(sampleOf({ type: 'string', minLength: 1e12 }, same)).toBe('string');
  expect(typeof sampleOf({ type: 'string', pattern: '^(\\d+)+x$', minLength: 4000, maxLength: 5000 }, same)).toBe(
    'string',
  );
  expect(typeof sampleOf({ type: 'string', pattern: '^(\\d+)+x$' }, same)).toBe('string');
  expect(sampleOf({ type: 'integer', exclusiveMinimum: true }, same)).toBe(1);
});
