// The "Try it" panel's view of each documented operation, from the generator's model: its method
// and path, and its parameters and body filled from the spec's first example (or a sample of the
// schema, which respects formats and bounds, so the fake accepts it).
import { documented } from '../../generator/method-reference.js';
import type { ApiModel } from '../../generator/model/index.js';
import type { TryItOperation } from './panel.js';

const asText = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** The body as the reader edits it: JSON, a form's fields URL-encoded, or the text itself. */
function bodyText(kind: string, example: unknown): string {
  if (kind === 'json') return JSON.stringify(example ?? {}, null, 2);
  if (kind === 'form' && example && typeof example === 'object') {
    return new URLSearchParams(Object.entries(example).map(([k, v]) => [k, asText(v)])).toString();
  }
  return asText(example ?? '');
}

export function tryItOperations(model: ApiModel): TryItOperation[] {
  return documented(model).map((op) => {
    const example = op.requestBody?.examples[0]?.value ?? op.requestBody?.sample;
    return {
      operationId: op.operationId,
      name: op.name,
      method: op.method,
      path: op.urlPath,
      params: op.parameters
        .filter((p): p is typeof p & { in: 'path' | 'query' | 'header' } => p.in !== 'cookie')
        .map((p) => ({ name: p.name, in: p.in, value: p.example !== undefined || p.required ? asText(p.example ?? p.sample ?? '') : '' })),
      ...(op.requestBody ? { body: bodyText(op.requestBody.kind, example), mediaType: op.requestBody.mediaType } : {}),
    };
  });
}
