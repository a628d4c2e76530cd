// The action attempt an operation's answer holds: which property holds it, and what a method that
// waits for it resolves to (the attempt's success variant).
import { isNode, isObjectNode } from '../document.js';
import type { SchemaRef, SpecReader } from './reader.js';
import type { OperationModel } from './types.js';

/** The body's property that holds an action attempt: its schema (or every variant of it) has an `action_attempt_id`. */
export function attemptPropertyOf(spec: SpecReader, body: SchemaRef, at: string): string | undefined {
  const schema = spec.deref(body, at);
  if (!isObjectNode(schema) || !isObjectNode(schema.properties)) return undefined;
  const properties = schema.properties;
  return Object.keys(properties).find((name) => {
    const variants = spec.variantsOf(properties[name], at);
    const shapes = variants.length > 0 ? variants.map((v) => v.properties) : [spec.propertiesOf(properties[name], at)];
    return shapes.every((fields) => fields.some((f) => f.name === 'action_attempt_id'));
  });
}

/** A schema's fixed values for a property: its `const`, or its `enum`. */
const fixedValues = (spec: SpecReader, schema: SchemaRef, property: string, at: string): unknown[] | undefined => {
  const properties = isNode(schema) ? schema.properties : undefined;
  const node = spec.deref(isNode(properties) ? properties[property] : undefined, at);
  if (!isNode(node)) return undefined;
  return node.const !== undefined ? [node.const] : Array.isArray(node.enum) ? node.enum : undefined;
};

/**
 * What a method that waits resolves to: the attempt's variant whose `status` is `success` (and,
 * among many action types, whose `action_type` is the operation's), as the runtime's Succeeded<T, A>
 * picks it, with a value of it for the docs built from its schema. Without such a variant the method
 * resolves to the attempt's type as a whole, and there is none.
 */
export function waitedOf(
  spec: SpecReader,
  keyed: SchemaRef,
  at: string,
  actionType: string | undefined,
): OperationModel['waited'] {
  const schema = spec.schemaOf(keyed, at);
  const list = Array.isArray(schema.oneOf) ? schema.oneOf : Array.isArray(schema.anyOf) ? schema.anyOf : undefined;
  if (!list) return undefined;
  const variants = list.map((v) => spec.deref(v, at));
  const succeeded = variants.filter((v) => fixedValues(spec, v, 'status', at)?.includes('success'));
  const chosen =
    succeeded.find((v) => actionType !== undefined && fixedValues(spec, v, 'action_type', at)?.includes(actionType)) ??
    succeeded[0];
  if (!chosen) return undefined;
  return { variant: 'success', sample: spec.sampleOf(chosen, at) };
}
