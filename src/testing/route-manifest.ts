// What the fake needs of each operation to route and answer it, derived from a bundled spec once:
// by the generator, which writes it into generated/operations.ts for the package's own spec, and
// by the fake at run time for a spec it is given. One function for both, so they cannot drift.
// Pure, and it imports nothing that reaches generated/ (the generator calls it).
import { isObject } from '../openapi/json.js';
import { isJsonMediaType } from '../openapi/media.js';
import { appliedParameters, HTTP_METHODS, successStatusOf } from '../openapi/operations.js';
import { follow as followRef, pointerOf } from '../openapi/refs.js';
import { urlPathOf } from '../openapi/url-path.js';
import type { RouteEntry, RouteParameter, SuccessAnswer } from './manifest.js';

/** Operation names by the routes they are served at (`POST /a/b`), as generated/operations.ts lists them. */
export type OperationTable = Readonly<Record<string, readonly string[]>>;

type Node = Record<string, unknown>;
const objectOr = (value: unknown): Node => (isObject(value) ? value : {});
const child = (pointer: string, ...keys: string[]): string => `${pointer}/${pointerOf(...keys).slice(2)}`;

type Follow = (node: unknown) => { node: unknown; pointer?: string };

/** `$ref`s followed in one document, each once: a large spec names a few hundred components thousands of times. */
function followerOf(spec: unknown): Follow {
  const seen = new Map<string, { node: unknown; pointer?: string }>();
  return (node) => {
    const ref = isObject(node) ? node.$ref : undefined;
    if (typeof ref !== 'string') return { node };
    let target = seen.get(ref);
    if (!target) seen.set(ref, (target = followRef(spec, node)));
    return target;
  };
}

/** The path parameters a path template names, in order (a `#…` fragment names none: it is never sent). */
export const pathParamsOf = (path: string): string[] => [...urlPathOf(path).matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);

type Primitive = string | number | boolean | null;
const isPrimitive = (v: unknown): v is Primitive => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/** A schema's fixed values (its `enum`, or `const`), the primitive ones: no other could equal a header or query value. */
const fixedValues = (schema: Node): Primitive[] | undefined =>
  Array.isArray(schema.enum)
    ? schema.enum.filter(isPrimitive)
    : 'const' in schema
      ? [schema.const].filter(isPrimitive)
      : undefined;

/** A parameter as the fake reads it; `at` is its own pointer. */
function parameterOf(follow: Follow, raw: unknown, at: string): RouteParameter {
  const p = objectOr(raw);
  const schema = follow(p.schema).node;
  const routesBy = p.required === true && (p.in === 'header' || p.in === 'query');
  const fixed = routesBy && isObject(schema) ? fixedValues(schema) : undefined;
  return {
    name: String(p.name),
    in: String(p.in),
    required: p.required === true,
    ...(p.schema === undefined ? {} : { schema: `${at}/schema` }),
    ...(isObject(schema) && schema.type === 'array' ? { array: true as const } : {}),
    ...(typeof p.style === 'string' ? { style: p.style } : {}),
    ...(typeof p.explode === 'boolean' ? { explode: p.explode } : {}),
    ...(fixed ? { fixed } : {}),
  };
}

/**
 * The documented success: the status successStatusOf chooses (none: 204; a range such as `2XX`:
 * 200), its JSON media type first, and where its example and schema are.
 */
function successOf(follow: Follow, op: Node, at: string): SuccessAnswer {
  const responses = objectOr(op.responses);
  const chosen = successStatusOf(responses);
  if (chosen === undefined) return { status: 204 };
  const status = /^\d{3}$/.test(chosen) ? Number(chosen) : 200;
  const response = follow(responses[chosen]);
  const responseAt = response.pointer ?? child(at, 'responses', chosen);
  const content = objectOr(objectOr(response.node).content);
  const mediaType = Object.keys(content).find(isJsonMediaType) ?? Object.keys(content)[0];
  if (status === 204 || mediaType === undefined) return { status };
  const media = objectOr(content[mediaType]);
  const mediaAt = child(responseAt, 'content', mediaType);
  const named = Object.entries(objectOr(media.examples))[0];
  const namedExample = named && follow(named[1]);
  // An example of null (or none) is no example: the schema's sample answers instead.
  const example =
    media.example !== undefined && media.example !== null
      ? `${mediaAt}/example`
      : namedExample && isObject(namedExample.node) && namedExample.node.value != null
        ? `${namedExample.pointer ?? child(mediaAt, 'examples', named[0])}/value`
        : undefined;
  return {
    status,
    mediaType,
    ...(example === undefined ? {} : { example }),
    ...(media.schema === undefined ? {} : { schema: `${mediaAt}/schema` }),
  };
}

/** No security requirement at all: `security: []`, or an alternative that asks for nothing (`{}`). */
function isAnonymous(spec: Node, op: Node): boolean {
  const security = op.security ?? spec.security ?? [];
  // A requirement that is no list is no way in: the fake asks for credentials (the generator's lint refuses it).
  if (!Array.isArray(security)) return false;
  return security.length === 0 || security.some((alt) => Object.keys(objectOr(alt)).length === 0);
}

/** Every operation of a bundled spec as the fake routes it, literal paths before templated ones. */
export function routeManifestOf(document: unknown, table: OperationTable = {}): RouteEntry[] {
  const spec = objectOr(document);
  const names = new Map(Object.entries(table).flatMap(([name, list]) => list.map((route) => [route, name] as const)));
  const follow = followerOf(spec);
  const routes: RouteEntry[] = [];
  for (const [path, rawItem] of Object.entries(objectOr(spec.paths))) {
    const itemTarget = follow(rawItem);
    const item = objectOr(itemTarget.node);
    const itemAt = itemTarget.pointer ?? pointerOf('paths', path);
    const pathParams = pathParamsOf(path);
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const opAt = child(itemAt, method);
      const parameters = appliedParameters(item, op, (raw, { from, index }) => {
        const target = follow(raw);
        const at =
          target.pointer ??
          (from === 'item' ? child(itemAt, 'parameters', String(index)) : child(opAt, 'parameters', String(index)));
        return parameterOf(follow, target.node, at);
      }).map((p) => p.node);
      const route = `${method.toUpperCase()} ${path}`;
      const group = op['x-operation-group'];
      const body = op.requestBody === undefined ? undefined : follow(op.requestBody);
      const actionAttempt = op['x-action-attempt-type'];
      routes.push({
        key:
          names.get(route) ??
          (typeof group === 'string' ? group : typeof op.operationId === 'string' ? op.operationId : route),
        method,
        path,
        pathParams,
        operation: opAt,
        parameters,
        ...(body && body.node ? { requestBody: body.pointer ?? child(opAt, 'requestBody') } : {}),
        anonymous: isAnonymous(spec, op),
        success: successOf(follow, op, opAt),
        ...(typeof actionAttempt === 'string' ? { actionAttempt } : {}),
      });
    }
  }
  // Literal paths before templated ones, as routers match: /pets/count before /pets/{id}.
  return routes.sort((a, b) => a.pathParams.length - b.pathParams.length);
}
