// Which methods of the spec are one operation (x-operation-group, or one explicit name), and
// the checks that hold across operations before any is built.
import { GeneratorError } from '../errors.js';
import { followRef, isObjectNode, type OpenApiDocument, type PathItem } from '../document.js';
import { explicitNameKey } from '../naming/derive.js';
import { pointerOf } from '../../../src/openapi/refs.js';
import { readExtensions } from './extensions.js';
import { HTTP_METHODS } from '../../../src/openapi/operations.js';
import type { Locate, RawOperation } from './types.js';

/** Groups alternative methods of one operation: by x-operation-group, or by one explicit name. */
export function groupOperations(doc: OpenApiDocument, locate: Locate, problems: GeneratorError[]): RawOperation[][] {
  const groups = new Map<string, RawOperation[]>();
  if (!isObjectNode(doc.paths)) return [];
  for (const [path, rawItem] of Object.entries(doc.paths)) {
    // A path item may be a $ref (to components.pathItems); an operation may not.
    let item: PathItem | undefined;
    try {
      item = followRef(doc, rawItem).node;
    } catch (err) {
      problems.push(new GeneratorError('invalid-ref', (err as Error).message, locate(pointerOf('paths', path))));
      continue;
    }
    if (!isObjectNode(item)) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isObjectNode(op)) continue;
      const pointer = pointerOf('paths', path, method);
      let raw: RawOperation;
      try {
        if ('$ref' in op && typeof op.$ref === 'string') {
          throw new GeneratorError(
            'invalid-operation',
            'an operation cannot be a $ref (OpenAPI allows $ref for a whole path item, not one operation)',
            locate(pointer),
          );
        }
        raw = { path, method, op, pointer, pathItem: item, extensions: readExtensions(op, pointer, locate) };
      } catch (err) {
        problems.push(err as GeneratorError);
        continue;
      }
      const { operationGroup, vendorName } = raw.extensions;
      const explicit = explicitNameKey(vendorName);
      const key =
        operationGroup !== undefined
          ? `group ${operationGroup}`
          : explicit
            ? `name ${path} ${explicit}`
            : `${method} ${path}`;
      const group = groups.get(key) ?? [];
      if (group[0] && group[0].path !== path) {
        problems.push(
          new GeneratorError(
            'operation-group-spans-paths',
            `x-operation-group "${operationGroup}" is used on ${group[0].path} and ${path}; alternatives must share one path`,
            locate(`${pointer}/x-operation-group`),
          ),
        );
        continue;
      }
      group.push(raw);
      groups.set(key, group);
    }
  }
  return [...groups.values()];
}

/** openapi-typescript types operations by operationId: two of one name would be one type. */
export function checkOperationIds(groups: RawOperation[][], locate: Locate, problems: GeneratorError[]): void {
  const seen = new Map<string, RawOperation>();
  for (const raw of groups.flat()) {
    const id = raw.op.operationId;
    if (id === undefined) continue;
    const first = seen.get(id);
    if (first) {
      problems.push(
        new GeneratorError(
          'duplicate-operation-id',
          `operationId ${JSON.stringify(id)} is also the operationId of ${first.method.toUpperCase()} ${first.path}; operationIds must be unique`,
          locate(`${raw.pointer}/operationId`),
        ),
      );
    } else seen.set(id, raw);
  }
}
