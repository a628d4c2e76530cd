// The spec extensions the model reads, read here and nowhere else: each operation's into one typed
// record (OperationExtensions), checked once, so every later step (grouping, naming, the operation,
// pagination, the fake's resources) reads typed fields and never `op['x-…']`.
//
// Seam's names, meaning what they mean in Seam's own published spec (@seamapi/types/connect):
//   x-response-key         string: the method resolves to this property of the success body;
//                          null: no key, the method resolves to the whole body.
//   x-action-attempt-type  string (UPDATE_ACCESS_CODE, …): the answer carries an action attempt.
//                          When the method resolves to it (x-response-key: action_attempt), the
//                          client can wait for it to finish.
//   x-fern-sdk-group-name  a list of groups and a method name: the method's name (naming/derive.ts).
//   x-fern-sdk-method-name
//   x-undocumented         a reason: the operation is in the client, and left out of the docs.
//   x-draft                a reason: as x-undocumented.
//   x-deprecated           what to use instead: the operation is deprecated.
//   x-title                the operation's title in the docs, before `summary`.
//   x-speakeasy-group      Speakeasy's naming (a dotted group) and its pagination (pagination.ts).
//   x-speakeasy-name-override
//   x-speakeasy-pagination
// This project's own, which Seam has no name for:
//   x-operation-group      methods of one path with the same value are one operation.
//   x-idempotent           true when repeating the request is safe, so it may be retried.
//   x-pagination           false, or how the answer pages where no convention tells (pagination.ts).
//   x-fake-resource        what the testing kit's fake keeps for it, where conventions do not fit
//                          (resources.ts).
// On a component schema:
//   x-route-path           Seam's: the path of the collection whose items it describes (resources.ts).
// On `info`:
//   x-sdk                  the package, client and token names the docs' samples use, and the naming
//                          strategy (readSdk, in info-extensions.ts beside this file).
import { GeneratorError, type Locate } from '../errors.js';
import { isNode, type Operation } from '../document.js';
import type { VendorName } from '../naming/derive.js';
import type { ResourceRule } from '../../../src/testing/manifest.js';

type ResourceModel = ResourceRule;
type ResourceAction = ResourceRule['action'];

/** A node's `x-…` fields, as the spec wrote them: no OpenAPI type names them, so each is unknown until read here. */
export type Extensions = { readonly [key: `x-${string}`]: unknown };

/** The `x-…` fields of an operation, of `info`, of any node: the one way the generator reaches an extension. */
export const extensionsOf = (node: object): Extensions => node as Extensions;

/** x-route-path on a schema: Seam's mark of a resource schema, its collection's path (`/access_codes`). */
export const routePathOf = (schema: object): unknown => extensionsOf(schema)['x-route-path'];

/** What one operation's extensions say, each checked for its type. */
export interface OperationExtensions {
  /** x-operation-group: methods of one path with this value are one operation. */
  operationGroup?: string;
  /** x-response-key: the property the method resolves to; null: none (the whole body). */
  responseKey?: string | null;
  /** x-idempotent. */
  idempotent: boolean;
  /** x-action-attempt-type: the type of the action attempt the answer carries. */
  actionAttemptType?: string;
  /** Why the docs leave it out: x-undocumented or x-draft. */
  undocumented?: string;
  /** OpenAPI's `deprecated`, or x-deprecated. */
  deprecated: boolean;
  /** x-deprecated's text: what to use instead. */
  deprecationNote?: string;
  /** x-title. */
  title?: string;
  /** x-pagination: false (none), or this project's declaration (pagination.ts checks its fields). */
  pagination?: false | Record<string, unknown>;
  /** x-speakeasy-pagination, Speakeasy's declaration. */
  speakeasyPagination?: Record<string, unknown>;
  /** x-fake-resource: false (none), or fields in place of what the conventions give. */
  fakeResource?: false | Partial<ResourceModel>;
  /** The name Fern's or Speakeasy's extensions give, the first pair present. */
  vendorName?: VendorName;
  /** Every vendor naming key the operation carries, to warn of those that did not name it. */
  vendorKeys: string[];
}

/** Vendor naming extensions, as (group key, method key) pairs; the first pair present wins. */
const VENDOR_NAME_KEYS = [
  ['x-fern-sdk-group-name', 'x-fern-sdk-method-name'],
  ['x-speakeasy-group', 'x-speakeasy-name-override'],
] as const;

const FAKE_RESOURCE_FIELDS = ['collection', 'resource', 'action', 'id', 'idProperty', 'itemKey', 'schema'];
const RESOURCE_ACTIONS: readonly ResourceAction[] = ['create', 'get', 'list', 'update', 'delete'];

const isString = (v: unknown): v is string => typeof v === 'string';
const isReason = (v: unknown): v is string | boolean => typeof v === 'string' || typeof v === 'boolean';
const isFalseOrObject = (v: unknown): v is false | Record<string, unknown> => v === false || isNode(v);

const FORMS: Record<string, [check: (v: unknown) => boolean, what: string]> = {
  'x-operation-group': [isString, 'a string'],
  'x-response-key': [(v) => v === null || isString(v), 'a string, or null for no key'],
  'x-idempotent': [(v) => typeof v === 'boolean', 'a boolean'],
  'x-action-attempt-type': [isString, 'a string such as "UPDATE_ACCESS_CODE"'],
  'x-undocumented': [isReason, 'a string (the reason) or a boolean'],
  'x-draft': [isReason, 'a string (the reason) or a boolean'],
  'x-deprecated': [isReason, 'a string (what to use instead) or a boolean'],
  'x-title': [isString, 'a string'],
  'x-pagination': [isFalseOrObject, 'false or an object (see pagination.ts)'],
  'x-speakeasy-pagination': [isNode, "an object (Speakeasy's form)"],
  'x-fake-resource': [isFalseOrObject, 'false or an object (see resources.ts)'],
};

/** Extensions read from an operation's primary method only: another value on an alternative is ignored, with a warning. */
const PRIMARY_ONLY = ['x-response-key', 'x-idempotent', 'x-action-attempt-type'] as const;

/** Why an operation is left out of the docs, if it is. */
function undocumentedOf(op: Extensions): string | undefined {
  for (const key of ['x-undocumented', 'x-draft'] as const) {
    const value = op[key];
    if (value === undefined || value === false) continue;
    return typeof value === 'string' && value.trim() ? value.trim() : key === 'x-draft' ? 'Draft.' : 'Undocumented.';
  }
  return undefined;
}

// Fern's group may be a list of nested groups; Speakeasy's is dotted.
const readGroup = (key: string, value: unknown): unknown[] | undefined =>
  typeof value === 'string'
    ? key.includes('speakeasy')
      ? value.split('.')
      : [value]
    : Array.isArray(value)
      ? value
      : undefined;

function vendorNameOf(op: Extensions, where: (key: string) => string): VendorName | undefined {
  for (const [groupKey, methodKey] of VENDOR_NAME_KEYS) {
    const groupValue = op[groupKey];
    const methodValue = op[methodKey];
    if (groupValue === undefined && methodValue === undefined) continue;
    const group = groupValue === undefined ? undefined : readGroup(groupKey, groupValue);
    if (groupValue !== undefined && (!group || group.length === 0 || !group.every(isString))) {
      throw new GeneratorError(
        'invalid-extension',
        `${groupKey} must be a string${groupKey.includes('fern') ? ' or a list of strings' : ''}`,
        where(groupKey),
      );
    }
    if (methodValue !== undefined && !isString(methodValue)) {
      throw new GeneratorError('invalid-extension', `${methodKey} must be a string`, where(methodKey));
    }
    const source = methodValue !== undefined ? methodKey : groupKey;
    return {
      ...(group ? { group: group as string[] } : {}),
      ...(methodValue !== undefined ? { method: methodValue } : {}),
      source,
      keys: [groupKey, methodKey],
    };
  }
  return undefined;
}

function fakeResourceOf(
  value: false | Record<string, unknown> | undefined,
  where: () => string,
): false | Partial<ResourceModel> | undefined {
  if (value === undefined || value === false) return value;
  for (const [key, v] of Object.entries(value)) {
    if (!FAKE_RESOURCE_FIELDS.includes(key) || !isString(v)) {
      throw new GeneratorError(
        'invalid-extension',
        `x-fake-resource.${key} is not a string field of ${FAKE_RESOURCE_FIELDS.join(', ')}`,
        where(),
      );
    }
  }
  if (value.action !== undefined && !(RESOURCE_ACTIONS as readonly unknown[]).includes(value.action)) {
    throw new GeneratorError(
      'invalid-extension',
      `x-fake-resource.action must be one of ${RESOURCE_ACTIONS.join(', ')}`,
      where(),
    );
  }
  return value as Partial<ResourceModel>;
}

/**
 * Reads one operation's extensions into their record. An extension of the wrong type is an error
 * located at the extension; `pointer` is the operation's.
 */
export function readExtensions(op: Operation, pointer: string, locate: Locate): OperationExtensions {
  const where = (key: string): string => locate(`${pointer}/${key}`);
  const extensions = extensionsOf(op);
  for (const [key, [check, what]] of Object.entries(FORMS)) {
    const value = extensions[key as keyof Extensions];
    if (value !== undefined && !check(value))
      throw new GeneratorError('invalid-extension', `${key} must be ${what}, not ${JSON.stringify(value)}`, where(key));
  }
  const x = (key: `x-${string}`): unknown => extensions[key];
  const deprecated = x('x-deprecated');
  const note = isString(deprecated) && deprecated.trim() ? deprecated.trim() : undefined;
  const vendorName = vendorNameOf(extensions, where);
  const fakeResource = fakeResourceOf(x('x-fake-resource') as false | Record<string, unknown> | undefined, () =>
    where('x-fake-resource'),
  );
  const undocumented = undocumentedOf(extensions);
  return {
    ...(isString(x('x-operation-group')) ? { operationGroup: x('x-operation-group') as string } : {}),
    ...(x('x-response-key') !== undefined ? { responseKey: x('x-response-key') as string | null } : {}),
    idempotent: x('x-idempotent') === true,
    ...(isString(x('x-action-attempt-type')) ? { actionAttemptType: x('x-action-attempt-type') as string } : {}),
    ...(undocumented !== undefined ? { undocumented } : {}),
    deprecated: op.deprecated === true || (deprecated !== undefined && deprecated !== false),
    ...(note ? { deprecationNote: note } : {}),
    ...(isString(x('x-title')) ? { title: x('x-title') as string } : {}),
    ...(x('x-pagination') !== undefined ? { pagination: x('x-pagination') as false | Record<string, unknown> } : {}),
    ...(isNode(x('x-speakeasy-pagination'))
      ? { speakeasyPagination: x('x-speakeasy-pagination') as Record<string, unknown> }
      : {}),
    ...(fakeResource !== undefined ? { fakeResource } : {}),
    ...(vendorName ? { vendorName } : {}),
    vendorKeys: VENDOR_NAME_KEYS.flat().filter((key) => extensions[key] !== undefined),
  };
}

/**
 * Warnings for extensions that are read but have no effect: a primary-only extension with another
 * value on an alternative method, and vendor naming keys other than the ones that named it.
 */
export function ignoredExtensions(
  primary: { op: Operation; extensions: OperationExtensions; pointer: string; method: string },
  alternatives: readonly { op: Operation; pointer: string }[],
  nameSource: string,
  locate: Locate,
): string[] {
  const warnings: string[] = [];
  for (const alt of alternatives) {
    const [own, theirs] = [extensionsOf(alt.op), extensionsOf(primary.op)];
    for (const key of PRIMARY_ONLY) {
      if (own[key] !== undefined && own[key] !== theirs[key]) {
        warnings.push(
          `${locate(`${alt.pointer}/${key}`)} ignored-extension: ${key} is read from the primary method (${primary.method.toUpperCase()}) of this x-operation-group; this value is ignored`,
        );
      }
    }
  }
  const used: readonly string[] =
    primary.extensions.vendorName?.source === nameSource ? primary.extensions.vendorName.keys : [];
  for (const key of primary.extensions.vendorKeys) {
    if (!used.includes(key))
      warnings.push(
        `${locate(`${primary.pointer}/${key}`)} ignored-extension: ${key} is ignored; the name comes from ${nameSource}`,
      );
  }
  return warnings;
}
