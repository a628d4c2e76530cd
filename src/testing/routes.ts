// The fake's routes: each operation of the route manifest (route-manifest.ts; generated/operations.ts
// for the package's own spec) with its path template as a pattern, and how a request finds its route.
import { urlPathOf } from '../openapi/url-path.js';
import type { RouteEntry } from './manifest.js';

export type { OperationTable } from './route-manifest.js';

/** An operation as the fake routes it: its manifest entry, and the pattern its path template makes. */
export interface Route extends RouteEntry {
  pattern: RegExp;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each entry with its pattern: a path parameter matches one segment. The manifest's order is kept. */
export const routesFrom = (entries: readonly RouteEntry[]): Route[] =>
  entries.map((entry) => ({
    ...entry,
    // A fragment only names the operation (`/#X-Amz-Target=…`): requests come to the path before it.
    pattern: new RegExp(
      `^${urlPathOf(entry.path)
        .split(/\{[^}]+\}/)
        .map(escape)
        .join('([^/]+)')}$`,
    ),
  }));

/** The header and query values of a request, by lower-cased header name and query name. */
export interface RequestValues {
  headers: Record<string, string>;
  query: Record<string, string>;
}

/**
 * Whether the request carries what a required header or query parameter with fixed values asks
 * for: how operations that share a method and path (`POST /#X-Amz-Target=Svc.CreateTags`, and
 * `…DeleteTags`) are told apart.
 */
function fits(route: Route, { headers, query }: RequestValues): boolean {
  return route.parameters.every((p) => {
    if (!p.fixed) return true;
    const value = p.in === 'header' ? headers[p.name.toLowerCase()] : query[p.name];
    return p.fixed.some((allowed) => allowed === value);
  });
}

/** The route a request takes: the operation, or why there is none (no such path, or method). */
export function match(
  routes: readonly Route[],
  method: string,
  path: string,
  values?: RequestValues,
): { route: Route; params: Record<string, string> } | 'no-path' | 'no-method' {
  let pathFound = false;
  let first: { route: Route; params: Record<string, string> } | undefined;
  for (const route of routes) {
    const m = route.pattern.exec(path);
    if (!m) continue;
    // A malformed escape (/users/%E0%A4%A) is a value no route can have: not found, not a crash.
    let params: Record<string, string>;
    try {
      params = Object.fromEntries(route.pathParams.map((name, i) => [name, decodeURIComponent(m[i + 1]!)]));
    } catch {
      continue;
    }
    pathFound = true;
    if (route.method !== method) continue;
    const found = { route, params };
    // The first that fits; failing that, the first on the path, whose validation then says what is missing.
    if (!values || fits(route, values)) return found;
    first ??= found;
  }
  return first ?? (pathFound ? 'no-method' : 'no-path');
}
