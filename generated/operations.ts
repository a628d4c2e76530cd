// Generated from spec/openapi.yaml by scripts/generate.ts. Do not edit: change the spec or the generator, then run `npm run generate`.
import type { AccessCodesListRequest, AccessCodesListResult, AccessCodesListItem, AccessCodesUpdateRequest, AccessCodesUpdateResult, AccessCodesUpdateMultipleRequest, AccessCodesUpdateMultipleResult, ActionAttemptsGetRequest, ActionAttemptsGetResult } from './client.js';
import type { components } from './schema.js';

/** Each operation by the name of its standalone function: the method and path it is served at, then its alternatives. */
export const operationRoutes: { readonly [name in OperationName]: readonly string[] } = {
  accessCodesList: ["POST /access_codes/list", "GET /access_codes/list"],
  accessCodesUpdate: ["POST /access_codes/update", "PUT /access_codes/update", "PATCH /access_codes/update"],
  accessCodesUpdateMultiple: ["POST /access_codes/update_multiple", "PATCH /access_codes/update_multiple"],
  actionAttemptsGet: ["POST /action_attempts/get"],
};

/**
 * The operations that create, get, list, update or delete the items of a collection, which the
 * fake keeps: inferred from the spec's conventions, or given by x-fake-resource.
 */
export const operationResources: { readonly [name in OperationName]?: { collection: string; resource: string; action: 'create' | 'get' | 'list' | 'update' | 'delete'; id: string; idProperty: string; itemKey?: string; fields?: readonly string[]; schema?: string } } = {
  accessCodesList: {"collection":"/access_codes","resource":"access_code","action":"list","id":"access_code_id","idProperty":"access_code_id","itemKey":"access_codes","schema":"access_code"},
  accessCodesUpdate: {"collection":"/access_codes","resource":"access_code","action":"update","id":"access_code_id","idProperty":"access_code_id","schema":"access_code"},
  actionAttemptsGet: {"collection":"/action_attempts","resource":"action_attempt","action":"get","id":"action_attempt_id","idProperty":"action_attempt_id","schema":"action_attempt"},
};

/**
 * The schema of the items each collection operation acts on (its rule's `schema`), by the name of
 * its function: the testing kit types what its declared rules keep with it.
 */
export interface OperationItems {
  accessCodesList: components['schemas']["access_code"];
  accessCodesUpdate: components['schemas']["access_code"];
  actionAttemptsGet: components['schemas']["action_attempt"];
}

/**
 * The list operations that answer one page at a time: where the items and the next cursor are,
 * the request fields that take the cursor and the page size (with the spec's default and maximum).
 * The fake pages these answers; `paginate()` of seam-connect-client/fetch follows them.
 */
export const operationPagination: { readonly [name in OperationName]?: { items: readonly string[]; cursor: string; next?: readonly string[]; nextFromLast?: string; hasMore?: readonly string[]; limit?: { name: string; default?: number; maximum?: number } } } = {
  accessCodesList: {"items":["access_codes"],"cursor":"page_cursor","next":["pagination","next_page_cursor"],"hasMore":["pagination","has_next_page"],"limit":{"name":"limit","default":55000}},
};

/** Each route of a list operation that pages, and the type of its items: what `paginate()` of seam-connect-client/fetch takes. */
export interface PaginatedRoutes {
  "POST /access_codes/list": AccessCodesListItem;
  "GET /access_codes/list": AccessCodesListItem;
}

/**
 * The records the docs' samples name, which the fake plants on `seed.examples()`: the id each get,
 * update or delete sample passes (the spec's example, else a value sampled from its schema), and
 * each item the examples of a collection's schema and of its create and get answers show. Spec
 * text, kept as data: each item is JSON that is parsed, never an object literal.
 */
export const exampleSeeds: readonly { collection: string; id: string; item: Readonly<Record<string, unknown>> }[] = [
  { collection: "/access_codes", id: "b854d7c9-d0d8-40a7-8a7c-cd3d167a6ce5", item: JSON.parse("{\"access_code_id\":\"b854d7c9-d0d8-40a7-8a7c-cd3d167a6ce5\",\"device_id\":\"2b5d3f8e-4a1c-4f3e-9d2b-7c6a5e4d3c2b\",\"name\":\"Front door\",\"code\":\"1234\",\"type\":\"ongoing\",\"status\":\"set\",\"starts_at\":null,\"ends_at\":null,\"common_code_key\":null,\"created_at\":\"2025-06-01T10:00:00.000Z\"}") },
  { collection: "/action_attempts", id: "bbb8a07d-a91d-4564-b002-8172f7cdadc4", item: JSON.parse("{\"status\":\"pending\",\"action_type\":\"UPDATE_ACCESS_CODE\",\"action_attempt_id\":\"bbb8a07d-a91d-4564-b002-8172f7cdadc4\",\"result\":null,\"error\":null}") },
];

/**
 * Each operation as the fake routes and answers it, literal paths first: its method and path, the
 * parameters that apply (with the pointer of each schema in openapi.json), whether it asks for no
 * credentials, and where its documented success answer is. Derived from openapi.json by the testing
 * kit's routeManifestOf, which a fake of another spec runs at its start.
 */
export const routeManifest: readonly { key: string; method: string; path: string; pathParams: readonly string[]; operation: string; parameters: readonly { name: string; in: string; required: boolean; schema?: string; array?: true; style?: string; explode?: boolean; fixed?: readonly (string | number | boolean | null)[] }[]; requestBody?: string; anonymous: boolean; success: { status: number; mediaType?: string; example?: string; schema?: string }; actionAttempt?: string }[] = [
  {"key":"accessCodesUpdate","method":"post","path":"/access_codes/update","pathParams":[],"operation":"#/paths/~1access_codes~1update/post","parameters":[],"requestBody":"#/components/requestBodies/UpdateAccessCode","anonymous":false,"success":{"status":200,"mediaType":"application/json","example":"#/components/responses/UpdateAccessCodeOk/content/application~1json/examples/pending/value","schema":"#/components/responses/UpdateAccessCodeOk/content/application~1json/schema"},"actionAttempt":"UPDATE_ACCESS_CODE"},
  {"key":"accessCodesUpdate","method":"put","path":"/access_codes/update","pathParams":[],"operation":"#/paths/~1access_codes~1update/put","parameters":[],"requestBody":"#/components/requestBodies/UpdateAccessCode","anonymous":false,"success":{"status":200,"mediaType":"application/json","example":"#/components/responses/UpdateAccessCodeOk/content/application~1json/examples/pending/value","schema":"#/components/responses/UpdateAccessCodeOk/content/application~1json/schema"},"actionAttempt":"UPDATE_ACCESS_CODE"},
  {"key":"accessCodesUpdate","method":"patch","path":"/access_codes/update","pathParams":[],"operation":"#/paths/~1access_codes~1update/patch","parameters":[],"requestBody":"#/components/requestBodies/UpdateAccessCode","anonymous":false,"success":{"status":200,"mediaType":"application/json","example":"#/components/responses/UpdateAccessCodeOk/content/application~1json/examples/pending/value","schema":"#/components/responses/UpdateAccessCodeOk/content/application~1json/schema"},"actionAttempt":"UPDATE_ACCESS_CODE"},
  {"key":"accessCodesUpdateMultiple","method":"post","path":"/access_codes/update_multiple","pathParams":[],"operation":"#/paths/~1access_codes~1update_multiple/post","parameters":[],"requestBody":"#/components/requestBodies/UpdateMultipleAccessCodes","anonymous":false,"success":{"status":200,"mediaType":"application/json","example":"#/components/responses/UpdateMultipleAccessCodesOk/content/application~1json/examples/ok/value","schema":"#/components/responses/UpdateMultipleAccessCodesOk/content/application~1json/schema"}},
  {"key":"accessCodesUpdateMultiple","method":"patch","path":"/access_codes/update_multiple","pathParams":[],"operation":"#/paths/~1access_codes~1update_multiple/patch","parameters":[],"requestBody":"#/components/requestBodies/UpdateMultipleAccessCodes","anonymous":false,"success":{"status":200,"mediaType":"application/json","example":"#/components/responses/UpdateMultipleAccessCodesOk/content/application~1json/examples/ok/value","schema":"#/components/responses/UpdateMultipleAccessCodesOk/content/application~1json/schema"}},
  {"key":"accessCodesList","method":"post","path":"/access_codes/list","pathParams":[],"operation":"#/paths/~1access_codes~1list/post","parameters":[],"requestBody":"#/components/requestBodies/ListAccessCodes","anonymous":false,"success":{"status":200,"mediaType":"application/json","example":"#/components/responses/ListAccessCodesOk/content/application~1json/examples/firstPage/value","schema":"#/components/responses/ListAccessCodesOk/content/application~1json/schema"}},
  {"key":"accessCodesList","method":"get","path":"/access_codes/list","pathParams":[],"operation":"#/paths/~1access_codes~1list/get","parameters":[{"name":"device_id","in":"query","required":false,"schema":"#/paths/~1access_codes~1list/get/parameters/0/schema"},{"name":"access_code_ids","in":"query","required":false,"schema":"#/paths/~1access_codes~1list/get/parameters/1/schema","array":true},{"name":"limit","in":"query","required":false,"schema":"#/paths/~1access_codes~1list/get/parameters/2/schema"},{"name":"page_cursor","in":"query","required":false,"schema":"#/paths/~1access_codes~1list/get/parameters/3/schema"}],"anonymous":false,"success":{"status":200,"mediaType":"application/json","example":"#/components/responses/ListAccessCodesOk/content/application~1json/examples/firstPage/value","schema":"#/components/responses/ListAccessCodesOk/content/application~1json/schema"}},
  {"key":"actionAttemptsGet","method":"post","path":"/action_attempts/get","pathParams":[],"operation":"#/paths/~1action_attempts~1get/post","parameters":[],"requestBody":"#/paths/~1action_attempts~1get/post/requestBody","anonymous":false,"success":{"status":200,"mediaType":"application/json","example":"#/paths/~1action_attempts~1get/post/responses/200/content/application~1json/examples/success/value","schema":"#/paths/~1action_attempts~1get/post/responses/200/content/application~1json/schema"}},
];

/** Each operation by the name of its standalone function: its request and result types. */
export interface OperationTypes {
  accessCodesList: { request: AccessCodesListRequest; result: AccessCodesListResult };
  accessCodesUpdate: { request: AccessCodesUpdateRequest; result: AccessCodesUpdateResult };
  accessCodesUpdateMultiple: { request: AccessCodesUpdateMultipleRequest; result: AccessCodesUpdateMultipleResult };
  actionAttemptsGet: { request: ActionAttemptsGetRequest; result: ActionAttemptsGetResult };
}

export type OperationName = keyof OperationTypes;
