// Local JSON references inside one OpenAPI document.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- spec JSON this file still reads untyped: the typed document types do not reach it yet
type Json = any;

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

/**
 * Follows a local `$ref` (and chains of them) inside `doc`: the node it leads to, and that node's
 * pointer (undefined when `node` is no `$ref`). Throws on one that leads nowhere.
 */
export function follow(doc: Json, node: Json): { node: Json; pointer?: string } {
  let current = node;
  let pointer: string | undefined;
  const seen = new Set<string>();
  while (current && typeof current === 'object' && typeof current.$ref === 'string') {
    const ref: string = current.$ref;
    if (!ref.startsWith('#/')) throw new Error(`only local $refs can be followed, not ${ref}`);
    if (seen.has(ref)) throw new Error(`$ref cycle at ${ref}`);
    seen.add(ref);
    current = keysOf(ref).reduce((acc: Json, key) => acc?.[key], doc);
    if (current === undefined) throw new Error(`dangling $ref ${ref}`);
    pointer = ref;
  }
  return { node: current, pointer };
}

/** Follows a local `$ref` (and chains of them) inside `doc`; throws on one that leads nowhere. */
export const deref = (doc: Json, node: Json): Json => follow(doc, node).node;
