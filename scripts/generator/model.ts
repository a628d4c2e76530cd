// Step 4: the operation model. One in-memory description of every operation, built once from the
// bundled spec; the client emitter and the docs emitter both read it and never the spec.
//
// Spec extensions it understands (all optional):
//   x-operation-group  on operations: methods of one path with the same value are one operation;
//                      the client sends the first of METHOD_PREFERENCE, docs list the rest.
//   x-client-name      on operations: "a.b.method" overrides the name derived from the path.
//   x-response-key     on operations: the method resolves to this property of the success body.
//   x-idempotent       on operations: true when repeating the request is safe, so it may be retried.
//   x-action-attempt   on operations: true when the resolved value is an action attempt to wait for.
//   x-sdk              on info: { package, client, instance, tokenEnv } for the docs' examples.
import { GeneratorError, GeneratorErrors } from './errors.js';
import type { OpenApiDocument } from './load.js';
import { camelCase, identifierProblem, pascalCase } from './naming.js';
import { deref, pointerOf } from './refs.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export const METHOD_PREFERENCE = ['post', 'put', 'patch', 'get', 'delete', 'head', 'options', 'trace'] as const;
export type HttpMethod = (typeof METHOD_PREFERENCE)[number];

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
  in: 'path' | 'query' | 'header' | 'cookie';
}

export interface ExampleModel {
  name: string;
  summary?: string;
  value: unknown;
}

export interface ResponseModel {
  status: string;
  description: string;
  type: string;
  properties: PropertyModel[];
  /** For a discriminated union: each variant's discriminator value and properties. */
  variants: Array<{ name: string; properties: PropertyModel[] }>;
  examples: ExampleModel[];
  /** The `error.type` values its examples show, for the docs' errors table. */
  errorTypes: string[];
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
  path: string;
  summary: string;
  description: string;
  deprecated: boolean;
  tags: string[];
  security: string[][];
  parameters: ParameterModel[];
  requestBody?: { required: boolean; type: string; properties: PropertyModel[]; examples: ExampleModel[] };
  success: ResponseModel;
  errors: ResponseModel[];
  inputKind: 'body' | 'params' | 'none';
  responseKey?: string;
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
  securitySchemes: Record<string, { type: string; description: string; header: string }>;
  operations: OperationModel[];
  root: NamespaceModel;
}

/** Maps a JSON pointer in the spec to `file:line:col (pointer)` for error messages. */
export type Locate = (pointer: string) => string;

const refName = (node: Json): string | undefined =>
  typeof node?.$ref === 'string' ? node.$ref.split('/').pop() : undefined;

/** A short, human-readable type for docs tables: `string`, `"a" | "b"`, `AccessCode[]`. */
export function describeType(doc: OpenApiDocument, node: Json): string {
  const name = refName(node);
  if (name) return name;
  const schema = node ?? {};
  if ('const' in schema) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return schema.enum.map((v: unknown) => JSON.stringify(v)).join(' | ');
  for (const key of ['oneOf', 'anyOf'] as const) {
    if (Array.isArray(schema[key])) return schema[key].map((s: Json) => describeType(doc, s)).join(' | ');
  }
  if (Array.isArray(schema.allOf)) return schema.allOf.map((s: Json) => describeType(doc, s)).join(' & ');
  const types: string[] = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (schema.nullable === true) types.push('null');
  const described = types.map((t) => (t === 'array' ? `${describeType(doc, schema.items)}[]` : t));
  return described.length > 0 ? described.join(' | ') : 'object';
}

function constraintsOf(schema: Json): string[] {
  const out: string[] = [];
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

function propertiesOf(doc: OpenApiDocument, node: Json): PropertyModel[] {
  const schema = deref(doc, node) ?? {};
  const parts = Array.isArray(schema.allOf) ? schema.allOf.map((s: Json) => deref(doc, s)) : [schema];
  const required = new Set<string>(parts.flatMap((p: Json) => p.required ?? []));
  return parts.flatMap((part: Json) =>
    Object.entries(part.properties ?? {}).map(([name, raw]) => {
      const prop = deref(doc, raw);
      return {
        name,
        type: describeType(doc, raw),
        required: required.has(name),
        ...(prop.default !== undefined ? { default: prop.default } : {}),
        constraints: constraintsOf(prop),
        deprecated: prop.deprecated === true,
        description: String(prop.description ?? (raw as Json).description ?? '').trim(),
      };
    }),
  );
}

function examplesOf(doc: OpenApiDocument, media: Json): ExampleModel[] {
  if (!media) return [];
  if (media.examples) {
    return Object.entries(media.examples).map(([name, raw]) => {
      const ex = deref(doc, raw);
      return { name, ...(ex.summary ? { summary: ex.summary } : {}), value: ex.value };
    });
  }
  return media.example !== undefined ? [{ name: 'example', value: media.example }] : [];
}

function responseOf(doc: OpenApiDocument, status: string, raw: Json): ResponseModel {
  const response = deref(doc, raw);
  const media = response.content?.['application/json'];
  const schemaNode = media?.schema;
  const examples = examplesOf(doc, media);
  return {
    status,
    description: String(response.description ?? '').trim(),
    type: schemaNode ? describeType(doc, schemaNode) : 'void',
    properties: schemaNode ? propertiesOf(doc, schemaNode) : [],
    variants: [],
    examples,
    errorTypes: [
      ...new Set(
        examples
          .map((e) => (e.value as Json)?.error?.type)
          .filter((t): t is string => typeof t === 'string'),
      ),
    ],
  };
}

/** Variants of a discriminated union, for the docs' response section. */
function variantsOf(doc: OpenApiDocument, node: Json): ResponseModel['variants'] {
  const schema = deref(doc, node);
  const propertyName: string | undefined = schema.discriminator?.propertyName;
  if (!Array.isArray(schema.oneOf) || !propertyName) return [];
  return schema.oneOf.map((variant: Json) => {
    const v = deref(doc, variant);
    const tag = v.properties?.[propertyName];
    return {
      name: String(deref(doc, tag)?.const ?? refName(variant) ?? 'variant'),
      properties: propertiesOf(doc, variant),
    };
  });
}

function parametersOf(doc: OpenApiDocument, pathItem: Json, op: Json): ParameterModel[] {
  const all = [...(pathItem.parameters ?? []), ...(op.parameters ?? [])].map((p: Json) => deref(doc, p));
  const byKey = new Map<string, Json>();
  for (const p of all) byKey.set(`${p.in}:${p.name}`, p); // operation-level wins
  return [...byKey.values()].map((p) => {
    const schema = deref(doc, p.schema) ?? {};
    return {
      name: p.name,
      in: p.in,
      type: describeType(doc, p.schema),
      required: p.required === true,
      ...(schema.default !== undefined ? { default: schema.default } : {}),
      constraints: constraintsOf(schema),
      deprecated: p.deprecated === true,
      description: String(p.description ?? '').trim(),
    };
  });
}

interface RawOperation {
  path: string;
  method: HttpMethod;
  op: Json;
  pointer: string;
}

function groupOperations(doc: OpenApiDocument, locate: Locate, problems: GeneratorError[]): RawOperation[][] {
  const groups = new Map<string, RawOperation[]>();
  for (const [path, item] of Object.entries<Json>(doc.paths ?? {})) {
    for (const method of METHOD_PREFERENCE) {
      const op = item?.[method];
      if (!op) continue;
      const pointer = pointerOf('paths', path, method);
      const key = op['x-operation-group'] ?? `${method} ${path}`;
      const group = groups.get(key) ?? [];
      if (group[0] && group[0].path !== path) {
        problems.push(
          new GeneratorError(
            'operation-group-spans-paths',
            `x-operation-group "${key}" is used on ${group[0].path} and ${path}; alternatives must share one path`,
            locate(pointer),
          ),
        );
        continue;
      }
      group.push({ path, method, op, pointer });
      groups.set(key, group);
    }
  }
  return [...groups.values()];
}

function deriveName(raw: RawOperation): { namespacePath: string[]; methodName: string } | undefined {
  const override = raw.op['x-client-name'];
  if (typeof override === 'string') {
    const parts = override.split('.');
    return { namespacePath: parts.slice(0, -1), methodName: parts[parts.length - 1] ?? '' };
  }
  const segments = raw.path.split('/').filter((s) => s && !s.startsWith('{'));
  if (segments.length >= 2) {
    return { namespacePath: segments.slice(0, -1).map(camelCase), methodName: camelCase(segments.at(-1)!) };
  }
  if (segments.length === 1 && typeof raw.op.operationId === 'string') {
    return { namespacePath: [camelCase(segments[0]!)], methodName: camelCase(raw.op.operationId) };
  }
  return undefined;
}

function buildOperation(doc: OpenApiDocument, group: RawOperation[], locate: Locate): OperationModel {
  const primary = group[0]!; // groups are filled in METHOD_PREFERENCE order
  const { op, path, method, pointer } = primary;
  // Only errors need a line and column, and finding them is slow on a large spec.
  const where = () => locate(pointer);

  const name = deriveName(primary);
  if (!name) {
    throw new GeneratorError(
      'unnamed-operation',
      `cannot derive a method name for ${method.toUpperCase()} ${path}; add x-client-name`,
      where(),
    );
  }
  for (const part of [...name.namespacePath, name.methodName]) {
    const problem = identifierProblem(part);
    if (problem) {
      throw new GeneratorError(
        'invalid-method-name',
        `${problem}, so ${method.toUpperCase()} ${path} cannot become a method; rename it with x-client-name`,
        where(),
      );
    }
  }
  if (name.namespacePath.length === 0) {
    throw new GeneratorError('unnamed-operation', `x-client-name needs a namespace, e.g. "things.${name.methodName}"`, where());
  }

  const responses = Object.entries<Json>(op.responses ?? {});
  const successEntry = responses.find(([status]) => /^2\d\d$|^2XX$/i.test(status));
  if (!successEntry) {
    throw new GeneratorError(
      'no-success-response',
      `${method.toUpperCase()} ${path} has no 2xx response, so the client has nothing to return`,
      where(),
    );
  }
  const success = responseOf(doc, successEntry[0], successEntry[1]);
  const responseKey: string | undefined = op['x-response-key'];
  const successSchema = deref(doc, successEntry[1]).content?.['application/json']?.schema;
  let resultType = success.type;
  if (responseKey) {
    const keyed = deref(doc, successSchema)?.properties?.[responseKey];
    if (!keyed) {
      throw new GeneratorError(
        'unknown-response-key',
        `x-response-key "${responseKey}" is not a property of the ${successEntry[0]} response`,
        where(),
      );
    }
    resultType = describeType(doc, keyed);
    success.variants = variantsOf(doc, keyed);
  }

  const media = op.requestBody ? deref(doc, op.requestBody).content?.['application/json'] : undefined;
  const parameters = parametersOf(doc, doc.paths[path], op);
  const dotted = [...name.namespacePath, name.methodName].join('.');
  return {
    operationId: op.operationId ?? camelCase(`${method} ${path}`),
    typeName: pascalCase(op['x-operation-group'] ?? op.operationId ?? `${method} ${path}`),
    name: dotted,
    ...name,
    method,
    alternativeMethods: group.slice(1).map((g) => g.method),
    path,
    summary: String(op.summary ?? '').trim(),
    description: String(op.description ?? '').trim(),
    deprecated: op.deprecated === true,
    tags: op.tags ?? [],
    security: (op.security ?? doc.security ?? []).map((alt: Json) => Object.keys(alt)),
    parameters,
    ...(media
      ? {
          requestBody: {
            required: deref(doc, op.requestBody).required === true,
            type: describeType(doc, media.schema),
            properties: propertiesOf(doc, media.schema),
            examples: examplesOf(doc, media),
          },
        }
      : {}),
    success,
    errors: responses
      .filter(([status]) => /^[45]/.test(status))
      .map(([status, raw]) => responseOf(doc, status, raw)),
    inputKind: parameters.length > 0 ? 'params' : media ? 'body' : 'none',
    ...(responseKey ? { responseKey } : {}),
    resultType,
    idempotent: op['x-idempotent'] === true,
    actionAttempt: op['x-action-attempt'] === true,
    docsFile: `${dotted}.md`,
  };
}

function buildNamespaces(operations: OperationModel[], locate: Locate): NamespaceModel {
  const root: NamespaceModel = { name: '', path: [], className: 'GeneratedClient', namespaces: [], operations: [] };
  for (const op of operations) {
    let node = root;
    for (const part of op.namespacePath) {
      let child = node.namespaces.find((n) => n.name === part);
      if (!child) {
        const path = [...node.path, part];
        child = { name: part, path, className: `${pascalCase(path.join('_'))}Namespace`, namespaces: [], operations: [] };
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
        throw new GeneratorError(
          'duplicate-method-name',
          `${op.name} is both a method and a namespace`,
          locate(pointerOf('paths', op.path, op.method)),
        );
      }
    }
    node.namespaces.forEach(walk);
  };
  walk(root);
  return root;
}

export function buildModel(doc: OpenApiDocument, locate: Locate = (p) => p): ApiModel {
  const problems: GeneratorError[] = [];
  const groups = groupOperations(doc, locate, problems);
  const operations: OperationModel[] = [];
  const byName = new Map<string, OperationModel>();
  for (const group of groups) {
    try {
      const op = buildOperation(doc, group, locate);
      const clash = byName.get(op.name);
      if (clash) {
        problems.push(
          new GeneratorError(
            'duplicate-method-name',
            `${op.method.toUpperCase()} ${op.path} and ${clash.method.toUpperCase()} ${clash.path} both become ${op.name}; ` +
              'give one an x-client-name, or mark them as alternatives with one x-operation-group',
            locate(pointerOf('paths', op.path, op.method)),
          ),
        );
        continue;
      }
      byName.set(op.name, op);
      operations.push(op);
    } catch (err) {
      if (err instanceof GeneratorError) problems.push(err);
      else throw err;
    }
  }
  operations.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let root: NamespaceModel | undefined;
  try {
    root = buildNamespaces(operations, locate);
  } catch (err) {
    if (err instanceof GeneratorError) problems.push(err);
    else throw err;
  }
  if (problems.length > 0 || !root) throw new GeneratorErrors(problems);

  const sdk = doc.info?.['x-sdk'] ?? {};
  const schemes = doc.components?.securitySchemes ?? {};
  return {
    title: String(doc.info?.title ?? 'API'),
    version: String(doc.info?.version ?? '0.0.0'),
    description: String(doc.info?.description ?? '').trim(),
    serverUrl: String(doc.servers?.[0]?.url ?? 'http://localhost'),
    sdk: {
      package: sdk.package ?? 'api-client',
      client: sdk.client ?? 'Client',
      instance: sdk.instance ?? 'client',
      tokenEnv: sdk.tokenEnv ?? 'API_TOKEN',
    },
    securitySchemes: Object.fromEntries(
      Object.entries<Json>(schemes).map(([key, s]) => [
        key,
        {
          type: s.type === 'http' ? `HTTP ${s.scheme}` : String(s.type),
          description: String(s.description ?? '').trim(),
          header: s.type === 'http' ? 'Authorization' : String(s.name ?? ''),
        },
      ]),
    ),
    operations,
    root,
  };
}
