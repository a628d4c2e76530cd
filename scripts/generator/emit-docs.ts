// Step 6: generated/docs/, one Markdown page per operation and an index, from the operation model.
import type { ApiModel, ExampleModel, OperationModel, PropertyModel, ResponseModel } from './model.js';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
const code = (text: string): string => '`' + text.replace(/`/g, "'") + '`';

function propertyTable(props: PropertyModel[], withIn = false): string {
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
      p.constraints.map(cell).join('<br>'),
      cell(p.description),
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return [head, ...rows].join('\n') + '\n';
}

const json = (value: unknown): string => '```json\n' + JSON.stringify(value, null, 2) + '\n```\n';

/** A value as TypeScript source: unquoted keys where possible, single-quoted strings. */
export function tsLiteral(value: unknown, indent = ''): string {
  const inner = `${indent}  `;
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
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

/** A TypeScript call of this client for an example request; compiled by the test suite. */
export function typescriptExample(model: ApiModel, op: OperationModel, example?: ExampleModel): string {
  const { sdk } = model;
  const arg = op.inputKind === 'none' ? '' : tsLiteral(example?.value ?? {});
  return [
    `import { ${sdk.client} } from '${sdk.package}';`,
    '',
    `const ${sdk.instance} = new ${sdk.client}(); // reads ${sdk.tokenEnv} from the environment`,
    `const result = await ${sdk.instance}.${op.name}(${arg});`,
    'console.log(result);',
  ].join('\n');
}

/** A cURL call for an example request, against `serverUrl`; run by the test suite. */
export function curlExample(model: ApiModel, op: OperationModel, example?: ExampleModel, serverUrl = model.serverUrl): string {
  const lines = [
    `curl -sS -X ${op.method.toUpperCase()} '${serverUrl}${op.path}'`,
    `  -H "Authorization: Bearer \${${model.sdk.tokenEnv}}"`,
  ];
  if (op.requestBody) {
    lines.push(`  -H 'Content-Type: application/json'`);
    lines.push(`  -d '${JSON.stringify(example?.value ?? {}).replace(/'/g, `'\\''`)}'`);
  }
  return lines.join(' \\\n');
}

function errorsTable(errors: ResponseModel[]): string {
  if (errors.length === 0) return '_None documented._\n';
  const rows = errors.map(
    (e) => `| ${e.status} | ${e.errorTypes.map(code).join(', ')} | ${cell(e.description)} |`,
  );
  return ['| status | type | when |', '| --- | --- | --- |', ...rows].join('\n') + '\n';
}

function responseSection(op: OperationModel): string {
  const out = [`${op.success.status}: ${op.success.description}\n`, `Body: ${code(op.success.type)}\n`];
  out.push(propertyTable(op.success.properties));
  if (op.responseKey) {
    out.push(`\nThe client resolves to ${code(op.responseKey)}: ${code(op.resultType)}.\n`);
  }
  for (const variant of op.success.variants) {
    out.push(`\n#### When \`${variant.name}\`\n\n${propertyTable(variant.properties)}`);
  }
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

export function operationPage(model: ApiModel, op: OperationModel): string {
  const methods = [op.method, ...op.alternativeMethods].map((m) => m.toUpperCase());
  const requestExample = op.requestBody?.examples[0];
  const sections = [
    `# ${op.summary || op.name}${op.deprecated ? ' (deprecated)' : ''}\n`,
    `${code(`${model.sdk.instance}.${op.name}()`)}\n`,
    '```\n' + `${methods[0]} ${op.path} ⇒ ${op.resultType}` + '\n```\n',
    op.alternativeMethods.length > 0
      ? `The API also accepts ${methods.slice(1).join(' and ')} on this path, with the same body and response; the client sends ${methods[0]}.\n`
      : '',
    `${op.description}\n`,
    `## Authentication\n\n${authSection(model, op)}`,
    op.parameters.length > 0 ? `## Parameters\n\n${propertyTable(op.parameters, true)}` : '',
    op.requestBody
      ? `## Request body\n\n${code(op.requestBody.type)}${op.requestBody.required ? ' (required)' : ''}\n\n${propertyTable(op.requestBody.properties)}`
      : '',
    `## Response\n\n${responseSection(op)}`,
    `## Errors\n\n${errorsTable(op.errors)}`,
    '## Examples\n',
    `### TypeScript\n\n\`\`\`ts\n${typescriptExample(model, op, requestExample)}\n\`\`\`\n`,
    `### cURL\n\n\`\`\`sh\n${curlExample(model, op, requestExample)}\n\`\`\`\n`,
    ...(op.requestBody?.examples ?? []).map(
      (e) => `### Request: ${e.summary ?? e.name}\n\n${json(e.value)}`,
    ),
    ...[op.success, ...op.errors].flatMap((r) =>
      r.examples.map((e) => `### Response ${r.status}: ${e.summary ?? e.name}\n\n${json(e.value)}`),
    ),
  ];
  return sections.filter(Boolean).join('\n');
}

export function indexPage(model: ApiModel): string {
  const rows = model.operations.map(
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
  for (const op of model.operations) files.set(`docs/${op.docsFile}`, `${header}\n\n${operationPage(model, op)}`);
  return files;
}
