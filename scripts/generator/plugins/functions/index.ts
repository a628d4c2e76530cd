// The functions output: generated/functions.ts, each operation as a standalone function of a
// ClientCore, so that a bundle keeps only the functions it calls. It takes the client's options.
import { clientOptions } from '../client/config.js';
import type { OutputPlugin } from '../plugin.js';
import { emitFunctions } from './emit-functions.js';

export const functions: OutputPlugin = {
  name: 'functions',
  writes: ['functions.ts'],
  emit: (model, options) => new Map([['functions.ts', emitFunctions(model, clientOptions(options))]]),
};
