// Every schema `pattern` of the spec must be one the linear-time engine can run
// (src/openapi/pattern.ts): the example checks, the samples and the testing kit's fake all match
// patterns with it, so one it refuses (a lookahead, a backreference) is a located error here, at
// the pattern, rather than a fake that cannot validate the operation later.
import { GeneratorError, GeneratorErrors } from './errors.js';
import { formatLocation, type LoadedSpec, type OpenApiDocument } from './load.js';
import { isObject } from '../../src/openapi/json.js';
import { linearPattern, UnsupportedPattern } from '../../src/openapi/pattern.js';
import { pointerOf } from '../../src/openapi/refs.js';

// Values, not schemas: a `pattern` key inside an example is data.
const DATA = new Set(['example', 'examples', 'default', 'const', 'enum', 'value', 'dataValue']);

/** Throws one located error per `pattern` that RE2 cannot take. */
export function checkPatterns(bundled: OpenApiDocument, source: LoadedSpec['document']['source']): void {
  const problems: GeneratorError[] = [];
  // Iterative, with a visited set: a bundled document may share nodes, and nests as deep as it likes.
  const seen = new Set<unknown>();
  // Only objects and arrays are pushed, so each node popped is one of those.
  const stack: Array<[unknown, string[]]> = [[bundled, []]];
  while (stack.length > 0) {
    const [node, keys] = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      node.forEach((item, i) => typeof item === 'object' && item !== null && stack.push([item, [...keys, String(i)]]));
      continue;
    }
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (key === 'pattern' && typeof value === 'string') {
        try {
          linearPattern(value);
        } catch (err) {
          if (!(err instanceof UnsupportedPattern)) throw err;
          const pointer = pointerOf(...keys, key);
          problems.push(
            new GeneratorError(
              'unsupported-pattern',
              err.message,
              formatLocation({ source, pointer, reportOnKey: false }),
            ),
          );
        }
      } else if (!DATA.has(key) && !key.startsWith('x-') && (isObject(value) || Array.isArray(value))) {
        stack.push([value, [...keys, key]]);
      }
    }
  }
  if (problems.length > 0) throw new GeneratorErrors(problems.reverse());
}
