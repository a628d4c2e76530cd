// The functions output: generated/functions.ts, each operation as a standalone function of a
// ClientCore, so that a bundle keeps only the functions it calls.
import type { OutputPlugin } from '../plugin.js';
import { emitFunctions } from './emit-functions.js';

export const functions: OutputPlugin = {
  name: 'functions',
  writes: ['functions.ts'],
  emit: (model, { runtimeImport, headers }) => new Map([['functions.ts', emitFunctions(model, { runtimeImport, header: headers.ts })]]),
};
