// An operation's parameters: path-level and operation-level merged, query styles, and the
// headers OpenAPI says the client sets itself.
import { GeneratorError } from '../errors.js';
import { isObjectNode, type Operation, type Parameter, type PathItem, type Referenced } from '../document.js';
import { appliedParameters } from '../../../src/openapi/operations.js';
import { pointerOf } from '../../../src/openapi/refs.js';
import { constraintsOf, type SpecReader } from './reader.js';
import { PARAMETER_LOCATIONS, type ParameterLocation, type ParameterModel } from './types.js';

/** A parameter object once checked (parametersOf): a string name and one of the four locations. */
type ParameterNode = Parameter & { readonly in: ParameterLocation };

const isLocation = (v: unknown): v is ParameterLocation => (PARAMETER_LOCATIONS as unknown[]).includes(v);
type QueryStyle = NonNullable<ParameterModel['style']>['style'];

const QUERY_STYLES = new Set<unknown>(['form', 'spaceDelimited', 'pipeDelimited', 'deepObject']);

/** A query parameter's serialization, when it is not the default (form, exploded). */
function queryStyleOf(p: ParameterNode): Pick<ParameterModel, 'style'> {
  if (p.in !== 'query') return {};
  const style = QUERY_STYLES.has(p.style) ? (p.style as QueryStyle) : 'form';
  const explode = typeof p.explode === 'boolean' ? p.explode : style === 'form';
  return style === 'form' && explode ? {} : { style: { style, explode } };
}

// Header parameters the OpenAPI spec says to ignore: the client sets these itself.
const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization']);

export function parametersOf(
  spec: SpecReader,
  path: string,
  pathItem: PathItem,
  op: Operation,
  method: string,
  warnings: string[],
): ParameterModel[] {
  const listKeys = { item: ['paths', path, 'parameters'], operation: ['paths', path, method, 'parameters'] };
  for (const [from, list] of [
    ['item', pathItem.parameters],
    ['operation', op.parameters],
  ] as const) {
    if (list !== undefined && !Array.isArray(list))
      throw new GeneratorError(
        'invalid-parameters',
        'parameters must be a list',
        spec.locate(pointerOf(...listKeys[from])),
      );
  }
  // Which apply is decided once, with the fake (src/openapi/operations.ts): the operation's replace the path item's.
  const at = ({ from, index }: { from: 'item' | 'operation'; index: number }) =>
    pointerOf(...listKeys[from], String(index));
  const applied = appliedParameters<ParameterNode>(pathItem, op, (raw, where) => {
    // An entry of pathItem.parameters or op.parameters, which appliedParameters hands back untyped.
    const p = spec.deref(raw as Referenced<Parameter>, at(where));
    if (!isObjectNode(p) || typeof p.name !== 'string' || !isLocation(p.in)) {
      throw new GeneratorError(
        'invalid-parameter',
        'a parameter needs a string `name` and `in` of path, query, header or cookie',
        spec.locate(at(where)),
      );
    }
    return p as ParameterNode; // its `in` is one of the four: checked just above
  });
  return applied.flatMap(({ node: p, ...where }) => {
    const pointer = at(where);
    if (p.in === 'header' && IGNORED_HEADERS.has(p.name.toLowerCase())) {
      warnings.push(
        `${spec.locate(pointer)} ignored-parameter: header parameter "${p.name}" is ignored (OpenAPI: the client sets it)`,
      );
      return [];
    }
    const schema = spec.schemaOf(p.schema, pointer);
    const mediaExample = isObjectNode(p.content) ? Object.values(p.content)[0]?.example : undefined;
    const example =
      p.example ??
      (isObjectNode(p.examples) ? spec.deref(Object.values(p.examples)[0], pointer)?.value : undefined) ??
      mediaExample;
    const sample = example ?? spec.sampleOf(p.schema, pointer);
    return [
      {
        name: p.name,
        in: p.in,
        type: spec.describeType(p.schema, pointer),
        required: p.required === true || p.in === 'path',
        ...(schema.default !== undefined ? { default: schema.default } : {}),
        constraints: constraintsOf(schema),
        deprecated: p.deprecated === true,
        description: String(p.description ?? '').trim(),
        ...(example !== undefined ? { example } : {}),
        ...(sample !== undefined ? { sample } : {}),
        ...queryStyleOf(p),
      },
    ];
  });
}
