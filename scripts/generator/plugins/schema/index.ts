// The schema output: generated/schema.ts, the types of every path and component (openapi-typescript).
import type { OutputPlugin } from '../plugin.js';
import { emitSchemaTypes } from './emit-schema.js';

export const schema: OutputPlugin = {
  name: 'schema',
  writes: ['schema.ts'],
  emit: (_model, { document, locate, headers }) =>
    new Map([['schema.ts', `${headers.ts}\n${emitSchemaTypes(document, locate)}`]]),
};
