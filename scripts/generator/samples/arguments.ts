// What a docs example passes: an example request as the method's one argument, and any value as
// TypeScript source. Shared by every sample builder (typescript.ts, curl.ts).
import type { ExampleModel, OperationModel, ParameterModel } from '../model/index.js';

/** A value as TypeScript source: unquoted keys where possible, single-quoted strings. */
export function tsLiteral(value: unknown, indent = ''): string {
  const inner = `${indent}  `;
  // JSON's escapes, single-quoted: a line break, a control character or a quote in an example
  // string stays inside the literal (JSON.stringify escapes all but the quote it does not use).
  if (typeof value === 'string')
    return `'${JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
  if (Array.isArray(value)) {
    return value.length === 0
      ? '[]'
      : `[\n${value.map((v) => `${inner}${tsLiteral(v, inner)},`).join('\n')}\n${indent}]`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    // `__proto__: …` (quoted or not) in an object literal sets the object's prototype, so a reader
    // who copies the sample would not send that field; a computed key is an ordinary own property.
    const key = (k: string) => (k === '__proto__' ? `['__proto__']` : /^[A-Za-z_$][\w$]*$/.test(k) ? k : tsLiteral(k));
    return `{\n${entries.map(([k, v]) => `${inner}${key(k)}: ${tsLiteral(v, inner)},`).join('\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** The parameters a docs example sets: every required one, and optional ones the spec gives an example for. */
export const exampleParams = (op: OperationModel): Array<ParameterModel & { value: unknown }> =>
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
