// A spec split over several files is bundled before the types, model and docs see it.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { writeSpecCopy } from '../helpers/broken-spec.js';
import { generate, outDir } from '../helpers/generate.js';
import type { Json } from '../helpers/spec.js';

it('pulls a schema from another file into the output, as if it had been in the spec', () => {
  let moved: Json;
  const spec = writeSpecCopy((s) => {
    moved = s.components.schemas.UpdateAccessCodeRequest;
    delete s.components.schemas.UpdateAccessCodeRequest;
    s.components.requestBodies.UpdateAccessCode.content['application/json'].schema = { $ref: './request.yaml' };
  });
  // Inside request.yaml, references to the spec's components must name the spec's file.
  const external = JSON.parse(JSON.stringify(moved).replaceAll('"#/components/', '"./openapi.yaml#/components/'));
  writeFileSync(join(dirname(spec), 'request.yaml'), stringify(external));

  const dir = outDir('bundled');
  const run = generate(['--spec', spec, '--out', dir]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const openapi = readFileSync(join(dir, 'openapi.yaml'), 'utf8');
  expect(openapi).not.toMatch(/request\.yaml/);
  // Redocly names the pulled-in component after its file: components.schemas.request.
  const schema = readFileSync(join(dir, 'schema.ts'), 'utf8');
  expect(schema).toMatch(/\n\s+request: \{\n\s+\/\*\*\n[\s\S]{0,200}?\*\/\n\s+access_code_id: string;/);
  const client = readFileSync(join(dir, 'client.ts'), 'utf8');
  expect(client).toMatch(/update\(body: AccessCodesUpdateRequest/);
});
