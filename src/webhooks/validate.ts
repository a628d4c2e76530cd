// The light payload check: the body is an object with a string event_type, and has each field the
// spec requires of that event type (or of every event, for a type this package does not know), with
// the JSON type the spec gives. The table is generated (generated/events.ts), so this costs a few
// hundred bytes where a full JSON Schema validator would cost tens of kilobytes; the types do the rest.
import { commonEventFields, eventFields, type AnyEvent } from '../../generated/events.js';
import { SeamWebhookVerificationError } from './errors.js';

const KIND: Record<string, (v: unknown) => boolean> = {
  s: (v) => typeof v === 'string',
  n: (v) => typeof v === 'number',
  b: (v) => typeof v === 'boolean',
  o: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  a: Array.isArray,
  '*': () => true,
};

const has = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

function check(event: Record<string, unknown>, fields: { readonly [field: string]: string }): void {
  for (const name of Object.keys(fields)) {
    const code = fields[name]!;
    const value = event[name];
    const ok =
      has(event, name) && ((code.endsWith('?') && value === null) || (KIND[code.charAt(0)] ?? KIND['*']!)(value));
    if (!ok)
      throw new SeamWebhookVerificationError(
        'invalid_payload',
        `field "${name}" of a ${String(event.event_type)} event is missing or of the wrong type`,
      );
  }
}

export function validateEvent(value: unknown): AnyEvent {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SeamWebhookVerificationError('invalid_payload', 'the body is not a JSON object');
  }
  const event = value as Record<string, unknown>;
  if (typeof event.event_type !== 'string')
    throw new SeamWebhookVerificationError('invalid_payload', 'the body has no string event_type');
  check(event, commonEventFields);
  if (has(eventFields, event.event_type)) check(event, eventFields[event.event_type]!);
  return event as AnyEvent;
}
