// One operation of the model, from its group of methods and its name: success and error
// answers, parameters, body, the method's argument, and what the method resolves to.
import { GeneratorError } from '../errors.js';
import { ignoredExtensions } from './extensions.js';
import type { DerivedName } from '../naming/derive.js';
import { typeIdentifier } from '../naming/identifiers.js';
import { shapeOf } from '../shape.js';
import { successStatusOf } from '../../../src/openapi/operations.js';
import { isObjectNode } from '../document.js';
import { pointerOf } from '../../../src/openapi/refs.js';
import { urlPathOf } from '../../../src/openapi/url-path.js';
import type { RawOperation } from './types.js';
import { paginationOf } from './pagination.js';
import { parametersOf } from './parameters.js';
import { inputOf, requestBodyOf } from './input.js';
import { attemptPropertyOf, waitedOf } from './attempts.js';
import { responseOf, type SpecReader } from './reader.js';
import type { OperationModel, ResponseModel } from './types.js';
import { settleRole, type PathRole } from './classify.js';

function pickSuccess(
  spec: SpecReader,
  raw: RawOperation,
  warnings: string[],
): { success: ResponseModel; errors: ResponseModel[] } {
  const { op, pointer, method, path } = raw;
  const at = (status: string) => pointerOf('paths', path, method, 'responses', status);
  const entries = isObjectNode(op.responses) ? Object.entries(op.responses) : [];
  const status = successStatusOf(op.responses);
  const chosen = status === undefined ? undefined : entries.find(([s]) => s === status);
  const label = `${method.toUpperCase()} ${path}`;
  if (!chosen || !/^2/.test(chosen[0])) {
    const others = entries.map(([s]) => s).join(', ') || 'no responses';
    const outcome =
      chosen?.[0] === 'default'
        ? 'the client resolves to the `default` response'
        : chosen
          ? `the client resolves to the ${chosen[0]}'s Location`
          : 'the client resolves to void';
    warnings.push(
      `${spec.locate(`${pointer}/responses`)} no-success-response: ${label} has no 2xx response (${others}); ${outcome}`,
    );
  }
  const success: ResponseModel = chosen
    ? responseOf(spec, chosen[0], chosen[1], at(chosen[0]))
    : {
        status: '2XX',
        description: '',
        kind: 'void',
        type: 'void',
        properties: [],
        variants: [],
        examples: [],
        errorTypes: [],
      };
  const errors = entries
    .filter(([s]) => /^[45]/.test(s) || (s === 'default' && chosen?.[0] !== 'default'))
    .map(([s, r]) => responseOf(spec, s, r, at(s)));
  return { success, errors };
}

export function buildOperation(
  spec: SpecReader,
  group: RawOperation[],
  name: DerivedName,
  role: PathRole,
  warnings: string[],
): OperationModel {
  const primary = group[0]!; // groups are filled in HTTP_METHODS' order of preference
  const { op, path, method, pointer, extensions: x } = primary;
  const where = (key?: string) => spec.locate(key ? `${pointer}/${key}` : pointer);
  warnings.push(...ignoredExtensions(primary, group.slice(1), name.source, spec.locate));

  const { success, errors } = pickSuccess(spec, primary, warnings);
  const responseKey = typeof x.responseKey === 'string' ? x.responseKey : undefined;
  let resultType = success.type;
  const successNode = success.kind === 'json' ? spec.deref(op.responses[success.status], pointer) : undefined;
  // A JSON answer has the media type it was read from: `?.` only for the type.
  const successSchema = successNode
    ? spec.deref(successNode.content?.[success.mediaType!]?.schema, pointer)
    : undefined;
  const successProperties = successSchema?.properties;
  // Own properties only: `x-response-key: toString` must not find Object.prototype.toString.
  const keyedSchema =
    responseKey && isObjectNode(successProperties) && Object.hasOwn(successProperties, responseKey)
      ? successProperties[responseKey]
      : undefined;
  // The runtime reads the key from an answer as `body[key]` (no own-property check: every call
  // would pay for it); a key every object has from Object.prototype would resolve, in an answer
  // without it, to Object.prototype's member. Refused here, so no descriptor ever holds one.
  if (responseKey && responseKey in Object.prototype) {
    throw new GeneratorError(
      'reserved-response-key',
      `x-response-key "${responseKey}" is a member every object has (Object.prototype); an answer without it would resolve to that member. Name another property`,
      where('x-response-key'),
    );
  }
  if (responseKey) {
    const keyed = keyedSchema;
    if (!keyed) {
      throw new GeneratorError(
        'unknown-response-key',
        `x-response-key "${responseKey}" is not a property of the ${success.status} response`,
        where('x-response-key'),
      );
    }
    resultType = spec.describeType(keyed, pointer);
    success.variants = spec.variantsOf(keyed, pointer);
  }
  // The fields of what the method resolves to (of each item, for a list): how the fake finds an
  // item and its id in an answer (resources.ts).
  const resolvedSchema = spec.deref(responseKey ? keyedSchema : successSchema, pointer);
  const resultIsList = resolvedSchema?.type === 'array';
  const resultFields = isObjectNode(resolvedSchema)
    ? spec.propertiesOf(resultIsList ? resolvedSchema.items : resolvedSchema, pointer).map((p) => p.name)
    : [];
  // Only a 2xx promises a shape: a `default` answer may be anything the API sends.
  const shape =
    /^2/.test(success.status) && successSchema
      ? shapeOf(responseKey ? keyedSchema : successSchema, (n) => spec.deref(n, pointer))
      : undefined;
  // An operation with x-action-attempt-type waits wherever its answer holds the attempt: as the
  // value it resolves to (x-response-key: action_attempt), beside a resource (Seam's
  // access_codes/create: `access_code` and `action_attempt`), or in a body with no key
  // (access_codes/update). `attemptKey` is the body's property that holds it, when the method does
  // not resolve to it.
  const actionAttemptType = x.actionAttemptType;
  const attemptKeyName = 'x-action-attempt-type';
  const heldAt =
    actionAttemptType !== undefined && success.kind === 'json'
      ? attemptPropertyOf(spec, successSchema, pointer)
      : undefined;
  const actionAttempt = actionAttemptType !== undefined && (responseKey === 'action_attempt' || heldAt !== undefined);
  if (actionAttemptType !== undefined && !actionAttempt && success.kind === 'json') {
    warnings.push(
      `${where(attemptKeyName)} ignored-extension: ${attemptKeyName} is ignored, since the ${success.status} answer holds no action attempt (no property with an action_attempt_id) to wait for`,
    );
  }
  if (actionAttempt && success.kind !== 'json') {
    warnings.push(
      `${where(attemptKeyName)} ignored-extension: ${attemptKeyName} is ignored, since ${method.toUpperCase()} ${path} answers no JSON`,
    );
  }
  const attemptKey =
    actionAttempt && heldAt !== undefined && heldAt !== responseKey && success.kind === 'json' ? heldAt : undefined;
  // What it resolves to once waited: the attempt's success variant, unless it resolves to a resource.
  const attemptSchema = attemptKey
    ? successSchema?.properties?.[attemptKey]
    : responseKey
      ? keyedSchema
      : successSchema;
  const waited =
    actionAttempt && success.kind === 'json' && !(attemptKey && responseKey)
      ? waitedOf(spec, attemptSchema, pointer, actionAttemptType)
      : undefined;

  const parameters = parametersOf(spec, path, primary.pathItem, op, method, warnings);
  for (const segment of urlPathOf(path).match(/\{[^}]*\}/g) ?? []) {
    const paramName = segment.slice(1, -1);
    if (!parameters.some((p) => p.in === 'path' && p.name === paramName)) {
      throw new GeneratorError(
        'missing-path-parameter',
        `${path} names {${paramName}}, but no path parameter "${paramName}" is defined`,
        where(),
      );
    }
  }
  const requestBody = requestBodyOf(spec, primary, warnings);
  const pagination =
    success.kind === 'json'
      ? paginationOf(
          spec,
          {
            body: successSchema,
            extensions: x,
            model: { responseKey, parameters, requestBody },
            where: (key) => where(key || undefined),
          },
          warnings,
        )
      : undefined;
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
    summary: String(x.title ?? op.summary ?? '').trim(),
    description: String(op.description ?? '').trim(),
    deprecated: x.deprecated,
    ...(x.deprecationNote !== undefined ? { deprecationNote: x.deprecationNote } : {}),
    tags: Array.isArray(op.tags) ? op.tags.map(String) : [],
    security: (Array.isArray(op.security)
      ? op.security
      : Array.isArray(spec.doc.security)
        ? spec.doc.security
        : []
    ).map((alt) => Object.keys(alt ?? {})),
    parameters,
    ...(requestBody ? { requestBody } : {}),
    input: inputOf(spec, primary, parameters, requestBody),
    success,
    errors,
    ...(responseKey ? { responseKey } : {}),
    ...(shape ? { shape } : {}),
    resultType,
    idempotent: x.idempotent,
    ...(attemptKey ? { attemptKey } : {}),
    ...(waited ? { waited } : {}),
    ...(actionAttemptType !== undefined ? { actionAttemptType } : {}),
    ...(x.undocumented !== undefined ? { undocumented: x.undocumented } : {}),
    result: { fields: resultFields, list: resultIsList },
    ...(pagination ? { pagination } : {}),
    ...(x.fakeResource !== undefined ? { fakeResource: x.fakeResource } : {}),
    role: settleRole(role, {
      json: success.kind === 'json',
      cursor: pagination?.cursor,
      returnsAttempt: actionAttempt && success.kind === 'json',
    }),
    docsFile: `${dotted}.md`,
  };
}
