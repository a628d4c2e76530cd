// Validates requests against the spec the way the API does: parameters (path, query, header) and
// the body, each against its schema, compiled by ajv (JSON Schema 2020-12, as OpenAPI 3.1 uses).
// Failures are reported in the API's shape: a message and a validation_errors tree.
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import { isObject } from '../openapi/json.js';
import { nodeAt } from '../openapi/refs.js';
import { asJsonSchema2020 } from '../openapi/dialect.js';
import { linearRegExp } from '../openapi/pattern.js';
import { bodyKind, isJsonMediaType } from '../openapi/media.js';
import { BadRequest, MAX_BODY_DEPTH, tooDeep } from './body.js';
import type { RouteParameter } from './manifest.js';
import type { Route } from './routes.js';

// ajv-formats is CommonJS with a `default` export; under NodeNext types the default import is the
// module object, at run time (SWC interop) it is the plugin.
const addFormats = ((formatsModule as unknown as { default?: unknown }).default ?? formatsModule) as unknown as (
  ajv: Ajv2020,
) => void;

export interface ValidationErrorTree {
  _errors: string[];
  [field: string]: ValidationErrorTree | string[];
}

export interface Invalid {
  message: string;
  tree: ValidationErrorTree;
}

export interface RequestParts {
  pathParams: Record<string, string>;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  contentType: string;
  /** The raw body text ('' when none). */
  raw: string;
}

/**
 * A node of the tree, with no prototype: its keys are the request's own field names, and one named
 * `__proto__`, `constructor` or `toString` must be a field like any other, not Object.prototype.
 */
const treeNode = (): ValidationErrorTree => Object.assign(Object.create(null) as ValidationErrorTree, { _errors: [] });

function toTree(errors: ErrorObject[], prefix: string[] = []): Invalid {
  const tree = treeNode();
  let first = '';
  for (const e of errors) {
    const segments = [...prefix, ...e.instancePath.split('/').filter(Boolean)];
    let message = e.message ?? 'is invalid';
    if (e.keyword === 'required') {
      segments.push(String(e.params.missingProperty));
      message = 'Required';
    } else if (e.keyword === 'additionalProperties') {
      segments.push(String(e.params.additionalProperty));
      message = 'Unrecognized key';
    }
    let node = tree;
    for (const s of segments) {
      node[s] ??= treeNode();
      node = node[s] as ValidationErrorTree;
    }
    if (!node._errors.includes(message)) node._errors.push(message);
    first ||= segments.length ? `${message} for provided "${segments.join('.')}"` : message;
  }
  return { message: first, tree };
}

/** What a bracketed query or form value nests in: an object with no prototype, or a list. */
type Container = Record<string, unknown> | unknown[];
const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;
const treeObject = (): Record<string, unknown> => Object.create(null);
// A list is reached by index only (parseBrackets stops at any other key).
const valueIn = (node: Container, key: string): unknown => (Array.isArray(node) ? node[Number(key)] : node[key]);
function setIn(node: Container, key: string, value: unknown): void {
  if (Array.isArray(node)) node[Number(key)] = value;
  else node[key] = value;
}

/**
 * `a[b][0]=x` pairs as nested values (the deepObject and form encodings the client sends). Objects
 * have no prototype, so that a key `__proto__` (`a[__proto__][polluted]=1`) is a field, and never
 * reaches Object.prototype of the process.
 */
export function parseBrackets(pairs: Iterable<[string, string]>): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  for (const [key, value] of pairs) {
    const [head, ...rest] = key.replace(/\]/g, '').split('[');
    let node: Container = out;
    const path = [head!, ...rest];
    // Bounded as JSON bodies are: `a[b][c]…` a hundred thousand deep is refused, not stored.
    if (path.length > MAX_BODY_DEPTH) throw tooDeep();
    for (let i = 0; i < path.length; i++) {
      const part = path[i]!;
      // A list takes indexes only: `a[0][__proto__]` would otherwise reach Array.prototype.
      if (Array.isArray(node) && !/^\d+$/.test(part)) break;
      const existing = valueIn(node, part);
      if (i === path.length - 1) {
        setIn(
          node,
          part,
          existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value],
        );
        break;
      }
      // An existing value that is not a container (a=1&a[b]=2) is replaced, as it cannot hold the field.
      const next = isContainer(existing) ? existing : /^\d+$/.test(path[i + 1]!) ? [] : treeObject();
      if (next !== existing) setIn(node, part, next);
      node = next;
    }
  }
  return out;
}

const DELIMITERS: Record<string, string> = { form: ',', spaceDelimited: ' ', pipeDelimited: '|' };

/** One parameter's value as the request carries it, before type coercion. */
function readParameter(p: RouteParameter, parts: RequestParts): unknown {
  if (p.in === 'path') return parts.pathParams[p.name];
  if (p.in === 'header') return parts.headers[p.name.toLowerCase()];
  if (p.in !== 'query') return undefined;
  if (p.style === 'deepObject') {
    const nested = parseBrackets([...parts.query].filter(([k]) => k === p.name || k.startsWith(`${p.name}[`)));
    return nested[p.name];
  }
  const values = parts.query.getAll(p.name);
  if (values.length === 0) return undefined;
  if (!p.array) return values[0];
  const explode = p.explode ?? (p.style ?? 'form') === 'form';
  const style = p.style ?? 'form';
  return explode ? values : values[0]!.split((Object.hasOwn(DELIMITERS, style) ? DELIMITERS[style] : undefined) ?? ',');
}

export interface SpecValidator {
  /** undefined when the request is valid; else the API's validation_errors tree and a summary. */
  validate(route: Route, parts: RequestParts): Invalid | undefined;
  /** The request body, parsed as its media type says (JSON, form), or the text. */
  parseBody(route: Route, parts: RequestParts): unknown;
}

export function createValidator(spec: object): SpecValidator {
  // The whole document is one schema resource, so every `$ref` resolves where it stands. It is not
  // checked against JSON Schema's meta-schema (validateSchema: false): an OpenAPI document is not a
  // schema, the generator has linted its schemas, and that check was 110 ms of a test's first
  // call; a schema ajv cannot compile still fails, when its operation is first called.
  const schemas = asJsonSchema2020(isObject(spec) ? spec : {});
  // Patterns run in linear time (pattern.ts): a request cannot stall the fake on a spec's `^(a+)+$`.
  const code = { regExp: linearRegExp };
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, code });
  const coercing = new Ajv2020({ strict: false, allErrors: true, coerceTypes: 'array', validateSchema: false, code });
  for (const a of [ajv, coercing]) {
    addFormats(a);
    a.addSchema({ ...schemas, $id: 'openapi' }, 'openapi');
  }
  const compiled = new Map<string, ValidateFunction>();
  const compile = (validator: Ajv2020, key: string, schema: object): ValidateFunction => {
    let fn = compiled.get(key);
    if (!fn) compiled.set(key, (fn = validator.compile(schema)));
    return fn;
  };
  const at = (pointer: string) => ({ $ref: `openapi${pointer}` });

  const bodyOf = (route: Route): { pointer: string; node: Record<string, unknown> } | undefined => {
    if (route.requestBody === undefined) return undefined;
    const node = nodeAt(spec, route.requestBody);
    return { pointer: route.requestBody, node: isObject(node) ? node : {} };
  };
  const mediaOf = (body: Record<string, unknown>, contentType: string): string | undefined => {
    const types = Object.keys(isObject(body.content) ? body.content : {});
    const base = contentType.split(';')[0]!.trim().toLowerCase();
    return (
      types.find((t) => t.split(';')[0]!.trim().toLowerCase() === base) ??
      (isJsonMediaType(base) ? types.find(isJsonMediaType) : undefined)
    );
  };

  const parseBody = (route: Route, parts: RequestParts): unknown => {
    if (parts.raw === '') return undefined;
    const kind = bodyKind(parts.contentType || 'application/json');
    if (kind === 'json') {
      try {
        return JSON.parse(parts.raw);
      } catch {
        throw new BadRequest('The request body is not valid JSON');
      }
    }
    if (kind === 'form') return parseBrackets(new URLSearchParams(parts.raw));
    return parts.raw;
  };

  return {
    parseBody,
    validate(route, parts) {
      // Parameters: one object of every parameter by name, its values coerced from strings.
      const properties: Record<string, object> = {};
      const required: string[] = [];
      const values: Record<string, unknown> = {};
      route.parameters.forEach((p) => {
        properties[p.name] = p.schema === undefined ? {} : at(p.schema);
        if (p.required || p.in === 'path') required.push(p.name);
        const value = readParameter(p, parts);
        if (value !== undefined) values[p.name] = value;
      });
      // No validator to compile (a test's first call pays for each) where there are no parameters.
      if (route.parameters.length > 0) {
        const paramsCheck = compile(coercing, `${route.method} ${route.path} params`, {
          type: 'object',
          properties,
          required,
        });
        if (!paramsCheck(values)) return toTree(paramsCheck.errors ?? []);
      }

      const body = bodyOf(route);
      if (!body) {
        // The operation declares no body: one sent is still read (its fields may name the item),
        // so it must at least parse as what its content type says.
        if (parts.raw === '') return undefined;
        try {
          parseBody(route, parts);
          return undefined;
        } catch (err) {
          if (!(err instanceof BadRequest)) throw err;
          const message = `This operation takes no body, and the one sent is not valid JSON`;
          return { message, tree: { _errors: [message] } };
        }
      }
      if (parts.raw === '') {
        return body.node.required
          ? { message: 'Required for provided "body"', tree: { _errors: ['Required'] } }
          : undefined;
      }
      const media = mediaOf(body.node, parts.contentType || 'application/json');
      if (!media)
        return {
          message: `Unsupported content type ${parts.contentType}`,
          tree: { _errors: [`Unsupported content type ${parts.contentType}`] },
        };
      const kind = bodyKind(media);
      if (kind !== 'json' && kind !== 'form') return undefined; // multipart, text and binary bodies are taken as they come
      let value: unknown;
      try {
        value = parseBody(route, parts);
      } catch {
        return { message: 'Body is not valid JSON', tree: { _errors: ['Invalid JSON'] } };
      }
      const pointer = `${body.pointer}/content/${media.replace(/~/g, '~0').replace(/\//g, '~1')}/schema`;
      const check = compile(kind === 'form' ? coercing : ajv, pointer, at(pointer));
      return check(value) ? undefined : toTree(check.errors ?? []);
    },
  };
}
