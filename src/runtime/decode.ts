// From a success answer to the value a method resolves to: parsed as the operation's response
// says, unwrapped by its `responseKey`, and checked against the shape its schema promises.
import { errorFromResponse } from './api-errors.js';
import type { OperationDescriptor } from './operation.js';
import { misfit } from './shape.js';

/** SeamInvalidResponseError for a 2xx that is not what the spec promises. */
export const invalidResponse = (response: Response, body: unknown, endpoint: string, secrets: readonly string[], why: string) =>
  errorFromResponse(response, body, secrets, `Unexpected answer from ${endpoint}: ${why}`);

/** The value of a 2xx (or documented redirect) answer whose body openapi-fetch read as `data`. */
export function decode(op: OperationDescriptor, response: Response, data: unknown, endpoint: string, secrets: readonly string[]): unknown {
  // Redirects are not followed (redirect: 'manual'): a documented one resolves to where it points.
  if (op.response === 'location') return response.headers.get('location') ?? undefined;
  if (op.response === 'void') return undefined;
  if (op.response) return data;
  let parsed: unknown;
  try {
    parsed = data === undefined || data === '' ? undefined : JSON.parse(data as string);
  } catch {
    throw invalidResponse(response, data, endpoint, secrets, 'the body is not valid JSON');
  }
  const value = op.responseKey ? (parsed as Record<string, unknown> | undefined)?.[op.responseKey] : parsed;
  const why = op.responseKey && value === undefined ? `no "${op.responseKey}"` : op.shape && misfit(value, op.shape);
  if (why) throw invalidResponse(response, parsed, endpoint, secrets, why);
  return value;
}
