// A value that fits a schema: its own example, default, const or first enum value, else one built
// from its type that passes the schema's checks (format, length, range, a simple pattern). The docs
// use it where the spec has no example, so that every sample is a valid request; the testing kit's
// fake answers with it. Pure, so the fake can ship it.
import { isObject } from './json.js';
import { linearPattern, type LinearPattern } from './pattern.js';

/** A schema object, its fields unknown until each is checked. */
type Schema = Record<string, unknown>;

// One value per format a validator checks (ajv-formats' names), valid under each.
const FORMATS: Record<string, string> = {
  uuid: '3f2d6a4e-8c1b-4e5f-9a7d-0b1c2d3e4f50',
  'date-time': '2025-01-01T00:00:00Z',
  date: '2025-01-01',
  time: '12:00:00Z',
  email: 'user@example.com',
  'idn-email': 'user@example.com',
  uri: 'https://example.com',
  url: 'https://example.com',
  'uri-reference': 'https://example.com',
  iri: 'https://example.com',
  hostname: 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  duration: 'P1D',
  byte: 'c3RyaW5n',
  password: 'password',
};

// The spec is untrusted: a sample is built only up to this length (a `minLength` of 1e12 would
// exhaust memory), and a pattern is tried only on strings this short, where even a pattern that
// backtracks exponentially (`^(\d+)+x$`) ends at once.
const LONGEST_SAMPLE = 256;
const LONGEST_PATTERN_TRIAL = 16;

/** A string of the schema's format, length and (simple) pattern; undefined when none is found. */
function stringSample(schema: Schema): string | undefined {
  // Own formats only: a `format: constructor` is not Object.prototype's.
  const known =
    typeof schema.format === 'string' && Object.hasOwn(FORMATS, schema.format) ? FORMATS[schema.format] : undefined;
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity;
  if (min > LONGEST_SAMPLE) return undefined;
  let pattern: LinearPattern | undefined;
  try {
    pattern =
      typeof schema.pattern === 'string' && min <= LONGEST_PATTERN_TRIAL ? linearPattern(schema.pattern) : undefined;
  } catch {
    pattern = undefined; // a pattern RE2 cannot run: left to the example
  }
  const sized = (base: string): string => {
    let s = base;
    while (s.length < min) s += base;
    return s.slice(0, Math.max(min, Math.min(s.length, max)));
  };
  const candidates = known ? [known] : ['string', '1234', 'abcd', 'ABCD', 'a1b2', 'string-1', '1'].map(sized);
  return candidates.find((c) => c.length >= min && c.length <= max && (!pattern || pattern.test(c)));
}

/** A number within the schema's range, on its multipleOf when it has one. */
function numberSample(schema: Schema, integer: boolean): number {
  const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  const [minimum, maximum] = [num(schema.minimum), num(schema.maximum)];
  // 3.1 writes an exclusive bound as a number; 3.0 as `true` beside minimum or maximum.
  const [exclusiveMinimum, exclusiveMaximum] = [num(schema.exclusiveMinimum), num(schema.exclusiveMaximum)];
  const low =
    exclusiveMinimum !== undefined
      ? exclusiveMinimum + (integer ? 1 : 0.5)
      : schema.exclusiveMinimum === true && minimum !== undefined
        ? minimum + 1
        : minimum;
  const high =
    exclusiveMaximum !== undefined
      ? exclusiveMaximum - (integer ? 1 : 0.5)
      : schema.exclusiveMaximum === true && maximum !== undefined
        ? maximum - 1
        : maximum;
  let value = low !== undefined ? low : high !== undefined && high < 1 ? high : 1;
  if (integer) value = Math.ceil(value);
  const step = typeof schema.multipleOf === 'number' && schema.multipleOf > 0 ? schema.multipleOf : undefined;
  if (step) value = Math.ceil(value / step) * step;
  return value;
}

/** `deref` follows a `$ref` to the schema it names; recursion stops at a depth, so cycles end. */
export function sampleOf(node: unknown, deref: (node: unknown) => unknown, depth = 0): unknown {
  const schema = deref(node);
  if (!isObject(schema) || depth > 6) return undefined;
  const next = (child: unknown) => sampleOf(child, deref, depth + 1);
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if (schema.default !== undefined) return schema.default;
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0)
    return schema.enum.find((v: unknown) => v !== null) ?? schema.enum[0];
  for (const key of ['oneOf', 'anyOf'] as const) {
    const variants = schema[key];
    if (Array.isArray(variants) && variants.length > 0) return next(variants[0]);
  }
  if (Array.isArray(schema.allOf)) return Object.assign({}, ...schema.allOf.map(next).filter(isObject));
  // `type: 'null'` (3.1) has one value; the `?? 'string'` below would make it a string.
  if (
    schema.type === 'null' ||
    (Array.isArray(schema.type) && schema.type.length > 0 && schema.type.every((t: unknown) => t === 'null'))
  )
    return null;
  const type: unknown = Array.isArray(schema.type) ? schema.type.find((t: unknown) => t !== 'null') : schema.type;
  if (type === 'object' || (type === undefined && isObject(schema.properties))) {
    const required = Array.isArray(schema.required) ? schema.required.filter((r) => typeof r === 'string') : [];
    const properties = isObject(schema.properties) ? schema.properties : {};
    const out: Record<string, unknown> = {};
    for (const name of required) {
      const value = next(Object.hasOwn(properties, name) ? properties[name] : undefined);
      out[name] = value === undefined ? 'string' : value;
    }
    return out;
  }
  if (type === 'array') {
    const item = next(schema.items);
    const minItems = typeof schema.minItems === 'number' ? schema.minItems : 0;
    return minItems > 0 ? Array.from({ length: Math.min(minItems, 3) }, () => item) : [];
  }
  if (type === 'integer' || type === 'number') return numberSample(schema, type === 'integer');
  if (type === 'boolean') return true;
  if (type === 'string') return stringSample(schema) ?? 'string';
  return undefined;
}
