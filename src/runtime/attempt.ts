// One attempt of a call: its request built (build-request.ts), sent through openapi-fetch within
// the attempt's timeout and the caller's signal (send-request.ts), and its answer read with a cap
// and decoded into a value or a typed error (read-answer.ts, decode.ts), each step over the
// attempt's one context (attempt-context.ts). Retries and polls are attempts of their own
// (retry.ts, action-attempts.ts).
import { startAttempt, type AttemptCall } from './attempt-context.js';
import { buildRequest } from './build-request.js';
import type { OperationDescriptor } from './operation.js';
import { readAnswer } from './read-answer.js';
import type { Answer } from './seam-promise.js';
import { sendRequest } from './send-request.js';

/** Attempt `number` (1, then 2 for the first retry, …) of calling `op` with `input`. */
export async function attempt(
  op: OperationDescriptor,
  input: unknown,
  call: AttemptCall,
  number: number,
): Promise<Answer> {
  const ctx = startAttempt(call, number);
  try {
    const init = buildRequest(ctx, op, input);
    return await readAnswer(ctx, op, await sendRequest(ctx, op, init));
  } finally {
    ctx.close();
  }
}
