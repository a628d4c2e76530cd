// The classify pass: once per operation, what it does — its role — read from its path among the
// spec's paths (src/openapi/paths.ts), its method, the other operations on its path, and its
// extensions. Every later step reads the role and none reads the path again:
//   the method name     naming/derive.ts: the path's words, then `verb`, or the call's own word
//   the fake's rule     resources.ts: `collection`, `action`, `idField`, `segment`
//   paging and waiting  `paginated` and `returnsAttempt`, settled once the answer is read
//                       (operations.ts), for every emitter that writes a PagePromise or a wait
//
//   GET  /pets/{petId}          item        pets.get            get /pets by petId
//   POST /pets (beside it)      collection  pets.create         create in /pets
//   POST /access_codes/update   call        accessCodes.update  update in /access_codes
//   GET  /users/{id}/settings   call        users.settings.get  (no action: a parameter names no item of a call)
import { indexPaths, readPath, type PathReading } from '../../../src/openapi/paths.js';
import type { ResourceRule } from '../../../src/testing/manifest.js';
import type { OperationExtensions } from './extensions.js';
import type { HttpMethod } from '../../../src/openapi/operations.js';
import type { NamingRole } from '../naming/derive.js';

export type RoleAction = ResourceRule['action'];
const ACTIONS: readonly RoleAction[] = ['create', 'get', 'list', 'update', 'delete'];

/** What an operation does, decided once (classifyOperations). */
export interface OperationRole extends NamingRole {
  /** How its path reads: an item (`/pets/{petId}`), a collection (`/pets`, an item path under it), an RPC-style call, or none. */
  kind: PathReading['style'];
  /** The verb its HTTP method gives on this path (get, list, create, update, replace, delete, …): the method's name when the path's words are its namespace. */
  verb: string;
  /** One POST or GET on a path with nothing under it: the path's last word names the method (`accessCodes.update`), when the path has two words or more. */
  call: boolean;
  /**
   * The collection it acts on (`/pets`, `/access_codes`) and how: by the REST or RPC conventions,
   * or x-fake-resource where they do not fit. Both absent when neither says (or x-fake-resource is false).
   */
  collection?: string;
  action?: RoleAction;
  /** The request field that names one item: the item's path parameter (`petId`), or x-fake-resource's `id`. */
  idField?: string;
  /** The path segment that names the things (`pets`, `access_codes`); empty when x-fake-resource alone places it. */
  segment?: string;
  /** It answers one page of a longer list and takes a cursor for the next: its method returns a PagePromise (pagination.ts). */
  paginated: boolean;
  /** Its answer holds an action attempt the client can wait for (x-action-attempt-type, attempts.ts). */
  returnsAttempt: boolean;
}

/** The role as the path, the method and the extensions give it, before the answer is read. */
export type PathRole = Omit<OperationRole, 'paginated' | 'returnsAttempt'>;

/** One method of a group, as the classifier reads it: the group's first method is the operation's. */
export interface ClassifyTarget {
  path: string;
  method: HttpMethod;
  extensions: Pick<OperationExtensions, 'fakeResource'>;
}

const ITEM_VERBS: Partial<Record<string, string>> = {
  get: 'get',
  put: 'update',
  patch: 'update',
  post: 'create',
  delete: 'delete',
};
const COLLECTION_VERBS: Partial<Record<string, string>> = { ...ITEM_VERBS, get: 'list' };
const REST_ITEM_ACTIONS: Partial<Record<string, RoleAction>> = {
  get: 'get',
  put: 'update',
  patch: 'update',
  delete: 'delete',
};

/** The verb for an HTTP method on a path; PUT beside PATCH is `replace`, POST on an item updates it. */
function verbOf(method: string, reading: PathReading, otherMethods: ReadonlySet<string>): string {
  if (method === 'put' && otherMethods.has('patch')) return 'replace';
  if (reading.style === 'item' && method === 'post')
    return otherMethods.has('put') || otherMethods.has('patch') ? 'post' : 'update';
  return (reading.style === 'collection' ? COLLECTION_VERBS : ITEM_VERBS)[method] ?? method;
}

/** The collection and action the conventions give: Seam's RPC calls, REST items and collections. */
function conventionOf(
  method: string,
  reading: PathReading,
): Pick<PathRole, 'collection' | 'action' | 'idField' | 'segment'> | undefined {
  if (reading.style === 'call' && !reading.hasParams && (ACTIONS as readonly string[]).includes(reading.verb))
    return { collection: reading.collection, action: reading.verb as RoleAction, segment: reading.segment };
  const restAction = REST_ITEM_ACTIONS[method];
  if (reading.style === 'item' && reading.of?.param !== undefined && restAction)
    return {
      collection: reading.of.collection,
      action: restAction,
      idField: reading.of.param,
      segment: reading.of.segment,
    };
  if (reading.style === 'collection' && reading.param !== undefined && (method === 'post' || method === 'get'))
    return {
      collection: reading.collection,
      action: method === 'post' ? 'create' : 'list',
      idField: reading.param,
      segment: reading.segment,
    };
  return undefined;
}

/** One operation's role; `otherMethods` are the primary methods of the other operations on its path. */
export function classify(target: ClassifyTarget, reading: PathReading, otherMethods: readonly string[]): PathRole {
  const others = new Set(otherMethods);
  const { method } = target;
  const role: PathRole = {
    kind: reading.style,
    verb: verbOf(method, reading, others),
    // Counted as operations, not methods: two operations of one method on a path are no call either.
    call:
      (method === 'post' || method === 'get') &&
      reading.style === 'call' &&
      !reading.under &&
      otherMethods.length === 0,
  };
  const override = target.extensions.fakeResource;
  if (override === false) return role;
  const convention = conventionOf(method, reading);
  if (!convention && !override?.collection) return role;
  return {
    ...role,
    collection: override?.collection ?? convention?.collection ?? '',
    action: override?.action ?? convention?.action ?? 'get',
    ...((override?.id ?? convention?.idField) !== undefined ? { idField: (override?.id ?? convention?.idField)! } : {}),
    segment: convention?.segment ?? '',
  };
}

/** The role of every group of methods (an operation), from the spec's paths: one pass, in the groups' order. */
export function classifyOperations<Group extends readonly ClassifyTarget[]>(
  groups: readonly Group[],
  paths: Iterable<string>,
): Map<Group, PathRole> {
  const index = indexPaths(paths);
  const onPath = new Map<string, Group[]>();
  for (const group of groups) onPath.set(group[0]!.path, [...(onPath.get(group[0]!.path) ?? []), group]);
  const roles = new Map<Group, PathRole>();
  for (const group of groups) {
    const primary = group[0]!;
    const others = (onPath.get(primary.path) ?? []).filter((g) => g !== group).map((g) => g[0]!.method);
    roles.set(group, classify(primary, readPath(primary.path, index), others));
  }
  return roles;
}

/** What the answer adds to the role: whether the method pages, and whether it can wait for an action attempt. */
export function settleRole(
  role: PathRole,
  answer: { json: boolean; cursor: string | undefined; returnsAttempt: boolean },
): OperationRole {
  // A method that waits resolves to the attempt: its answer is never a page to follow.
  const paginated = !!answer.cursor && !answer.returnsAttempt && answer.json;
  return { ...role, paginated, returnsAttempt: answer.returnsAttempt };
}
