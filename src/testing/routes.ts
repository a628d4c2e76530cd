// Every operation of a spec as a route of the fake: its path template as a pattern, its
// parameters, body and success answer, all read from the spec, nothing named by hand.
import { appliedParameters, HTTP_METHODS } from '../openapi/operations.js';
import { follow, pointerOf } from '../openapi/refs.js';
import { urlPathOf } from '../openapi/url-path.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- spec JSON this file still reads untyped: the typed document types do not reach it yet
export type Json = any;

/** Operation names by the routes they are served at (`POST /a/b`), as generated/operations.ts lists them. */
export type OperationTable = Record<string, readonly string[]>;

export interface Route {
  path: string;
  method: string;
  /** The operation's name: its function's (operations.ts), else x-operation-group, else operationId. */
  key: string;
  pattern: RegExp;
  pathParams: string[];
  operation: Json;
  /** Parameters, path-level and operation-level, $refs followed, each with its schema's pointer. */
  parameters: Array<Json & { schemaPointer: string }>;
  /** No security requirement at all (`security: []`). */
  anonymous: boolean;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function routesOf(spec: Json, table: OperationTable = {}): Route[] {
  const names = new Map(Object.entries(table).flatMap(([name, list]) => list.map((route) => [route, name] as const)));
  const routes: Route[] = [];
  for (const [path, rawItem] of Object.entries<Json>(spec.paths ?? {})) {
    const itemTarget = follow(spec, rawItem);
    const item: Json = itemTarget.node;
    const itemPointer = itemTarget.pointer ?? pointerOf('paths', path);
    // A fragment only names the operation (`/#X-Amz-Target=…`): requests come to the path before it.
    const urlPath = urlPathOf(path);
    const pathParams = [...urlPath.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
    const pattern = new RegExp(
      `^${urlPath
        .split(/\{[^}]+\}/)
        .map(escape)
        .join('([^/]+)')}$`,
    );
    for (const method of HTTP_METHODS) {
      const operation = item?.[method];
      if (!operation) continue;
      const parameters = appliedParameters(item, operation, (raw, { from, index }) => {
        const target: { node: Json; pointer?: string } = follow(spec, raw);
        const base = from === 'item' ? `${itemPointer}/parameters` : `${itemPointer}/${method}/parameters`;
        return { ...target.node, schemaPointer: `${target.pointer ?? `${base}/${index}`}/schema` };
      }).map((p) => p.node);
      const security = operation.security ?? spec.security ?? [];
      routes.push({
        path,
        method,
        key:
          names.get(`${method.toUpperCase()} ${path}`) ??
          operation['x-operation-group'] ??
          operation.operationId ??
          `${method.toUpperCase()} ${path}`,
        pattern,
        pathParams,
        operation,
        parameters,
        anonymous: security.length === 0 || security.some((alt: Json) => Object.keys(alt).length === 0),
      });
    }
  }
  // Literal paths before templated ones, as routers match: /pets/count before /pets/{id}.
  return routes.sort((a, b) => a.pathParams.length - b.pathParams.length);
}

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
    const allowed: unknown[] | undefined =
      p.schema?.enum ?? (p.schema?.const !== undefined ? [p.schema.const] : undefined);
    if (!p.required || !allowed || (p.in !== 'header' && p.in !== 'query')) return true;
    const value = p.in === 'header' ? headers[String(p.name).toLowerCase()] : query[p.name];
    return allowed.includes(value);
  });
}

/** The route a request takes: the operation, or why there is none (no such path, or method). */
export function match(
  routes: Route[],
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
