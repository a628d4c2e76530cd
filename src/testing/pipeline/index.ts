// The fake's answer to a request, as four small stages over one request value: route → authorize
// → validate → answer. Each returns an answer to stop (404, 401, 400) or passes the request on.
// What hangs around it (the record, the body cap, scripted faults, latency, the request id) is serve.ts's.
import type { Answer } from '../answers.js';
import type { SpecValidator } from '../validate.js';
import { answer, type AnswerContext } from './answer.js';
import { authorize, type CredentialValues } from './authorize.js';
import { isRouted, type RouteResult } from './route.js';
import { inputOf, validate } from './validate.js';

export interface PipelineContext extends AnswerContext {
  credentials: CredentialValues;
  /** The spec's validator, made on first use (compiling costs; a fake no request reaches never pays it). */
  validator: () => SpecValidator;
}

/** The stages after routing (the route stage runs first, so that the request is recorded under its operation). */
export function runPipeline(routed: RouteResult, ctx: PipelineContext): Answer {
  if (!isRouted(routed)) return routed;
  const refused = authorize(routed, ctx.rules.auth, ctx.credentials);
  if (refused) return refused;
  const validator = ctx.validator();
  return validate(routed, validator) ?? answer(routed, ctx, () => inputOf(routed, validator));
}
