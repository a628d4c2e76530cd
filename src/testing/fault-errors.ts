// The error a scripted fault answers with: the one the spec documents for that status, so that
// `fake.fail(op, { status: 503 })` is `service_unavailable` and a client's class follows from it
// (429 rate_limited, 400 invalid_input: the client's invalid-input error), for any spec, with nothing named here.
import { isObject } from '../openapi/json.js';
import { deref, nodeAt } from '../openapi/refs.js';
import type { Route } from './routes.js';

export interface DocumentedError {
  type: string;
  message: string;
}

/** The response an operation documents for `status`: the status itself, then its range (`5XX`), then `default`. */
function responseFor(spec: unknown, operation: unknown, status: number): unknown {
  const responses = isObject(operation) && isObject(operation.responses) ? operation.responses : {};
  for (const key of [String(status), `${String(status)[0]}XX`, `${String(status)[0]}xx`, 'default']) {
    if (Object.hasOwn(responses, key)) return deref(spec, responses[key]);
  }
  return undefined;
}

/** The first `{ error: { type, message } }` among a response's examples (any media type). */
function exampleError(spec: unknown, response: unknown): DocumentedError | undefined {
  const content = isObject(response) && isObject(response.content) ? response.content : {};
  for (const media of Object.values(content)) {
    if (!isObject(media)) continue;
    const named = Object.values(isObject(media.examples) ? media.examples : {}).map((e) => deref(spec, e));
    const examples = [media.example, ...named.map((e) => (isObject(e) ? e.value : undefined))];
    for (const example of examples) {
      const error = isObject(example) ? example.error : undefined;
      if (isObject(error) && typeof error.type === 'string')
        return { type: error.type, message: typeof error.message === 'string' ? error.message : 'Scripted fault' };
    }
  }
  return undefined;
}

/**
 * The error the spec documents for `status`: on the operation the fault is for, else on any
 * operation of the spec (a fault for any request), else `http_<status>`.
 */
export function documentedError(
  spec: unknown,
  routes: readonly Route[],
  route: Route | undefined,
  status: number,
): DocumentedError {
  for (const candidate of route ? [route, ...routes] : routes) {
    const found = exampleError(spec, responseFor(spec, nodeAt(spec, candidate.operation), status));
    if (found) return found;
  }
  return { type: `http_${status}`, message: 'Scripted fault' };
}
