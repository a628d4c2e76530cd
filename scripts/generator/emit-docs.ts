// Step 6: generated/docs/, one Markdown page per operation and an index, from the operation model.
import { formBody } from '../../src/runtime/bodies.js';
import { fenced } from './markdown.js';
import { clientErrorClasses, methodSection } from './method-reference.js';
import { functionName, type ApiModel, type ExampleModel, type OperationModel, type ParameterModel, type PropertyModel, type ResponseModel, type VariantModel } from './model/index.js';
import { pages, pagingNote, pagingSample } from './emit-pages.js';

export { clientErrorClasses };

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
const code = (text: string): string => '`' + text.replace(/`/g, "'") + '`';

export function propertyTable(props: PropertyModel[], withIn = false): string {
  if (props.length === 0) return '_None._\n';
  const head = withIn
    ? '| name | in | type | required | default | constraints | description |\n| --- | --- | --- | --- | --- | --- | --- |'
    : '| name | type | required | default | constraints | description |\n| --- | --- | --- | --- | --- | --- |';
  const rows = props.map((p) => {
    const name = p.deprecated ? `~~${code(p.name)}~~ (deprecated)` : code(p.name);
    const cells = [
      name,
      ...(withIn ? [(p as PropertyModel & { in: string }).in] : []),
      code(p.type),
      p.required ? 'yes' : 'no',
      p.default !== undefined ? code(JSON.stringify(p.default)) : '',
      p.constraints.join('<br>'),
      p.description,
    ];
    // Every cell escaped: a `|` even inside backticks ends a GFM table cell.
    return `| ${cells.map(cell).join(' | ')} |`;
  });
  return [head, ...rows].join('\n') + '\n';
}

const json = (value: unknown): string => fenced('json', JSON.stringify(value, null, 2));

/** A value as TypeScript source: unquoted keys where possible, single-quoted strings. */
export function tsLiteral(value: unknown, indent = ''): string {
  const inner = `${indent}  `;
  // JSON's escapes, single-quoted: a line break, a control character or a quote in an example
  // string stays inside the literal (JSON.stringify escapes all but the quote it does not use).
  if (typeof value === 'string') return `'${JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
  if (Array.isArray(value)) {
    return value.length === 0 ? '[]' : `[\n${value.map((v) => `${inner}${tsLiteral(v, inner)},`).join('\n')}\n${indent}]`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : tsLiteral(k));
    return `{\n${entries.map(([k, v]) => `${inner}${key(k)}: ${tsLiteral(v, inner)},`).join('\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** The parameters a docs example sets: every required one, and optional ones the spec gives an example for. */
const exampleParams = (op: OperationModel): Array<ParameterModel & { value: unknown }> =>
  op.parameters.flatMap((p) => {
    const value = p.example ?? (p.required ? (p.sample ?? 'string') : undefined);
    return value === undefined ? [] : [{ ...p, value }];
  });

/** The value of the method's one argument in a docs example, or undefined for a call without one. */
export function exampleArgument(op: OperationModel, example?: ExampleModel): unknown {
  const body = example?.value ?? op.requestBody?.sample;
  if (op.input.shape === 'none') return undefined;
  if (op.input.shape === 'body') return body ?? (op.input.required ? {} : undefined);
  const argument: Record<string, unknown> = {};
  for (const p of exampleParams(op)) argument[p.name] = p.value;
  if (body !== undefined && op.requestBody) {
    if (op.input.bodyKey) argument[op.input.bodyKey] = body;
    else if (typeof body === 'object' && body !== null && !Array.isArray(body)) Object.assign(argument, body);
  }
  return argument;
}

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
    ...pagingSample(op, `paginate(api, ${[`${op.method.toUpperCase()} ${op.path}`, ...(Object.keys(init).length > 0 ? [init] : [])].map((v) => tsLiteral(v)).join(', ')})`),
  ].join('\n');
}

const shellQuote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;
const paramText = (value: unknown): string => (typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value));

/**
 * The auth header line of a cURL example, from the operation's first security scheme. The token
 * comes from the environment variable (`x-sdk.tokenEnv`, a plain name), the only part in double
 * quotes; anything from the spec (an apiKey scheme's header name) is single-quoted, so a reader
 * who pastes the sample runs nothing the spec wrote.
 */
function curlAuth(model: ApiModel, op: OperationModel): string[] {
  const scheme = model.securitySchemes[op.security[0]?.[0] ?? ''];
  const token = `\${${model.sdk.tokenEnv}}`;
  // Text that means nothing to the shell inside double quotes reads as usual; anything else is single-quoted.
  const withToken = (text: string) => (/^[\w .:/-]*$/.test(text) ? `"${text}${token}"` : `${shellQuote(text)}"${token}"`);
  if (!scheme) return op.security.length === 0 ? [] : [`-H ${withToken('Authorization: Bearer ')}`];
  if (scheme.type === 'apiKey' && scheme.header) return [`-H ${withToken(`${scheme.header}: `)}`];
  if (scheme.type === 'HTTP basic') return [`-u ${withToken('')}`];
  return [`-H ${withToken('Authorization: Bearer ')}`];
}

/** The body lines of a cURL example, as the client would send the body. */
function curlBody(op: OperationModel, body: unknown): string[] {
  const request = op.requestBody;
  if (!request || body === undefined) return [];
  const type = `-H ${shellQuote(`Content-Type: ${request.mediaType}`)}`;
  switch (request.kind) {
    case 'json':
      return [type, `-d ${shellQuote(JSON.stringify(body))}`];
    case 'form':
      return [type, `--data ${shellQuote(String(formBody(body, { path: op.path, method: op.method, deepObject: request.deepObject }).body))}`];
    case 'multipart':
      return Object.entries((body ?? {}) as Record<string, unknown>).map(([k, v]) => `-F ${shellQuote(`${k}=${paramText(v)}`)}`);
    default:
      return [type, `--data-binary ${shellQuote(paramText(body))}`];
  }
}

/** A cURL call for an example request, against `serverUrl`; run by the test suite. */
export function curlExample(model: ApiModel, op: OperationModel, example?: ExampleModel, serverUrl = model.serverUrl): string {
  const params = exampleParams(op);
  let path = op.urlPath;
  for (const p of params.filter((x) => x.in === 'path')) path = path.split(`{${p.name}}`).join(encodeURIComponent(paramText(p.value)));
  const query = new URLSearchParams();
  for (const p of params.filter((x) => x.in === 'query')) {
    for (const v of Array.isArray(p.value) ? p.value : [p.value]) query.append(p.name, paramText(v));
  }
  const search = query.size > 0 ? `?${query}` : '';
  const body = op.input.shape === 'body' ? exampleArgument(op, example) : (example?.value ?? op.requestBody?.sample);
  return [
    `curl -sS -X ${op.method.toUpperCase()} ${shellQuote(`${serverUrl}${path}${search}`)}`,
    ...curlAuth(model, op),
    ...params.filter((x) => x.in === 'header').map((p) => `-H ${shellQuote(`${p.name}: ${paramText(p.value)}`)}`),
    ...params.filter((x) => x.in === 'cookie').map((p) => `-b ${shellQuote(`${p.name}=${paramText(p.value)}`)}`),
    ...curlBody(op, body),
  ].join(' \\\n  ');
}

function errorsTable(errors: ResponseModel[]): string {
  if (errors.length === 0) return '_None documented._\n';
  const rows = errors.map(
    (e) => `| ${[e.status, e.errorTypes.map(code).join(', '), e.description, clientErrorClasses(e).map(code).join(', ')].map(cell).join(' | ')} |`,
  );
  return ['| status | `error.type` | when | the client throws |', '| --- | --- | --- | --- |', ...rows].join('\n') + '\n';
}

/** One table per variant of a union, after the table of the fields every variant shares. */
function variantTables(variants: VariantModel[]): string {
  return variants.map((v) => `\n#### When \`${v.name}\`\n\n${propertyTable(v.properties)}`).join('');
}

function requestBodySection(op: OperationModel): string {
  const body = op.requestBody;
  if (!body) return '';
  const also = body.otherMediaTypes.length > 0 ? ` The API also accepts ${body.otherMediaTypes.map(code).join(', ')}; the client sends ${code(body.mediaType)}.` : '';
  const where =
    op.input.shape === 'flat'
      ? op.input.bodyKey
        ? ` The method takes it as the ${code(op.input.bodyKey)} field of its argument.`
        : ' Its fields sit beside the parameters in the method\'s argument.'
      : '';
  const fields = body.properties.length > 0 || body.variants.length === 0 ? propertyTable(body.properties) : '';
  const variants = body.variants.length > 0 ? `\nOne of ${body.variants.length} shapes:\n${variantTables(body.variants)}` : '';
  return `## Request body\n\n${code(body.type)}${body.required ? ' (required)' : ''}, sent as ${code(body.mediaType)}.${also}${where}\n\n${fields}${variants}`;
}

function responseSection(op: OperationModel): string {
  const out = [`${op.success.status}: ${op.success.description}\n`, `Body: ${code(op.success.type)}\n`];
  out.push(propertyTable(op.success.properties));
  if (op.responseKey) {
    out.push(`\nThe client resolves to ${code(op.responseKey)}: ${code(op.resultType)}.\n`);
  }
  out.push(variantTables(op.success.variants));
  return out.join('\n');
}

function authSection(model: ApiModel, op: OperationModel): string {
  if (op.security.length === 0) return '_No authentication._\n';
  const describe = (name: string) => {
    const s = model.securitySchemes[name];
    return s ? `${code(name)} (${s.type}, header ${code(s.header)})` : code(name);
  };
  return (
    'Any one of:\n\n' +
    op.security.map((alt) => `- ${alt.map(describe).join(' together with ')}`).join('\n') +
    '\n'
  );
}

const sample = (title: string, source: string | undefined): string[] => (source === undefined ? [] : [`### ${title}\n\n${fenced('ts', source)}`]);

export function operationPage(model: ApiModel, op: OperationModel): string {
  const methods = [op.method, ...op.alternativeMethods].map((m) => m.toUpperCase());
  const requestExample = op.requestBody?.examples[0];
  const sections = [
    `# ${op.summary || op.name}${op.deprecated ? ' (deprecated)' : ''}\n`,
    `${code(`${model.sdk.instance}.${op.name}()`)}\n`,
    methodSection(model, op),
    '## The HTTP call\n',
    fenced('', `${methods[0]} ${op.path} ⇒ ${op.resultType}`),
    op.deprecated ? `> **Deprecated.**${op.deprecationNote ? ` ${op.deprecationNote}` : ''}\n` : '',
    op.actionAttemptType ? `Starts an action attempt of type ${code(op.actionAttemptType)}.\n` : '',
    pagingNote(op),
    op.alternativeMethods.length > 0
      ? `The API also accepts ${methods.slice(1).join(' and ')} on this path, with the same body and response; the client sends ${methods[0]}.\n`
      : '',
    `${op.description}\n`,
    `## Authentication\n\n${authSection(model, op)}`,
    op.parameters.length > 0 ? `## Parameters\n\n${propertyTable(op.parameters, true)}` : '',
    requestBodySection(op),
    `## Response\n\n${responseSection(op)}`,
    `## Errors\n\n${errorsTable(op.errors)}`,
    '## Examples\n',
    `### TypeScript\n\n${fenced('ts', typescriptExample(model, op, requestExample))}`,
    ...sample('TypeScript, the standalone function', functionExample(model, op, requestExample)),
    ...sample('TypeScript, openapi-fetch', fetchExample(model, op, requestExample)),
    `### cURL\n\n${fenced('sh', curlExample(model, op, requestExample))}`,
    ...(op.requestBody?.examples ?? []).map(
      (e) => `### Request: ${e.summary ?? e.name}\n\n${json(e.value)}`,
    ),
    ...[op.success, ...op.errors].flatMap((r) =>
      r.examples.map((e) => `### Response ${r.status}: ${e.summary ?? e.name}\n\n${json(e.value)}`),
    ),
  ];
  return sections.filter(Boolean).join('\n');
}

/** What the docs show: operations marked x-undocumented or x-draft are in the client only. */
export const documented = (model: ApiModel): OperationModel[] => model.operations.filter((op) => op.undocumented === undefined);

export function indexPage(model: ApiModel): string {
  const rows = documented(model).map(
    (op) =>
      `| [${code(op.name)}](./${op.docsFile}) | ${[op.method, ...op.alternativeMethods].map((m) => m.toUpperCase()).join(', ')} | ${code(op.path)} | ${cell(op.summary)} |`,
  );
  return [
    `# ${model.title}\n`,
    `Version ${model.version}. Server: ${code(model.serverUrl)}.\n`,
    `${model.description}\n`,
    '## Operations\n',
    '| method | HTTP | path | summary |\n| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

export function emitDocs(model: ApiModel, header: string): Map<string, string> {
  const files = new Map<string, string>();
  files.set('docs/index.md', `${header}\n\n${indexPage(model)}`);
  for (const op of documented(model)) files.set(`docs/${op.docsFile}`, `${header}\n\n${operationPage(model, op)}`);
  return files;
}
