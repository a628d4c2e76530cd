// generated/client.ts, written with ts-morph from the operation model. Every method is one
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
import { methodJsdoc } from '../../method-reference.js';
import type { ApiModel, NamespaceModel, OperationModel } from '../../model/index.js';
import type { ClientEmitOptions } from './config.js';
import { descriptor, ENCODERS, quote } from './emit-descriptor.js';
import { callOf, pages, returnType } from './emit-paging.js';
import { implementationResult, pollOf, waitMethod, waitOverloads } from './emit-waits.js';

const jsdocText = (text: string): string => text.replace(/\*\//g, '*\\/');

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
  const locations = [...new Set(op.parameters.map((p) => p.in))].map(
    (where) => `NonNullable<${base}['parameters'][${quote(where)}]>`,
  );
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
  // What the method resolves to once it has waited for the action attempt: its success variant (of
  // the operation's action type), or the resource beside it.
  const type = op.actionAttemptType ? `, ${quote(op.actionAttemptType)}` : '';
  if (op.role.returnsAttempt && op.attemptKey && op.responseKey)
    lines.push(`export type ${op.typeName}Waited = ${op.typeName}Result;`);
  else if (op.role.returnsAttempt && op.attemptKey)
    lines.push(`export type ${op.typeName}Waited = Succeeded<${op.typeName}Response[${quote(op.attemptKey)}]${type}>;`);
  else if (op.role.returnsAttempt || op.pollsActionAttempts)
    lines.push(`export type ${op.typeName}Waited = Succeeded<${op.typeName}Result${type}>;`);
  // What iterating a list method yields: one item of a page.
  if (pages(op))
    lines.push(
      `export type ${op.typeName}Item = NonNullable<${op.pagination!.items.reduce((t, k) => `NonNullable<${t}>[${quote(k)}]`, `${op.typeName}Response`)}>[number];`,
    );
  return lines;
}

/** The method's JSDoc: what it does for its caller (resolves to, opting out, `@throws`) before the HTTP call it makes. */
export function methodDocs(model: ApiModel, op: OperationModel): string {
  const methods = [op.method, ...op.alternativeMethods].map((m) => m.toUpperCase());
  const also = op.alternativeMethods.length > 0 ? ` (the API also accepts ${methods.slice(1).join(', ')})` : '';
  const [resolves, ...rest] = methodJsdoc(model, op);
  const throws = rest.filter((line) => line.startsWith('@throws'));
  return jsdocText(
    [
      op.summary,
      '',
      resolves!,
      ...rest.filter((line) => !line.startsWith('@throws')),
      '',
      `The HTTP call: \`${methods[0]} ${op.path}\`${also}`,
      '',
      op.description,
      '',
      ...throws,
      ...(op.deprecated ? ['', `@deprecated ${op.deprecationNote ?? 'This operation is deprecated in the API.'}`] : []),
    ]
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
  );
}

function method(model: ApiModel, op: OperationModel): OptionalKind<MethodDeclarationStructure> {
  const arg = op.input.shape === 'body' ? 'body' : 'input';
  const inputParam = (beforeRequired: boolean) =>
    op.input.shape === 'none'
      ? []
      : [
          {
            name: arg,
            type: `${op.typeName}Request${!op.input.required && beforeRequired ? ' | undefined' : ''}`,
            hasQuestionToken: !op.input.required && !beforeRequired,
          },
        ];
  const docs = [methodDocs(model, op)];
  const waits = op.role.returnsAttempt || op.pollsActionAttempts;
  return {
    name: op.methodName,
    // With overloads, an editor shows theirs: the implementation's would be a fifth copy.
    docs: waits ? [] : docs,
    ...(waits && {
      overloads: waitOverloads(op).map((o) => ({
        docs,
        parameters: [...inputParam(!o.optional), { name: 'options', type: o.options, hasQuestionToken: o.optional }],
        returnType: `${model.profile.names.promise}<${o.result}>`,
      })),
    }),
    parameters: [...inputParam(false), { name: 'options', type: 'RequestOptions', hasQuestionToken: true }],
    returnType: pages(op)
      ? returnType(op, model.profile.names.promise)
      : implementationResult(op, model.profile.names.promise),
    statements: [`return ${callOf(op, 'this.#core', op.input.shape === 'none' ? 'undefined' : arg)};`],
  };
}

function namespaceClass(model: ApiModel, ns: NamespaceModel, waits: boolean): ClassDeclarationStructure {
  const isRoot = ns.path.length === 0;
  const hasMethods = ns.operations.length > 0;
  // `Wait`: whether the client waits for action attempts by default; the root always takes it, so
  // that the hand-written client can pass it whatever the spec holds.
  const generic = waits || isRoot;
  return {
    kind: StructureKind.Class,
    name: ns.className,
    isExported: true,
    docs: [
      isRoot
        ? 'Every namespace of the API. Extended by the hand-written client in src/.'
        : `The \`${ns.path.join('.')}\` namespace.`,
    ],
    typeParameters: generic ? [{ name: 'Wait', constraint: 'boolean', default: 'true' }] : [],
    properties: [
      ...(hasMethods ? [{ name: '#core', type: 'ClientCore<boolean>', isReadonly: true }] : []),
      ...ns.namespaces.map((child) => ({
        name: child.name,
        type: waits ? `${child.className}<Wait>` : child.className,
        isReadonly: true,
      })),
    ],
    ctors: [
      {
        parameters: [{ name: 'core', type: 'ClientCore<boolean>' }],
        scope: isRoot ? Scope.Public : undefined,
        statements: [
          ...(hasMethods ? ['this.#core = core;'] : []),
          ...ns.namespaces.map((child) => `this.${child.name} = new ${child.className}(core);`),
        ],
      },
    ],
    methods: [...ns.operations.map((op) => method(model, op)), ...waitMethod(ns, model.profile.names.promise)],
  };
}

function allNamespaces(ns: NamespaceModel): NamespaceModel[] {
  return [ns, ...ns.namespaces.flatMap(allNamespaces)];
}

export function emitClient(model: ApiModel, options: ClientEmitOptions): string {
  const ops = model.operations;
  const waits = ops.some((op) => op.role.returnsAttempt);
  const poll = ops.find((op) => op.pollsActionAttempts);
  const valueImports = [
    ...(ops.some(pages) ? ['listPages'] : []),
    ...(ops.some((op) => op.input.shape === 'flat') ? ['withParams'] : []),
    ...(model.root && allNamespaces(model.root).some(pollOf) ? ['resumeWait'] : []),
    ...(ops.some((op) => op.attemptKey) ? ['attemptIn'] : []),
    ...[
      ...new Set(
        ops.flatMap((op) => (op.requestBody && op.requestBody.kind !== 'json' ? [ENCODERS[op.requestBody.kind]] : [])),
      ),
    ].sort(),
  ];
  const typeImports = [
    'ClientCore',
    'OperationDescriptor',
    'RequestOptions',
    ...(ops.length > 0 ? [model.profile.names.promise] : []),
    ...(ops.some(pages) ? ['PagePromise'] : []),
    ...(ops.some((op) => op.requestBody?.kind === 'binary') ? ['BinaryInput'] : []),
    ...(ops.some((op) => op.requestBody?.kind === 'multipart') ? ['MultipartInput'] : []),
    ...(waits || poll ? ['Succeeded', 'WaitForActionAttemptOptions'] : []),
  ].sort();
  const statements: Array<string | StatementStructures> = [
    options.header,
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: options.runtimeImport,
      namedImports: typeImports,
    },
    ...(valueImports.length > 0
      ? [
          {
            kind: StructureKind.ImportDeclaration,
            moduleSpecifier: options.runtimeImport,
            namedImports: valueImports,
          } satisfies StatementStructures,
        ]
      : []),
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: './schema.js',
      namedImports: ['paths'],
    },
    // One constant per operation, so that a bundle keeps only those it calls.
    ['', '// How to call each operation; read by the runtime.', ...ops.map(descriptor)].join('\n'),
    [
      '',
      '/** The operation that returns an action attempt by its id, which the client polls while it waits (none: methods never wait). */',
      `export const actionAttemptPoll: OperationDescriptor | undefined = ${poll ? `${poll.typeName}Operation` : 'undefined'};`,
    ].join('\n'),
    ['', '// Request, response and result types of each operation.', ...ops.flatMap(operationTypes)].join('\n'),
    ...allNamespaces(model.root).map((ns) => namespaceClass(model, ns, waits)),
  ];
  // Printed straight from structures: building a SourceFile would also parse the result with
  // the TypeScript compiler, which costs more than the printing itself on large specs.
  return printStructure(
    { kind: StructureKind.SourceFile, statements },
    { indentNumberOfSpaces: 2, useSingleQuote: true },
  );
}
