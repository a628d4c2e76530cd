// What the fake does with the events its state changes cause: keep them in the `/events` collection
// (the newest `maxEvents`), which the spec's `/events/list` serves when the spec has it, and send
// them to every webhook: those the test registered on the kit, and those made through the spec's
// `/webhooks/create` (items of the `/webhooks` collection with a url and a secret).
import { EVENTS, eventFor, eventSchemas, type FakeEvent } from './events.js';
import type { Store } from './store.js';
import { checkEndpoint, WebhookDispatcher, type WebhookEndpoint, type WebhookOptions } from './webhook-delivery.js';

export interface EventFeedOptions {
  webhooks?: readonly WebhookEndpoint[];
  webhookOptions?: WebhookOptions;
  maxEvents?: number;
}

export function attachEventFeed(spec: unknown, store: Store, workspaceId: string, options: EventFeedOptions = {}) {
  const schemas = eventSchemas(spec);
  const dispatcher = new WebhookDispatcher(options.webhookOptions);
  for (const endpoint of options.webhooks ?? []) dispatcher.add(endpoint);
  const events = store.collections.of<FakeEvent>(EVENTS);
  const maxEvents = options.maxEvents ?? 1000;

  /**
   * Webhooks made through the spec's own operations, when it has them; those off loopback are
   * skipped, and so are those planted from the spec's examples (a URL the test did not register).
   */
  const specWebhooks = (): WebhookEndpoint[] =>
    [...store.collections.of('/webhooks').values()].flatMap((w) => {
      if (typeof w.url !== 'string' || typeof w.secret !== 'string' || store.planted.has(w)) return [];
      try {
        return [checkEndpoint({ url: w.url, secret: w.secret }, options.webhookOptions?.allowAnyHost ?? false)];
      } catch {
        return [];
      }
    });

  store.onChange = (change) => {
    const event = eventFor(spec, schemas, change, workspaceId);
    if (!event) return;
    events.set(event.event_id, event);
    // A Map keeps insertion order: the first key is the oldest event.
    while (events.size > maxEvents) events.delete(events.keys().next().value!);
    dispatcher.dispatch(event, specWebhooks());
  };
  return { events, dispatcher };
}
