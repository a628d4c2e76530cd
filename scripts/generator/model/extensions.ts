// The spec extensions the model reads on operations: the type each must have, what each means,
// and the old names still read for one release.
//
// Seam's names, meaning what they mean in Seam's own published spec (@seamapi/types/connect):
//   x-response-key         string: the method resolves to this property of the success body;
//                          null: no key, the method resolves to the whole body.
//   x-action-attempt-type  string (UPDATE_ACCESS_CODE, …): the answer carries an action attempt.
//                          When the method resolves to it (x-response-key: action_attempt), the
//                          client can wait for it to finish.
//   x-fern-sdk-group-name  a list of groups and a method name: the method's name (naming/derive.ts).
//   x-fern-sdk-method-name
//   x-undocumented         a reason: the operation is in the client, and left out of the docs.
//   x-draft                a reason: as x-undocumented.
//   x-deprecated           what to use instead: the operation is deprecated.
//   x-title                the operation's title in the docs, before `summary`.
//   x-speakeasy-pagination Speakeasy's declaration of how the answer pages (pagination.ts).
// This project's own, which Seam has no name for:
//   x-operation-group      methods of one path with the same value are one operation.
//   x-idempotent           true when repeating the request is safe, so it may be retried.
//   x-pagination           false, or how the answer pages where no convention tells (pagination.ts).
//   x-fake-resource        what the testing kit's fake keeps for it, where conventions do not fit
//                          (resources.ts).
import { GeneratorError } from '../errors.js';
import type { Locate, RawOperation } from './types.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const isString = (v: unknown): boolean => typeof v === 'string';
const isReason = (v: unknown): boolean => typeof v === 'string' || typeof v === 'boolean';

const FORMS: Record<string, [check: (v: unknown) => boolean, what: string]> = {
  'x-operation-group': [isString, 'a string'],
  'x-client-name': [isString, 'a string'],
  'x-response-key': [(v) => v === null || isString(v), 'a string, or null for no key'],
  'x-idempotent': [(v) => typeof v === 'boolean', 'a boolean'],
  'x-action-attempt': [(v) => typeof v === 'boolean', 'a boolean'],
  'x-action-attempt-type': [isString, 'a string such as "UPDATE_ACCESS_CODE"'],
  'x-undocumented': [isReason, 'a string (the reason) or a boolean'],
  'x-draft': [isReason, 'a string (the reason) or a boolean'],
  'x-deprecated': [isReason, 'a string (what to use instead) or a boolean'],
  'x-title': [isString, 'a string'],
  'x-pagination': [(v) => v === false || (typeof v === 'object' && v !== null && !Array.isArray(v)), 'false or an object (see pagination.ts)'],
  'x-speakeasy-pagination': [(v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'an object (Speakeasy\'s form)'],
  'x-fake-resource': [(v) => v === false || (typeof v === 'object' && v !== null && !Array.isArray(v)), 'false or an object (see resources.ts)'],
};

/** Old names, read until the release named, each with the warning that says what to write. */
export const LEGACY_EXTENSIONS: Record<string, string> = {
  'x-action-attempt': 'write x-action-attempt-type (Seam\'s name, the attempt\'s type such as "UPDATE_ACCESS_CODE") instead',
  'x-client-name': 'write x-fern-sdk-group-name (a list) and x-fern-sdk-method-name (Seam\'s names) instead',
};
const LEGACY_UNTIL = '0.3.0';

/** Checks each extension's type (a wrong one is an error at the extension) and warns on old names. */
export function checkExtensions(raw: RawOperation, locate: Locate, warnings: string[]): void {
  for (const [key, [check, what]] of Object.entries(FORMS)) {
    const value = raw.op[key];
    if (value !== undefined && !check(value)) {
      throw new GeneratorError('invalid-extension', `${key} must be ${what}, not ${JSON.stringify(value)}`, locate(`${raw.pointer}/${key}`));
    }
  }
  for (const [key, instead] of Object.entries(LEGACY_EXTENSIONS)) {
    if (raw.op[key] !== undefined) {
      warnings.push(`${locate(`${raw.pointer}/${key}`)} deprecated-extension: ${key} is read until release ${LEGACY_UNTIL}; ${instead}`);
    }
  }
}

/** The property the method resolves to, if any: x-response-key (null is none). */
export const responseKeyOf = (op: Json): string | undefined => (typeof op['x-response-key'] === 'string' ? op['x-response-key'] : undefined);

/** The action attempt's type the answer carries (`true` when only the old x-action-attempt says so). */
export const actionAttemptTypeOf = (op: Json): string | true | undefined =>
  typeof op['x-action-attempt-type'] === 'string' ? op['x-action-attempt-type'] : op['x-action-attempt'] === true ? true : undefined;

/** Why an operation is left out of the docs, if it is: x-undocumented or x-draft. */
export function undocumentedReason(op: Json): string | undefined {
  for (const key of ['x-undocumented', 'x-draft']) {
    const value = op?.[key];
    if (value === undefined || value === false) continue;
    return typeof value === 'string' && value.trim() ? value.trim() : key === 'x-draft' ? 'Draft.' : 'Undocumented.';
  }
  return undefined;
}

/** The deprecation, if any: OpenAPI's `deprecated`, or x-deprecated with what to use instead. */
export function deprecationOf(op: Json): { deprecated: boolean; deprecationNote?: string } {
  const x = op['x-deprecated'];
  const note = typeof x === 'string' && x.trim() ? x.trim() : undefined;
  return { deprecated: op.deprecated === true || (x !== undefined && x !== false), ...(note ? { deprecationNote: note } : {}) };
}
