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
import type { ApiModel, NamespaceModel, OperationModel } from './model.js';

export interface ClientEmitOptions {
  /** Module specifier of the runtime, relative to the output folder. */
  runtimeImport: string;
  header: string;
}

const jsdocText = (text: string): string => text.replace(/\*\//g, '*\\/');
const quote = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function operationTypes(op: OperationModel): string[] {
  const base = `paths[${quote(op.path)}][${quote(op.method)}]`;
  const status = /^\d+$/.test(op.success.status) ? op.success.status : quote(op.success.status);
  const lines: string[] = [];
  if (op.requestBody) {
    lines.push(`export type ${op.typeName}Request = NonNullable<${base}['requestBody']>['content']['application/json'];`);
  }
  if (op.inputKind === 'params') {
    const body = op.requestBody ? `; body${op.requestBody.required ? '' : '?'}: ${op.typeName}Request` : '';
    lines.push(`export type ${op.typeName}Input = { params: ${base}['parameters']${body} };`);
  }
  lines.push(
    op.success.type === 'void'
      ? `export type ${op.typeName}Response = void;`
      : `export type ${op.typeName}Response = ${base}['responses'][${status}]['content']['application/json'];`,
  );
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
      `@see {@link ./docs/${op.docsFile} | ${op.name} reference}`,
    ]
      .join('\n')
      .replace(/\n{3,}/g, '\n\n'),
  );
}

function method(op: OperationModel): OptionalKind<MethodDeclarationStructure> {
  const options = { name: 'options', type: 'RequestOptions', hasQuestionToken: true };
  const input =
    op.inputKind === 'body'
      ? [{ name: 'body', type: `${op.typeName}Request` }]
      : op.inputKind === 'params'
        ? [{ name: 'input', type: `${op.typeName}Input` }]
        : [];
  const arg = op.inputKind === 'body' ? 'body' : op.inputKind === 'params' ? 'input' : 'undefined';
  return {
    name: op.methodName,
    docs: [methodDocs(op)],
    parameters: [...input, options],
    returnType: `Promise<${op.typeName}Result>`,
    statements: [`return this.#core.request(operations.${op.typeName}, ${arg}, options);`],
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

// Flags that are off are left out, and only operations with parameters name `withParams`: what
// the descriptors do not mention stays out of a consumer's bundle.
function descriptor(op: OperationModel): string {
  const fields = [
    `path: ${quote(op.path)}`,
    `method: ${quote(op.method)}`,
    `input: ${op.inputKind === 'params' ? 'withParams' : quote(op.inputKind)}`,
    ...(op.responseKey ? [`responseKey: ${quote(op.responseKey)}`] : []),
    ...(op.idempotent ? ['idempotent: true'] : []),
    ...(op.actionAttempt ? ['actionAttempt: true'] : []),
  ];
  return `  ${op.typeName}: { ${fields.join(', ')} },`;
}

export function emitClient(model: ApiModel, options: ClientEmitOptions): string {
  const statements: Array<string | StatementStructures> = [
    options.header,
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: options.runtimeImport,
      namedImports: ['ClientCore', 'OperationDescriptor', 'RequestOptions'],
    },
    ...(model.operations.some((op) => op.inputKind === 'params')
      ? [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: options.runtimeImport, namedImports: ['withParams'] } satisfies StatementStructures]
      : []),
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './schema.js', namedImports: ['paths'] },
    [
      '',
      '/** How to call each operation; read by the runtime. */',
      'export const operations = {',
      ...model.operations.map(descriptor),
      '} as const satisfies Record<string, OperationDescriptor>;',
    ].join('\n'),
    ['', '// Request, response and result types of each operation.', ...model.operations.flatMap(operationTypes)].join('\n'),
    ...allNamespaces(model.root).map(namespaceClass),
  ];
  // Printed straight from structures: building a SourceFile would also parse the result with
  // the TypeScript compiler, which costs more than the printing itself on large specs.
  return printStructure({ kind: StructureKind.SourceFile, statements }, { indentNumberOfSpaces: 2, useSingleQuote: true });
}
