import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { follow } from '../../src/openapi/refs.js';
import { SPEC_PATH } from './paths.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- spec documents and answers, walked freely by the tests
export type Json = any;

export function loadSpec(path = SPEC_PATH): Json {
  return parse(readFileSync(path, 'utf8'));
}

/** The node a `$ref` leads to, as `Json`: the tests walk the project's own spec freely. */
export const deref = (doc: Json, node: Json): Json => follow(doc, node).node;
