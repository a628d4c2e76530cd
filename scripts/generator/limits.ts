// The spec is untrusted input (SECURITY.md): these bounds keep a hostile one from making the
// generator reach the network or exhaust the machine, and each refusal says which bound was hit.
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseResolver, ResolveError, Source } from '@redocly/openapi-core';
import { parseDocument } from 'yaml';
import { GeneratorError } from './errors.js';

/** The largest spec file read (a real one, GitHub's, is about 10 MB as JSON). */
export const MAX_SPEC_BYTES = 64 * 1024 * 1024;
/** How many nodes YAML aliases may expand to in one file: a 1.3 KB alias bomb expands to billions. */
export const MAX_ALIAS_EXPANSION = 10_000;
// Nesting needs no bound of its own: the YAML parser refuses more than 100 levels, with the place.

const shown = (file: string) => relative(process.cwd(), file).split('\\').join('/');

/**
 * Refuses a spec file over MAX_SPEC_BYTES, or whose YAML aliases expand past MAX_ALIAS_EXPANSION
 * nodes. Redocly's parser keeps an alias as one shared object, but every step after it (bundling,
 * serializing) copies it out: the bomb goes off there. JSON has no aliases; a file with no `&anchor`
 * is not parsed twice.
 */
export function checkSpecText(file: string, text: string): void {
  if (Buffer.byteLength(text) > MAX_SPEC_BYTES) {
    throw new GeneratorError(
      'spec-too-large',
      `the file is larger than ${MAX_SPEC_BYTES} bytes, the most the generator reads`,
      `${shown(file)}:1:1`,
    );
  }
  // JSON has no aliases; YAML has them only where an anchor (`key: &name`, `- &name`) and an alias
  // (`*name`) both appear. Anything else is not parsed twice: GitHub's 10 MB JSON took 20 s to.
  if (
    /^\s*[[{]/.test(text) ||
    !/(?:^|[:\-[{,]\s*)&[\w.-]+[\s,\]}]/m.test(text) ||
    !/(?:^|[:\-[{,]\s*)\*[\w.-]+/m.test(text)
  )
    return;
  try {
    parseDocument(text).toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
  } catch (err) {
    if (/alias/i.test((err as Error).message)) {
      throw new GeneratorError(
        'yaml-alias-limit',
        `YAML aliases expand to more than ${MAX_ALIAS_EXPANSION} nodes (a resource exhaustion attack, or a spec to write out without them)`,
        `${shown(file)}:1:1`,
      );
    }
    // Any other YAML problem is reported by the parser the pipeline uses, with its place.
  }
}

/** A URL $ref: http(s), or any other scheme but a local file. */
const isRemote = (ref: string) =>
  /^[a-z][a-z0-9+.-]*:/i.test(ref) && !/^file:/i.test(ref) && !/^[a-z]:[\\/]/i.test(ref);

/**
 * Redocly's resolver, but offline: a `$ref` to a URL is refused, never fetched (the answer would be
 * copied into the generated files), and every file it reads is held to the same bounds as the spec.
 */
export class OfflineResolver extends BaseResolver {
  override async loadExternalRef(absoluteRef: string): Promise<Source> {
    if (isRemote(absoluteRef)) {
      throw new ResolveError(
        new Error(
          `$ref ${absoluteRef} is a URL: the generator never reaches the network; download the file and refer to it by path`,
        ),
      );
    }
    try {
      if (statSync(absoluteRef).size > MAX_SPEC_BYTES)
        throw new Error(`${shown(absoluteRef)} is larger than ${MAX_SPEC_BYTES} bytes, the most the generator reads`);
      checkSpecText(absoluteRef, readFileSync(absoluteRef, 'utf8'));
    } catch (err) {
      if (err instanceof GeneratorError) throw new ResolveError(new Error(`${err.message} (${shown(absoluteRef)})`));
      // A file that cannot be read: Redocly says so, with the $ref that names it.
    }
    return super.loadExternalRef(absoluteRef);
  }
}

/** Every `$ref` of a document that names a URL, with its JSON pointer: refused before anything is resolved. */
export function remoteRefs(document: unknown): Array<{ pointer: string; ref: string }> {
  const found: Array<{ pointer: string; ref: string }> = [];
  const stack: Array<[unknown, string]> = [[document, '#']];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const [node, pointer] = stack.pop()!;
    if (node === null || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === 'string' && isRemote(ref)) found.push({ pointer: `${pointer}/$ref`, ref });
    for (const [key, value] of Object.entries(node))
      stack.push([value, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`]);
  }
  return found;
}
