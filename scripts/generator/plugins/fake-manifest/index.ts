// The fake's manifest: generated/operations.ts (each operation's routes and the collections the
// fake keeps for it) and generated/openapi.json (the bundled spec the fake validates against).
import type { OutputPlugin } from '../plugin.js';
import { emitOperations, emitSpecJson } from './emit-operations.js';

export const fakeManifest: OutputPlugin = {
  name: 'fake-manifest',
  writes: ['operations.ts', 'openapi.json'],
  emit: (model, { document, headers }) =>
    new Map([
      ['operations.ts', emitOperations(model, headers.ts, document)],
      ['openapi.json', emitSpecJson(document, headers.text)],
    ]),
};
