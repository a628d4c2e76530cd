// An operation's parameters: path-level and operation-level merged, query styles, and the
// headers OpenAPI says the client sets itself.
import { GeneratorError } from '../errors.js';
import { isObject } from '../../../src/openapi/json.js';
import { pointerOf } from '../../../src/openapi/refs.js';
import { constraintsOf, type SpecReader } from './reader.js';
import { PARAMETER_LOCATIONS, type ParameterModel } from './types.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

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

export function parametersOf(spec: SpecReader, path: string, pathItem: Json, op: Json, method: string, warnings: string[]): ParameterModel[] {
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
