// The promised shape of a success value (src/runtime/shape.ts), read off its response schema:
// the fields every variant requires, each with its `typeof`, or with its values when the schema
// fixes them (a `const`, or the tags of a discriminator). An `enum` elsewhere is checked by its
// type only, so that a value the API adds later does not turn a success into an error.
import type { ResponseShape } from '../../src/runtime/shape.js';
import { isObject, isPrimitive } from '../../src/openapi/json.js';

/** A schema object of the spec, looked into by keyword: each keyword is unknown until checked. */
type SchemaNode = { readonly [keyword: string]: unknown };
type Rule = string | unknown[];
type Shape = Record<string, Rule>;

const TYPEOF: Record<string, string> = {
  string: 'string',
  number: 'number',
  integer: 'number',
  boolean: 'boolean',
  object: 'object',
};

/** The rule for one required field, or undefined when nothing simple can be said of it. */
function ruleOf(node: unknown, isTag: boolean): Rule | undefined {
  if (!isObject(node)) return undefined;
  const prop = node as SchemaNode;
  if (prop.nullable === true) return undefined;
  if ('const' in prop) return isPrimitive(prop.const) ? [prop.const] : undefined;
  if (isTag && Array.isArray(prop.enum) && prop.enum.every(isPrimitive)) return [...prop.enum];
  const types: unknown[] = Array.isArray(prop.type)
    ? prop.type
    : [prop.type ?? (isObject(prop.properties) ? 'object' : undefined)];
  // A type that is no string names no entry (undefined), as it did untyped.
  return types.length === 1 ? TYPEOF[types[0] as string] : undefined;
}

/** Fields two variants both require, with a rule both allow. */
function common(a: Shape, b: Shape): Shape {
  const out: Shape = {};
  for (const [field, rule] of Object.entries(a)) {
    const other = b[field];
    if (Array.isArray(rule) && Array.isArray(other)) out[field] = [...new Set([...rule, ...other])];
    else if (other !== undefined && rule === other) out[field] = rule;
  }
  return out;
}

/** The shape of values of `node`, or undefined when it need not be an object. */
export function shapeOf(
  node: unknown,
  deref: (node: unknown) => unknown,
  tag?: unknown,
  depth = 0,
): ResponseShape | undefined {
  const found = deref(node);
  if (!isObject(found) || depth > 8) return undefined;
  const schema = found as SchemaNode;
  const variants: unknown[] | undefined =
    Array.isArray(schema.oneOf) && schema.oneOf.length
      ? schema.oneOf
      : Array.isArray(schema.anyOf) && schema.anyOf.length
        ? schema.anyOf
        : undefined;
  if (variants) {
    const shapes = variants.map((v) =>
      shapeOf(v, deref, (schema.discriminator as SchemaNode | null | undefined)?.propertyName, depth + 1),
    );
    return shapes.every((s) => s !== undefined) ? shapes.reduce((a, b) => common(a as Shape, b as Shape)) : undefined;
  }
  if (Array.isArray(schema.allOf) && schema.allOf.length) {
    const parts = schema.allOf.map((p: unknown) => shapeOf(p, deref, tag, depth + 1)).filter(Boolean);
    return parts.length ? Object.assign({}, ...parts) : undefined;
  }
  const type = Array.isArray(schema.type)
    ? schema.type
    : [schema.type ?? (isObject(schema.properties) ? 'object' : undefined)];
  if (type.length !== 1 || type[0] !== 'object' || schema.nullable === true) return undefined;
  const shape: Shape = {};
  for (const field of Array.isArray(schema.required) ? schema.required : []) {
    const rule = ruleOf(deref((schema.properties as SchemaNode | null | undefined)?.[field]), field === tag);
    if (rule !== undefined) shape[field] = rule;
  }
  return shape;
}
