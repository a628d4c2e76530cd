// The fake's state for every collection the spec's conventions reveal: create, get, list (with its
// filters), update and delete work on shared items, with no code per endpoint. The generator says
// which operation does what (generated/operations.ts: operationResources, from its model); this
// file only carries the rules out. An answer keeps the shape the spec documents: the item (or the
// list) is put where the documented answer holds it.
import type { Answer } from './answers.js';
import type { Item } from './collections.js';
import type { ResourceRule } from './manifest.js';

export type { ResourceRule };

const isRecord = (v: unknown): v is Item => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What the documented answer holds at `key` ('' is the whole body). */
const at = (body: unknown, key: string): unknown => (key === '' ? body : isRecord(body) ? body[key] : undefined);

/** The documented answer with `value` where it held the item or list. */
const placed = (answer: Answer, key: string, value: unknown): Answer => ({
  ...answer,
  body: key === '' ? value : { ...(isRecord(answer.body) ? answer.body : {}), [key]: value },
});

const notFound = (rule: ResourceRule): Answer => {
  const name = rule.resource.replace(/_/g, ' ');
  return {
    status: 404,
    body: {
      ok: false,
      error: {
        type: `${rule.resource}_not_found`,
        message: `${name.charAt(0).toUpperCase()}${name.slice(1)} not found`,
      },
    },
  };
};

/** The request's values for the item's own fields (never its id). */
const fieldsOf = (rule: ResourceRule, input: Item): Item =>
  Object.fromEntries(
    Object.entries(input).filter(
      ([k, v]) => k !== rule.idProperty && v !== undefined && (rule.fields ?? []).includes(k),
    ),
  );

/**
 * Carries out one operation of a collection. `documented` is the answer the spec documents for it
 * (its example, or a sample of its schema): the item's template, and the shape of the answer.
 */
export function runResourceRule(
  rule: ResourceRule,
  items: Map<string, Item>,
  input: Item,
  documented: Answer,
  newId: () => string,
): Answer {
  const key = rule.itemKey;
  const template = key === undefined ? {} : at(documented.body, key);
  if (rule.action === 'create') {
    // An id of the type the spec shows: a number (REST's `id: 1`) counts up, any other is a UUID.
    const shown = isRecord(template) ? template[rule.idProperty] : undefined;
    const id =
      typeof shown === 'number'
        ? [...items.keys()].map(Number).reduce((top, n) => (n > top ? n : top), 0) + 1
        : newId();
    const item: Item = { ...(isRecord(template) ? template : {}), ...fieldsOf(rule, input), [rule.idProperty]: id };
    items.set(String(id), item);
    return key === undefined ? documented : placed(documented, key, item);
  }
  if (rule.action === 'list') {
    const first = Array.isArray(template) && isRecord(template[0]) ? template[0] : {};
    // A filter is a request field that items have, given as a plain value (query strings are text).
    const filters = Object.entries(input).filter(([, v]) => v !== undefined && v !== null && typeof v !== 'object');
    const shown = [...items.values()]
      .filter((item) => filters.every(([k, v]) => !Object.hasOwn(item, k) || String(item[k]) === String(v)))
      .map((item) => ({ ...first, ...item }));
    return key === undefined ? documented : placed(documented, key, shown);
  }
  const id = input[rule.id];
  const item = typeof id === 'string' || typeof id === 'number' ? items.get(String(id)) : undefined;
  if (!item) return notFound(rule);
  if (rule.action === 'delete') {
    items.delete(String(id));
    return documented;
  }
  // A new object, by spreading: a field named `__proto__` in the spec and the request is a field,
  // where Object.assign would set the item's prototype.
  const current = rule.action === 'update' ? { ...item, ...fieldsOf(rule, input) } : item;
  if (rule.action === 'update') items.set(String(id), current);
  return key === undefined
    ? documented
    : placed(documented, key, { ...(isRecord(template) ? template : {}), ...current });
}
