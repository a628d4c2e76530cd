// A value that fits a schema: its own example, default, const or first enum value, else one built
// from its type. The docs use it where the spec has no example; the testing kit's fake answers
// with it. Pure, so the fake can ship it.
import { isObject } from './json.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** `deref` follows a `$ref` to the schema it names; recursion stops at a depth, so cycles end. */
export function sampleOf(node: Json, deref: (node: Json) => Json, depth = 0): unknown {
  const schema = deref(node);
  if (!isObject(schema) || depth > 6) return undefined;
  const next = (child: Json) => sampleOf(child, deref, depth + 1);
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if (schema.default !== undefined) return schema.default;
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  for (const key of ['oneOf', 'anyOf'] as const) {
    if (Array.isArray(schema[key]) && schema[key].length > 0) return next(schema[key][0]);
  }
  if (Array.isArray(schema.allOf)) return Object.assign({}, ...schema.allOf.map(next).filter(isObject));
  const type = Array.isArray(schema.type) ? schema.type.find((t: string) => t !== 'null') : schema.type;
  if (type === 'object' || (type === undefined && isObject(schema.properties))) {
    const required: string[] = Array.isArray(schema.required) ? schema.required : [];
    const out: Record<string, unknown> = {};
    for (const name of required) out[name] = next(schema.properties?.[name]) ?? 'string';
    return out;
  }
  if (type === 'array') return schema.minItems > 0 ? [next(schema.items)] : [];
  if (type === 'integer' || type === 'number') return typeof schema.minimum === 'number' ? schema.minimum : 1;
  if (type === 'boolean') return true;
  if (type === 'string') return schema.format === 'date-time' ? '2025-01-01T00:00:00Z' : schema.format === 'date' ? '2025-01-01' : 'string';
  return undefined;
}
