// The Markdown output: generated/docs/, an index, one page per documented operation and, for a
// spec with events, the events page.
import { eventsPage } from '../events/docs.js';
import type { OutputPlugin } from '../plugin.js';
import { emitDocs } from './emit-docs.js';

export const markdown: OutputPlugin = {
  name: 'markdown',
  writes: ['docs/index.md', 'docs/*.md', 'docs/events.md'],
  emit: (model, { headers, events }) => {
    const docs = emitDocs(model, headers.md);
    if (events) {
      docs.set('docs/events.md', `${headers.md}\n\n${eventsPage(model, events)}`);
      docs.set(
        'docs/index.md',
        `${docs.get('docs/index.md')}\nThe events the API sends, and how to receive them as webhooks: [Events](./events.md).\n`,
      );
    }
    return docs;
  },
};
