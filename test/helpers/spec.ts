import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { SPEC_PATH } from './paths.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- spec documents and answers, walked freely by the tests
export type Json = any;

export function loadSpec(path = SPEC_PATH): Json {
  return parse(readFileSync(path, 'utf8'));
}

export { deref } from '../../src/openapi/refs.js';
