// From a success answer to the value a method resolves to: parsed as the operation's response
// says, unwrapped by its `responseKey`, and checked against the shape its schema promises.
import { invalidResponse, type AnswerContext } from './api-errors.js';
import type { OperationDescriptor } from './operation.js';
import { misfit } from './shape.js';

/** The value of a 2xx (or documented redirect) answer whose body was read as `data`; SeamInvalidResponseError when it is not what the spec promises. */
export function decode(ctx: AnswerContext, op: OperationDescriptor, response: Response, data: unknown): unknown {
  // Redirects are not followed (redirect: 'manual'): a documented one resolves to where it points.
  if (op.response === 'location') return response.headers.get('location') ?? undefined;
  if (op.response === 'void') return undefined;
  if (op.response) return data;
  let parsed: unknown;
  try {
    parsed = data === undefined || data === '' ? undefined : JSON.parse(data as string);
  } catch {
    throw invalidResponse(ctx, response, data, 'the body is not valid JSON');
  }
  const value = op.responseKey ? (parsed as Record<string, unknown> | undefined)?.[op.responseKey] : parsed;
  const why = op.responseKey && value === undefined ? `no "${op.responseKey}"` : op.shape && misfit(value, op.shape);
  if (why) throw invalidResponse(ctx, response, parsed, why);
  return value;
}
