// An operation's request: its body as the client sends it (media type, kind, sample, properties),
// and the method's one argument laid out over its parameters and body (InputModel).
import { GeneratorError } from '../errors.js';
import { bodyKind, pickRequestMediaType } from '../../../src/openapi/media.js';
import { isObjectNode, type RequestBody } from '../document.js';
import type { RawOperation } from './types.js';
import type { SpecReader } from './reader.js';
import type { InputModel, ParameterModel, RequestBodyModel } from './types.js';

export function requestBodyOf(spec: SpecReader, raw: RawOperation, warnings: string[]): RequestBodyModel | undefined {
  if (raw.op.requestBody === undefined) return undefined;
  const at = `${raw.pointer}/requestBody`;
  if (raw.method === 'get' || raw.method === 'head') {
    warnings.push(
      `${spec.locate(at)} ignored-request-body: fetch cannot send a body with ${raw.method.toUpperCase()}, so the method of ${raw.method.toUpperCase()} ${raw.path} takes none`,
    );
    return undefined;
  }
  const body: RequestBody | undefined = spec.deref(raw.op.requestBody, at);
  const content = isObjectNode(body) && isObjectNode(body.content) ? body.content : {};
  const mediaType = pickRequestMediaType(content);
  if (!mediaType) {
    warnings.push(
      `${spec.locate(at)} empty-request-body: ${raw.method.toUpperCase()} ${raw.path} has a requestBody with no media type; the client sends none`,
    );
    return undefined;
  }
  const media = content[mediaType] ?? {};
  const kind = bodyKind(mediaType);
  const structured = kind === 'json' || kind === 'form' || kind === 'multipart';
  const examples = spec.examplesOf(media, at);
  const sample =
    examples[0]?.value ?? (kind === 'text' || kind === 'binary' ? 'string' : spec.sampleOf(media.schema, at));
  return {
    // A body with a media type is an object: `?.` only for the type.
    required: body?.required === true,
    mediaType,
    kind,
    otherMediaTypes: Object.keys(content).filter((t) => t !== mediaType),
    type: kind === 'text' ? 'string' : kind === 'binary' ? 'Blob' : spec.describeType(media.schema, at),
    properties: structured && media.schema ? spec.propertiesOf(media.schema, at) : [],
    variants: structured && media.schema ? spec.variantsOf(media.schema, at) : [],
    examples,
    ...(sample !== undefined ? { sample } : {}),
    deepObject:
      kind === 'form' && isObjectNode(media.encoding)
        ? Object.entries(media.encoding)
            .filter(([, e]) => isObjectNode(e) && e.style === 'deepObject')
            .map(([name]) => name)
        : [],
  };
}

/** Lays out the method's argument; see InputModel. */
export function inputOf(
  spec: SpecReader,
  raw: RawOperation,
  parameters: ParameterModel[],
  body: RequestBodyModel | undefined,
): InputModel {
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
  if (parameters.length === 0)
    return body ? { shape: 'body', required: body.required } : { shape: 'none', required: false };
  const paramsRequired = parameters.some((p) => p.required);
  if (!body) return { shape: 'flat', required: paramsRequired };
  // requestBodyOf found the body and its media type: `?.` only for the type.
  const schema = spec.deref(raw.op.requestBody, `${raw.pointer}/requestBody`)?.content?.[body.mediaType]?.schema;
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
