// The contract between the generator and the testing kit: the types of what generated/operations.ts
// (the fake's manifest) carries. It imports nothing, so the generator can type what it writes
// without type-checking the testing kit, or generated/, which it writes itself.

/** One operation's part in a collection, as the generator emits it (scripts/generator/model/resources.ts). */
export interface ResourceRule {
  collection: string;
  resource: string;
  action: 'create' | 'get' | 'list' | 'update' | 'delete';
  /** The request field that names the item. */
  id: string;
  /** The item's property that holds its id. */
  idProperty: string;
  /** Where the answer holds the item or the list ('' for the whole body); absent: answered as documented. */
  itemKey?: string;
  /** The item's properties a create or update takes from the request. */
  fields?: readonly string[];
  /** The component schema of the items, where the spec has one (its name, e.g. `Pet`). */
  schema?: string;
}

/** One record a docs sample names, as the generator emits it: its collection, its id (the key the fake keeps it by) and the item. */
export interface ExampleSeed {
  collection: string;
  id: string;
  item: Readonly<Record<string, unknown>>;
}
