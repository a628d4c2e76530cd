// The cURL sample of an operation, sending the body as the client would; the test suite runs it.
import { formBody } from '../../../src/runtime/bodies.js';
import type { ApiModel, ExampleModel, OperationModel } from '../model/index.js';
import { exampleArgument, exampleParams } from './arguments.js';

const shellQuote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;
const paramText = (value: unknown): string =>
  typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);

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
  const withToken = (text: string) =>
    /^[\w .:/-]*$/.test(text) ? `"${text}${token}"` : `${shellQuote(text)}"${token}"`;
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
      return [
        type,
        `--data ${shellQuote(String(formBody(body, { path: op.path, method: op.method, deepObject: request.deepObject }).body))}`,
      ];
    case 'multipart':
      return Object.entries((body ?? {}) as Record<string, unknown>).map(
        ([k, v]) => `-F ${shellQuote(`${k}=${paramText(v)}`)}`,
      );
    default:
      return [type, `--data-binary ${shellQuote(paramText(body))}`];
  }
}

/** A cURL call for an example request, against `serverUrl`; run by the test suite. */
export function curlExample(
  model: ApiModel,
  op: OperationModel,
  example?: ExampleModel,
  serverUrl = model.serverUrl,
): string {
  const params = exampleParams(op);
  let path = op.urlPath;
  for (const p of params.filter((x) => x.in === 'path'))
    path = path.split(`{${p.name}}`).join(encodeURIComponent(paramText(p.value)));
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
