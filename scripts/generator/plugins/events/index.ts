// The events output: generated/events.ts (each event's type and guard, and the fields the webhook
// verifier's light check requires), for a spec whose events are a `oneOf` discriminated by
// event_type or OpenAPI 3.1 webhooks; nothing for a spec without. The events model is read once by
// the pipeline (model.ts); the Markdown and HTML outputs show the events from it (docs.ts).
import type { OutputPlugin } from '../plugin.js';
import { emitEvents } from './emit.js';

export const events: OutputPlugin = {
  name: 'events',
  writes: ['events.ts'],
  emit: (_model, { events: read, headers }) => new Map(read ? [['events.ts', emitEvents(read, headers.ts)]] : []),
};
