// The events output: generated/events.ts and generated/docs/events.md, for any spec whose events are
// a `oneOf` discriminated by event_type or OpenAPI 3.1 webhooks; nothing for a spec without.
export { buildEventsModel, DISCRIMINATOR, type EventModel, type EventsModel } from './model.js';
export { emitEvents } from './emit.js';
export { eventsPage, webhookHandlerExample } from './docs.js';
