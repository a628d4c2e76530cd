// Method names: where each operation's `ns.sub.method` comes from. The precedence, first match wins:
//   1. vendor extensions                   x-fern-sdk-group-name + x-fern-sdk-method-name,
//                                          x-speakeasy-group + x-speakeasy-name-override
//                                          (read and checked with the others: model/extensions.ts)
//   2. the naming strategy (--naming)      `path` (default) or `operationId`
//   3. the other strategy, when the first gives nothing (no operationId, or the path `/`)
//   4. the HTTP method, at the top level (`GET /` with no operationId is `get`), with a warning
//
// The path strategy drops a leading API root and version (`/v1`, `/rest/api/3`; a version only
// when the spec has just one), then names the operation after its role (model/classify.ts, which
// reads the path as REST or RPC): the path's words, then the role's verb, or for a call the path's
// own last word:
//   /pets/{id}        GET → pets.get, PUT/PATCH → pets.update, DELETE → pets.delete
//   /pets             with /pets/{id} beside it: GET → pets.list, POST → pets.create
//   POST /access_codes/update (one POST or GET on the path) → accessCodes.update  (RPC style)
//   DELETE /access_codes/{id}/schedule → accessCodes.schedule.delete
//   /user/settings    (several operations on the path, or paths under it) → user.settings.get, …
// The operationId strategy reads `repos/get` as repos.get; otherwise the first tag is the namespace.
import { GeneratorError } from '../errors.js';
import { camelCase } from './identifiers.js';
import { isParamSegment, segmentsOf } from '../../../src/openapi/paths.js';

export const NAMING_STRATEGIES = ['path', 'operationId'] as const;
export type NamingStrategy = (typeof NAMING_STRATEGIES)[number];

export interface DerivedName {
  namespacePath: string[];
  methodName: string;
  /** Where the name came from, for messages. */
  source: string;
}

/** The name a vendor's extensions give (Fern's or Speakeasy's): the group, the method, or both. */
export interface VendorName {
  group?: string[];
  method?: string;
  /** The key the name comes from, for messages. */
  source: string;
  /** The pair of keys read. */
  keys: readonly string[];
}

/** What the namer reads of an operation object: no extension, those come read (OperationExtensions). */
export interface NamedOperation {
  operationId?: unknown;
  tags?: unknown;
}

/** One method of the spec, where the namer finds it: its path, method, operation object and pointer. */
export interface NamingTarget {
  path: string;
  method: string;
  op: NamedOperation;
  pointer: string;
  extensions: { vendorName?: VendorName };
}

/** One operation (or group of alternative methods) as the namer sees it. */
export interface NamingInput {
  path: string;
  method: string;
  op: NamedOperation;
  vendorName?: VendorName;
  /** What the classify pass (model/classify.ts) says of the operation that names it. */
  role: NamingRole;
}

/** Of an operation's role, what its name follows: the verb its method gives, or that the path names a call. */
export interface NamingRole {
  /** The method name when the path's words are its namespace (list, create, get, update, replace, …). */
  verb: string;
  /** The path's last word is the method name, the words before it the namespace. */
  call: boolean;
}

export interface NameContext {
  strategy: NamingStrategy;
  /** How many leading segments of a path are an API root or version (`/rest/api/3`), left out of names. */
  prefixOf: (segments: string[]) => number;
}

// Segments that name a version or an API root, never a resource.
const PREFIX_LIKE = /^(v\d+[a-z0-9]*|\d+(\.\d+)*|api|apis|rest)$/i;
const VERSION = /^v?\d/i;

/** The leading run of root and version segments, always leaving one segment. */
function leadingRun(segments: string[]): number {
  let n = 0;
  while (n < segments.length - 1 && PREFIX_LIKE.test(segments[n]!)) n += 1;
  return n;
}

export function nameContext(paths: string[], strategy: NamingStrategy): NameContext {
  const split = paths.map(segmentsOf);
  // Versions are dropped only when the spec has one: `/v1/pets` beside `/v2/pets` keep theirs
  // (v1.pets.list, v2.pets.list), and only the roots before them (`/api`) go.
  const versions = new Set(split.flatMap((s) => s.slice(0, leadingRun(s)).filter((x) => VERSION.test(x))));
  const prefixOf = (segments: string[]): number => {
    const run = leadingRun(segments);
    if (versions.size <= 1) return run;
    const firstVersion = segments.findIndex((x) => VERSION.test(x));
    return firstVersion >= 0 && firstVersion < run ? firstVersion : run;
  };
  return { strategy, prefixOf };
}

/**
 * A spec word as an identifier: camelCase, and a leading digit made legal (`3` → `v3`,
 * `2fa` → `_2fa`). Undefined when nothing is left.
 */
export function toIdentifier(word: string): string | undefined {
  const name = camelCase(word);
  if (!name) return undefined;
  if (/^\d+$/.test(name)) return `v${name}`;
  return /^\d/.test(name) ? `_${name}` : name;
}

function fromPath(input: NamingInput, context: NameContext): Omit<DerivedName, 'source'> | undefined {
  const all = segmentsOf(input.path);
  const segments = all.slice(context.prefixOf(all));
  const statics = segments.filter((s) => !isParamSegment(s)).map(toIdentifier);
  if (statics.length === 0 || statics.some((s) => s === undefined)) return undefined;
  const names = statics as string[];
  // A call (`POST /access_codes/update`) is named by the path's last word, under the words before it.
  if (input.role.call && names.length >= 2) return { namespacePath: names.slice(0, -1), methodName: names.at(-1)! };
  return { namespacePath: names, methodName: input.role.verb };
}

function fromOperationId(input: NamingInput): Omit<DerivedName, 'source'> | undefined {
  const id = input.op.operationId;
  if (typeof id !== 'string' || !id.trim()) return undefined;
  const parts = id.split('/').map(toIdentifier);
  if (parts.some((p) => p === undefined)) return undefined;
  const names = parts as string[];
  if (names.length >= 2) return { namespacePath: names.slice(0, -1), methodName: names.at(-1)! };
  const tag =
    Array.isArray(input.op.tags) && typeof input.op.tags[0] === 'string' ? toIdentifier(input.op.tags[0]) : undefined;
  return { namespacePath: tag ? [tag] : [], methodName: names[0]! };
}

const strategies: Record<
  NamingStrategy,
  (input: NamingInput, context: NameContext) => Omit<DerivedName, 'source'> | undefined
> = {
  path: fromPath,
  operationId: fromOperationId,
};

/**
 * The name a spec gives an operation outright (a vendor group and method), as a grouping key:
 * operations of one path with the same such name are one operation.
 */
export function explicitNameKey(vendorName: VendorName | undefined): string | undefined {
  return vendorName?.method !== undefined
    ? `${JSON.stringify(vendorName.group ?? null)}.${vendorName.method}`
    : undefined;
}

/**
 * The dotted name of one operation. `where(key)` locates a key of the operation object, so errors
 * point at the extension that caused them.
 */
export function deriveName(input: NamingInput, context: NameContext, where: (key?: string) => string): DerivedName {
  const [first, second] =
    context.strategy === 'path' ? (['path', 'operationId'] as const) : (['operationId', 'path'] as const);
  const preferred = strategies[first](input, context);
  const derived = preferred ?? strategies[second](input, context);
  const vendor = input.vendorName;
  if (vendor) {
    const namespacePath = vendor.group
      ? vendor.group.map((g) => toIdentifier(g) ?? '')
      : (derived?.namespacePath ?? []);
    const methodName = vendor.method !== undefined ? (toIdentifier(vendor.method) ?? '') : derived?.methodName;
    for (const part of [...namespacePath, methodName ?? '']) {
      if (!part)
        throw new GeneratorError('invalid-method-name', `${vendor.source} gives no usable name`, where(vendor.source));
    }
    if (methodName) return { namespacePath, methodName, source: vendor.source };
  }
  // Last, the HTTP method, at the top level (`GET /` with no operationId is `client.get()`); the
  // model warns, and two such names on one level clash as any two names do.
  if (!derived) return { namespacePath: [], methodName: input.method, source: 'method' };
  return { ...derived, source: preferred ? first : second };
}
