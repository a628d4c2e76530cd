// generated/docs/, one Markdown page per operation and an index, from the operation model.
import type { Profile } from '../../../../src/profiles/profile.js';
import { cell, code, fenced, propertyTable } from '../../markdown.js';
import { clientErrorClasses, documented, methodSection } from '../../method-reference.js';
import type { ApiModel, OperationModel, ResponseModel, VariantModel } from '../../model/index.js';
import { curlExample, fetchExample, functionExample, typescriptExample } from '../../samples/index.js';
import { pagingNote } from '../client/emit-paging.js';

const json = (value: unknown): string => fenced('json', JSON.stringify(value, null, 2));

function errorsTable(errors: ResponseModel[], profile: Profile): string {
  if (errors.length === 0) return '_None documented._\n';
  const rows = errors.map(
    (e) =>
      `| ${[e.status, e.errorTypes.map(code).join(', '), e.description, clientErrorClasses(e, profile).map(code).join(', ')].map(cell).join(' | ')} |`,
  );
  return (
    ['| status | `error.type` | when | the client throws |', '| --- | --- | --- | --- |', ...rows].join('\n') + '\n'
  );
}

/** One table per variant of a union, after the table of the fields every variant shares. */
function variantTables(variants: VariantModel[]): string {
  return variants.map((v) => `\n#### When \`${v.name}\`\n\n${propertyTable(v.properties)}`).join('');
}

function requestBodySection(op: OperationModel): string {
  const body = op.requestBody;
  if (!body) return '';
  const also =
    body.otherMediaTypes.length > 0
      ? ` The API also accepts ${body.otherMediaTypes.map(code).join(', ')}; the client sends ${code(body.mediaType)}.`
      : '';
  const where =
    op.input.shape === 'flat'
      ? op.input.bodyKey
        ? ` The method takes it as the ${code(op.input.bodyKey)} field of its argument.`
        : " Its fields sit beside the parameters in the method's argument."
      : '';
  const fields = body.properties.length > 0 || body.variants.length === 0 ? propertyTable(body.properties) : '';
  const variants =
    body.variants.length > 0 ? `\nOne of ${body.variants.length} shapes:\n${variantTables(body.variants)}` : '';
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
    'Any one of:\n\n' + op.security.map((alt) => `- ${alt.map(describe).join(' together with ')}`).join('\n') + '\n'
  );
}

const sample = (title: string, source: string | undefined): string[] =>
  source === undefined ? [] : [`### ${title}\n\n${fenced('ts', source)}`];

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
    `## Errors\n\n${errorsTable(op.errors, model.profile)}`,
    '## Examples\n',
    `### TypeScript\n\n${fenced('ts', typescriptExample(model, op, requestExample))}`,
    ...sample('TypeScript, the standalone function', functionExample(model, op, requestExample)),
    ...sample('TypeScript, openapi-fetch', fetchExample(model, op, requestExample)),
    `### cURL\n\n${fenced('sh', curlExample(model, op, requestExample))}`,
    ...(op.requestBody?.examples ?? []).map((e) => `### Request: ${e.summary ?? e.name}\n\n${json(e.value)}`),
    ...[op.success, ...op.errors].flatMap((r) =>
      r.examples.map((e) => `### Response ${r.status}: ${e.summary ?? e.name}\n\n${json(e.value)}`),
    ),
  ];
  return sections.filter(Boolean).join('\n');
}

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
