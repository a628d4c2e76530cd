// Which operations create, get, list, update and delete the same things, so the testing kit's fake
// can keep their state with no code per endpoint. The collection and the action are each
// operation's role (classify.ts), which reads the spec's conventions; this names the resource, its
// id and where the answers hold it:
//
//   Seam's RPC paths   POST /access_codes/create|get|list|update|delete: the collection is the path
//                      before the verb; the item is named by `<resource>_id`, where the resource is
//                      the x-response-key of the collection's create or get (else the collection's
//                      last segment, singular).
//   REST paths         POST /pets and GET /pets (create, list) beside GET|PUT|PATCH|DELETE
//                      /pets/{petId}: the item is named by the path parameter.
//   x-fake-resource    on an operation: `false` (none), or any of { collection, resource, action,
//                      id, idProperty, itemKey, schema } in place of what the conventions give.
//
// The items' schema: the component schema named as the resource (Seam's `access_code`), else the one
// whose `x-route-path` (Seam's extension on a resource schema) is the collection's path, else one
// named as the resource in another case (REST's `Pet` for `/pets`). The testing
// kit types a collection's items with it, so nothing in src/ names a schema of one spec.
//
// An operation that fits none is answered from its examples, as before.
import { isObjectNode, type Referenced, type SchemaObject } from '../document.js';
import { routePathOf } from './extensions.js';
import type { OperationModel, ResourceAction, ResourceModel } from './types.js';

/** `access_codes` → `access_code`, `policies` → `policy`, `boxes` → `box`. */
function singular(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Where the answer holds the item or the list: the response key, the whole body, or neither. */
function itemKeyOf(op: OperationModel, action: ResourceAction, idProperty: string): string | undefined {
  // A paged list (Stripe's) may resolve to the whole page: its items are where the pagination says.
  if (action === 'list')
    return op.result.list
      ? (op.responseKey ?? '')
      : op.pagination?.items.length === 1
        ? op.pagination.items[0]
        : undefined;
  if (op.result.list || !op.result.fields.includes(idProperty)) return undefined;
  return op.responseKey ?? '';
}

/** An operation's place in a collection, as its role gives it, before the resource is named. */
interface Draft {
  collection: string;
  action: ResourceAction;
  id?: string;
  itemSegment: string;
}

/** The document's component schemas, by name: each an object (checked where it is read), in place or a `$ref`. */
type Schemas = Record<string, Referenced<SchemaObject>>;

/** Every field the method's argument may carry: parameters, and the body's fields (any variant's). */
const inputFieldsOf = (op: OperationModel): string[] => [
  ...op.parameters.map((p) => p.name),
  ...(op.requestBody?.properties ?? []).map((p) => p.name),
  ...(op.requestBody?.variants ?? []).flatMap((v) => v.properties.map((p) => p.name)),
];

/** The component schema of a collection's items: named as the resource, else declaring the collection as its x-route-path, else named as the resource in another case (`Pet` for `pet`). */
function schemaOf(schemas: Schemas, resource: string, collection: string): string | undefined {
  const names = Object.keys(schemas).filter((name) => isObjectNode(schemas[name]));
  const loose = (name: string): string => name.toLowerCase().replace(/[_-]/g, '');
  return (
    names.find((name) => name === resource) ??
    names.find((name) => routePathOf(schemas[name]!) === collection) ??
    names.find((name) => loose(name) === loose(resource))
  );
}

/** Sets `resource` on each operation whose role places it in a collection. */
export function inferResources(operations: OperationModel[], schemas: Schemas = {}): void {
  const drafts = new Map<OperationModel, Draft>();
  for (const op of operations) {
    const { collection, action, idField, segment } = op.role;
    if (collection === undefined || action === undefined) continue;
    drafts.set(op, {
      collection,
      action,
      ...(idField !== undefined ? { id: idField } : {}),
      itemSegment: segment ?? '',
    });
  }
  // A collection's resource: the key its create or get answers with, else its last segment, singular.
  const names = new Map<string, string>();
  for (const [op, draft] of drafts) {
    const keyed =
      (draft.action === 'create' || draft.action === 'get') &&
      op.responseKey &&
      op.result.fields.includes(`${op.responseKey}_id`);
    if (keyed && !names.has(draft.collection)) names.set(draft.collection, op.responseKey!);
  }
  for (const [op, draft] of drafts) {
    const override = (op.fakeResource || {}) as Partial<ResourceModel>;
    const resource = override.resource ?? names.get(draft.collection) ?? singular(draft.itemSegment);
    const id = draft.id ?? `${resource}_id`;
    // REST items often call their id `id` while the path calls it `petId`.
    const idProperty =
      override.idProperty ?? (op.result.fields.includes(id) || !op.result.fields.includes('id') ? id : 'id');
    const itemKey = override.itemKey ?? itemKeyOf(op, draft.action, idProperty);
    // A create or list whose answer does not show the items has nothing to keep, and a get, update
    // or delete that takes no id (Seam's /workspaces/get reads the caller's) names no item: they
    // are left to their examples.
    if ((draft.action === 'create' || draft.action === 'list') && itemKey === undefined) continue;
    if (['get', 'update', 'delete'].includes(draft.action) && !inputFieldsOf(op).includes(id)) continue;
    // What a create or update may set: the item's fields as its get or create answer shows them.
    const shown = [...drafts].find(
      ([other, d]) =>
        d.collection === draft.collection &&
        (d.action === 'get' || d.action === 'create') &&
        other.result.fields.length > 0,
    )?.[0];
    const fields =
      draft.action === 'create' || draft.action === 'update'
        ? (shown ?? op).result.fields.filter((f) => f !== idProperty)
        : undefined;
    const schema = override.schema ?? schemaOf(schemas, resource, draft.collection);
    op.resource = {
      collection: draft.collection,
      resource,
      action: draft.action,
      id,
      idProperty,
      ...(itemKey !== undefined ? { itemKey } : {}),
      ...(fields && fields.length > 0 ? { fields } : {}),
      ...(schema !== undefined ? { schema } : {}),
    };
  }
}
