// generated/try-it.json: the "Try it" panel's view of each documented operation, from the model:
// its method and path, and its parameters and body filled from the spec's first example (or a
// sample of the schema, which respects formats and bounds, so the fake accepts it). The docs build
// (scripts/docs/try-it/bundle.ts) reads it, and never builds the model again.
import { documented } from '../../method-reference.js';
import type { ApiModel } from '../../model/index.js';

/** One operation as the panel offers it. */
export interface TryItOperation {
  operationId: string;
  /** Its method on the client, e.g. accessCodes.update. */
  name: string;
  method: string;
  /** The path template, e.g. /things/{thing_id}. */
  path: string;
  params: Array<{ name: string; in: 'path' | 'query' | 'header'; value: string }>;
  /** The body as JSON text, from the first example (or a sample of the schema). */
  body?: string;
  mediaType?: string;
}

/** What the panel reads of the model: the profile the output was written with (its try-it.ts gives the panel its error envelope and fake), where the real API is, and the operations it offers. */
export interface TryItManifest {
  profile: string;
  serverUrl: string;
  operations: TryItOperation[];
}

const asText = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** The body as the reader edits it: JSON, a form's fields URL-encoded, or the text itself. */
function bodyText(kind: string, example: unknown): string {
  if (kind === 'json') return JSON.stringify(example ?? {}, null, 2);
  if (kind === 'form' && example && typeof example === 'object') {
    return new URLSearchParams(Object.entries(example).map(([k, v]) => [k, asText(v)])).toString();
  }
  return asText(example ?? '');
}

/** try-it.json's text: its first key, `"//"`, carries the do-not-edit line that JSON has no comment for. */
export function emitTryIt(model: ApiModel, header: string): string {
  const manifest: TryItManifest = {
    profile: model.profile.name,
    serverUrl: model.serverUrl,
    operations: tryItOperations(model),
  };
  return `{"//": ${JSON.stringify(header)},${JSON.stringify(manifest, null, 2).slice(1)}\n`;
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
        .map((p) => ({
          name: p.name,
          in: p.in,
          value: p.example !== undefined || p.required ? asText(p.example ?? p.sample ?? '') : '',
        })),
      ...(op.requestBody ? { body: bodyText(op.requestBody.kind, example), mediaType: op.requestBody.mediaType } : {}),
    };
  });
}
