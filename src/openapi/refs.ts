// Local JSON references inside one OpenAPI document.
import { isObject } from './json.js';

/** `#/a/b~1c` for the keys a, b/c. */
export const pointerOf = (...keys: string[]): string =>
  '#/' + keys.map((k) => k.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/**
 * The keys of a `#/a/b~1c` pointer: a, b/c. A pointer in a `$ref` is a URI fragment, so it may be
 * percent-encoded (`~1things~1%7Bid%7D` for `/things/{id}`, as Codat's specs write it): decoded
 * as Redocly decodes it, so that every step resolves what the lint and the bundle resolved.
 */
export const keysOf = (pointer: string): string[] =>
  pointer
    .slice(2)
    .split('/')
    .map((k) => {
      const key = k.replace(/~1/g, '/').replace(/~0/g, '~');
      try {
        return decodeURIComponent(key);
      } catch {
        return key; // a `%` that encodes nothing is itself
      }
    });

/** The value under one key of a pointer: an object's own property, or an array's item. */
const childOf = (node: unknown, key: string): unknown =>
  Array.isArray(node)
    ? /^(0|[1-9]\d*)$/.test(key)
      ? node[Number(key)]
      : undefined
    : isObject(node) && Object.hasOwn(node, key)
      ? node[key]
      : undefined;

/** What a `#/a/b` pointer leads to in `doc` (undefined: nothing), no `$ref` on the way followed. */
export const nodeAt = (doc: unknown, pointer: string): unknown => keysOf(pointer).reduce<unknown>(childOf, doc);

/**
 * Follows a local `$ref` (and chains of them) inside `doc`: the node it leads to, and that node's
 * pointer (undefined when `node` is no `$ref`). Throws on one that leads nowhere.
 */
export function follow(doc: unknown, node: unknown): { node: unknown; pointer?: string } {
  let current = node;
  let pointer: string | undefined;
  const seen = new Set<string>();
  while (isObject(current) && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (!ref.startsWith('#/')) throw new Error(`only local $refs can be followed, not ${ref}`);
    if (seen.has(ref)) throw new Error(`$ref cycle at ${ref}`);
    seen.add(ref);
    current = nodeAt(doc, ref);
    if (current === undefined) throw new Error(`dangling $ref ${ref}`);
    pointer = ref;
  }
  return { node: current, pointer };
}

/**
 * Follows a local `$ref` (and chains of them) inside `doc`; throws on one that leads nowhere. What
 * it leads to is unknown until the caller checks it.
 */
export const deref = (doc: unknown, node: unknown): unknown => follow(doc, node).node;
