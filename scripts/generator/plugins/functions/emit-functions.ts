// generated/functions.ts: each operation as a standalone function of a ClientCore, beside the
// client's classes (generated/client.ts, whose descriptors and types it imports).
import { functionName, type ApiModel, type OperationModel } from '../../model/index.js';
import type { ClientEmitOptions } from '../client/config.js';
import { methodDocs } from '../client/emit-client.js';
import { callOf, itemType, pages, returnType } from '../client/emit-paging.js';
import { implementationResult, waitFunction, waitOverloads } from '../client/emit-waits.js';

/** The operation as a standalone function of a ClientCore: what a bundle that calls only it keeps. */
function operationFunction(model: ApiModel, op: OperationModel): string {
  const name = functionName(op);
  const arg = op.input.shape === 'none' ? 'undefined' : op.input.shape === 'body' ? 'body' : 'input';
  const input = (beforeRequired: boolean) =>
    op.input.shape === 'none'
      ? ''
      : `${arg}${op.input.required || beforeRequired ? '' : '?'}: ${op.typeName}Request${!op.input.required && beforeRequired ? ' | undefined' : ''}, `;
  // Each overload carries the docs: an editor shows the one it picked.
  const docs = `/**\n${methodDocs(model, op)
    .split('\n')
    .map((line) => ` *${line ? ` ${line}` : ''}`)
    .join('\n')}\n */`;
  const waits = op.role.returnsAttempt || op.pollsActionAttempts;
  const overloads = waits
    ? waitOverloads(op).map(
        (o) =>
          `${docs}\nexport function ${name}${o.generic ? '<Wait extends boolean>' : ''}(core: ClientCore<${o.generic ? 'Wait' : 'boolean'}>, ${input(!o.optional)}options${o.optional ? '?' : ''}: ${o.options}): ${model.profile.names.promise}<${o.result}>;`,
      )
    : [];
  return [
    ...overloads,
    ...(waits ? [] : [docs]),
    `export function ${name}(core: ClientCore<boolean>, ${input(false)}options?: RequestOptions): ${pages(op) ? returnType(op, model.profile.names.promise) : implementationResult(op, model.profile.names.promise)} {`,
    `  return ${callOf(op, 'core', arg)};`,
    '}',
  ].join('\n');
}

/**
 * generated/functions.ts: each operation as a standalone function of a ClientCore. Exported from
 * the package entry; a bundle keeps only the functions it calls (and their descriptors).
 */
export function emitFunctions(model: ApiModel, options: ClientEmitOptions): string {
  const ops = model.operations;
  const types = ops.flatMap((op) => [
    ...(op.input.shape === 'none' ? [] : [`${op.typeName}Request`]),
    `${op.typeName}Result`,
    ...(op.role.returnsAttempt || op.pollsActionAttempts ? [`${op.typeName}Waited`] : []),
    ...itemType(op),
  ]);
  const runtimeTypes = [
    'ClientCore',
    'RequestOptions',
    model.profile.names.promise,
    ...(ops.some(pages) ? ['PagePromise'] : []),
    ...(ops.some((op) => op.role.returnsAttempt || op.pollsActionAttempts) ? ['WaitForActionAttemptOptions'] : []),
  ];
  const resume = waitFunction(model);
  return [
    options.header,
    `import type { ${runtimeTypes.join(', ')} } from '${options.runtimeImport}';`,
    ...(resume.length > 0 ? [`import { resumeWait } from '${options.runtimeImport}';`] : []),
    ...(ops.some(pages) ? [`import { listPages } from '${options.runtimeImport}';`] : []),
    ...(ops.length > 0
      ? [
          `import { ${ops.map((op) => `${op.typeName}Operation`).join(', ')} } from './client.js';`,
          `import type { ${types.join(', ')} } from './client.js';`,
        ]
      : []),
    '',
    ops.map((op) => operationFunction(model, op)).join('\n\n'),
    ...(resume.length > 0 ? ['', resume.join('\n')] : []),
    '',
  ].join('\n');
}
