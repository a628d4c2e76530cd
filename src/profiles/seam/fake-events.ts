// Seam's events in the fake (the EventRules of src/testing/events.ts): which event each change of
// an access code gives, as Seam sends them, kept in `/events` (what `/events/list` reads) and sent
// to the webhooks `/webhooks/create` makes, with the fields the fake knows of each; the rest of
// what the spec requires of an event comes from its schema.
import type { EventRules, StateChange } from '../../testing/events.js';

/**
 * An update accepted gives access_code.changed; its attempt succeeding gives
 * access_code.set_on_device, failing access_code.failed_to_set_on_device.
 */
export const EVENT_RULES: Readonly<Record<string, string>> = Object.freeze({
  access_code_updated: 'access_code.changed',
  update_succeeded: 'access_code.set_on_device',
  update_failed: 'access_code.failed_to_set_on_device',
});

const stringOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** The fields the fake knows for a change of an access code. */
function knownFields(change: StateChange, credentials: Readonly<Record<string, string>>): Record<string, unknown> {
  const now = new Date().toISOString();
  const code = change.item;
  const fields: Record<string, unknown> = {
    workspace_id: credentials.workspaceId,
    created_at: now,
    occurred_at: now,
    access_code_id: code.access_code_id,
    device_id: code.device_id,
  };
  if (change.kind === 'access_code_updated' && Array.isArray(change.changed)) {
    fields.changed_properties = (change.changed as Array<{ property: string; from: unknown; to: unknown }>).map(
      (c) => ({ property: c.property, from: stringOrNull(c.from), to: stringOrNull(c.to) }),
    );
  }
  if (change.kind === 'update_succeeded' && typeof code.code === 'string') fields.code = code.code;
  if (change.kind === 'update_failed') {
    const error = change.error as { type: string; message: string };
    for (const list of [
      'connected_account_errors',
      'connected_account_warnings',
      'device_errors',
      'device_warnings',
      'access_code_warnings',
    ])
      fields[list] = [];
    fields.access_code_errors = [{ error_code: error.type, message: error.message, created_at: now }];
  }
  return fields;
}

export const seamEvents: EventRules = {
  collection: '/events',
  webhooks: '/webhooks',
  typeField: 'event_type',
  idField: 'event_id',
  types: EVENT_RULES,
  fields: knownFields,
};
