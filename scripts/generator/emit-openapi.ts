// generated/openapi.yaml: the bundled spec, enriched with x-codeSamples (TypeScript and cURL) drawn
// from the same examples as the Markdown pages. `npm run docs` renders it to HTML with Redocly.
// Written with js-yaml (via Redocly), which is several times faster than `yaml` on large specs.
import { stringifyYaml } from '@redocly/openapi-core';
import { curlExample, typescriptExample } from './emit-docs.js';
import type { OpenApiDocument } from './load.js';
import type { ApiModel } from './model.js';

export function emitOpenApi(bundled: OpenApiDocument, model: ApiModel, header: string): string {
  const doc = structuredClone(bundled);
  for (const op of model.operations) {
    const example = op.requestBody?.examples[0];
    for (const method of [op.method, ...op.alternativeMethods]) {
      const target = doc.paths[op.path][method];
      target['x-codeSamples'] = [
        { lang: 'TypeScript', label: 'TypeScript', source: typescriptExample(model, op, example) },
        { lang: 'Shell', label: 'cURL', source: curlExample(model, { ...op, method }, example) },
      ];
    }
  }
  return `${header}\n${stringifyYaml(doc, { lineWidth: -1, noRefs: true })}`;
}
