// The events a spec says its API sends: a `oneOf` discriminated by `event_type` among its schemas
// (Seam's `event`), or else the bodies of its OpenAPI 3.1 `webhooks`. Read once from the bundled
// spec, for every spec: nothing here knows Seam's event names.
import { GeneratorError } from '../../errors.js';
import { isNode, isObjectNode, webhooksOf, type OpenApiDocument, type SchemaObject } from '../../document.js';
import { SpecReader, type SchemaRef } from '../../model/reader.js';
import type { Locate, PropertyModel } from '../../model/types.js';
import { typeIdentifier } from '../../naming/identifiers.js';
import { keysOf, pointerOf } from '../../../../src/openapi/refs.js';

/** The property that tells events apart, as Seam and Standard Webhooks payloads name it. */
export const DISCRIMINATOR = 'event_type';

/** A JSON type the light payload check (src/webhooks/validate.ts) can tell apart. */
export type FieldKind = 'string' | 'number' | 'boolean' | 'object' | 'array' | 'any';

export interface EventModel {
  /** The `event_type` value. */
  eventType: string;
  /** `AccessCodeChangedEvent`. */
  typeName: string;
  /** `isAccessCodeChangedEvent`. */
  guardName: string;
  description: string;
  /** A TypeScript type of generated/schema.ts for this event alone. */
  schemaType: string;
  properties: PropertyModel[];
  /** Required top-level fields and the JSON type each must have (null allowed where the spec allows it). */
  required: Record<string, { kind: FieldKind; nullable: boolean }>;
}

export interface EventsModel {
  /** Where the union was found: a schema's pointer, or `#/webhooks`. */
  source: string;
  /** The TypeScript type of generated/schema.ts for the whole union. */
  unionType: string;
  events: EventModel[];
}

const schemaTypeOf = (pointer: string): string | undefined => {
  const keys = keysOf(pointer);
  return keys.length === 3 && keys[0] === 'components' && keys[1] === 'schemas'
    ? `components["schemas"][${JSON.stringify(keys[2])}]`
    : undefined;
};

function eventTypeOf(spec: SpecReader, variant: SchemaObject | undefined, at: string): string | undefined {
  const properties = variant?.properties;
  const prop = spec.deref(isObjectNode(properties) ? properties[DISCRIMINATOR] : undefined, at);
  if (!isObjectNode(prop)) return undefined;
  if ('const' in prop && typeof prop.const === 'string') return prop.const;
  return Array.isArray(prop.enum) && prop.enum.length === 1 && typeof prop.enum[0] === 'string'
    ? prop.enum[0]
    : undefined;
}

function kindOf(spec: SpecReader, raw: SchemaRef, at: string): { kind: FieldKind; nullable: boolean } {
  const schema = spec.schemaOf(raw, at);
  const types: string[] = Array.isArray(schema.type)
    ? schema.type.map(String)
    : typeof schema.type === 'string'
      ? [schema.type]
      : [];
  const nullable = ('nullable' in schema && schema.nullable === true) || types.includes('null');
  const real = types.filter((t) => t !== 'null');
  if (real.length !== 1) return { kind: 'any', nullable };
  const kind = real[0] === 'integer' ? 'number' : real[0];
  return {
    kind: (['string', 'number', 'boolean', 'object', 'array'] as const).find((k) => k === kind) ?? 'any',
    nullable,
  };
}

function requiredOf(spec: SpecReader, variant: SchemaObject, at: string): EventModel['required'] {
  const props = isObjectNode(variant.properties) ? variant.properties : {};
  const required: string[] = Array.isArray(variant.required)
    ? variant.required.filter((r: unknown) => typeof r === 'string')
    : [];
  return Object.fromEntries(
    required.map((name) => [
      name,
      name in props ? kindOf(spec, props[name], at) : { kind: 'any' as const, nullable: true },
    ]),
  );
}

/** The first schema (by name) that is a `oneOf` discriminated by `event_type`. */
function findUnionSchema(doc: OpenApiDocument): string | undefined {
  const found = doc.components?.schemas;
  const schemas = isObjectNode(found) ? found : {};
  const names = Object.keys(schemas).filter((name) => {
    // Not followed: a schema that is a $ref to the union is not the union.
    const s = schemas[name];
    return (
      isObjectNode(s) &&
      'oneOf' in s &&
      Array.isArray(s.oneOf) &&
      isNode(s.discriminator) &&
      s.discriminator.propertyName === DISCRIMINATOR
    );
  });
  // Seam's name first when there are several; otherwise the first in spec order.
  const name = names.includes('event') ? 'event' : names[0];
  return name === undefined ? undefined : pointerOf('components', 'schemas', name);
}

/** Each webhook's JSON body: [where, the schema node, its type in generated/schema.ts]. */
function webhookBodies(doc: OpenApiDocument, spec: SpecReader): Array<[string, SchemaRef, string]> {
  const found = webhooksOf(doc);
  const hooks = isObjectNode(found) ? found : {};
  return Object.entries(hooks).flatMap(([key, raw]) => {
    const item = spec.deref(raw, pointerOf('webhooks', key));
    const op = isObjectNode(item) && isObjectNode(item.post) ? item.post : undefined;
    const at = pointerOf('webhooks', key, 'post', 'requestBody');
    const body = op ? spec.deref(op.requestBody, at) : undefined;
    const schema = body?.content?.['application/json']?.schema;
    const typeExpr = `NonNullable<webhooks[${JSON.stringify(key)}]["post"]["requestBody"]>["content"]["application/json"]`;
    return schema === undefined ? [] : [[at, schema, typeExpr] as [string, SchemaRef, string]];
  });
}

export function buildEventsModel(doc: OpenApiDocument, locate: Locate = (p) => p): EventsModel | undefined {
  const spec = new SpecReader(doc, locate);
  const variants: Array<{ node: SchemaRef; at: string }> = [];
  let source: string;
  let unionType: string;
  const unionPointer = findUnionSchema(doc);
  if (unionPointer !== undefined) {
    source = unionPointer;
    unionType = schemaTypeOf(unionPointer)!;
    // findUnionSchema chose it for its `oneOf` list.
    const union = spec.schemaOf({ $ref: unionPointer }, unionPointer);
    union.oneOf?.forEach((v, i) => variants.push({ node: v, at: `${unionPointer}/oneOf/${i}` }));
  } else {
    const bodies = webhookBodies(doc, spec);
    if (bodies.length === 0) return undefined;
    source = '#/webhooks';
    unionType = bodies.map(([, , t]) => t).join(' | ');
    for (const [at, schema] of bodies) {
      const node = spec.deref(schema, at);
      // A webhook whose body is itself a union of events contributes each of them.
      if (isObjectNode(node) && Array.isArray(node.oneOf))
        node.oneOf.forEach((v, i) => variants.push({ node: v, at: `${at}/oneOf/${i}` }));
      else variants.push({ node: schema, at });
    }
  }

  const events = new Map<string, EventModel>();
  const used = new Set<string>();
  for (const { node, at } of variants) {
    const variant = spec.schemaOf(node, at);
    const eventType = eventTypeOf(spec, variant, at);
    // A variant without one fixed event_type cannot be told apart: the union still types it.
    if (eventType === undefined || events.has(eventType)) continue;
    let typeName = `${typeIdentifier(eventType.split(/[^A-Za-z0-9]+/))}Event`;
    for (let n = 2; used.has(typeName); n++) typeName = `${typeIdentifier(eventType.split(/[^A-Za-z0-9]+/))}Event${n}`;
    if (typeName === 'UnknownEvent' || typeName === 'ApiEvent') typeName = `${typeName}Type`;
    used.add(typeName);
    events.set(eventType, {
      eventType,
      typeName,
      guardName: `is${typeName}`,
      description: String(variant.description ?? '').trim(),
      schemaType: `Extract<ApiEvent, { ${DISCRIMINATOR}: ${JSON.stringify(eventType)} }>`,
      properties: spec.propertiesOf(variant, at),
      required: requiredOf(spec, variant, at),
    });
  }
  if (events.size === 0) {
    if (unionPointer === undefined) return undefined;
    throw new GeneratorError(
      'event-union',
      `${unionPointer} is discriminated by ${DISCRIMINATOR}, but no variant has one fixed ${DISCRIMINATOR}`,
      locate(unionPointer),
    );
  }
  return { source, unionType, events: [...events.values()] };
}
