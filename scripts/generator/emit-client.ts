// Step 5: generated/client.ts, written with ts-morph from the operation model. Every method is one
// line that hands off to the runtime in src/; behaviour never lives here.
import {
  printStructure,
  Scope,
  type ClassDeclarationStructure,
  type MethodDeclarationStructure,
  type OptionalKind,
  type StatementStructures,
  StructureKind,
} from 'ts-morph';
import { functionName, type ApiModel, type NamespaceModel, type OperationModel } from './model.js';
import type { ResponseShape } from '../../src/runtime/shape.js';

export interface ClientEmitOptions {
  /** Module specifier of the runtime, relative to the output folder. */
  runtimeImport: string;
  header: string;
}

const jsdocText = (text: string): string => text.replace(/\*\//g, '*\\/');
// As JSON escapes it (control characters included), in single quotes.
const quote = (text: string): string => `'${JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;

const ENCODERS = { form: 'formBody', multipart: 'multipartBody', text: 'rawBody', binary: 'rawBody' } as const;

/** The TypeScript type of an operation's request body. */
function bodyType(op: OperationModel, base: string): string | undefined {
  const body = op.requestBody;
  if (!body) return undefined;
  const content = `NonNullable<${base}['requestBody']>['content'][${quote(body.mediaType)}]`;
  if (body.kind === 'multipart') return `MultipartInput<${content}>`;
  if (body.kind === 'text') return 'string';
  if (body.kind === 'binary') return 'BinaryInput';
  return content;
}

/** The method's one argument: the body, or parameters (by location) with the body's fields or `body`. */
function requestType(op: OperationModel, base: string): string | undefined {
  const body = op.requestBody ? `${op.typeName}Body` : undefined;
  if (op.input.shape === 'none') return undefined;
  if (op.input.shape === 'body') return body;
  const locations = [...new Set(op.parameters.map((p) => p.in))].map((where) => `NonNullable<${base}['parameters'][${quote(where)}]>`);
  const parts = [...locations];
  if (body && op.input.bodyKey) parts.push(`{ ${op.input.bodyKey}${op.requestBody!.required ? '' : '?'}: ${body} }`);
  else if (body) parts.push(op.requestBody!.required ? body : `(${body} | { [K in keyof ${body}]?: never })`);
  return parts.join(' & ');
}

function operationTypes(op: OperationModel): string[] {
  const base = `paths[${quote(op.path)}][${quote(op.method)}]`;
  const status = /^\d+$/.test(op.success.status) ? op.success.status : quote(op.success.status);
  const lines: string[] = [];
  const body = bodyType(op, base);
  if (body) lines.push(`export type ${op.typeName}Body = ${body};`);
  const request = requestType(op, base);
  if (request) lines.push(`export type ${op.typeName}Request = ${request};`);
  const response =
    op.success.kind === 'json' && op.success.mediaType
      ? `${base}['responses'][${status}]['content'][${quote(op.success.mediaType)}]`
      : op.success.kind === 'json'
        ? 'unknown'
        : op.success.type;
  lines.push(`export type ${op.typeName}Response = ${response};`);
  lines.push(
    op.responseKey
      ? `export type ${op.typeName}Result = ${op.typeName}Response[${quote(op.responseKey)}];`
      : `export type ${op.typeName}Result = ${op.typeName}Response;`,
  );
  return lines;
}

function methodDocs(op: OperationModel): string {
  const methods = [op.method, ...op.alternativeMethods].map((m) => m.toUpperCase());
  const also = op.alternativeMethods.length > 0 ? ` (the API also accepts ${methods.slice(1).join(', ')})` : '';
  return jsdocText(
    [
      op.summary,
      '',
      op.description,
      '',
      `\`${methods[0]} ${op.path}\`${also}`,
      ...(op.deprecated ? ['', '@deprecated This operation is deprecated in the API.'] : []),
    ]
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
  );
}

function method(op: OperationModel): OptionalKind<MethodDeclarationStructure> {
  const options = { name: 'options', type: 'RequestOptions', hasQuestionToken: true };
  const arg = op.input.shape === 'body' ? 'body' : 'input';
  const input = op.input.shape === 'none' ? [] : [{ name: arg, type: `${op.typeName}Request`, hasQuestionToken: !op.input.required }];
  return {
    name: op.methodName,
    docs: [methodDocs(op)],
    parameters: [...input, options],
    returnType: `SeamPromise<${op.typeName}Result>`,
    statements: [`return this.#core.request(${op.typeName}Operation, ${op.input.shape === 'none' ? 'undefined' : arg}, options);`],
  };
}

function namespaceClass(ns: NamespaceModel): ClassDeclarationStructure {
  const isRoot = ns.path.length === 0;
  const hasMethods = ns.operations.length > 0;
  return {
    kind: StructureKind.Class,
    name: ns.className,
    isExported: true,
    docs: [isRoot ? 'Every namespace of the API. Extended by the hand-written client in src/.' : `The \`${ns.path.join('.')}\` namespace.`],
    properties: [
      ...(hasMethods ? [{ name: '#core', type: 'ClientCore', isReadonly: true }] : []),
      ...ns.namespaces.map((child) => ({ name: child.name, type: child.className, isReadonly: true })),
    ],
    ctors: [
      {
        parameters: [{ name: 'core', type: 'ClientCore' }],
        scope: isRoot ? Scope.Public : undefined,
        statements: [
          ...(hasMethods ? ['this.#core = core;'] : []),
          ...ns.namespaces.map((child) => `this.${child.name} = new ${child.className}(core);`),
        ],
      },
    ],
    methods: ns.operations.map(method),
  };
}

function allNamespaces(ns: NamespaceModel): NamespaceModel[] {
  return [ns, ...ns.namespaces.flatMap(allNamespaces)];
}

/** A shape as an object literal: field names quoted only where they must be. */
function shapeLiteral(shape: ResponseShape): string {
  const fields = Object.entries(shape).map(([field, rule]) => `${/^[A-Za-z_$][\w$]*$/.test(field) ? field : quote(field)}: ${typeof rule === 'string' ? quote(rule) : `[${rule.map((v) => (typeof v === 'string' ? quote(v) : String(v))).join(', ')}]`}`);
  return fields.length ? `{ ${fields.join(', ')} }` : '{}';
}

// Flags that are off and defaults are left out, and only operations that need them name
// `withParams` and the body encoders: what the descriptors do not mention stays out of a
// consumer's bundle.
function descriptor(op: OperationModel): string {
  const list = (names: string[]) => `[${names.map(quote).join(', ')}]`;
  const params = [...new Set(op.parameters.map((p) => p.in))].map(
    (where) => `${where}: ${list(op.parameters.filter((p) => p.in === where).map((p) => p.name))}`,
  );
  const body = op.requestBody;
  const fields = [
    `path: ${quote(op.urlPath)}`,
    `method: ${quote(op.method)}`,
    ...(op.input.shape === 'flat' ? ['input: withParams', `params: { ${params.join(', ')} }`] : []),
    ...(body ? [`body: ${body.kind === 'json' ? quote('json') : ENCODERS[body.kind]}`] : []),
    ...(body && ((body.kind === 'json' && body.mediaType !== 'application/json') || body.kind === 'text' || body.kind === 'binary')
      ? [`contentType: ${quote(body.mediaType)}`]
      : []),
    ...(op.parameters.some((p) => p.style)
      ? [`queryStyles: { ${op.parameters.filter((p) => p.style).map((p) => `${quote(p.name)}: { style: ${quote(p.style!.style)}, explode: ${p.style!.explode} }`).join(', ')} }`]
      : []),
    ...(body?.deepObject.length ? [`deepObject: ${list(body.deepObject)}`] : []),
    ...(op.input.bodyKey ? [`bodyKey: ${quote(op.input.bodyKey)}`] : []),
    ...(op.input.shape === 'flat' && !op.input.bodyKey && body?.required ? ['bodyRequired: true'] : []),
    ...(op.success.kind !== 'json' ? [`response: ${quote(op.success.kind)}`] : []),
    ...(op.responseKey ? [`responseKey: ${quote(op.responseKey)}`] : []),
    ...(op.shape ? [`shape: ${shapeLiteral(op.shape)}`] : []),
    ...(op.idempotent ? ['idempotent: true'] : []),
    ...(op.actionAttempt ? ['actionAttempt: true'] : []),
  ];
  // Annotated, not `as const satisfies`: a literal type of its own for each of a thousand
  // descriptors (their shapes are large) was a tenth of the time a consumer's tsc spends on a
  // GitHub-sized client, and nothing reads those literal types.
  return `export const ${op.typeName}Operation: OperationDescriptor = { ${fields.join(', ')} };`;
}

/** The operation as a standalone function of a ClientCore: what a bundle that calls only it keeps. */
function operationFunction(op: OperationModel): string {
  const input = op.input.shape === 'none' ? '' : `${op.input.shape === 'body' ? 'body' : 'input'}${op.input.required ? '' : '?'}: ${op.typeName}Request, `;
  const arg = op.input.shape === 'none' ? 'undefined' : op.input.shape === 'body' ? 'body' : 'input';
  return [
    `/** \`${op.name}\` as a function: ${jsdocText(op.summary || `${op.method.toUpperCase()} ${op.path}`)}. */`,
    `export function ${functionName(op)}(core: ClientCore, ${input}options?: RequestOptions): SeamPromise<${op.typeName}Result> {`,
    `  return core.request(${op.typeName}Operation, ${arg}, options);`,
    '}',
  ].join('\n');
}

export function emitClient(model: ApiModel, options: ClientEmitOptions): string {
  const ops = model.operations;
  const valueImports = [
    ...(ops.some((op) => op.input.shape === 'flat') ? ['withParams'] : []),
    ...[...new Set(ops.flatMap((op) => (op.requestBody && op.requestBody.kind !== 'json' ? [ENCODERS[op.requestBody.kind]] : [])))].sort(),
  ];
  const typeImports = [
    'ClientCore',
    'OperationDescriptor',
    'RequestOptions',
    ...(ops.length > 0 ? ['SeamPromise'] : []),
    ...(ops.some((op) => op.requestBody?.kind === 'binary') ? ['BinaryInput'] : []),
    ...(ops.some((op) => op.requestBody?.kind === 'multipart') ? ['MultipartInput'] : []),
  ].sort();
  const statements: Array<string | StatementStructures> = [
    options.header,
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: options.runtimeImport, namedImports: typeImports },
    ...(valueImports.length > 0
      ? [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: options.runtimeImport, namedImports: valueImports } satisfies StatementStructures]
      : []),
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './schema.js', namedImports: ['paths'] },
    // One constant per operation, so that a bundle keeps only those it calls.
    ['', '// How to call each operation; read by the runtime.', ...ops.map(descriptor)].join('\n'),
    ['', '// Request, response and result types of each operation.', ...ops.flatMap(operationTypes)].join('\n'),
    ...allNamespaces(model.root).map(namespaceClass),
  ];
  // Printed straight from structures: building a SourceFile would also parse the result with
  // the TypeScript compiler, which costs more than the printing itself on large specs.
  return printStructure({ kind: StructureKind.SourceFile, statements }, { indentNumberOfSpaces: 2, useSingleQuote: true });
}

/**
 * generated/functions.ts: each operation as a standalone function of a ClientCore. Exported from
 * the package entry; a bundle keeps only the functions it calls (and their descriptors).
 */
export function emitFunctions(model: ApiModel, options: ClientEmitOptions): string {
  const ops = model.operations;
  const types = ops.flatMap((op) => [...(op.input.shape === 'none' ? [] : [`${op.typeName}Request`]), `${op.typeName}Result`]);
  return [
    options.header,
    `import type { ClientCore, RequestOptions, SeamPromise } from '${options.runtimeImport}';`,
    ...(ops.length > 0 ? [`import { ${ops.map((op) => `${op.typeName}Operation`).join(', ')} } from './client.js';`, `import type { ${types.join(', ')} } from './client.js';`] : []),
    '',
    ops.map(operationFunction).join('\n\n'),
    '',
  ].join('\n');
}
