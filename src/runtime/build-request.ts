// Building one attempt's request: the operation's descriptor and the caller's argument made into
// openapi-fetch's `request()` init (parameters, body, headers, serializers). What cannot be made
// into a request (a body with a cycle or a BigInt, a header value with a line break) is
// SeamOptionsError: nothing is sent, nothing retried.
import type { AttemptContext } from './attempt-context.js';
import { SeamError, SeamOptionsError } from './errors.js';
import type { OperationDescriptor } from './operation.js';
import { redact } from './redact.js';

/**
 * The caller's argument could not be made into a request, here or where openapi-fetch serializes
 * the body and makes the Request. A header's value is never quoted, since fetch's message quotes it
 * and it may hold a token.
 */
export function notBuilt(ctx: AttemptContext, err: unknown): SeamOptionsError {
  const message = String((err as Error)?.message);
  return new SeamOptionsError(
    `The request could not be built: ${/header/i.test(message) ? 'a header name or value is not valid' : redact(message, ctx.secrets)}`,
  );
}

/** openapi-fetch's `request()` init for calling `op` with `input`; the call's own `headers` under the operation's. */
export function buildRequest(ctx: AttemptContext, op: OperationDescriptor, input: unknown): Record<string, unknown> {
  try {
    const {
      params,
      body,
      headers: own,
      querySerializer,
    } = op.input ? op.input(input, op) : { params: {}, body: input ?? (op.bodyRequired ? {} : undefined) };
    const init: Record<string, unknown> = { params, headers: { ...ctx.headers, ...own } };
    if (querySerializer) init.querySerializer = querySerializer;
    if (op.body && body !== undefined) {
      init.body = body;
      if (op.body === 'json') {
        // openapi-fetch's own JSON serializer and content type, unless the spec names another JSON type.
        if (op.contentType) init.headers = { 'content-type': op.contentType, ...(init.headers as object) };
      } else {
        const encoded = op.body(body, op);
        init.bodySerializer = () => encoded.body;
        // null removes openapi-fetch's JSON default (fetch then sets FormData's own, with its boundary).
        init.headers = { 'content-type': encoded.contentType ?? null, ...(init.headers as object) };
      }
    }
    return init;
  } catch (err) {
    throw err instanceof SeamError ? err : notBuilt(ctx, err);
  }
}
