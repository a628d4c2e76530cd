// The fake's routes, for generated/operations.ts: each operation as the fake routes and answers it
// (its method and path, parameters, whether it is anonymous, its success answer), computed here by
// the testing kit's own function (src/testing/route-manifest.ts) from the bundled spec the fake
// serves, so that a fake of the package's spec reads them instead of deriving them at each start.
import { routeManifestOf, type OperationTable } from '../../../../src/testing/route-manifest.js';
import type { OpenApiDocument } from '../../load.js';
import { functionName, type ApiModel } from '../../model/index.js';

/** Each operation's routes by the name of its standalone function: what operationRoutes lists. */
export const operationTable = (model: ApiModel): OperationTable =>
  Object.fromEntries(
    model.operations.map((op) => [
      functionName(op),
      [op.method, ...op.alternativeMethods].map((m) => `${m.toUpperCase()} ${op.path}`),
    ]),
  );

// The testing kit's RouteEntry (src/testing/manifest.ts), written out: generated code imports nothing from src/testing.
const PARAMETER =
  '{ name: string; in: string; required: boolean; schema?: string; array?: true; style?: string; explode?: boolean; fixed?: readonly (string | number | boolean | null)[] }';
const SUCCESS = '{ status: number; mediaType?: string; example?: string; schema?: string }';
const ENTRY = `{ key: string; method: string; path: string; pathParams: readonly string[]; operation: string; parameters: readonly ${PARAMETER}[]; requestBody?: string; anonymous: boolean; success: ${SUCCESS}; actionAttempt?: string }`;

/**
 * The `routeManifest` export, one entry a line. Spec text is kept as data: each string is a JSON
 * string literal, and the one place spec values land (a parameter's fixed values) holds primitives
 * only, so no spec key ever becomes an object literal's key (`__proto__` would set a prototype).
 */
export function emitRoutes(model: ApiModel, document: OpenApiDocument): string[] {
  return [
    '/**',
    ' * Each operation as the fake routes and answers it, literal paths first: its method and path, the',
    ' * parameters that apply (with the pointer of each schema in openapi.json), whether it asks for no',
    ' * credentials, and where its documented success answer is. Derived from openapi.json by the testing',
    " * kit's routeManifestOf, which a fake of another spec runs at its start.",
    ' */',
    `export const routeManifest: readonly ${ENTRY}[] = [`,
    ...routeManifestOf(document, operationTable(model)).map((entry) => `  ${JSON.stringify(entry)},`),
    '];',
    '',
  ];
}
