// Step 4: the operation model. One in-memory description of every operation, built once from the
// bundled spec; the client emitter and the docs emitter both read it and never the spec.
//
// Spec extensions it understands (all optional; a value of the wrong type is a located error):
//   x-operation-group  on operations: methods of one path with the same value are one operation;
//                      the client sends the first of METHOD_PREFERENCE, docs list the rest.
//   x-client-name      on operations: "a.b.method" overrides the derived name (names.ts).
//   x-response-key     on operations: the method resolves to this property of the success body.
//   x-idempotent       on operations: true when repeating the request is safe, so it may be retried.
//   x-action-attempt   on operations: true when the resolved value is an action attempt to wait for.
//   x-sdk              on info: { package, client, instance, tokenEnv, naming } for the docs'
//                      examples, and the naming strategy.
// Vendor naming extensions (x-fern-…, x-speakeasy-…) are read by names.ts.
import { GeneratorError, GeneratorErrors } from './errors.js';
import type { OpenApiDocument } from './load.js';
import { bodyKind, pickRequestMediaType, pickResponseMediaType, type BodyKind, type ResultKind } from '../../src/openapi/media.js';
import { deriveName, explicitNameKey, nameContext, NAMING_STRATEGIES, VENDOR_NAME_KEYS, type DerivedName, type NameContext, type NamingStrategy } from './names.js';
import { identifierProblem, memberProblem, pascalCase, RESERVED_WORDS } from './naming.js';
import { isObject } from '../../src/openapi/json.js';
import { follow, pointerOf } from '../../src/openapi/refs.js';
import { sampleOf } from '../../src/openapi/sample.js';
import { shapeOf } from './shape.js';
import { urlPathOf } from '../../src/openapi/url-path.js';
import type { ResponseShape } from '../../src/runtime/shape.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export const METHOD_PREFERENCE = ['post', 'put', 'patch', 'get', 'delete', 'head', 'options', 'trace'] as const;
export type HttpMethod = (typeof METHOD_PREFERENCE)[number];
export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';
export const PARAMETER_LOCATIONS: ParameterLocation[] = ['path', 'query', 'header', 'cookie'];

export interface PropertyModel {
  name: string;
  type: string;
  required: boolean;
  default?: unknown;
  constraints: string[];
  deprecated: boolean;
  description: string;
}

export interface ParameterModel extends PropertyModel {
  in: ParameterLocation;
  /** A query parameter's style, when not OpenAPI's default (`form`, exploded). */
  style?: { style: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject'; explode: boolean };
  /** The parameter's example in the spec. */
  example?: unknown;
  /** Its example, or a value built from its schema, for the docs' examples. */
  sample?: unknown;
}

export interface ExampleModel {
  name: string;
  summary?: string;
  value: unknown;
}

/** One variant of a union (`oneOf`/`anyOf`), for the docs. */
export interface VariantModel {
  name: string;
  properties: PropertyModel[];
}

export interface ResponseModel {
  status: string;
  description: string;
  /** The media type read, when the response has a body. */
  mediaType?: string;
  kind: ResultKind;
  type: string;
  properties: PropertyModel[];
  variants: VariantModel[];
  examples: ExampleModel[];
  /** The `error.type` values its examples show, for the docs' errors table. */
  errorTypes: string[];
}

export interface RequestBodyModel {
  required: boolean;
  mediaType: string;
  kind: BodyKind;
  /** Media types the API also accepts, which the client does not send. */
  otherMediaTypes: string[];
  type: string;
  properties: PropertyModel[];
  variants: VariantModel[];
  examples: ExampleModel[];
  /** The first example's value, or one built from the schema, for the docs' examples. */
  sample?: unknown;
  /** Form fields whose lists the spec's encoding sends as `name[0]=…` (deepObject). */
  deepObject: string[];
}

/**
 * How a method's one argument is laid out:
 *   none  no argument
 *   body  the argument is the request body (no parameters)
 *   flat  one object: every parameter by name, and the body's fields beside them, or the body
 *         under `bodyKey` when it is not an object or a field name is taken by a parameter
 */
export interface InputModel {
  shape: 'none' | 'body' | 'flat';
  required: boolean;
  bodyKey?: string;
}

export interface OperationModel {
  operationId: string;
  /** Type-name stem, e.g. AccessCodesUpdate. */
  typeName: string;
  /** Dotted name, e.g. accessCodes.update. */
  name: string;
  namespacePath: string[];
  methodName: string;
  method: HttpMethod;
  alternativeMethods: HttpMethod[];
  /** The spec's path key, e.g. `/things/{id}`. */
  path: string;
  /** Where the request goes: the path key without a fragment that only names the operation (url-path.ts). */
  urlPath: string;
  summary: string;
  description: string;
  deprecated: boolean;
  tags: string[];
  security: string[][];
  parameters: ParameterModel[];
  requestBody?: RequestBodyModel;
  input: InputModel;
  /** The response the method resolves to (a 2xx; else `default`; else none: it resolves void). */
  success: ResponseModel;
  errors: ResponseModel[];
  responseKey?: string;
  /** What the resolved value must look like (see shape.ts). */
  shape?: ResponseShape;
  resultType: string;
  idempotent: boolean;
  actionAttempt: boolean;
  docsFile: string;
}

export interface NamespaceModel {
  name: string;
  path: string[];
  className: string;
  namespaces: NamespaceModel[];
  operations: OperationModel[];
}

export interface SdkInfo {
  package: string;
  client: string;
  instance: string;
  tokenEnv: string;
}

export interface ApiModel {
  title: string;
  version: string;
  description: string;
  serverUrl: string;
  sdk: SdkInfo;
  naming: NamingStrategy;
  securitySchemes: Record<string, { type: string; description: string; header: string }>;
  operations: OperationModel[];
  root: NamespaceModel;
  /** What generation went on despite: ignored extensions, operations without a 2xx, … */
  warnings: string[];
}

/** Maps a JSON pointer in the spec to `file:line:col (pointer)` for error messages. */
export type Locate = (pointer: string) => string;

export interface ModelOptions {
  /** Overrides `info.x-sdk.naming`. */
  naming?: NamingStrategy;
}

const refName = (node: Json): string | undefined =>
  typeof node?.$ref === 'string' ? node.$ref.split('/').pop() : undefined;

/**
 * The model's view of a spec: `$ref`s followed, and a broken one reported at the node that holds
 * it, not as a crash.
 */
class SpecReader {
  constructor(
    readonly doc: OpenApiDocument,
    readonly locate: Locate,
  ) {}

  deref(node: Json, at: string): Json {
    try {
      return follow(this.doc, node).node;
    } catch (err) {
      throw new GeneratorError('invalid-ref', (err as Error).message, this.locate(at));
    }
  }

  /** A short, human-readable type for docs tables: `string`, `"a" | "b"`, `AccessCode[]`. */
  describeType(node: Json, at: string, depth = 0): string {
    const name = refName(node);
    if (name) return name;
    const schema = isObject(node) ? node : {};
    if (depth > 8) return 'object';
    if ('const' in schema) return JSON.stringify(schema.const);
    if (Array.isArray(schema.enum)) return schema.enum.map((v: unknown) => JSON.stringify(v)).join(' | ');
    for (const key of ['oneOf', 'anyOf'] as const) {
      if (Array.isArray(schema[key])) return schema[key].map((s: Json) => this.describeType(s, at, depth + 1)).join(' | ');
    }
    if (Array.isArray(schema.allOf)) return schema.allOf.map((s: Json) => this.describeType(s, at, depth + 1)).join(' & ');
    const types: string[] = Array.isArray(schema.type) ? schema.type.map(String) : typeof schema.type === 'string' ? [schema.type] : [];
    if (schema.nullable === true) types.push('null');
    const described = types.map((t) => (t === 'array' ? `${this.describeType(schema.items, at, depth + 1)}[]` : t));
    return described.length > 0 ? described.join(' | ') : 'object';
  }

  /** The properties of an object schema (and of each `allOf` part). */
  propertiesOf(node: Json, at: string): PropertyModel[] {
    const schema = this.deref(node, at) ?? {};
    const parts: Json[] = Array.isArray(schema.allOf) ? schema.allOf.map((s: Json) => this.deref(s, at)) : [schema];
    const required = new Set<string>(parts.flatMap((p) => (Array.isArray(p?.required) ? p.required : [])));
    return parts.flatMap((part) =>
      Object.entries<Json>(isObject(part?.properties) ? part.properties : {}).map(([name, raw]) => {
        const prop = this.deref(raw, at) ?? {};
        return {
          name,
          type: this.describeType(raw, at),
          required: required.has(name),
          ...(prop.default !== undefined ? { default: prop.default } : {}),
          constraints: constraintsOf(prop),
          deprecated: prop.deprecated === true,
          description: String(prop.description ?? raw?.description ?? '').trim(),
        };
      }),
    );
  }

  /** Each variant of a `oneOf`/`anyOf` schema, named by its discriminator value or `$ref`. */
  variantsOf(node: Json, at: string): VariantModel[] {
    const schema = this.deref(node, at) ?? {};
    const list: Json[] | undefined = Array.isArray(schema.oneOf) ? schema.oneOf : Array.isArray(schema.anyOf) ? schema.anyOf : undefined;
    if (!list) return [];
    const tagName: string | undefined = schema.discriminator?.propertyName;
    return list.map((variant, i) => {
      const v = this.deref(variant, at) ?? {};
      const tag = tagName ? this.deref(v.properties?.[tagName], at) : undefined;
      const name = tag?.const ?? (Array.isArray(tag?.enum) && tag.enum.length === 1 ? tag.enum[0] : undefined) ?? refName(variant) ?? v.title ?? `variant ${i + 1}`;
      return { name: String(name), properties: this.propertiesOf(variant, at) };
    });
  }

  /** True when the schema always describes an object, so its fields can sit beside parameters. */
  isObjectSchema(node: Json, at: string, depth = 0): boolean {
    const schema = this.deref(node, at);
    if (!isObject(schema) || depth > 8) return false;
    if (schema.type === 'object' || (schema.type === undefined && isObject(schema.properties))) return true;
    for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
      if (Array.isArray(schema[key]) && schema[key].length > 0) {
        const parts = schema[key].map((s: Json) => this.isObjectSchema(s, at, depth + 1));
        return key === 'allOf' ? parts.some(Boolean) : parts.every(Boolean);
      }
    }
    return false;
  }

  /**
   * A value that fits the schema, for docs examples where the spec gives none: its example,
   * default, const or first enum value, else one built from the type (only required properties).
   */
  sampleOf(node: Json, at: string): unknown {
    return sampleOf(node, (n) => this.deref(n, at));
  }

  examplesOf(media: Json, at: string): ExampleModel[] {
    if (!isObject(media)) return [];
    if (isObject(media.examples)) {
      return Object.entries<Json>(media.examples).flatMap(([name, raw]) => {
        const ex = this.deref(raw, at);
        return isObject(ex) && ex.value !== undefined ? [{ name, ...(ex.summary ? { summary: String(ex.summary) } : {}), value: ex.value }] : [];
      });
    }
    return media.example !== undefined ? [{ name: 'example', value: media.example }] : [];
  }
}

function constraintsOf(schema: Json): string[] {
  const out: string[] = [];
  if (!isObject(schema)) return out;
  if (schema.format) out.push(`format: ${schema.format}`);
  if (schema.pattern) out.push(`pattern: \`${schema.pattern}\``);
  if (schema.minLength !== undefined && schema.maxLength !== undefined) {
    out.push(`length: ${schema.minLength}–${schema.maxLength}`);
  } else if (schema.minLength !== undefined) out.push(`min length: ${schema.minLength}`);
  else if (schema.maxLength !== undefined) out.push(`max length: ${schema.maxLength}`);
  if (schema.minimum !== undefined) out.push(`minimum: ${schema.minimum}`);
  if (schema.maximum !== undefined) out.push(`maximum: ${schema.maximum}`);
  if (schema.minItems !== undefined) out.push(`min items: ${schema.minItems}`);
  if (schema.maxItems !== undefined) out.push(`max items: ${schema.maxItems}`);
  return out;
}

function responseOf(spec: SpecReader, status: string, raw: Json, at: string): ResponseModel {
  const response = spec.deref(raw, at) ?? {};
  const content = isObject(response.content) ? response.content : undefined;
  const { mediaType, kind } = pickResponseMediaType(status, content, (n) => spec.deref(n, at));
  const media = mediaType ? content![mediaType] : undefined;
  const schemaNode = media?.schema;
  const examples = spec.examplesOf(media, at);
  const json = kind === 'json' && schemaNode !== undefined;
  return {
    status,
    description: String(response.description ?? '').trim(),
    ...(mediaType ? { mediaType } : {}),
    kind,
    type: kind === 'void' ? 'void' : kind === 'text' || kind === 'location' ? 'string' : kind === 'blob' ? 'Blob' : schemaNode ? spec.describeType(schemaNode, at) : 'unknown',
    properties: json ? spec.propertiesOf(schemaNode, at) : [],
    variants: json ? spec.variantsOf(schemaNode, at) : [],
    examples,
    errorTypes: [...new Set(examples.map((e) => (e.value as Json)?.error?.type).filter((t): t is string => typeof t === 'string'))],
  };
}

const QUERY_STYLES = new Set(['form', 'spaceDelimited', 'pipeDelimited', 'deepObject']);

/** A query parameter's serialization, when it is not the default (form, exploded). */
function queryStyleOf(p: Json): Pick<ParameterModel, 'style'> {
  if (p.in !== 'query') return {};
  const style = QUERY_STYLES.has(p.style) ? p.style : 'form';
  const explode = typeof p.explode === 'boolean' ? p.explode : style === 'form';
  return style === 'form' && explode ? {} : { style: { style, explode } };
}

// Header parameters the OpenAPI spec says to ignore: the client sets these itself.
const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization']);

function parametersOf(spec: SpecReader, path: string, pathItem: Json, op: Json, method: string, warnings: string[]): ParameterModel[] {
  const byKey = new Map<string, ParameterModel>();
  const lists: Array<[Json, string[]]> = [
    [pathItem.parameters, ['paths', path, 'parameters']],
    [op.parameters, ['paths', path, method, 'parameters']],
  ];
  for (const [list, keys] of lists) {
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw new GeneratorError('invalid-parameters', 'parameters must be a list', spec.locate(pointerOf(...keys)));
    list.forEach((raw: Json, i: number) => {
      const at = pointerOf(...keys, String(i));
      const p = spec.deref(raw, at);
      if (!isObject(p) || typeof p.name !== 'string' || !PARAMETER_LOCATIONS.includes(p.in)) {
        throw new GeneratorError('invalid-parameter', 'a parameter needs a string `name` and `in` of path, query, header or cookie', spec.locate(at));
      }
      if (p.in === 'header' && IGNORED_HEADERS.has(p.name.toLowerCase())) {
        warnings.push(`${spec.locate(at)} ignored-parameter: header parameter "${p.name}" is ignored (OpenAPI: the client sets it)`);
        return;
      }
      const schema = spec.deref(p.schema, at) ?? {};
      const mediaExample = isObject(p.content) ? Object.values<Json>(p.content)[0]?.example : undefined;
      const example = p.example ?? (isObject(p.examples) ? spec.deref(Object.values(p.examples)[0], at)?.value : undefined) ?? mediaExample;
      const sample = example ?? spec.sampleOf(p.schema, at);
      // Operation-level parameters replace path-level ones of the same name and location.
      byKey.set(`${p.in}:${p.name}`, {
        name: p.name,
        in: p.in,
        type: spec.describeType(p.schema, at),
        required: p.required === true || p.in === 'path',
        ...(schema.default !== undefined ? { default: schema.default } : {}),
        constraints: constraintsOf(schema),
        deprecated: p.deprecated === true,
        description: String(p.description ?? '').trim(),
        ...(example !== undefined ? { example } : {}),
        ...(sample !== undefined ? { sample } : {}),
        ...queryStyleOf(p),
      });
    });
  }
  return [...byKey.values()];
}

interface RawOperation {
  path: string;
  method: HttpMethod;
  op: Json;
  pointer: string;
  /** The path item it belongs to, $ref followed. */
  pathItem: Json;
}

/** Checks an extension's type; a wrong one is an error at the extension itself. */
function checkExtensions(raw: RawOperation, locate: Locate): void {
  const types: Record<string, string> = {
    'x-operation-group': 'string',
    'x-client-name': 'string',
    'x-response-key': 'string',
    'x-idempotent': 'boolean',
    'x-action-attempt': 'boolean',
  };
  for (const [key, type] of Object.entries(types)) {
    const value = raw.op[key];
    if (value !== undefined && typeof value !== type) {
      throw new GeneratorError('invalid-extension', `${key} must be a ${type}, not ${JSON.stringify(value)}`, locate(`${raw.pointer}/${key}`));
    }
  }
}

/** Groups alternative methods of one operation: by x-operation-group, or by one explicit name. */
function groupOperations(doc: OpenApiDocument, locate: Locate, problems: GeneratorError[]): RawOperation[][] {
  const groups = new Map<string, RawOperation[]>();
  if (!isObject(doc.paths)) return [];
  for (const [path, rawItem] of Object.entries<Json>(doc.paths)) {
    // A path item may be a $ref (to components.pathItems); an operation may not.
    let item: Json;
    try {
      item = follow(doc, rawItem).node;
    } catch (err) {
      problems.push(new GeneratorError('invalid-ref', (err as Error).message, locate(pointerOf('paths', path))));
      continue;
    }
    if (!isObject(item)) continue;
    for (const method of METHOD_PREFERENCE) {
      const op = item[method];
      if (!isObject(op)) continue;
      const pointer = pointerOf('paths', path, method);
      const raw: RawOperation = { path, method, op, pointer, pathItem: item };
      try {
        if (typeof op.$ref === 'string') {
          throw new GeneratorError('invalid-operation', 'an operation cannot be a $ref (OpenAPI allows $ref for a whole path item, not one operation)', locate(pointer));
        }
        checkExtensions(raw, locate);
      } catch (err) {
        problems.push(err as GeneratorError);
        continue;
      }
      const explicit = explicitNameKey(op);
      const key = op['x-operation-group'] !== undefined ? `group ${op['x-operation-group']}` : explicit ? `name ${path} ${explicit}` : `${method} ${path}`;
      const group = groups.get(key) ?? [];
      if (group[0] && group[0].path !== path) {
        problems.push(
          new GeneratorError(
            'operation-group-spans-paths',
            `x-operation-group "${op['x-operation-group']}" is used on ${group[0].path} and ${path}; alternatives must share one path`,
            locate(`${pointer}/x-operation-group`),
          ),
        );
        continue;
      }
      group.push(raw);
      groups.set(key, group);
    }
  }
  return [...groups.values()];
}

/** openapi-typescript types operations by operationId: two of one name would be one type. */
function checkOperationIds(groups: RawOperation[][], locate: Locate, problems: GeneratorError[]): void {
  const seen = new Map<string, RawOperation>();
  for (const raw of groups.flat()) {
    const id = raw.op.operationId;
    if (id === undefined) continue;
    const first = seen.get(id);
    if (first) {
      problems.push(
        new GeneratorError(
          'duplicate-operation-id',
          `operationId ${JSON.stringify(id)} is also the operationId of ${first.method.toUpperCase()} ${first.path}; operationIds must be unique`,
          locate(`${raw.pointer}/operationId`),
        ),
      );
    } else seen.set(id, raw);
  }
}

function pickSuccess(spec: SpecReader, raw: RawOperation, warnings: string[]): { success: ResponseModel; errors: ResponseModel[] } {
  const { op, pointer, method, path } = raw;
  const at = (status: string) => pointerOf('paths', path, method, 'responses', status);
  const entries = isObject(op.responses) ? Object.entries<Json>(op.responses) : [];
  const twoXx = entries.filter(([s]) => /^2(\d\d|XX)$/i.test(s)).sort(([a], [b]) => (a < b ? -1 : 1));
  const fallback = entries.find(([s]) => s === 'default');
  const redirect = entries.find(([s]) => /^3\d\d$/.test(s) && s !== '304');
  const chosen = twoXx[0] ?? fallback ?? redirect;
  const label = `${method.toUpperCase()} ${path}`;
  if (!twoXx[0]) {
    const others = entries.map(([s]) => s).join(', ') || 'no responses';
    const outcome = fallback ? 'the client resolves to the `default` response' : redirect ? `the client resolves to the ${redirect[0]}'s Location` : 'the client resolves to void';
    warnings.push(`${spec.locate(`${pointer}/responses`)} no-success-response: ${label} has no 2xx response (${others}); ${outcome}`);
  }
  const success: ResponseModel = chosen
    ? responseOf(spec, chosen[0], chosen[1], at(chosen[0]))
    : { status: '2XX', description: '', kind: 'void', type: 'void', properties: [], variants: [], examples: [], errorTypes: [] };
  const errors = entries
    .filter(([s]) => /^[45]/.test(s) || (s === 'default' && chosen?.[0] !== 'default'))
    .map(([s, r]) => responseOf(spec, s, r, at(s)));
  return { success, errors };
}

function requestBodyOf(spec: SpecReader, raw: RawOperation, warnings: string[]): RequestBodyModel | undefined {
  if (raw.op.requestBody === undefined) return undefined;
  const at = `${raw.pointer}/requestBody`;
  if (raw.method === 'get' || raw.method === 'head') {
    warnings.push(`${spec.locate(at)} ignored-request-body: fetch cannot send a body with ${raw.method.toUpperCase()}, so the method of ${raw.method.toUpperCase()} ${raw.path} takes none`);
    return undefined;
  }
  const body = spec.deref(raw.op.requestBody, at);
  const content = isObject(body?.content) ? body.content : {};
  const mediaType = pickRequestMediaType(content);
  if (!mediaType) {
    warnings.push(`${spec.locate(at)} empty-request-body: ${raw.method.toUpperCase()} ${raw.path} has a requestBody with no media type; the client sends none`);
    return undefined;
  }
  const media = content[mediaType] ?? {};
  const kind = bodyKind(mediaType);
  const structured = kind === 'json' || kind === 'form' || kind === 'multipart';
  const examples = spec.examplesOf(media, at);
  const sample = examples[0]?.value ?? (kind === 'text' || kind === 'binary' ? 'string' : spec.sampleOf(media.schema, at));
  return {
    required: body.required === true,
    mediaType,
    kind,
    otherMediaTypes: Object.keys(content).filter((t) => t !== mediaType),
    type: kind === 'text' ? 'string' : kind === 'binary' ? 'Blob' : spec.describeType(media.schema, at),
    properties: structured && media.schema ? spec.propertiesOf(media.schema, at) : [],
    variants: structured && media.schema ? spec.variantsOf(media.schema, at) : [],
    examples,
    ...(sample !== undefined ? { sample } : {}),
    deepObject:
      kind === 'form' && isObject(media.encoding)
        ? Object.entries<Json>(media.encoding).filter(([, e]) => e?.style === 'deepObject').map(([name]) => name)
        : [],
  };
}

/** Lays out the method's argument; see InputModel. */
function inputOf(spec: SpecReader, raw: RawOperation, parameters: ParameterModel[], body: RequestBodyModel | undefined): InputModel {
  const byName = new Map<string, ParameterModel>();
  for (const p of parameters) {
    const clash = byName.get(p.name);
    if (clash) {
      throw new GeneratorError(
        'parameter-name-clash',
        `parameter "${p.name}" is both in ${clash.in} and in ${p.in}; the method's one argument cannot hold both: rename one in the spec`,
        spec.locate(raw.pointer),
      );
    }
    byName.set(p.name, p);
  }
  if (parameters.length === 0) return body ? { shape: 'body', required: body.required } : { shape: 'none', required: false };
  const paramsRequired = parameters.some((p) => p.required);
  if (!body) return { shape: 'flat', required: paramsRequired };
  const schema = spec.deref(raw.op.requestBody, `${raw.pointer}/requestBody`).content[body.mediaType]?.schema;
  const spreadable =
    (body.kind === 'json' || body.kind === 'form' || body.kind === 'multipart') &&
    spec.isObjectSchema(schema, `${raw.pointer}/requestBody`) &&
    !body.properties.some((p) => byName.has(p.name)) &&
    !body.variants.some((v) => v.properties.some((p) => byName.has(p.name)));
  if (spreadable) {
    const bodyRequired = body.required && (body.properties.some((p) => p.required) || body.variants.length > 0);
    return { shape: 'flat', required: paramsRequired || bodyRequired };
  }
  if (byName.has('body')) {
    throw new GeneratorError(
      'parameter-name-clash',
      'a parameter is named "body", where the method\'s argument keeps a body that is not a plain object: rename the parameter',
      spec.locate(raw.pointer),
    );
  }
  return { shape: 'flat', required: paramsRequired || body.required, bodyKey: 'body' };
}

function buildOperation(spec: SpecReader, group: RawOperation[], name: DerivedName, warnings: string[]): OperationModel {
  const primary = group[0]!; // groups are filled in METHOD_PREFERENCE order
  const { op, path, method, pointer } = primary;
  const where = (key?: string) => spec.locate(key ? `${pointer}/${key}` : pointer);
  for (const alt of group.slice(1)) {
    for (const key of ['x-client-name', 'x-response-key', 'x-idempotent', 'x-action-attempt']) {
      if (alt.op[key] !== undefined && alt.op[key] !== op[key]) {
        warnings.push(`${spec.locate(`${alt.pointer}/${key}`)} ignored-extension: ${key} is read from the primary method (${method.toUpperCase()}) of this x-operation-group; this value is ignored`);
      }
    }
  }
  // Vendor naming keys that did not name this operation are ignored: say so.
  const used = VENDOR_NAME_KEYS.find((pair) => (pair as readonly string[]).includes(name.source)) ?? [];
  for (const key of VENDOR_NAME_KEYS.flat()) {
    if (op[key] !== undefined && !(used as readonly string[]).includes(key)) {
      warnings.push(`${where(key)} ignored-extension: ${key} is ignored; the name comes from ${name.source}`);
    }
  }

  const { success, errors } = pickSuccess(spec, primary, warnings);
  const responseKey: string | undefined = op['x-response-key'];
  let resultType = success.type;
  const successNode = success.kind === 'json' ? spec.deref(op.responses[success.status], pointer) : undefined;
  const successSchema = successNode ? spec.deref(successNode.content[success.mediaType!]?.schema, pointer) : undefined;
  if (responseKey) {
    const keyed = successSchema?.properties?.[responseKey];
    if (!keyed) {
      throw new GeneratorError('unknown-response-key', `x-response-key "${responseKey}" is not a property of the ${success.status} response`, where('x-response-key'));
    }
    resultType = spec.describeType(keyed, pointer);
    success.variants = spec.variantsOf(keyed, pointer);
  }
  // Only a 2xx promises a shape: a `default` answer may be anything the API sends.
  const shape = /^2/.test(success.status) && successSchema ? shapeOf(responseKey ? successSchema.properties[responseKey] : successSchema, (n) => spec.deref(n, pointer)) : undefined;
  const actionAttempt = op['x-action-attempt'] === true;
  if (actionAttempt && success.kind !== 'json') {
    warnings.push(`${where('x-action-attempt')} ignored-extension: x-action-attempt is ignored, since ${method.toUpperCase()} ${path} answers no JSON`);
  }

  const parameters = parametersOf(spec, path, primary.pathItem, op, method, warnings);
  for (const segment of urlPathOf(path).match(/\{[^}]*\}/g) ?? []) {
    const paramName = segment.slice(1, -1);
    if (!parameters.some((p) => p.in === 'path' && p.name === paramName)) {
      throw new GeneratorError('missing-path-parameter', `${path} names {${paramName}}, but no path parameter "${paramName}" is defined`, where());
    }
  }
  const requestBody = requestBodyOf(spec, primary, warnings);
  const dotted = [...name.namespacePath, name.methodName].join('.');
  const typeName = typeIdentifier([...name.namespacePath, name.methodName]);
  return {
    operationId: typeof op.operationId === 'string' ? op.operationId : `${method} ${path}`,
    typeName,
    name: dotted,
    namespacePath: name.namespacePath,
    methodName: name.methodName,
    method,
    alternativeMethods: group.slice(1).map((g) => g.method),
    path,
    urlPath: urlPathOf(path),
    summary: String(op.summary ?? '').trim(),
    description: String(op.description ?? '').trim(),
    deprecated: op.deprecated === true,
    tags: Array.isArray(op.tags) ? op.tags.map(String) : [],
    security: (Array.isArray(op.security) ? op.security : Array.isArray(spec.doc.security) ? spec.doc.security : []).map((alt: Json) => Object.keys(alt ?? {})),
    parameters,
    ...(requestBody ? { requestBody } : {}),
    input: inputOf(spec, primary, parameters, requestBody),
    success,
    errors,
    ...(responseKey ? { responseKey } : {}),
    ...(shape ? { shape } : {}),
    resultType,
    idempotent: op['x-idempotent'] === true,
    actionAttempt: actionAttempt && success.kind === 'json',
    docsFile: `${dotted}.md`,
  };
}

/** The standalone function of an operation (generated/client.ts): its type name in camelCase. */
export function functionName(op: Pick<OperationModel, 'typeName'>): string {
  const name = op.typeName.charAt(0).toLowerCase() + op.typeName.slice(1);
  return RESERVED_WORDS.has(name) ? `${name}Operation` : name;
}

/** The PascalCase stem of exported names for a dotted name (`_3dSecure` stays legal as `_3dSecure…`). */
function typeIdentifier(parts: string[]): string {
  const stem = pascalCase(parts.join('_'));
  return /^[A-Za-z]/.test(stem) ? stem : `_${stem}`;
}

/** Renames a derived name that would break its class (`then` → `then_`), with a warning. */
function guardName(name: DerivedName, raw: RawOperation, locate: Locate, warnings: string[]): DerivedName {
  const parts = [...name.namespacePath, name.methodName];
  const guarded = parts.map((part, i) => {
    const problem = memberProblem(part, i === 0);
    if (!problem) return part;
    if (name.source === 'x-client-name') {
      throw new GeneratorError('invalid-method-name', `x-client-name "${parts.join('.')}": ${problem}`, locate(`${raw.pointer}/x-client-name`));
    }
    warnings.push(`${locate(raw.pointer)} renamed-method: ${problem}, so ${parts.join('.')} uses "${part}_"; set x-client-name to choose another`);
    return `${part}_`;
  });
  for (const part of guarded) {
    const problem = identifierProblem(part);
    if (problem) throw new GeneratorError('invalid-method-name', `${problem}; set x-client-name`, locate(raw.pointer));
  }
  return { ...name, namespacePath: guarded.slice(0, -1), methodName: guarded.at(-1)! };
}

const dottedName = (name: DerivedName): string => [...name.namespacePath, name.methodName].join('.');

/**
 * Names every group. Where two names derived by the chosen strategy clash (GET /pets/{id} and
 * GET /pets/{id}/{version} both reading as pets.get), those operations are named by the other
 * strategy instead; a clash left after that is a located error naming the fixes.
 */
function nameGroups(
  spec: SpecReader,
  groups: RawOperation[][],
  context: NameContext,
  warnings: string[],
  problems: GeneratorError[],
): Map<RawOperation[], DerivedName> {
  const onPath = new Map<string, RawOperation[][]>();
  for (const group of groups) onPath.set(group[0]!.path, [...(onPath.get(group[0]!.path) ?? []), group]);
  const derive = (group: RawOperation[], ctx: NameContext): DerivedName => {
    const { path, method, op, pointer } = group[0]!;
    const siblings = onPath.get(path) ?? [];
    const input = { path, method, op, siblings: siblings.length, otherMethods: siblings.filter((g) => g !== group).map((g) => g[0]!.method) };
    const where = (key?: string) => spec.locate(key ? `${pointer}/${key}` : pointer);
    const name = deriveName(input, ctx, where);
    if (name.source === 'method') {
      warnings.push(`${where()} unnamed-operation: neither the path nor an operationId names ${method.toUpperCase()} ${path}, so it is ${name.methodName}(), after its HTTP method; set x-client-name to choose`);
    }
    return guardName(name, group[0]!, spec.locate, warnings);
  };
  const names = new Map<RawOperation[], DerivedName>();
  for (const group of groups) {
    try {
      names.set(group, derive(group, context));
    } catch (err) {
      if (err instanceof GeneratorError) problems.push(err);
      else throw err;
    }
  }
  const byName = (): Map<string, RawOperation[][]> => {
    const out = new Map<string, RawOperation[][]>();
    for (const [group, name] of names) out.set(dottedName(name), [...(out.get(dottedName(name)) ?? []), group]);
    return out;
  };
  const other: NameContext = { ...context, strategy: context.strategy === 'path' ? 'operationId' : 'path' };
  // A method named like a namespace (`a.b` beside `a.b.c`) clashes too.
  const namespaces = new Set([...names.values()].flatMap((n) => n.namespacePath.map((_, i) => n.namespacePath.slice(0, i + 1).join('.'))));
  const clashes = [...byName().entries()].filter(([name, list]) => list.length > 1 || namespaces.has(name)).map(([, list]) => list);
  for (const clashing of clashes) {
    // A name the spec gives outright is never a reason to rename another operation.
    if (clashing.some((g) => names.get(g)!.source !== context.strategy)) continue;
    for (const group of clashing) {
      if (names.get(group)!.source !== context.strategy) continue;
      const renamed = derive(group, other);
      if (renamed.source !== other.strategy) continue;
      const before = dottedName(names.get(group)!);
      warnings.push(
        `${spec.locate(group[0]!.pointer)} renamed-method: ${before} is taken by another operation under ${context.strategy} naming, ` +
          `so ${group[0]!.method.toUpperCase()} ${group[0]!.path} is ${dottedName(renamed)} (from its ${other.strategy}); set x-client-name to choose`,
      );
      names.set(group, renamed);
    }
  }
  // Still clashing, and every name derived: told apart by the path parameters each has and the
  // others lack (`PUT /connectors` stays connectors.update, `PUT /connectors/{id}` becomes
  // connectors.updateById), as the spec gives nothing better to go by.
  const derivedSources = new Set<string>(['path', 'operationId', 'method']);
  for (const [, clashing] of byName()) {
    if (clashing.length < 2 || clashing.some((g) => !derivedSources.has(names.get(g)!.source))) continue;
    const paramsOf = (g: RawOperation[]) => [...urlPathOf(g[0]!.path).matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
    const shared = paramsOf(clashing[0]!).filter((p) => clashing.every((g) => paramsOf(g).includes(p)));
    const own = new Map(clashing.map((g) => [g, paramsOf(g).filter((p) => !shared.includes(p))] as const));
    // One operation may keep the name: the one with no parameter of its own, if there is one such.
    if ([...own.values()].filter((ps) => ps.length === 0).length > 1) continue;
    for (const group of clashing) {
      const params = own.get(group)!;
      const suffix = params.map((p) => pascalCase(p)).join('And');
      if (!suffix) continue;
      const before = names.get(group)!;
      const renamed = { ...before, methodName: `${before.methodName}By${suffix}` };
      warnings.push(
        `${spec.locate(group[0]!.pointer)} renamed-method: ${dottedName(before)} is taken by another operation, ` +
          `so ${group[0]!.method.toUpperCase()} ${group[0]!.path} is ${dottedName(renamed)} (after its path parameters); set x-client-name to choose`,
      );
      names.set(group, renamed);
    }
  }
  for (const [name, clashing] of byName()) {
    if (clashing.length < 2) continue;
    const list = clashing.map((g) => `${g[0]!.method.toUpperCase()} ${g[0]!.path}`).join(' and ');
    for (const group of clashing) {
      problems.push(
        new GeneratorError(
          'duplicate-method-name',
          `${list} ${clashing.length === 2 ? 'both' : 'all'} become ${name}; give one an x-client-name, mark them as alternatives with one x-operation-group, or choose another --naming`,
          spec.locate(group[0]!.pointer),
        ),
      );
      names.delete(group);
    }
  }
  return names;
}

function buildNamespaces(operations: OperationModel[], locate: Locate, problems: GeneratorError[]): NamespaceModel {
  const root: NamespaceModel = { name: '', path: [], className: 'GeneratedClient', namespaces: [], operations: [] };
  // `issue.properties` and `issueProperties` would both be IssuePropertiesNamespace: the second
  // one made gets a number. Operations come sorted, so the numbering is stable.
  const classNames = new Set<string>();
  const className = (path: string[]): string => {
    const stem = typeIdentifier(path);
    let name = `${stem}Namespace`;
    for (let i = 2; classNames.has(name); i++) name = `${stem}${i}Namespace`;
    classNames.add(name);
    return name;
  };
  for (const op of operations) {
    let node = root;
    for (const part of op.namespacePath) {
      let child = node.namespaces.find((n) => n.name === part);
      if (!child) {
        const path = [...node.path, part];
        child = { name: part, path, className: className(path), namespaces: [], operations: [] };
        node.namespaces.push(child);
      }
      node = child;
    }
    node.operations.push(op);
  }
  // A method and a nested namespace of one name would be the same property.
  const walk = (node: NamespaceModel): void => {
    for (const op of node.operations) {
      if (node.namespaces.some((n) => n.name === op.methodName)) {
        problems.push(
          new GeneratorError(
            'duplicate-method-name',
            `${op.method.toUpperCase()} ${op.path} becomes ${op.name}, which is also a namespace of other methods; give it an x-client-name`,
            locate(pointerOf('paths', op.path, op.method)),
          ),
        );
      }
    }
    node.namespaces.forEach(walk);
  };
  walk(root);
  return root;
}

/** Two operations whose exported names would be the same (`a_b` and `aB`). */
function checkTypeNames(operations: OperationModel[], root: NamespaceModel, locate: Locate, problems: GeneratorError[]): void {
  const owners = new Map<string, string>();
  const claim = (identifier: string, owner: string, pointer: string) => {
    const previous = owners.get(identifier);
    if (previous && previous !== owner) {
      problems.push(new GeneratorError('duplicate-type-name', `${owner} and ${previous} both need the exported name ${identifier}; give one an x-client-name`, locate(pointer)));
    }
    owners.set(identifier, owner);
  };
  const classes = (ns: NamespaceModel): void => {
    claim(ns.className, `namespace ${ns.path.join('.') || '(root)'}`, '#/paths');
    ns.namespaces.forEach(classes);
  };
  classes(root);
  for (const op of operations) {
    const pointer = pointerOf('paths', op.path, op.method);
    for (const suffix of ['Body', 'Request', 'Response', 'Result', 'Operation']) claim(`${op.typeName}${suffix}`, op.name, pointer);
    claim(functionName(op), op.name, pointer);
  }
}

function readSdk(doc: OpenApiDocument, locate: Locate, options: ModelOptions): { sdk: SdkInfo; naming: NamingStrategy } {
  const raw = doc.info?.['x-sdk'];
  if (raw !== undefined && !isObject(raw)) throw new GeneratorError('invalid-extension', 'x-sdk must be an object', locate('#/info/x-sdk'));
  const sdk = raw ?? {};
  for (const key of ['package', 'client', 'instance', 'tokenEnv', 'naming']) {
    if (sdk[key] !== undefined && typeof sdk[key] !== 'string') {
      throw new GeneratorError('invalid-extension', `x-sdk.${key} must be a string`, locate(`#/info/x-sdk/${key}`));
    }
  }
  // Each lands in a docs sample, the TypeScript one or the shell one a reader pastes: only what is
  // a name there is taken, so that no spec text can run as code or as a command.
  const forms: Record<string, [RegExp, string]> = {
    package: [/^(@[a-z0-9][\w.~-]*\/)?[a-z0-9][\w.~-]*$/i, 'an npm package name'],
    client: [/^[A-Za-z_$][\w$]*$/, 'a JavaScript identifier'],
    instance: [/^[A-Za-z_$][\w$]*$/, 'a JavaScript identifier'],
    tokenEnv: [/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name'],
  };
  for (const [key, [form, what]] of Object.entries(forms)) {
    if (sdk[key] !== undefined && !form.test(sdk[key])) {
      throw new GeneratorError('invalid-extension', `x-sdk.${key} must be ${what}, not ${JSON.stringify(sdk[key])}`, locate(`#/info/x-sdk/${key}`));
    }
  }
  const naming = options.naming ?? sdk.naming ?? 'path';
  if (!NAMING_STRATEGIES.includes(naming)) {
    throw new GeneratorError('invalid-extension', `x-sdk.naming must be one of ${NAMING_STRATEGIES.join(', ')}, not "${naming}"`, locate('#/info/x-sdk/naming'));
  }
  return {
    naming,
    sdk: { package: sdk.package ?? 'api-client', client: sdk.client ?? 'Client', instance: sdk.instance ?? 'client', tokenEnv: sdk.tokenEnv ?? 'API_TOKEN' },
  };
}

export function buildModel(doc: OpenApiDocument, locate: Locate = (p) => p, options: ModelOptions = {}): ApiModel {
  const problems: GeneratorError[] = [];
  const warnings: string[] = [];
  const spec = new SpecReader(doc, locate);
  const { sdk, naming } = readSdk(doc, locate, options);
  const groups = groupOperations(doc, locate, problems);
  checkOperationIds(groups, locate, problems);
  const context = nameContext(Object.keys(isObject(doc.paths) ? doc.paths : {}), naming);
  const names = nameGroups(spec, groups, context, warnings, problems);

  const operations: OperationModel[] = [];
  for (const [group, name] of names) {
    try {
      operations.push(buildOperation(spec, group, name, warnings));
    } catch (err) {
      if (err instanceof GeneratorError) problems.push(err);
      else throw err;
    }
  }
  operations.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const root = buildNamespaces(operations, locate, problems);
  checkTypeNames(operations, root, locate, problems);
  if (problems.length > 0) throw new GeneratorErrors(problems);

  const schemes = isObject(doc.components?.securitySchemes) ? doc.components.securitySchemes : {};
  return {
    title: String(doc.info?.title ?? 'API'),
    version: String(doc.info?.version ?? '0.0.0'),
    description: String(doc.info?.description ?? '').trim(),
    serverUrl: String(doc.servers?.[0]?.url ?? 'http://localhost').replace(/\/+$/, ''),
    sdk,
    naming,
    securitySchemes: Object.fromEntries(
      Object.entries<Json>(schemes).map(([key, s]) => [
        key,
        {
          type: s?.type === 'http' ? `HTTP ${s.scheme}` : String(s?.type),
          description: String(s?.description ?? '').trim(),
          header: s?.type === 'http' ? 'Authorization' : String(s?.name ?? ''),
        },
      ]),
    ),
    operations,
    root,
    warnings,
  };
}
