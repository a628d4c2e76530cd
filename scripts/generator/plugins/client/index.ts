// The client output: generated/client.ts, one class per namespace whose methods are one-liners
// over the runtime, with each operation's descriptor and request, response and result types.
import type { OutputPlugin } from '../plugin.js';
import { clientOptions } from './config.js';
import { emitClient } from './emit-client.js';

export const client: OutputPlugin = {
  name: 'client',
  writes: ['client.ts'],
  emit: (model, options) => new Map([['client.ts', emitClient(model, clientOptions(options))]]),
};
