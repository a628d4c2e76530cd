// A shortcut for the examples check (examples.ts): most examples are valid, and compiling an ajv
// validator to learn that is what costs. vouch() says "valid" only when it is sure ajv, set up as
// Redocly sets it up, would say so too: for schemas made of a few plain keywords, through the whole
// schema (what ajv would refuse to compile anywhere in it makes vouch() unsure); anything else
// (oneOf, anyOf, an allOf of several, readOnly, tuples, unknown formats, an extra property that ajv's
// default `unevaluatedProperties: false` may refuse) is "unsure", and the example goes to ajv as before.
import { fullFormats, type DefinedFormats } from 'ajv-formats/dist/formats.js';
import { isNode, type Node, type OpenApiDocument, type SchemaObject } from './document.js';
import { isObject, isPrimitive } from '../../src/openapi/json.js';
import { linearPattern, type LinearPattern } from '../../src/openapi/pattern.js';
import { follow } from '../../src/openapi/refs.js';

/** One of ajv-formats' formats: a RegExp, a function, a definition, or `true` for one that only names a type. */
type Format = DefinedFormats[keyof DefinedFormats];

const ANNOTATIONS = new Set([
  'title',
  'description',
  'default',
  'example',
  'examples',
  'deprecated',
  'externalDocs',
  'xml',
  '$comment',
]);
/** The keywords whose value must be a number. */
const NUMERIC = [
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
] as const;
const CHECKS = new Set([
  'type',
  'nullable',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'enum',
  'const',
  'format',
  ...NUMERIC,
  'uniqueItems',
  'pattern',
  '$ref',
  'allOf',
  'readOnly',
  'writeOnly',
]);
const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null', 'array', 'object']);

/** Vouches for examples of one bundled document. */
export class Voucher {
  readonly #plain = new Map<unknown, boolean>();
  readonly #patterns = new Map<string, LinearPattern | undefined>();

  constructor(private readonly doc: OpenApiDocument) {}

  /** True only when ajv would find `value` valid against `schema`, in a request's or a response's example. */
  valid(schema: unknown, value: unknown, context: 'request' | 'response'): boolean {
    return this.#plainSchema(schema, new Set()) && this.#check(schema, value, 0, context);
  }

  #pattern(source: string): LinearPattern | undefined {
    if (!this.#patterns.has(source)) {
      let re: LinearPattern | undefined;
      try {
        re = linearPattern(source); // as ajv compiles it (examples.ts)
      } catch {
        re = undefined;
      }
      this.#patterns.set(source, re);
    }
    return this.#patterns.get(source);
  }

  /** Whether every part of the schema, wherever it leads, uses only keywords this file understands, well formed. */
  #plainSchema(schema: unknown, visiting: Set<unknown>): boolean {
    if (schema === true || (isObject(schema) && Object.keys(schema).length === 0)) return true;
    if (!isNode(schema)) return false;
    const known = this.#plain.get(schema);
    if (known !== undefined) return known;
    if (visiting.has(schema)) return true; // a cycle is as plain as the rest of it
    visiting.add(schema);
    const ok = this.#plainNode(schema, visiting);
    visiting.delete(schema);
    this.#plain.set(schema, ok);
    return ok;
  }

  /** Every keyword of an untrusted schema checked for its form: each is unknown until then. */
  #plainNode(s: Node, visiting: Set<unknown>): boolean {
    for (const key of Object.keys(s))
      if (!CHECKS.has(key) && !ANNOTATIONS.has(key) && !key.startsWith('x-')) return false;
    if (s.$ref !== undefined) {
      // Siblings of $ref mean different things in draft 4 and 2020-12: not vouched for.
      if (
        typeof s.$ref !== 'string' ||
        !s.$ref.startsWith('#') ||
        Object.keys(s).some((k) => CHECKS.has(k) && k !== '$ref')
      )
        return false;
      const target = follow(this.doc, s);
      return target.pointer !== undefined && this.#plainSchema(target.node, visiting);
    }
    const types: unknown[] = s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
    if (!types.every((t) => typeof t === 'string' && TYPES.has(t))) return false;
    if (
      s.nullable !== undefined &&
      (types.length === 0 || typeof s.nullable !== 'boolean' || (s.nullable === false && types.includes('null')))
    )
      return false;
    for (const key of NUMERIC) {
      if (s[key] !== undefined && typeof s[key] !== 'number') return false;
    }
    if (s.uniqueItems !== undefined && typeof s.uniqueItems !== 'boolean') return false;
    if (s.pattern !== undefined && (typeof s.pattern !== 'string' || !this.#pattern(s.pattern))) return false;
    if (
      (s.readOnly !== undefined && typeof s.readOnly !== 'boolean') ||
      (s.writeOnly !== undefined && typeof s.writeOnly !== 'boolean')
    )
      return false;
    if (s.format !== undefined && (typeof s.format !== 'string' || !(s.format in fullFormats))) return false;
    if (s.enum !== undefined && !(Array.isArray(s.enum) && s.enum.every(isPrimitive))) return false;
    if (s.const !== undefined && !isPrimitive(s.const)) return false;
    if (
      s.required !== undefined &&
      !(Array.isArray(s.required) && s.required.every((r: unknown) => typeof r === 'string'))
    )
      return false;
    if (
      s.properties !== undefined &&
      !(isObject(s.properties) && Object.values(s.properties).every((p) => this.#plainSchema(p, visiting)))
    )
      return false;
    if (s.items !== undefined && !this.#plainSchema(s.items, visiting)) return false;
    // An allOf of one schema, as specs wrap a $ref to give it a description: held to that schema
    // alone, and more strictly than ajv holds it (ajv lets an allOf variant have extra properties).
    if (
      s.allOf !== undefined &&
      !(Array.isArray(s.allOf) && s.allOf.length === 1 && this.#plainSchema(s.allOf[0], visiting))
    )
      return false;
    const extra = s.additionalProperties;
    return extra === undefined || typeof extra === 'boolean' || this.#plainSchema(extra, visiting);
  }

  #check(schema: unknown, value: unknown, depth: number, context: 'request' | 'response'): boolean {
    if (depth > 64) return false;
    if (schema === true || !isObject(schema)) return schema === true || isObject(schema);
    // #plainSchema has vouched for the form of every keyword, wherever the schema leads.
    const s = schema as SchemaObject;
    if (s.$ref !== undefined) return this.#check(follow(this.doc, s).node, value, depth + 1, context);
    if (s.allOf !== undefined && !this.#check(s.allOf[0], value, depth + 1, context)) return false;
    // Redocly's ajv refuses a readOnly value in a request and a writeOnly one in a response.
    if ((s.readOnly === true && context === 'request') || (s.writeOnly === true && context === 'response'))
      return false;
    if (s.type !== undefined) {
      const types: string[] = Array.isArray(s.type) ? s.type : [s.type];
      const nullable = 'nullable' in s && s.nullable === true;
      if (!(types.some((t) => hasType(t, value)) || (nullable && value === null))) return false;
    }
    if (s.enum !== undefined && !s.enum.includes(value)) return false;
    if ('const' in s && s.const !== undefined && s.const !== value) return false;
    if (typeof value === 'number') {
      if ((s.minimum !== undefined && value < s.minimum) || (s.maximum !== undefined && value > s.maximum))
        return false;
    }
    if (typeof value === 'string') {
      const length = [...value].length; // code points, as ajv counts them
      if ((s.minLength !== undefined && length < s.minLength) || (s.maxLength !== undefined && length > s.maxLength))
        return false;
      if (s.pattern !== undefined && !this.#pattern(s.pattern)!.test(value)) return false;
    }
    if (s.format !== undefined && !formatHolds(s.format, value)) return false;
    if (Array.isArray(value)) {
      if (
        (s.minItems !== undefined && value.length < s.minItems) ||
        (s.maxItems !== undefined && value.length > s.maxItems)
      )
        return false;
      if (s.items !== undefined && !value.every((item) => this.#check(s.items, item, depth + 1, context))) return false;
      // Distinct primitives only: telling objects apart is ajv's deep equality, left to ajv.
      if (s.uniqueItems === true && !(value.every(isPrimitive) && new Set(value).size === value.length)) return false;
    }
    if (isObject(value)) {
      const count = Object.keys(value).length;
      if (
        (s.minProperties !== undefined && count < s.minProperties) ||
        (s.maxProperties !== undefined && count > s.maxProperties)
      )
        return false;
      if (s.required !== undefined && !s.required.every((name) => value[name] !== undefined)) return false;
      const properties = s.properties ?? {};
      for (const [key, item] of Object.entries(value)) {
        if (Object.hasOwn(properties, key)) {
          if (!this.#check(properties[key], item, depth + 1, context)) return false;
          continue;
        }
        const extra = s.additionalProperties;
        // With properties and no additionalProperties, Redocly's ajv refuses what they do not name.
        if (extra === false || (extra === undefined && s.properties !== undefined)) return false;
        if (extra !== undefined && extra !== true && !this.#check(extra, item, depth + 1, context)) return false;
      }
    }
    return true;
  }
}

function hasType(type: string, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    default:
      return isObject(value);
  }
}

/** ajv-formats' own check, applied as ajv applies it: only to values of the format's type. */
function formatHolds(name: string, value: unknown): boolean {
  // #plainNode let only a name `in fullFormats` through.
  const def = (fullFormats as Record<string, Format>)[name]!;
  if (def === true) return true; // a format that only names a type (`password`, `binary`)
  const definition = typeof def === 'object' && !(def instanceof RegExp) ? def : undefined;
  const type = definition ? (definition.type ?? 'string') : 'string';
  if (typeof value !== type) return true;
  if (definition?.async) return false;
  const check = definition ? definition.validate : def;
  if (check instanceof RegExp) return check.test(value as string);
  // The value has the format's type (checked above), the one its function takes.
  return typeof check === 'function' ? (check as (data: unknown) => boolean)(value) : false;
}
