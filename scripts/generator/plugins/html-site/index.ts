// The HTML site's output: generated/openapi.yaml, the spec as the HTML docs show it (documented
// operations only, with x-codeSamples), which `npm run docs` (scripts/docs/) renders with Redocly,
// and generated/try-it.json, what its Try-it panel offers of each operation.
import { webhookHandlerExample } from '../events/docs.js';
import type { OutputPlugin } from '../plugin.js';
import { emitOpenApi } from './emit-openapi.js';
import { emitTryIt } from './try-it.js';

export const htmlSite: OutputPlugin = {
  name: 'html-site',
  writes: ['openapi.yaml', 'try-it.json'],
  emit: (model, { document, headers, events }) =>
    new Map([
      [
        'openapi.yaml',
        emitOpenApi(document, model, headers.yaml, events ? webhookHandlerExample(model, events) : undefined),
      ],
      ['try-it.json', emitTryIt(model, headers.text)],
    ]),
};
