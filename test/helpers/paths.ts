import { resolve } from 'node:path';

// Tests run from SWC-compiled CommonJS, where __dirname is defined.
export const ROOT = resolve(__dirname, '..', '..');
export const SPEC_PATH = resolve(ROOT, 'spec/openapi.yaml');
export const REDOCLY_CONFIG = resolve(ROOT, 'redocly.yaml');
export const BIN = (name: string): string => resolve(ROOT, 'node_modules/.bin', name);
