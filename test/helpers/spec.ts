import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { SPEC_PATH } from './paths.js';

export type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export function loadSpec(path = SPEC_PATH): Json {
  return parse(readFileSync(path, 'utf8'));
}

/** Follows a local `$ref` (and chains of them) inside `doc`. */
export function deref(doc: Json, node: Json): Json {
  let current = node;
  while (current && typeof current === 'object' && typeof current.$ref === 'string') {
    const pointer: string = current.$ref;
    if (!pointer.startsWith('#/')) throw new Error(`only local $refs are supported: ${pointer}`);
    current = pointer
      .slice(2)
      .split('/')
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((acc: Json, key) => acc?.[key], doc);
    if (current === undefined) throw new Error(`dangling $ref ${pointer}`);
  }
  return current;
}
