// The error a scripted fault answers with: the one the spec documents for that status, so that
// `fake.fail(op, { status: 503 })` is `service_unavailable` and a client's class follows from it
// (429 rate_limited, 400 invalid_input: SeamInvalidInputError), for any spec, with nothing named here.
import { deref } from '../openapi/refs.js';
import type { Json, Route } from './routes.js';

export interface DocumentedError {
  type: string;
  message: string;
}

/** The response an operation documents for `status`: the status itself, then its range (`5XX`), then `default`. */
function responseFor(spec: Json, operation: Json, status: number): Json {
  const responses = operation?.responses ?? {};
  for (const key of [String(status), `${String(status)[0]}XX`, `${String(status)[0]}xx`, 'default']) {
    if (Object.hasOwn(responses, key)) return deref(spec, responses[key]);
  }
  return undefined;
}

/** The first `{ error: { type, message } }` among a response's examples (any media type). */
function exampleError(spec: Json, response: Json): DocumentedError | undefined {
  for (const media of Object.values<Json>(response?.content ?? {})) {
    const examples = [media?.example, ...Object.values<Json>(media?.examples ?? {}).map((e) => deref(spec, e)?.value)];
    for (const example of examples) {
      const error = example?.error;
      if (typeof error?.type === 'string')
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
  spec: Json,
  routes: readonly Route[],
  route: Route | undefined,
  status: number,
): DocumentedError {
  for (const candidate of route ? [route, ...routes] : routes) {
    const found = exampleError(spec, responseFor(spec, candidate.operation, status));
    if (found) return found;
  }
  return { type: `http_${status}`, message: 'Scripted fault' };
}
