// Stage one: which operation a request is for, by path, method and (where operations share both)
// the fixed values of required headers and query parameters (routes.ts). None: 404 or 405.
import { errorAnswer, type Answer } from '../answers.js';
import { match, type Route } from '../routes.js';
import type { RequestValue, Routed } from './request.js';

export type RouteResult = Routed | Answer;

export function route(routes: readonly Route[], request: RequestValue): RouteResult {
  const found = match(routes, request.method.toLowerCase(), request.path, request);
  if (found === 'no-path') return errorAnswer(404, 'endpoint_not_found', `No endpoint at ${request.path}`);
  if (found === 'no-method')
    return errorAnswer(405, 'method_not_allowed', `${request.method} is not allowed on ${request.path}`);
  return Object.assign(request, found);
}

export const isRouted = (result: RouteResult): result is Routed => 'route' in result;
