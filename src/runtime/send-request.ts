// Sending one attempt's request through openapi-fetch's `request()`: with the caller's fetch (or
// the global one) bounded by the attempt's signal, no redirect followed, a success answer's body
// left as a stream for read-answer.ts and an error answer's read with the cap; and what
// openapi-fetch or a hook throws made into what the caller should see.
import type { ApiResult } from './api-client.js';
import { bounded, carrying, contextOf, failure, type AttemptContext } from './attempt-context.js';
import { notBuilt } from './build-request.js';
import { SeamError, SeamTimeoutError } from './errors.js';
import type { Middleware } from './middleware.js';
import type { OperationDescriptor } from './operation.js';
import type { FetchLike } from './options.js';
import { readBody } from './read-answer.js';
import { collectTokens } from './redact.js';
import { withBody } from './response.js';

/**
 * The fetch openapi-fetch calls for the attempt, carrying its context: the caller's (or the global
 * one), bounded by the attempt's signal, checked, and its failures typed, so that onError
 * middleware sees what the call would reject with.
 */
function attemptFetch(ctx: AttemptContext, fetch: FetchLike): FetchLike {
  return carrying(async (request) => {
    // The last step before the wire: every token the request carries, whoever set it (the client, the
    // call, middleware), is from now on as secret as the client's own, for this call and later ones.
    collectTokens(request.headers, ctx.secrets, ctx.profile);
    try {
      const answer = await bounded(ctx, fetch(request));
      if (typeof answer?.headers?.get !== 'function')
        throw new SeamError('The fetch function did not return a Response');
      return answer;
    } catch (err) {
      throw failure(ctx, err);
    }
  }, ctx);
}

/**
 * Last in line, so its onRequest would see the request as sent and its onResponse sees the answer
 * as it came. openapi-fetch reads an error answer's body whole: it gets the body as far as the cap
 * lets it be read instead. A success answer's body is read by read-answer.ts, from the stream
 * openapi-fetch returns.
 */
const readErrorBody: Middleware = {
  async onResponse({ response, options }) {
    // An opaque redirect (a browser's answer to redirect: 'manual') has no status to copy.
    if (response.ok || response.status === 0) return undefined;
    return withBody(response, response.status > 199 ? await readBody(contextOf(options)!, response) : null);
  },
};

/** openapi-fetch's answer to the attempt's request (`init`, from build-request.ts), within the attempt's time. */
export async function sendRequest(
  ctx: AttemptContext,
  op: OperationDescriptor,
  init: Record<string, unknown>,
): Promise<ApiResult> {
  let result: ApiResult;
  try {
    result = await bounded(
      ctx,
      ctx.api.request(op.method, op.path, {
        ...init,
        baseUrl: ctx.endpoint,
        fetch: attemptFetch(ctx, ctx.fetch ?? globalThis.fetch),
        signal: ctx.attemptSignal,
        // The API never redirects: a 301/302/303 followed would turn an update into a GET that
        // "succeeds", and a 307/308 to another origin would send the body and headers there.
        redirect: 'manual',
        parseAs: 'stream',
        middleware: [...(ctx.middleware ?? []), readErrorBody],
      }),
    );
  } catch (err) {
    if (ctx.signal?.aborted || ctx.timedOut) throw failure(ctx, err);
    // openapi-fetch serializes the body and makes the Request before any middleware runs.
    if (!ctx.built && !(err instanceof SeamError)) throw notBuilt(ctx, err);
    // openapi-fetch refuses a hook's return value with a plain Error ("onRequest: must return …").
    const hook = err instanceof Error && !(err instanceof SeamError) && /^(on\w+): must return/.exec(err.message)?.[1];
    if (hook) throw new SeamError(`Middleware ${hook} returned what openapi-fetch does not allow there`);
    // What a hook threw, or what onError middleware made of a failure: the caller gets it as it is.
    throw err;
  }
  // Hooks are not interrupted, but an attempt they took past its timeout has timed out.
  if (ctx.timedOut) throw new SeamTimeoutError(ctx.timeout);
  return result;
}
