// Step 3: TypeScript types for every path and component, by openapi-typescript.
import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenApiDocument } from './load.js';

export async function emitSchemaTypes(bundled: OpenApiDocument): Promise<string> {
  const ast = await openapiTS(structuredClone(bundled) as never, {
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
  });
  return astToString(ast);
}
