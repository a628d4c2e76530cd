// The TypeScript samples of an operation: a call of the client, of its standalone function, and of
// the openapi-fetch client. The Markdown pages, the HTML docs and Try-it show them; the test suite
// compiles them.
import { functionName, type ApiModel, type ExampleModel, type OperationModel } from '../model/index.js';
import { pages, pagingSample } from '../plugins/client/emit-paging.js';
import { exampleArgument, exampleParams, tsLiteral } from './arguments.js';

/** A TypeScript call of this client for an example request; compiled by the test suite. */
export function typescriptExample(model: ApiModel, op: OperationModel, example?: ExampleModel): string {
  const { sdk } = model;
  const value = exampleArgument(op, example);
  const arg = value === undefined ? '' : tsLiteral(value);
  return [
    `import { ${sdk.client} } from '${sdk.package}';`,
    '',
    `const ${sdk.instance} = new ${sdk.client}(); // reads ${sdk.tokenEnv} from the environment`,
    `const result = await ${sdk.instance}.${op.name}(${arg});`,
    'console.log(result);',
    ...pagingSample(op, `${sdk.instance}.${op.name}(${arg})`),
  ].join('\n');
}

/** The same call as the operation's standalone function, when the package names its core factory (`x-sdk.core`). */
export function functionExample(model: ApiModel, op: OperationModel, example?: ExampleModel): string | undefined {
  const { sdk } = model;
  if (!sdk.core) return undefined;
  const value = exampleArgument(op, example);
  const fn = functionName(op);
  return [
    `import { ${sdk.core}, ${fn} } from '${sdk.package}';`,
    '',
    `const core = ${sdk.core}(); // reads ${sdk.tokenEnv} from the environment`,
    `const result = await ${fn}(core${value === undefined ? '' : `, ${tsLiteral(value)}`});`,
    'console.log(result);',
    ...pagingSample(op, `${fn}(core${value === undefined ? '' : `, ${tsLiteral(value)}`})`),
  ].join('\n');
}

/** The same request through the package's openapi-fetch client (`x-sdk.fetchClient`, from `<package>/fetch`). */
export function fetchExample(model: ApiModel, op: OperationModel, example?: ExampleModel): string | undefined {
  const { sdk } = model;
  if (!sdk.fetchClient) return undefined;
  const params: Record<string, Record<string, unknown>> = {};
  for (const p of exampleParams(op)) (params[p.in] ??= {})[p.name] = p.value;
  const body = example?.value ?? op.requestBody?.sample;
  const init: Record<string, unknown> = {
    ...(Object.keys(params).length > 0 ? { params } : {}),
    ...(op.requestBody && body !== undefined ? { body } : {}),
  };
  const args = [tsLiteral(op.urlPath), ...(Object.keys(init).length > 0 ? [tsLiteral(init)] : [])];
  return [
    `import { ${sdk.fetchClient}${pages(op) ? ', paginate' : ''} } from '${sdk.package}/fetch';`,
    '',
    `const api = ${sdk.fetchClient}(); // reads ${sdk.tokenEnv} from the environment`,
    `const { data, error, response } = await api.${op.method.toUpperCase()}(${args.join(', ')});`,
    'console.log(response.status, data ?? error);',
    ...pagingSample(
      op,
      `paginate(api, ${[`${op.method.toUpperCase()} ${op.path}`, ...(Object.keys(init).length > 0 ? [init] : [])].map((v) => tsLiteral(v)).join(', ')})`,
    ),
  ].join('\n');
}
