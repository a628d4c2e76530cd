// generated/schema.ts: TypeScript types for every path and component, by openapi-typescript.
//
// openapiTS() would parse, lint and bundle the document again (about half of its time on a large
// spec) before transforming it. The generator has already done all three with the project's
// stricter rules, so it hands the bundled document straight to openapi-typescript's exported
// transformSchema(), with the context openapiTS() builds (openapi-typescript is pinned exactly;
// the snapshot tests and `generate --check` catch any drift in its output).
//
// The functions come from the files that define them, not the package index: the index also loads
// openapi-typescript's own copy of Redocly for openapiTS(), 0.2 s of start-up this step never uses.
import type { OpenAPITSOptions } from 'openapi-typescript';
import transformSchema from 'openapi-typescript/dist/transform/index.mjs';
import { astToString } from 'openapi-typescript/dist/lib/ts.mjs';
import { resolveRef, scanDiscriminators } from 'openapi-typescript/dist/lib/utils.mjs';
import { GeneratorError } from '../../errors.js';
import { keysOf, pointerOf } from '../../../../src/openapi/refs.js';
import { fieldOf, isNode, type Node, type OpenApiDocument } from '../../document.js';
import { compactOperations } from './compact-operations.js';

const OPTIONS = {
  // Properties with a `default` stay optional in requests; the server fills them in.
  defaultNonNullable: false,
  // Extra properties are errors at compile time unless the spec allows them.
  additionalProperties: false,
  // String unions, not TS enums: nothing at runtime, and literals type-check.
  enum: false,
  // `components['schemas']['AccessCode']` is also exported as `SchemaAccessCode`.
  rootTypes: true,
  // Keep the spec's order so a diff of generated/schema.ts reads like the diff of the spec.
  alphabetize: false,
  silent: true,
} satisfies OpenAPITSOptions;

type Context = Parameters<typeof transformSchema>[1];

/**
 * Replaces each `$ref` that points anywhere but at a whole component (into a path's body schema,
 * or inside a component: `#/components/schemas/Pet/oneOf/0`) with a copy of what it points at.
 * openapi-typescript turns such a reference into a type path that does not exist
 * (`…['content']['multipart/form-data']['schema']['purpose']`, `…['Pet']['oneOf']`); a copy types
 * the same.
 */
function inlineRefsOutsideComponents(doc: OpenApiDocument, locate: (pointer: string) => string): unknown {
  // Any value of the document, looked into by key as JavaScript does (a list's items by index).
  const childOf = (node: unknown, key: string): unknown => (node as Node | null | undefined)?.[key];
  const resolve = (ref: string): unknown => keysOf(ref).reduce<unknown>(childOf, doc);
  const walk = (node: unknown, pointer: string, stack: string[]): unknown => {
    if (Array.isArray(node)) return node.map((v, i) => walk(v, `${pointer}/${i}`, stack));
    if (!isNode(node)) return node;
    // Spelled one way (`%7B` decoded): openapi-typescript resolves and names a reference by its text.
    const ref =
      typeof node.$ref === 'string' && node.$ref.startsWith('#/') ? pointerOf(...keysOf(node.$ref)) : node.$ref;
    // A whole component (`#/components/schemas/Pet`) is kept as a reference; anything deeper or elsewhere is copied.
    if (typeof ref === 'string' && ref.startsWith('#/') && !/^#\/components\/[^/]+\/[^/]+$/.test(ref)) {
      if (stack.includes(ref)) {
        throw new GeneratorError(
          'unsupported-ref',
          `$ref ${ref} points into a schema and back into itself; make that schema a component of its own`,
          locate(pointer),
        );
      }
      return walk(resolve(ref), pointer, [...stack, ref]);
    }
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      out[key] =
        key === '$ref' && typeof value === 'string'
          ? ref
          : walk(value, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, stack);
      changed ||= out[key] !== value;
    }
    return changed ? out : node;
  };
  return walk(doc, '#', []);
}

/** `compact: false` gives openapi-typescript's text as it prints it (the compaction's test compares the two). */
export function emitSchemaTypes(
  bundled: OpenApiDocument,
  locate: (pointer: string) => string,
  { compact = true } = {},
): string {
  const version = Number.parseFloat(String(bundled.openapi));
  if (!(version >= 3 && version < 4)) {
    throw new GeneratorError(
      'unsupported-version',
      `openapi-typescript needs OpenAPI 3.x, not ${bundled.openapi ?? fieldOf(bundled, 'swagger') ?? 'no version'}`,
      locate('#/openapi'),
    );
  }
  // transformSchema may annotate the document it walks; the model and docs read the original.
  const schema = inlineRefsOutsideComponents(structuredClone(bundled), locate) as Parameters<typeof transformSchema>[0];
  const ctx: Context = {
    ...OPTIONS,
    arrayLength: false,
    discriminators: scanDiscriminators(schema, OPTIONS),
    emptyObjectsUnknown: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    // Only openapiTS() itself reads the Redocly config; the transforms never do.
    redoc: undefined as unknown as Context['redoc'],
    inject: undefined,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: ($ref) => resolveRef(schema, $ref, { silent: true }),
  };
  try {
    const text = requoteRootTypes(astToString(transformSchema(schema, ctx)));
    return compact ? compactOperations(text) : text;
  } catch (err) {
    // openapi-typescript refuses some schemas no lint rule catches (`type: object` with a list of
    // strings as its `enum`): "Expected SchemaObject, received string at #/components/…/oneOf/0".
    // Said at the deepest node of that pointer the spec has, not as a crash.
    const message = (err as Error)?.message ?? String(err);
    const at = / at (#\/\S+)/.exec(message)?.[1];
    if (!at) throw err;
    const keys = keysOf(at);
    let depth = 0;
    for (
      let node: unknown = bundled;
      depth < keys.length && node !== null && typeof node === 'object' && keys[depth]! in node;
      depth++
    )
      node = (node as Node)[keys[depth]!];
    throw new GeneratorError(
      'unsupported-schema',
      `openapi-typescript cannot type this schema: ${message}`,
      locate(pointerOf(...keys.slice(0, depth))),
    );
  }
}

/**
 * openapi-typescript writes each root type alias with the component's name between single quotes,
 * as it is: a name holding a quote (`Pet'Kind`, which Redocly's minimal rules only warn about) ended
 * the string there, and a crafted one appended code to schema.ts. Each is quoted again here, as JSON
 * quotes it; a name with a line break never gets here (load.ts refuses it).
 */
export function requoteRootTypes(text: string): string {
  return text.replace(
    /^export type (\w+) = components\['(\w+)'\]\['(.*)'\];$/gm,
    (_, alias: string, group: string, name: string) =>
      `export type ${alias} = components[${JSON.stringify(group)}][${JSON.stringify(name)}];`,
  );
}
