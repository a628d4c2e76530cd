// What an operation is in an OpenAPI document, decided once for the generator's model and the
// testing kit's fake alike: the methods a path item may hold, which response is the success, and
// which parameters apply (the operation's replace the path item's of the same name and place).
import { isObject } from './json.js';

// Path items, operations and parameters are read here only for the fields named below; the rest of
// each, and whether it is an object at all, is checked by whoever reads it (a lookup on anything
// else gives undefined, as it did untyped).
type Lookup = { readonly [key: string]: unknown } | null | undefined;

/**
 * The operations a path item may hold (OpenAPI 3.0 and 3.1), the one list of them. In order of
 * preference: of alternative methods of one operation (x-operation-group), the client sends the first.
 */
export const HTTP_METHODS = ['post', 'put', 'patch', 'get', 'delete', 'head', 'options', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/**
 * The status of the answer a call resolves to: the lowest 2xx, else `default`, else a documented
 * redirect (its Location), else none.
 */
export function successStatusOf(responses: unknown): string | undefined {
  const statuses = isObject(responses) ? Object.keys(responses) : [];
  const twoXx = statuses.filter((s) => /^2(\d\d|XX)$/i.test(s)).sort();
  return twoXx[0] ?? statuses.find((s) => s === 'default') ?? statuses.find((s) => /^3\d\d$/.test(s) && s !== '304');
}

/** One parameter as it applies to an operation: where it is written, and its $ref followed. */
export interface AppliedParameter<P = unknown> {
  /** The list it is written in (`item`: the path item's, `operation`: the operation's) and its index. */
  from: 'item' | 'operation';
  index: number;
  node: P;
}

/**
 * The parameters that apply to an operation, path item's first: one of the operation's replaces
 * the path item's of the same `in` and `name`. `deref` follows a `$ref`; entries that are not
 * lists are skipped (the generator reports them).
 */
export function appliedParameters<P = unknown>(
  pathItem: unknown,
  op: unknown,
  deref: (raw: unknown, at: { from: 'item' | 'operation'; index: number }) => P,
): AppliedParameter<P>[] {
  const byKey = new Map<string, AppliedParameter<P>>();
  for (const [from, list] of [
    ['item', (pathItem as Lookup)?.parameters],
    ['operation', (op as Lookup)?.parameters],
  ] as const) {
    if (!Array.isArray(list)) continue;
    list.forEach((raw: unknown, index: number) => {
      const node = deref(raw, { from, index });
      const parameter = node as Lookup;
      byKey.set(`${parameter?.in}:${parameter?.name}`, { from, index, node });
    });
  }
  return [...byKey.values()];
}
