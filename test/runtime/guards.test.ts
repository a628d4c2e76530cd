// Errors from another copy of the classes (the CJS build beside the ESM one, or another entry
// point's bundle) are not `instanceof` these; isSeamError knows them by name and hierarchy.
import * as errors from '../../src/runtime/errors.js';
import { isSeamApiError, isSeamError, type SeamErrorName } from '../../src/runtime/guards.js';

const fields = { status: 404, code: 'x', message: 'm', body: undefined };
const attempt = { action_attempt_id: 'a', status: 'error' };
/** One error of each class, made by `of` (these classes, or another copy of them). */
const oneOfEach = (of: typeof errors): errors.SeamError[] => [
  new of.SeamError('m'),
  new of.SeamOptionsError('m'),
  new of.SeamApiError(fields),
  new of.SeamInvalidInputError(fields),
  new of.SeamUnauthorizedError(fields),
  new of.SeamNotFoundError(fields),
  new of.SeamRateLimitError(fields),
  new of.SeamInvalidResponseError(fields),
  new of.SeamConnectionError('m'),
  new of.SeamTimeoutError(1),
  new of.SeamActionAttemptError(attempt, 'failed'),
  new of.SeamActionAttemptFailedError(attempt),
  new of.SeamActionAttemptTimeoutError(attempt, 1),
];

let copy: typeof errors;
jest.isolateModules(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a second copy of the module needs require() inside isolateModules
  copy = require('../../src/runtime/errors.js');
});

it('the copy is another set of classes: instanceof fails across them', () => {
  expect(copy.SeamApiError).not.toBe(errors.SeamApiError);
  expect(new copy.SeamNotFoundError(fields)).not.toBeInstanceOf(errors.SeamApiError);
});

// The guards' table must say what the classes say: for every class and every error, the guard
// agrees with instanceof on the same copy, and gives the same answer for the other copy's error.
const names = oneOfEach(errors).map((e) => e.name as SeamErrorName);
it.each(names)('isSeamError(err, %j) agrees with instanceof, for either copy', (name) => {
  const Class = errors[name] as unknown as new (...args: never[]) => Error;
  oneOfEach(errors).forEach((err, i) => {
    const expected = err instanceof Class;
    expect([err.name, isSeamError(err, name)]).toEqual([err.name, expected]);
    expect([err.name, isSeamError(oneOfEach(copy)[i], name)]).toEqual([err.name, expected]);
  });
});

it('is false for anything else', () => {
  for (const value of [
    new Error('m'),
    Object.assign(new Error('m'), { name: 'Other' }),
    { name: 'SeamApiError' },
    'SeamError',
    null,
    undefined,
  ]) {
    expect(isSeamError(value)).toBe(false);
  }
  expect(isSeamApiError(new copy.SeamRateLimitError({ ...fields, status: 429 }))).toBe(true);
  expect(isSeamApiError(new copy.SeamTimeoutError(1))).toBe(false);
});
