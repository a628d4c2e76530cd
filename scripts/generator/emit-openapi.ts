// generated/openapi.yaml: the bundled spec, enriched with x-codeSamples (TypeScript and cURL) drawn
// from the same examples as the Markdown pages. `npm run docs` renders it to HTML with Redocly.
//
// The body is JSON, which is YAML too: the file can start with the do-not-edit comment, and
// JSON.stringify takes 25 ms on a 1000-operation spec where the fastest YAML writer (js-yaml) took
// 260 ms. Redocly reads it as the YAML it is.
import { curlExample, documented, typescriptExample } from './emit-docs.js';
import type { OpenApiDocument } from './load.js';
import type { ApiModel } from './model/index.js';
import { deref } from '../../src/openapi/refs.js';

export function emitOpenApi(bundled: OpenApiDocument, model: ApiModel, header: string): string {
  const doc = structuredClone(bundled);
  // The rendered docs leave out what the Markdown leaves out (x-undocumented, x-draft); the client,
  // its types and the fake keep every operation (generated/openapi.json).
  for (const op of model.operations) {
    if (op.undocumented === undefined) continue;
    if (typeof doc.paths[op.path]?.$ref === 'string') doc.paths[op.path] = structuredClone(deref(doc, doc.paths[op.path]));
    for (const method of [op.method, ...op.alternativeMethods]) delete doc.paths[op.path][method];
  }
  for (const op of documented(model)) {
    const example = op.requestBody?.examples[0];
    // A path item may be a `$ref` to another (`/support/ip-address: {$ref: '#/paths/~1ip-address'}`):
    // it gets a copy of its own, so that its samples show its own path.
    if (typeof doc.paths[op.path]?.$ref === 'string') doc.paths[op.path] = structuredClone(deref(doc, doc.paths[op.path]));
    for (const method of [op.method, ...op.alternativeMethods]) {
      const target = doc.paths[op.path][method];
      target['x-codeSamples'] = [
        { lang: 'TypeScript', label: 'TypeScript', source: typescriptExample(model, op, example) },
        { lang: 'Shell', label: 'cURL', source: curlExample(model, { ...op, method }, example) },
      ];
    }
  }
  return `${header}\n${JSON.stringify(doc, null, 2)}\n`;
}
