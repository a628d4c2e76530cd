// Reading one attempt's answer: an error status becomes its typed error (api-errors.ts); a success
// answer's body is read with the cap, bounded by the attempt's signal, and decoded (decode.ts).
import type { ApiResult } from './api-client.js';
import { errorFromResponse, invalidResponse } from './api-errors.js';
import { bounded, failure, type AttemptContext } from './attempt-context.js';
import { decode } from './decode.js';
import type { OperationDescriptor } from './operation.js';
import { readCapped } from './read-body.js';
import type { Answer } from './seam-promise.js';

/** The body as text (or a Blob, when `binary`), read with the cap, bounded by the attempt's signal, failures typed. */
export async function readBody(ctx: AttemptContext, response: Response, binary?: boolean): Promise<string | Blob> {
  try {
    const tooLarge = () =>
      invalidResponse(ctx, response, undefined, `the body is larger than ${ctx.maxResponseBytes} bytes`);
    return await bounded(ctx, readCapped(response, ctx.maxResponseBytes, tooLarge, binary));
  } catch (err) {
    throw failure(ctx, err);
  }
}

/** The value and answer of the attempt, from openapi-fetch's `result` (a success answer's body still a stream). */
export async function readAnswer(
  ctx: AttemptContext,
  op: OperationDescriptor,
  { data, error, response }: ApiResult,
): Promise<Answer> {
  if (!response.ok && !(op.response === 'location' && response.status >= 300 && response.status < 400)) {
    throw errorFromResponse(ctx, response, error);
  }
  const body = data === undefined ? undefined : await readBody(ctx, response, op.response === 'blob');
  return [decode(ctx, op, response, body), response];
}
