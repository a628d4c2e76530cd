// The effect of a spec change on the generated client's public surface, from the operation
// models of both versions.
import type { ApiModel, OperationModel } from '../generator/model.js';
import type { DiffChange } from './redocly-diff.js';

export interface Surface {
  methodsAdded: string[];
  methodsRemoved: string[];
  /** `method: field` for request properties or parameters that are now required. */
  newlyRequired: string[];
  /** `method: field — message` for request fields whose type or constraints narrowed. */
  narrowed: string[];
}

const inputs = (op: OperationModel) => [...(op.requestBody?.properties ?? []), ...op.parameters];

/** The client method and field a Redocly change path (`#/paths/~1a~1b/post/...`) points at. */
export function locateChange(model: ApiModel, path: string): { method?: string; field: string } {
  const parts = path.replace(/^#\//, '').split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (parts[0] !== 'paths') return { field: parts.join('.') };
  const [, apiPath, httpMethod, ...rest] = parts;
  if (!httpMethod) return { field: `path ${apiPath}` };
  const op = model.operations.find(
    (o) => o.path === apiPath && [o.method, ...o.alternativeMethods].includes(httpMethod as never),
  );
  const props = rest.flatMap((p, i) => (rest[i - 1] === 'properties' ? [p] : []));
  const where = rest[0] === 'requestBody' ? 'request' : rest[0] === 'responses' ? `response ${rest[1]}` : rest[0] ?? '';
  return {
    ...(op ? { method: op.name } : {}),
    field: [where, props.join('.')].filter(Boolean).join(' '),
  };
}

export function compareSurface(base: ApiModel, revision: ApiModel, changes: DiffChange[]): Surface {
  const baseOps = new Map(base.operations.map((o) => [o.name, o]));
  const revOps = new Map(revision.operations.map((o) => [o.name, o]));
  const newlyRequired: string[] = [];
  for (const [name, op] of revOps) {
    const before = baseOps.get(name);
    if (!before) continue;
    const wasRequired = new Map(inputs(before).map((p) => [p.name, p.required]));
    for (const p of inputs(op)) if (p.required && wasRequired.get(p.name) !== true) newlyRequired.push(`${name}: ${p.name}`);
  }
  const narrowed = changes
    .filter((c) => c.kind === 'modified' && c.impact === 'major' && c.path.includes('/requestBody/'))
    .map((c) => {
      const { method, field } = locateChange(revision, c.path);
      return `${method ?? '?'}: ${field} — ${c.verdicts.map((v) => v.message).join(' ')}`;
    });
  return {
    methodsAdded: [...revOps.keys()].filter((n) => !baseOps.has(n)).sort(),
    methodsRemoved: [...baseOps.keys()].filter((n) => !revOps.has(n)).sort(),
    newlyRequired: newlyRequired.sort(),
    narrowed: [...new Set(narrowed)].sort(),
  };
}
