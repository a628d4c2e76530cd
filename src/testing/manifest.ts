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

/**
 * One parameter of a route as the fake reads it. Every pointer is a JSON pointer into the bundled
 * spec the fake serves (generated/openapi.json for the package's own).
 */
export interface RouteParameter {
  name: string;
  in: string;
  required: boolean;
  /** Its schema's pointer; absent when it has none. */
  schema?: string;
  /** Its schema is a list: how a query value is split. */
  array?: true;
  style?: string;
  explode?: boolean;
  /**
   * The values a required header or query parameter is fixed to (its schema's `enum`, or `const`):
   * how operations that share a method and path are told apart. Primitives only: a header or query
   * value is text, so no other value could match, and the generator writes these as literals.
   */
  fixed?: readonly (string | number | boolean | null)[];
}

/** The answer an operation documents for its success: what the fake answers when no rule does. */
export interface SuccessAnswer {
  status: number;
  /** Its media type (a JSON one first); absent: no body. */
  mediaType?: string;
  /** The pointer of its example value (`example`, else the first of `examples`), when it has one. */
  example?: string;
  /** The pointer of its schema, sampled when there is no example. */
  schema?: string;
}

/** One operation as the fake routes and answers it, derived from the spec by src/testing/route-manifest.ts. */
export interface RouteEntry {
  /** The operation's name: its function's (operations.ts), else x-operation-group, else operationId. */
  key: string;
  /** Lower-case, as a path item's keys are. */
  method: string;
  /** The path template, as the spec's key writes it. */
  path: string;
  pathParams: readonly string[];
  /** The pointer of the operation object. */
  operation: string;
  /** Path-level and operation-level parameters, as they apply (src/openapi/operations.ts). */
  parameters: readonly RouteParameter[];
  /** The pointer of its request body, its `$ref` followed; absent when it declares none. */
  requestBody?: string;
  /** No security requirement at all (`security: []`, or an empty alternative). */
  anonymous: boolean;
  success: SuccessAnswer;
  /** Its `x-action-attempt-type`, when it starts one. */
  actionAttempt?: string;
}
