// The effect of a spec change on the generated client's public surface, from the operation
// models of both versions.
import type { OpenApiDocument } from '../generator/load.js';
import type { ApiModel, OperationModel } from '../generator/model/index.js';
import { componentOf } from './reach.js';
import type { DiffChange } from './redocly-diff.js';

export interface Surface {
  methodsAdded: string[];
  methodsRemoved: string[];
  /** `method: field` for request properties or parameters that are now required. */
  newlyRequired: string[];
  /** `method: field — message` for request fields whose type or constraints narrowed, or that were removed. */
  narrowed: string[];
}

const inputs = (op: OperationModel) => [...(op.requestBody?.properties ?? []), ...op.parameters];

/** A spec version as the diff reads it: its bundled document and its operation model. */
export interface Side {
  doc: OpenApiDocument;
  model: ApiModel;
  reach: Map<string, string[]>;
}

/**
 * The client methods and field a Redocly change path (`#/paths/~1a~1b/post/...`) points at. A change
 * inside a shared component is listed under every method that reaches that component.
 */
export function locateChange(side: Side, path: string): { methods: string[]; field: string; via?: string } {
  const parts = path
    .replace(/^#\//, '')
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const component = componentOf(side.doc, path);
  const via = component?.split('/').pop();
  const shared = component ? (side.reach.get(component) ?? []) : [];
  if (parts[0] !== 'paths')
    return { methods: shared, field: parts.join('.'), ...(via && shared.length > 0 ? { via } : {}) };
  const [, apiPath, httpMethod, ...rest] = parts;
  if (!httpMethod) return { methods: [], field: `path ${apiPath}` };
  const op = side.model.operations.find(
    (o) => o.path === apiPath && [o.method, ...o.alternativeMethods].includes(httpMethod as never),
  );
  const props = rest.flatMap((p, i) => (rest[i - 1] === 'properties' ? [p] : []));
  const where =
    rest[0] === 'requestBody' ? 'request' : rest[0] === 'responses' ? `response ${rest[1]}` : (rest[0] ?? '');
  const methods = [...new Set([...(op ? [op.name] : []), ...shared])].sort();
  return {
    methods,
    field: [where, props.join('.')].filter(Boolean).join(' '),
    ...(via && shared.length > 1 ? { via } : {}),
  };
}

export function compareSurface(baseSide: Side, revisionSide: Side, changes: DiffChange[]): Surface {
  const [base, revision] = [baseSide.model, revisionSide.model];
  const baseOps = new Map(base.operations.map((o) => [o.name, o]));
  const revOps = new Map(revision.operations.map((o) => [o.name, o]));
  const newlyRequired: string[] = [];
  for (const [name, op] of revOps) {
    const before = baseOps.get(name);
    if (!before) continue;
    const wasRequired = new Map(inputs(before).map((p) => [p.name, p.required]));
    for (const p of inputs(op))
      if (p.required && wasRequired.get(p.name) !== true) newlyRequired.push(`${name}: ${p.name}`);
  }
  const narrowed = changes
    .filter((c) => c.kind === 'modified' && c.impact === 'major' && c.path.includes('/requestBody/'))
    .flatMap((c) => {
      const { methods, field } = locateChange(revisionSide, c.path);
      return (methods.length > 0 ? methods : ['?']).map(
        (m) => `${m}: ${field} — ${c.verdicts.map((v) => v.message).join(' ')}`,
      );
    });
  // A request field that is gone: sending it is now refused (the bodies allow no other fields).
  for (const [name, op] of revOps) {
    const before = baseOps.get(name);
    if (!before) continue;
    const now = new Set(inputs(op).map((p) => p.name));
    for (const p of inputs(before))
      if (!now.has(p.name)) narrowed.push(`${name}: ${p.name} — removed from the request`);
  }
  return {
    methodsAdded: [...revOps.keys()].filter((n) => !baseOps.has(n)).sort(),
    methodsRemoved: [...baseOps.keys()].filter((n) => !revOps.has(n)).sort(),
    newlyRequired: newlyRequired.sort(),
    narrowed: [...new Set(narrowed)].sort(),
  };
}
