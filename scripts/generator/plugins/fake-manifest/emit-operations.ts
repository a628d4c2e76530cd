// generated/operations.ts and generated/openapi.json: what the testing kit (src/testing/) serves.
// The fake routes every operation of the spec JSON, names each by its standalone function, and types
// what it records with the operation's request and result types. Nothing in the client imports
// these files, so a bundle of the client never carries them.
import type { OpenApiDocument } from '../../load.js';
import { pages } from '../client/emit-paging.js';
import { functionName, type ApiModel } from '../../model/index.js';
import { emitRoutes } from './emit-routes.js';
import { exampleSeeds } from './seeds.js';

export function emitOperations(model: ApiModel, header: string, document: OpenApiDocument): string {
  const ops = model.operations;
  const types = ops.flatMap((op) => [
    ...(op.input.shape === 'none' ? [] : [`${op.typeName}Request`]),
    `${op.typeName}Result`,
    ...(pages(op) ? [`${op.typeName}Item`] : []),
  ]);
  const paged = ops.filter(pages);
  const routes = ops.map((op) => {
    const methods = [op.method, ...op.alternativeMethods].map((m) => JSON.stringify(`${m.toUpperCase()} ${op.path}`));
    return `  ${functionName(op)}: [${methods.join(', ')}],`;
  });
  const withSchema = ops.filter((op) => op.resource?.schema !== undefined);
  const items = withSchema.map(
    (op) => `  ${functionName(op)}: components['schemas'][${JSON.stringify(op.resource!.schema)}];`,
  );
  const entries = ops.map(
    (op) =>
      `  ${functionName(op)}: { request: ${op.input.shape === 'none' ? 'undefined' : `${op.typeName}Request`}; result: ${op.typeName}Result };`,
  );
  return [
    header,
    ...(ops.length > 0 ? [`import type { ${types.join(', ')} } from './client.js';`] : []),
    ...(items.length > 0 ? [`import type { components } from './schema.js';`] : []),
    '',
    '/** Each operation by the name of its standalone function: the method and path it is served at, then its alternatives. */',
    // Typed by annotation, not `as const`: a tuple type for each of a thousand routes costs a
    // consumer's tsc time, and nothing reads them.
    `export const operationRoutes: { readonly [name in OperationName]: readonly string[] } = {`,
    ...routes,
    '};',
    '',
    '/**',
    ' * The operations that create, get, list, update or delete the items of a collection, which the',
    " * fake keeps: inferred from the spec's conventions, or given by x-fake-resource.",
    ' */',
    // The testing kit's ResourceRule, written out: generated code imports nothing from src/testing.
    "export const operationResources: { readonly [name in OperationName]?: { collection: string; resource: string; action: 'create' | 'get' | 'list' | 'update' | 'delete'; id: string; idProperty: string; itemKey?: string; fields?: readonly string[]; schema?: string } } = {",
    ...ops.flatMap((op) => (op.resource ? [`  ${functionName(op)}: ${JSON.stringify(op.resource)},`] : [])),
    '};',
    '',
    '/**',
    " * The schema of the items each collection operation acts on (its rule's `schema`), by the name of",
    ' * its function: the testing kit types what its declared rules keep with it.',
    ' */',
    `export interface OperationItems {`,
    ...items,
    '}',
    '',
    '/**',
    ' * The list operations that answer one page at a time: where the items and the next cursor are,',
    " * the request fields that take the cursor and the page size (with the spec's default and maximum).",
    ` * The fake pages these answers; \`paginate()\` of ${model.sdk.package}/fetch follows them.`,
    ' */',
    'export const operationPagination: { readonly [name in OperationName]?: { items: readonly string[]; cursor: string; next?: readonly string[]; nextFromLast?: string; hasMore?: readonly string[]; limit?: { name: string; default?: number; maximum?: number } } } = {',
    ...paged.map((op) => {
      const p = op.pagination!;
      return `  ${functionName(op)}: ${JSON.stringify({ items: p.items, cursor: p.cursor, next: p.next, nextFromLast: p.nextFromLast, hasMore: p.hasMore, limit: p.limit })},`;
    }),
    '};',
    '',
    `/** Each route of a list operation that pages, and the type of its items: what \`paginate()\` of ${model.sdk.package}/fetch takes. */`,
    'export interface PaginatedRoutes {',
    ...paged.flatMap((op) =>
      [op.method, ...op.alternativeMethods].map(
        (m) => `  ${JSON.stringify(`${m.toUpperCase()} ${op.path}`)}: ${op.typeName}Item;`,
      ),
    ),
    '}',
    '',
    '/**',
    " * The records the docs' samples name, which the fake plants on `seed.examples()`: the id each get,",
    " * update or delete sample passes (the spec's example, else a value sampled from its schema), and",
    " * each item the examples of a collection's schema and of its create and get answers show. Spec",
    ' * text, kept as data: each item is JSON that is parsed, never an object literal.',
    ' */',
    'export const exampleSeeds: readonly { collection: string; id: string; item: Readonly<Record<string, unknown>> }[] = [',
    ...exampleSeeds(model, document).map(
      (s) =>
        `  { collection: ${JSON.stringify(s.collection)}, id: ${JSON.stringify(s.id)}, item: JSON.parse(${JSON.stringify(JSON.stringify(s.item))}) },`,
    ),
    '];',
    '',
    ...emitRoutes(model, document),
    '/** Each operation by the name of its standalone function: its request and result types. */',
    `export interface OperationTypes {`,
    ...entries,
    '}',
    '',
    'export type OperationName = keyof OperationTypes;',
    '',
  ].join('\n');
}

/**
 * The bundled spec, as JSON, for code that reads the spec at run time (the testing kit's fake). Its
 * first key, `"//"`, carries the do-not-edit line that JSON has no comment for.
 */
export function emitSpecJson(bundled: OpenApiDocument, header: string): string {
  const body = JSON.stringify(bundled, null, 2);
  const rest = body === '{}' ? '}' : `,${body.slice(1)}`;
  return `{"//": ${JSON.stringify(header)}${rest}\n`;
}
