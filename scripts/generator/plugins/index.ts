// The outputs `npm run generate` writes, in the order they run (each a timed step of the pipeline).
// A new output is a folder beside these, whose index.ts exports an OutputPlugin, and one line here.
import { client } from './client/index.js';
import { events } from './events/index.js';
import { fakeManifest } from './fake-manifest/index.js';
import { functions } from './functions/index.js';
import { htmlSite } from './html-site/index.js';
import { markdown } from './markdown/index.js';
import type { OutputPlugin } from './plugin.js';
import { schema } from './schema/index.js';

export type { Headers, OutputOptions, OutputPlugin } from './plugin.js';

export const OUTPUTS: readonly OutputPlugin[] = [schema, client, functions, htmlSite, fakeManifest, events, markdown];
