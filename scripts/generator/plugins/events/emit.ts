// generated/events.ts: the spec's events as types, a guard per event_type, and the table of
// required fields the webhook verifier's light check reads (src/webhooks/validate.ts). Types come
// from generated/schema.ts (openapi-typescript), so an event has exactly the shape the spec gives.
import type { EventsModel, FieldKind } from './model.js';
import { DISCRIMINATOR } from './model.js';

const jsdoc = (text: string, indent = ''): string[] => {
  const lines = text.replace(/\*\//g, '*\\/').split('\n');
  return [`${indent}/**`, ...lines.map((l) => `${indent} *${l ? ` ${l}` : ''}`), `${indent} */`];
};

const KIND_CODES: Record<FieldKind, string> = {
  string: 's',
  number: 'n',
  boolean: 'b',
  object: 'o',
  array: 'a',
  any: '*',
};

type Codes = Record<string, string>;

/** `{"event_id":"s","from":"s?"}`: each required field's JSON type, `?` where null is allowed too. */
const fieldCodes = (required: EventsModel['events'][number]['required']): Codes =>
  Object.fromEntries(
    Object.entries(required).map(([name, { kind, nullable }]) => [
      name,
      KIND_CODES[kind] + (nullable && kind !== 'any' ? '?' : ''),
    ]),
  );

/** The fields (with their codes) that every event requires alike. */
const commonFields = (all: Codes[]): Codes =>
  Object.fromEntries(Object.entries(all[0] ?? {}).filter(([name, code]) => all.every((f) => f[name] === code)));

const omit = (codes: Codes, common: Codes): Codes =>
  Object.fromEntries(Object.entries(codes).filter(([name]) => !(name in common)));

export function emitEvents(events: EventsModel, header: string): string {
  const imports = [
    ...(events.unionType.includes('components[') ? ['components'] : []),
    ...(events.unionType.includes('webhooks[') ? ['webhooks'] : []),
  ];
  const d = JSON.stringify(DISCRIMINATOR);
  const common = commonFields(events.events.map((e) => fieldCodes(e.required)));
  const lines = [
    header,
    `import type { ${imports.join(', ')} } from './schema.js';`,
    '',
    ...jsdoc(`Every event the spec describes (${events.source}), told apart by \`${DISCRIMINATOR}\`.`),
    `export type ApiEvent = ${events.unionType};`,
    '',
    ...jsdoc(`The \`${DISCRIMINATOR}\` of every event the spec describes.`),
    `export type EventType = ApiEvent[${d}];`,
    '',
    ...jsdoc(
      `An event whose \`${DISCRIMINATOR}\` this version of the package does not know (one a newer API added):\npassed through as it came, never refused. Narrow with \`isKnownEvent\` before a switch on \`${DISCRIMINATOR}\`.`,
    ),
    `export interface UnknownEvent {\n  readonly ${DISCRIMINATOR}: string;\n  readonly [field: string]: unknown;\n}`,
    '',
    ...jsdoc('What a webhook may deliver: a known event, or an unknown one from a newer API.'),
    'export type AnyEvent = ApiEvent | UnknownEvent;',
    '',
  ];
  for (const e of events.events) {
    lines.push(
      ...jsdoc(e.description || `The \`${e.eventType}\` event.`),
      `export type ${e.typeName} = ${e.schemaType};`,
      '',
    );
  }
  lines.push(
    ...jsdoc('Each known event type, in spec order.'),
    `export const eventTypes: readonly EventType[] = ${JSON.stringify(events.events.map((e) => e.eventType))};`,
    '',
    ...jsdoc(
      "The fields every event requires, and the JSON type of each (s string, n number, b boolean, o object,\na array, * anything; `?`: null allowed too): the webhook verifier's light check, for unknown event types too.",
    ),
    `export const commonEventFields: { readonly [field: string]: string } = ${JSON.stringify(common)};`,
    '',
    ...jsdoc('What each known event type requires besides the common fields, in the same notation.'),
    'export const eventFields: { readonly [eventType: string]: { readonly [field: string]: string } } = {',
    ...events.events.map(
      (e) => `  ${JSON.stringify(e.eventType)}: ${JSON.stringify(omit(fieldCodes(e.required), common))},`,
    ),
    '};',
    '',
    ...jsdoc(
      `Whether \`event\` is one of the events the spec describes; then a switch on \`${DISCRIMINATOR}\` narrows it.`,
    ),
    `export function isKnownEvent(event: AnyEvent): event is ApiEvent {\n  return Object.prototype.hasOwnProperty.call(eventFields, event.${DISCRIMINATOR});\n}`,
    '',
  );
  for (const e of events.events) {
    lines.push(
      ...jsdoc(`Whether \`event\` is \`${e.eventType}\`.`),
      `export function ${e.guardName}(event: AnyEvent): event is ${e.typeName} {\n  return event.${DISCRIMINATOR} === ${JSON.stringify(e.eventType)};\n}`,
      '',
    );
  }
  return lines.join('\n');
}
