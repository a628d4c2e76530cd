// Each operation's descriptor in generated/client.ts: the data the runtime reads to make its call
// (path, method, parameters, body encoding, response key and shape, waiting, paging).
import type { ResponseShape } from '../../../../src/runtime/shape.js';
import type { OperationModel } from '../../model/index.js';
import { pageRule, pages } from './emit-paging.js';

// As JSON escapes it (control characters included), in single quotes.
export const quote = (text: string): string =>
  `'${JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;

export const ENCODERS = { form: 'formBody', multipart: 'multipartBody', text: 'rawBody', binary: 'rawBody' } as const;

/** A shape as an object literal: field names quoted only where they must be. */
function shapeLiteral(shape: ResponseShape): string {
  const fields = Object.entries(shape).map(
    ([field, rule]) =>
      `${/^[A-Za-z_$][\w$]*$/.test(field) ? field : quote(field)}: ${typeof rule === 'string' ? quote(rule) : `[${rule.map((v) => (typeof v === 'string' ? quote(v) : String(v))).join(', ')}]`}`,
  );
  return fields.length ? `{ ${fields.join(', ')} }` : '{}';
}

// Flags that are off and defaults are left out, and only operations that need them name
// `withParams` and the body encoders: what the descriptors do not mention stays out of a
// consumer's bundle.
export function descriptor(op: OperationModel): string {
  const list = (names: string[]) => `[${names.map(quote).join(', ')}]`;
  const params = [...new Set(op.parameters.map((p) => p.in))].map(
    (where) => `${where}: ${list(op.parameters.filter((p) => p.in === where).map((p) => p.name))}`,
  );
  const body = op.requestBody;
  const fields = [
    `name: ${quote(op.name)}`,
    `path: ${quote(op.urlPath)}`,
    `method: ${quote(op.method)}`,
    ...(op.input.shape === 'flat' ? ['input: withParams', `params: { ${params.join(', ')} }`] : []),
    ...(body ? [`body: ${body.kind === 'json' ? quote('json') : ENCODERS[body.kind]}`] : []),
    ...(body &&
    ((body.kind === 'json' && body.mediaType !== 'application/json') || body.kind === 'text' || body.kind === 'binary')
      ? [`contentType: ${quote(body.mediaType)}`]
      : []),
    ...(op.parameters.some((p) => p.style)
      ? [
          `queryStyles: { ${op.parameters
            .filter((p) => p.style)
            .map((p) => `${quote(p.name)}: { style: ${quote(p.style!.style)}, explode: ${p.style!.explode} }`)
            .join(', ')} }`,
        ]
      : []),
    ...(body?.deepObject.length ? [`deepObject: ${list(body.deepObject)}`] : []),
    ...(op.input.bodyKey ? [`bodyKey: ${quote(op.input.bodyKey)}`] : []),
    ...(op.input.shape === 'flat' && !op.input.bodyKey && body?.required ? ['bodyRequired: true'] : []),
    ...(op.success.kind !== 'json' ? [`response: ${quote(op.success.kind)}`] : []),
    ...(op.responseKey ? [`responseKey: ${quote(op.responseKey)}`] : []),
    ...(op.shape ? [`shape: ${shapeLiteral(op.shape)}`] : []),
    ...(op.idempotent ? ['idempotent: true'] : []),
    ...(op.role.returnsAttempt ? ['actionAttempt: true'] : op.pollsActionAttempts ? [`actionAttempt: 'asked'`] : []),
    ...(op.attemptKey ? [`attemptIn: attemptIn(${quote(op.attemptKey)})`] : []),
    ...(pages(op) ? [`paginate: ${pageRule(op)}`] : []),
  ];
  // Annotated, not `as const satisfies`: a literal type of its own for each of a thousand
  // descriptors (their shapes are large) was a tenth of the time a consumer's tsc spends on a
  // GitHub-sized client, and nothing reads those literal types.
  return `export const ${op.typeName}Operation: OperationDescriptor = { ${fields.join(', ')} };`;
}
