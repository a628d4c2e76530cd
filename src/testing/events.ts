// The events the fake's state changes cause, as declared rules (EVENT_RULES), built to the shape the
// spec gives each event type and kept in the `/events` collection, where the spec's `/events/list`
// (when it has one) lists them. An event type the spec does not describe is never made up.
import { isObject } from '../openapi/json.js';
import { deref } from '../openapi/refs.js';
import { sampleOf } from '../openapi/sample.js';
import { randomUUID } from './uuid.js';

/** A change of the fake's state that Seam reports as an event. */
export type StateChange =
  | {
      kind: 'access_code_updated';
      code: Readonly<Record<string, unknown>>;
      changed: Array<{ property: string; from: unknown; to: unknown }>;
    }
  | { kind: 'update_succeeded'; code: Readonly<Record<string, unknown>> }
  | { kind: 'update_failed'; code: Readonly<Record<string, unknown>>; error: { type: string; message: string } };

/**
 * Which event each change gives, as Seam sends them: an update accepted gives access_code.changed;
 * its attempt succeeding gives access_code.set_on_device, failing access_code.failed_to_set_on_device.
 */
export const EVENT_RULES: Readonly<Record<StateChange['kind'], string>> = {
  access_code_updated: 'access_code.changed',
  update_succeeded: 'access_code.set_on_device',
  update_failed: 'access_code.failed_to_set_on_device',
};

/** The collection events live in: the one the spec's `/events/list` reads, by Seam's path convention. */
export const EVENTS = '/events';

/** A schema object of the spec, its fields unknown until each is checked. */
type Schema = Record<string, unknown>;

export type FakeEvent = Readonly<Record<string, unknown>> & { readonly event_id: string; readonly event_type: string };

/** Each event type's schema in the spec, from every `oneOf` discriminated by event_type. */
export function eventSchemas(spec: unknown): Map<string, Schema> {
  const out = new Map<string, Schema>();
  const components = isObject(spec) ? spec.components : undefined;
  const schemas = isObject(components) && isObject(components.schemas) ? components.schemas : {};
  for (const schema of Object.values(schemas)) {
    if (!isObject(schema) || !Array.isArray(schema.oneOf) || !isObject(schema.discriminator)) continue;
    if (schema.discriminator.propertyName !== 'event_type') continue;
    for (const raw of schema.oneOf) {
      const variant = deref(spec, raw);
      if (!isObject(variant)) continue;
      const type = deref(spec, isObject(variant.properties) ? variant.properties.event_type : undefined);
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

const stringOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** The fields the fake knows for a change; the rest of what the spec requires comes from its schema. */
function knownFields(change: StateChange, workspaceId: string): Record<string, unknown> {
  const now = new Date().toISOString();
  const code = change.code;
  const fields: Record<string, unknown> = {
    event_id: randomUUID(),
    workspace_id: workspaceId,
    created_at: now,
    occurred_at: now,
    access_code_id: code.access_code_id,
    device_id: code.device_id,
  };
  if (change.kind === 'access_code_updated') {
    fields.changed_properties = change.changed.map((c) => ({
      property: c.property,
      from: stringOrNull(c.from),
      to: stringOrNull(c.to),
    }));
  }
  if (change.kind === 'update_succeeded' && typeof code.code === 'string') fields.code = code.code;
  if (change.kind === 'update_failed') {
    for (const list of [
      'connected_account_errors',
      'connected_account_warnings',
      'device_errors',
      'device_warnings',
      'access_code_warnings',
    ])
      fields[list] = [];
    fields.access_code_errors = [{ error_code: change.error.type, message: change.error.message, created_at: now }];
  }
  return fields;
}

/** The event a change gives, shaped by the spec's schema for its type; undefined when the spec has no such event. */
export function eventFor(
  spec: unknown,
  schemas: Map<string, Schema>,
  change: StateChange,
  workspaceId: string,
): FakeEvent | undefined {
  const type = EVENT_RULES[change.kind];
  const schema = schemas.get(type);
  if (!schema) return undefined;
  const sample = sampleOf(schema, (n) => deref(spec, n));
  const props = isObject(schema.properties) ? schema.properties : {};
  const known = Object.fromEntries(Object.entries(knownFields(change, workspaceId)).filter(([k]) => k in props));
  return { ...(isObject(sample) ? sample : {}), ...known, event_type: type } as FakeEvent;
}
