// The events the fake's state changes cause, as the vendor's rules declare them (FakeRules.events,
// rules.ts): which event type each change gives and the fields the fake knows of it. Each is built
// to the shape the spec gives its type and kept in the rules' events collection, where the spec's
// list of events (when it has one) reads them. An event type the spec does not describe is never
// made up, and rules that declare no events (NEUTRAL_RULES) make none.
import { isObject } from '../openapi/json.js';
import { deref } from '../openapi/refs.js';
import { sampleOf } from '../openapi/sample.js';
import { randomUUID } from './uuid.js';

/** A change of the fake's state that the vendor's rules may report as an event: its kind, the item it changed, and what else its rule tells. */
export interface StateChange {
  readonly kind: string;
  readonly item: Readonly<Record<string, unknown>>;
  readonly [detail: string]: unknown;
}

/** An event as the fake keeps and sends it: an object of the spec's event schema. */
export type FakeEvent = Readonly<Record<string, unknown>>;

/** What one vendor's API reports as events, which its spec cannot say. */
export interface EventRules {
  /** The collection events are kept in: the one the spec's list of events reads. */
  collection: string;
  /** A collection whose items with a `url` and a `secret` (the webhooks the spec's own operations make) receive every event. */
  webhooks?: string;
  /** The property that names an event's type (the spec's `oneOf` discriminator), and the one that holds its id. */
  typeField: string;
  idField: string;
  /** Which event type each kind of change gives; a kind not named gives none. */
  types: Readonly<Record<string, string>>;
  /** The fields the fake knows of a change, given the fake's credentials; the rest of what the spec requires comes from its schema. */
  fields(change: StateChange, credentials: Readonly<Record<string, string>>): Record<string, unknown>;
}

/** A schema object of the spec, its fields unknown until each is checked. */
type Schema = Record<string, unknown>;

/** Each event type's schema in the spec, from every `oneOf` discriminated by `typeField`. */
export function eventSchemas(spec: unknown, typeField: string): Map<string, Schema> {
  const out = new Map<string, Schema>();
  const components = isObject(spec) ? spec.components : undefined;
  const schemas = isObject(components) && isObject(components.schemas) ? components.schemas : {};
  for (const schema of Object.values(schemas)) {
    if (!isObject(schema) || !Array.isArray(schema.oneOf) || !isObject(schema.discriminator)) continue;
    if (schema.discriminator.propertyName !== typeField) continue;
    for (const raw of schema.oneOf) {
      const variant = deref(spec, raw);
      if (!isObject(variant)) continue;
      const type = deref(spec, isObject(variant.properties) ? variant.properties[typeField] : undefined);
      const name = !isObject(type)
        ? undefined
        : typeof type.const === 'string'
          ? type.const
          : Array.isArray(type.enum) && type.enum.length === 1
            ? type.enum[0]
            : undefined;
      if (typeof name === 'string' && !out.has(name)) out.set(name, variant);
    }
  }
  return out;
}

/** The event a change gives, shaped by the spec's schema for its type; undefined when the rules name none or the spec has no such event. */
export function eventFor(
  spec: unknown,
  schemas: Map<string, Schema>,
  rules: EventRules,
  change: StateChange,
  credentials: Readonly<Record<string, string>>,
): FakeEvent | undefined {
  const type = Object.hasOwn(rules.types, change.kind) ? rules.types[change.kind] : undefined;
  const schema = type === undefined ? undefined : schemas.get(type);
  if (!schema) return undefined;
  const sample = sampleOf(schema, (n) => deref(spec, n));
  const props = isObject(schema.properties) ? schema.properties : {};
  const fields = { [rules.idField]: randomUUID(), ...rules.fields(change, credentials) };
  const known = Object.fromEntries(Object.entries(fields).filter(([k]) => k in props));
  return { ...(isObject(sample) ? sample : {}), ...known, [rules.typeField]: type };
}
