// The checks a document passes before Redocly's lint sees it: what no lint rule would make sense of,
// or what crashes the tools after it (an empty or scalar document, a version other than 3.x, a
// `$ref` cycle, a path that is no URL path, a component name with a line break).
import { relative } from 'node:path';
import { GeneratorError } from './errors.js';
import { fieldOf } from './document.js';
import { formatLocation, type LoadedSpec, type OpenApiDocument } from './load.js';
import { keysOf } from '../../src/openapi/refs.js';

/**
 * A `$ref` that leads back to itself through `$ref`s alone (`A: {$ref: B}`, `B: {$ref: A}`), also
 * by way of a `$ref` met on the way to its target (`#/a/b` where `a` is `{$ref: '#/a/b/c'}`): it
 * names nothing. (A schema that refers to itself inside its properties is a recursive type, which
 * is fine.) Redocly's lint crashes on it, so it is found first.
 */
function findRefCycle(doc: OpenApiDocument): { pointer: string; ref: string; chain: string[] } | undefined {
  const settled = new Set<string>();
  const isLocalRef = (node: unknown): node is { $ref: string } =>
    node !== null &&
    typeof node === 'object' &&
    typeof (node as { $ref?: unknown }).$ref === 'string' &&
    (node as { $ref: string }).$ref.startsWith('#/');
  // Resolves `ref` as Redocly does; returns the chain that loops, if it loops.
  const loops = (ref: string, stack: string[]): string[] | undefined => {
    if (stack.includes(ref)) return [...stack, ref];
    if (settled.has(ref)) return undefined;
    const next = [...stack, ref];
    let node: unknown = doc;
    for (const key of keysOf(ref)) {
      while (isLocalRef(node) && !(key in node)) {
        const loop = loops(node.$ref, next);
        if (loop) return loop;
        node = resolveLocal(node.$ref);
      }
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    }
    if (isLocalRef(node)) {
      const loop = loops(node.$ref, next);
      if (loop) return loop;
    }
    settled.add(ref);
    return undefined;
  };
  // Plain resolution, for stepping through a `$ref` met on the way (its own loops are checked first).
  const resolveLocal = (ref: string): unknown => {
    let node: unknown = doc;
    for (const key of keysOf(ref)) {
      for (let hops = 0; isLocalRef(node) && !(key in node) && hops < 64; hops++) node = resolveLocal(node.$ref);
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    }
    return node;
  };
  const stack: Array<[unknown, string]> = [[doc, '#']];
  while (stack.length > 0) {
    const [node, pointer] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (isLocalRef(node)) {
      const chain = loops(node.$ref, []);
      if (chain) return { pointer, ref: node.$ref, chain };
    }
    for (const [key, value] of Object.entries(node)) {
      if (value !== null && typeof value === 'object')
        stack.push([value, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`]);
    }
  }
  return undefined;
}

// A path, then perhaps a fragment that tells operations apart (url-path.ts): it is never sent.
// eslint-disable-next-line no-control-regex -- a path must hold no control character
const VALID_PATH = /^\/([^\s\u0000-\u001f\u007f?#%]|%[0-9A-Fa-f]{2})*(#[^\s\u0000-\u001f\u007f]*)?$/;

/**
 * Refuses what no lint rule would make sense of, or what crashes the tools after it: an empty or
 * scalar document, one that is not OpenAPI 3.x (Swagger 2.0, 4.x, or no version at all), a `$ref`
 * cycle, a path that is no URL path.
 */
export function checkDocument({ document }: LoadedSpec): void {
  const parsed: unknown = document.parsed;
  const at = (pointer: string) => formatLocation({ source: document.source, pointer, reportOnKey: true });
  const file = relative(process.cwd(), document.source.absoluteRef);
  if (parsed === undefined || parsed === null || parsed === '') {
    throw new GeneratorError(
      'invalid-document',
      'the spec is empty; it must be an OpenAPI 3.x document',
      `${file}:1:1`,
    );
  }
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new GeneratorError(
      'invalid-document',
      `the spec must be a mapping (an OpenAPI object), not ${Array.isArray(parsed) ? 'a list' : `a ${typeof parsed}`}`,
      `${file}:1:1`,
    );
  }
  const doc = parsed as OpenApiDocument;
  const cycle = findRefCycle(doc);
  if (cycle) {
    throw new GeneratorError(
      'ref-cycle',
      `$ref ${cycle.ref} leads back to itself (${cycle.chain.join(' → ')}), so it describes nothing`,
      at(cycle.pointer),
    );
  }
  if (doc.paths !== null && typeof doc.paths === 'object') {
    for (const path of Object.keys(doc.paths)) {
      if (!VALID_PATH.test(path)) {
        throw new GeneratorError(
          'invalid-path',
          `path ${JSON.stringify(path)} must start with / and hold no spaces, control characters or ?, and % only as %XX (a # may start a fragment that names the operation, which is not sent)`,
          at(`#/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}`),
        );
      }
    }
  }
  // A name with a line break cannot be written onto the one line each generated declaration takes.
  for (const [group, entries] of Object.entries(doc.components ?? {})) {
    if (entries === null || typeof entries !== 'object') continue;
    for (const name of Object.keys(entries)) {
      // eslint-disable-next-line no-control-regex -- a name must hold no control character
      if (/[\u0000-\u001f\u007f\u2028\u2029]/.test(name)) {
        throw new GeneratorError(
          'invalid-name',
          `the name of components.${group}.${JSON.stringify(name)} holds a line break or another control character`,
          at(`#/components/${group}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`),
        );
      }
    }
  }
  const version = doc.openapi ?? fieldOf(doc, 'swagger');
  if (typeof doc.openapi !== 'string' || !/^3\.\d+(\.\d+)?$/.test(doc.openapi)) {
    throw new GeneratorError(
      'unsupported-version',
      `openapi-typescript needs OpenAPI 3.x, not ${version === undefined ? 'a document without an `openapi` version' : String(version)}`,
      at('#/openapi'),
    );
  }
}
