// The action-attempt parts of generated/client.ts and functions.ts: the overloads that say what a
// call resolves to by its `waitForActionAttempt`, and `wait`, which resumes waiting for an attempt
// started without it. Kept apart from emit-client.ts, which lays out methods whatever they return.
import type { MethodDeclarationStructure, OptionalKind } from 'ts-morph';
import { functionName, type ApiModel, type NamespaceModel, type OperationModel } from '../../model/index.js';
import { typeIdentifier } from '../../naming/identifiers.js';

/**
 * What an action-attempt operation resolves to, by its call's `waitForActionAttempt`: waiting
 * resolves only to a finished attempt (a failed one is an error), so the type is its `success`
 * variant; `false`, or a boolean not known at compile time, gives the attempt as answered. Without
 * the option, the client's (or core's) `Wait` decides. The last entry is for the implementation.
 */
export function waitOverloads(
  op: OperationModel,
): Array<{ options: string; optional: boolean; result: string; generic?: boolean }> {
  const result = `${op.typeName}Result`;
  const waited = `${op.typeName}Waited`;
  // The operation that polls attempts waits only when the call asks.
  if (!op.role.returnsAttempt) {
    return [
      {
        options: 'RequestOptions & { waitForActionAttempt: true | WaitForActionAttemptOptions }',
        optional: false,
        result: waited,
      },
      { options: 'RequestOptions', optional: true, result },
    ];
  }
  return [
    { options: 'RequestOptions & { waitForActionAttempt: false }', optional: false, result },
    {
      options: 'RequestOptions & { waitForActionAttempt: true | WaitForActionAttemptOptions }',
      optional: false,
      result: waited,
    },
    { options: 'RequestOptions & { waitForActionAttempt: boolean }', optional: false, result },
    { options: 'RequestOptions', optional: true, result: `Wait extends false ? ${result} : ${waited}`, generic: true },
  ];
}

/** The implementation's return type: what every overload may resolve to (the waited type is not always the result's). */
export const implementationResult = (op: OperationModel, promise: string): string =>
  op.role.returnsAttempt || op.pollsActionAttempts
    ? `${promise}<${op.typeName}Result | ${op.typeName}Waited>`
    : `${promise}<${op.typeName}Result>`;

/** The name `wait` beside the operation that polls attempts, unless the namespace has a member of that name. */
export function pollOf(ns: NamespaceModel): OperationModel | undefined {
  const poll = ns.operations.find((op) => op.pollsActionAttempts);
  return poll &&
    !ns.operations.some((op) => op.methodName === 'wait') &&
    !ns.namespaces.some((child) => child.name === 'wait')
    ? poll
    : undefined;
}

const WAIT_DOCS =
  'Resumes waiting for an action attempt started with `waitForActionAttempt: false`: give the attempt, or its `action_attempt_id`. ' +
  'Polls it until it finishes and resolves to the finished attempt; one that ends in `error`, or is still pending when the wait times out, is thrown.';
const WAIT_OPTIONS = 'RequestOptions & { waitForActionAttempt?: true | WaitForActionAttemptOptions }';

/** `seam.actionAttempts.wait(attemptOrId, options)`, beside the operation that polls attempts. */
export function waitMethod(ns: NamespaceModel, promise: string): Array<OptionalKind<MethodDeclarationStructure>> {
  const poll = pollOf(ns);
  if (!poll) return [];
  return [
    {
      name: 'wait',
      docs: [WAIT_DOCS],
      parameters: [
        { name: 'attempt', type: 'string | { action_attempt_id: string }' },
        { name: 'options', type: WAIT_OPTIONS, hasQuestionToken: true },
      ],
      returnType: `${promise}<${poll.typeName}Waited>`,
      statements: [`return resumeWait(this.#core, ${poll.typeName}Operation, attempt, options);`],
    },
  ];
}

/** The standalone form of `wait`: `actionAttemptsWait(core, attemptOrId, options)`. */
export function waitFunction(model: ApiModel): string[] {
  const poll = model.operations.find((op) => op.pollsActionAttempts);
  if (!poll) return [];
  const name = functionName({ typeName: typeIdentifier([...poll.namespacePath, 'wait']) });
  if (model.operations.some((op) => functionName(op) === name)) return [];
  return [
    `/** ${WAIT_DOCS} */`,
    `export function ${name}(core: ClientCore<boolean>, attempt: string | { action_attempt_id: string }, options?: ${WAIT_OPTIONS}): ${model.profile.names.promise}<${poll.typeName}Waited> {`,
    `  return resumeWait(core, ${poll.typeName}Operation, attempt, options);`,
    '}',
  ];
}
