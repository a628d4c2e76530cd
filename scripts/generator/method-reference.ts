// What a generated method does, as its caller sees it (not the HTTP call): what it resolves to after
// waiting, how to opt out of the wait, and every error class it can throw, with when. One source for
// the Markdown page, the HTML docs and the method's JSDoc, built from the model and from the
// runtime's own tables (apiErrorClass, THROWN_ERRORS), so nothing here names an operation.
import type { ApiModel, OperationModel, ResponseModel } from './model/index.js';
import type { Profile } from '../../src/profiles/profile.js';
import { apiErrorClass } from '../../src/runtime/api-errors.js';
import { fenced } from './markdown.js';
import { WaitDefault } from '../../src/runtime/action-attempts.js';
import { DEFAULTS } from '../../src/runtime/options.js';
import { isRetryableStatus } from '../../src/runtime/retry.js';
import { THROWN_ERRORS } from '../../src/runtime/thrown.js';

const code = (text: string): string => '`' + text.replace(/`/g, "'") + '`';
const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ').trim();

export interface ThrownRow {
  /** Error class names, from the runtime. */
  classes: string[];
  /** When, as Markdown on one line. */
  when: string;
}

export interface MethodReference {
  /** What the method resolves to, as Markdown. */
  resolves: string;
  /** How to get the answer without waiting, as Markdown; only for a method that waits. */
  optOut?: string;
  /** A value the method resolves to, when the spec gives or implies one. */
  example?: unknown;
  throws: ThrownRow[];
}

/** What the docs show: operations marked x-undocumented or x-draft are in the client only. */
export const documented = (model: ApiModel): OperationModel[] =>
  model.operations.filter((op) => op.undocumented === undefined);

/**
 * The client's error classes for a documented error answer, from the runtime's own table
 * (apiErrorClass, by the profile's error types), under the profile's names: `4XX`, `5XX` and
 * `default` are any status, so the class of no particular one.
 */
export function clientErrorClasses(e: Pick<ResponseModel, 'status' | 'errorTypes'>, profile: Profile): string[] {
  const status = /^\d{3}$/.test(e.status) ? Number(e.status) : 0;
  const types = e.errorTypes.length > 0 ? e.errorTypes : [undefined];
  return [...new Set(types.map((type) => profile.names.error(apiErrorClass(status, type, profile.runtime).name)))];
}

/** A value the method resolves to: the waited attempt's, else the spec's first success example (its response key's field). */
function resolvedExample(op: OperationModel): unknown {
  if (op.waited) return op.waited.sample;
  const value = op.success.examples[0]?.value;
  if (value === undefined || !op.responseKey) return value;
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[op.responseKey] : undefined;
}

function resolves(op: OperationModel): string {
  const type = `${op.typeName}Result`;
  const thrown = `An attempt that ends in \`error\`, or is still pending after ${WaitDefault.timeout} ms, is thrown (see below).`;
  if (op.role.returnsAttempt) {
    const attempt = op.actionAttemptType ? ` (${code(op.actionAttemptType)})` : '';
    const waitsFor = `Sends the request, then waits for the action attempt${attempt} to finish, polling it, and resolves to`;
    // A resource beside the attempt: the method resolves to it, as the finished attempt shows it.
    if (op.attemptKey && op.responseKey) {
      return `${waitsFor} the answer's ${code(op.responseKey)}: ${code(`${op.typeName}Waited`)} (${code(op.resultType)}), as the finished attempt's \`result\` shows it where it carries one. ${thrown}`;
    }
    const of = op.attemptKey ? `the answer's ${code(op.attemptKey)}` : code(op.resultType);
    const variant = op.waited ? `, the ${code(op.waited.variant)} variant of ${of}` : ` (${of})`;
    return `${waitsFor} the finished attempt: ${code(`${op.typeName}Waited`)}${variant}. ${thrown}`;
  }
  if (op.success.kind === 'void') return 'Resolves to `undefined` once the API has answered.';
  const from = op.responseKey ? `the answer's ${code(op.responseKey)} field` : "the answer's body";
  const asked = op.pollsActionAttempts
    ? ` With \`{ waitForActionAttempt: true }\` (or \`{ timeout, pollingInterval }\`) it polls until the attempt finishes and resolves to ${code(`${op.typeName}Waited`)}, its \`success\` variant; \`.wait(attemptOrId)\` beside it resumes a wait.`
    : '';
  return `Resolves to ${from}: ${code(type)} (${code(op.resultType)}).${asked}`;
}

function optOut(model: ApiModel, op: OperationModel): string | undefined {
  if (!op.role.returnsAttempt) return undefined;
  const { client, instance } = model.sdk;
  return (
    `To get the attempt as the API answers it, usually still \`pending\`, pass \`{ waitForActionAttempt: false }\` as the call's options ` +
    `(\`${instance}.${op.name}(…, { waitForActionAttempt: false })\`, which resolves to ${code(`${op.typeName}Result`)}), ` +
    `or to the client for every call (\`new ${client}({ waitForActionAttempt: false })\`). ` +
    `\`{ waitForActionAttempt: { timeout, pollingInterval } }\` sets how long to wait (${WaitDefault.timeout} ms by default) ` +
    `and the longest pause between polls (${WaitDefault.pollingInterval} ms).`
  );
}

/** Every error class the method can throw: the spec's error answers first, then the runtime's own. */
function throwsOf(op: OperationModel, profile: Profile): ThrownRow[] {
  const retried = op.idempotent
    ? ` Tried again first, up to \`maxRetries\` times (${DEFAULTS.maxRetries} by default).`
    : '';
  const answers = op.errors.map((e) => {
    const types = e.errorTypes.length > 0 ? ` ${e.errorTypes.map(code).join(', ')}` : '';
    const status = /^\d{3}$/.test(e.status) ? Number(e.status) : 0;
    const again = status && isRetryableStatus(status) ? retried : '';
    return {
      classes: clientErrorClasses(e, profile),
      when: oneLine(`HTTP ${e.status}${types}: ${e.description || 'an error answer.'}${again}`),
    };
  });
  const runtime = runtimeThrown(op).map((t) => ({
    classes: [profile.names.error(t.error.name)],
    when: t.when + (t.retried ? retried : ''),
  }));
  return [...answers, ...runtime];
}

/** The runtime's own errors this method can throw: the waiting ones only where it waits. */
const runtimeThrown = (op: OperationModel) => THROWN_ERRORS.filter((t) => !t.waiting || op.role.returnsAttempt);

export function methodReference(model: ApiModel, op: OperationModel): MethodReference {
  const opt = optOut(model, op);
  const example = resolvedExample(op);
  return {
    resolves: resolves(op),
    ...(opt ? { optOut: opt } : {}),
    ...(example !== undefined ? { example } : {}),
    throws: throwsOf(op, model.profile),
  };
}

const cell = (text: string): string => text.replace(/\|/g, '\\|');

/** The method's section of its Markdown page (and of the HTML docs' description), above the HTTP view. */
export function methodSection(model: ApiModel, op: OperationModel, heading = '##'): string {
  const ref = methodReference(model, op);
  const rows = ref.throws.map((t) => `| ${t.classes.map(code).join(', ')} | ${cell(t.when)} |`);
  return [
    `${heading} What ${code(`${model.sdk.instance}.${op.name}()`)} resolves to\n`,
    `${ref.resolves}\n`,
    ...(ref.optOut ? [`${ref.optOut}\n`] : []),
    ...(ref.example !== undefined ? ['For example:\n', fenced('json', JSON.stringify(ref.example, null, 2))] : []),
    `${heading} What it throws\n`,
    `Every error is a \`${model.profile.names.error('SeamError')}\`. A call aborted through its \`signal\` rejects with the signal's reason.\n`,
    '| error class | when |',
    '| --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/**
 * The method's JSDoc lines: what it resolves to, how to opt out, one `@throws` per error answer of
 * the spec, and one `@throws` naming the runtime's own classes. Their when-text is the same on every
 * method, so it lives on each class's own JSDoc (src/runtime/errors.ts), where an editor shows it on
 * hover: written on each method it was 45% of a large client's JSDoc, which every editor parses.
 */
export function methodJsdoc(model: ApiModel, op: OperationModel): string[] {
  const ref = methodReference(model, op);
  const runtime = runtimeThrown(op).map((t) => model.profile.names.error(t.error.name));
  const answers = ref.throws.slice(0, ref.throws.length - runtime.length);
  const retried = op.idempotent ? ' Idempotent, so tried again first where the class says so.' : '';
  return [
    ref.resolves,
    ...(ref.optOut ? ['', ref.optOut] : []),
    '',
    ...answers.map((t) => `@throws {${t.classes.join(' | ')}} ${t.when}`),
    `@throws {${runtime.join(' | ')}} The client's own errors: each class's JSDoc says when.${retried}`,
  ];
}
