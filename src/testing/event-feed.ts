// What the fake does with the events its state changes cause, as the vendor's rules declare them
// (events.ts): keep them in the rules' events collection (the newest `maxEvents`), which the spec's
// list of events serves when the spec has it, and send them to every webhook: those the test
// registered on the kit, and those made through the spec's own operations (items of the rules'
// webhooks collection with a url and a secret). Rules that declare no events leave the fake silent.
import { eventFor, eventSchemas, type EventRules, type FakeEvent } from './events.js';
import type { Store } from './store.js';
import { randomUUID } from './uuid.js';
import { checkEndpoint, WebhookDispatcher, type WebhookEndpoint, type WebhookOptions } from './webhook-delivery.js';

export interface EventFeedOptions {
  webhooks?: readonly WebhookEndpoint[];
  webhookOptions?: WebhookOptions;
  maxEvents?: number;
}

export function attachEventFeed(
  spec: unknown,
  store: Store,
  rules: EventRules | undefined,
  credentials: Readonly<Record<string, string>>,
  options: EventFeedOptions = {},
) {
  const dispatcher = new WebhookDispatcher(options.webhookOptions);
  for (const endpoint of options.webhooks ?? []) dispatcher.add(endpoint);
  if (!rules) return { events: new Map<string, FakeEvent>(), dispatcher };
  const schemas = eventSchemas(spec, rules.typeField);
  const events = store.collections.of<FakeEvent>(rules.collection);
  const maxEvents = options.maxEvents ?? 1000;

  /**
   * Webhooks made through the spec's own operations, when it has them; those off loopback are
   * skipped, and so are those planted from the spec's examples (a URL the test did not register).
   */
  const specWebhooks = (): WebhookEndpoint[] =>
    rules.webhooks === undefined
      ? []
      : [...store.collections.of(rules.webhooks).values()].flatMap((w) => {
          if (typeof w.url !== 'string' || typeof w.secret !== 'string' || store.planted.has(w)) return [];
          try {
            return [checkEndpoint({ url: w.url, secret: w.secret }, options.webhookOptions?.allowAnyHost ?? false)];
          } catch {
            return [];
          }
        });

  store.onChange = (change) => {
    const event = eventFor(spec, schemas, rules, change, credentials);
    if (!event) return;
    const id = typeof event[rules.idField] === 'string' ? (event[rules.idField] as string) : randomUUID();
    events.set(id, event);
    // A Map keeps insertion order: the first key is the oldest event.
    while (events.size > maxEvents) events.delete(events.keys().next().value!);
    dispatcher.dispatch(event, { id, type: String(event[rules.typeField]) }, specWebhooks());
  };
  return { events, dispatcher };
}
