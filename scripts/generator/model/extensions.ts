// The spec extensions the model reads on operations, and the type each must have.
import { GeneratorError } from '../errors.js';
import type { RawOperation } from './grouping.js';
import type { Locate } from './types.js';

/** Checks an extension's type; a wrong one is an error at the extension itself. */
export function checkExtensions(raw: RawOperation, locate: Locate): void {
  const types: Record<string, string> = {
    'x-operation-group': 'string',
    'x-client-name': 'string',
    'x-response-key': 'string',
    'x-idempotent': 'boolean',
    'x-action-attempt': 'boolean',
  };
  for (const [key, type] of Object.entries(types)) {
    const value = raw.op[key];
    if (value !== undefined && typeof value !== type) {
      throw new GeneratorError('invalid-extension', `${key} must be a ${type}, not ${JSON.stringify(value)}`, locate(`${raw.pointer}/${key}`));
    }
  }
}
