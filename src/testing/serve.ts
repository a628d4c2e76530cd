// What hangs around the pipeline (pipeline/): each request is made into one value, routed, recorded
// (the newest `maxRequests`), refused when over the body cap or nested too deep, delayed, and
// answered by a scripted fault or by the pipeline; the answer then gets its request id and goes on
// the wire as text. Every way in (in-process, under MSW, over HTTP) ends here, inside the guard.
import { isJsonMediaType } from '../openapi/media.js';
import { readCapped, tooDeep, tooLargeBody } from './body.js';
import type { FakeRequest, Outcome } from './fake-types.js';
import { faultAnswer, sleep, takeFault, type Fault } from './faults.js';
import { guarded } from './guard.js';
import { runPipeline, type PipelineContext } from './pipeline/index.js';
import { requestValue, type Incoming } from './pipeline/request.js';
import { isRouted, route } from './pipeline/route.js';
import type { Route } from './routes.js';
import type { OperationName } from './spec.js';
import { randomUUID } from './uuid.js';

export interface ServeContext extends PipelineContext {
  routes: readonly Route[];
  /** The path prefix of the fake's endpoint (`/v1`). */
  basePath: string;
  faults: Fault[];
  requests: FakeRequest[];
  /** Read at each request: a test may change them at any time. */
  settings: { readonly latencyMs: number; readonly maxBodyBytes: number; readonly maxRequests: number };
}

/** One request, its body already read (undefined: over the cap), answered inside the guard. */
export const serve = (ctx: ServeContext, incoming: Incoming): Promise<Outcome> =>
  guarded(incoming.signal, ctx.rules.requestIdHeader, () => serveUnguarded(ctx, incoming));

/** A Request (in-process, under MSW), its body read with the cap inside the guard; `method` may be one fetch refuses to send. */
export const serveRequest = (ctx: ServeContext, req: Request, method: string, basePath?: string): Promise<Outcome> =>
  guarded(req.signal, ctx.rules.requestIdHeader, async () =>
    serveUnguarded(ctx, {
      method,
      url: req.url,
      headers: req.headers,
      text: await readCapped(req.body, ctx.settings.maxBodyBytes),
      signal: req.signal,
      basePath,
    }),
  );

async function serveUnguarded(ctx: ServeContext, incoming: Incoming): Promise<Outcome> {
  const request = requestValue({ ...incoming, basePath: incoming.basePath ?? ctx.basePath });
  const routed = route(ctx.routes, request);
  const { method, path, query, headers, body } = request;
  const operation = isRouted(routed) ? (routed.route.key as OperationName) : undefined;
  ctx.requests.push({ method, path, operation, query, headers, body });
  // A long test (or a load test) keeps the newest: memory stays bounded.
  if (ctx.requests.length > ctx.settings.maxRequests)
    ctx.requests.splice(0, ctx.requests.length - ctx.settings.maxRequests);
  const idHeader = ctx.rules.requestIdHeader;
  if (request.text === undefined) {
    const requestId = randomUUID();
    return {
      status: 413,
      headers: { 'content-type': 'application/json', [idHeader]: requestId },
      body: tooLargeBody(ctx.settings.maxBodyBytes, requestId),
    };
  }
  if (request.tooDeep && operation !== undefined) throw tooDeep();

  const fault = takeFault(ctx.faults, { path, operation });
  const requestId = randomUUID();
  const delay = (ctx.settings.latencyMs || 0) + (fault?.delayMs ?? 0);
  if (delay > 0) await sleep(delay, request.signal);
  if (fault?.reset) return { drop: true };
  if (fault?.status !== undefined) {
    const { body: text, contentType } = faultAnswer(
      fault as Fault & { status: number },
      ctx.spec,
      ctx.routes,
      isRouted(routed) ? routed.route : undefined,
      requestId,
    );
    return {
      status: fault.status,
      headers: { 'content-type': contentType, [idHeader]: requestId, ...fault.headers },
      body: text,
    };
  }

  const { status, body: value, contentType: type = 'application/json' } = runPipeline(routed, ctx);
  if (status >= 400) (value as { error: { request_id?: string } }).error.request_id = requestId;
  const out = value === undefined ? '' : isJsonMediaType(type) ? JSON.stringify(value) : String(value);
  const answerHeaders = { ...(value === undefined ? {} : { 'content-type': type }), [idHeader]: requestId };
  if (fault?.truncate === 'invalid-json')
    return { status, headers: answerHeaders, body: out.slice(0, Math.floor(out.length / 2)) };
  if (fault?.truncate === 'dropped') return { status, headers: answerHeaders, body: out, cut: 'dropped' };
  return { status, headers: answerHeaders, body: out };
}
