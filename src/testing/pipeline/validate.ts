// Stage three: the request against its operation's parameters and body, as the spec declares them
// (validate.ts, compiled by ajv). Invalid: 400 invalid_input with the API's validation_errors tree.
import { errorAnswer, type Answer } from '../answers.js';
import type { RequestParts, SpecValidator } from '../validate.js';
import type { Routed } from './request.js';

const partsOf = (request: Routed): RequestParts => ({
  pathParams: request.params,
  query: new URLSearchParams(request.query),
  headers: request.headers,
  contentType: request.contentType,
  raw: request.text ?? '',
});

export function validate(request: Routed, validator: SpecValidator): Answer | undefined {
  const invalid = validator.validate(request.route, partsOf(request));
  return invalid && errorAnswer(400, 'invalid_input', invalid.message, { validation_errors: invalid.tree });
}

/** What a rule reads of a valid request: its query, path parameters and body, merged (the body's fields last). */
export const inputOf = (request: Routed, validator: SpecValidator): Record<string, unknown> => ({
  ...request.query,
  ...request.params,
  ...(validator.parseBody(request.route, partsOf(request)) as object | undefined),
});
