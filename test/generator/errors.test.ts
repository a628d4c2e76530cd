// Bad input: each case exits 1 with the spec location and the rule, and writes nothing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSpecCopy } from '../helpers/broken-spec.js';
import { generate, outDir, readTree } from '../helpers/generate.js';
import type { Json } from '../helpers/spec.js';

const FIXTURE_CONFIG = 'test/fixtures/redocly.yaml';

/** An output folder holding a known previous generation, to prove failures leave it untouched. */
function previousOutput(): { dir: string; before: Record<string, string> } {
  const dir = outDir('previous');
  mkdirSync(join(dir, 'docs'), { recursive: true });
  writeFileSync(join(dir, 'client.ts'), '// previous client\n');
  writeFileSync(join(dir, 'docs/old.md'), 'previous page\n');
  return { dir, before: readTree(dir) };
}

const copyOp = (spec: Json, path: string, extra: Json = {}) => {
  const op = structuredClone(spec.paths['/access_codes/update_multiple'].post);
  delete op['x-operation-group'];
  spec.paths[path] = { post: { ...op, operationId: `op${Object.keys(spec.paths).length}`, ...extra } };
};

function writeSpec(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'seam-spec-')), 'openapi.yaml');
  writeFileSync(path, text);
  return path;
}

const invalidYaml = () => writeSpec('openapi: 3.1.0\ninfo:\n  title: x\n  version: [1, 2\npaths: {}\n');
const swagger2 = () =>
  writeSpec("swagger: '2.0'\ninfo: {title: t, version: '1', description: d, license: {name: MIT, url: 'https://x.y'}}\nhost: x.y\nschemes: [https]\npaths: {}\n");

it.each<[string, () => string[], RegExp]>([
  ['invalid YAML', () => ['--spec', invalidYaml()], /openapi\.yaml:5:1 invalid-yaml: deficient indentation/],
  ['an OpenAPI 2.0 (Swagger) document', () => ['--spec', swagger2()], /openapi\.yaml:1:1 \(#\/openapi\) unsupported-version: openapi-typescript needs OpenAPI 3\.x, not 2\.0/],
  [
    'a dangling $ref',
    () => [
      '--spec',
      writeSpecCopy((s) => {
        s.paths['/access_codes/update'].post.requestBody = { $ref: '#/components/requestBodies/Missing' };
      }),
    ],
    /openapi\.yaml:\d+:\d+ \(#\/paths\/~1access_codes~1update\/post\/requestBody\) no-unresolved-refs: Can't resolve \$ref/,
  ],
  [
    'a lint error',
    () => ['--spec', writeSpecCopy((s) => delete s.paths['/access_codes/update_multiple'].post.description)],
    /openapi\.yaml:\d+:\d+ \(#\/paths\/~1access_codes~1update_multiple\/post\/description\) house\/operation-description: /,
  ],
  [
    'two operations that map to the same method name',
    () => ['--spec', writeSpecCopy((s) => copyOp(s, '/access-codes/update-multiple'))],
    /openapi\.yaml:\d+:\d+ \(#\/paths\/~1access-codes~1update-multiple\/post\) duplicate-method-name: POST \/access-codes\/update-multiple and POST \/access_codes\/update_multiple both become accessCodes\.updateMultiple/,
  ],
  ...(['delete', 'default', 'class'] as const).map<[string, () => string[], RegExp]>((word) => [
    `a reserved word (${word})`,
    () => ['--spec', writeSpecCopy((s) => copyOp(s, `/access_codes/${word}`))],
    new RegExp(`\\(#/paths/~1access_codes~1${word}/post\\) invalid-method-name: "${word}" is a reserved word`),
  ]),
  [
    'a name that is not a valid identifier',
    () => ['--spec', writeSpecCopy((s) => copyOp(s, '/access_codes/two_factor', { 'x-client-name': 'accessCodes.2fa' }))],
    /invalid-method-name: "2fa" is not a valid identifier, so POST \/access_codes\/two_factor cannot become a method/,
  ],
  [
    'an operation with no success response',
    () => [
      '--spec',
      writeSpecCopy((s) => {
        s.paths['/access_codes/update_multiple'].post.responses = { '400': { description: 'Bad input.' } };
        delete s.paths['/access_codes/update_multiple'].patch;
      }),
      '--redocly-config',
      FIXTURE_CONFIG,
    ],
    /\(#\/paths\/~1access_codes~1update_multiple\/post\) no-success-response: POST \/access_codes\/update_multiple has no 2xx response/,
  ],
])('%s: exit 1, location and rule, nothing written', (_case, args, message) => {
  const { dir, before } = previousOutput();
  const run = generate([...args(), '--out', dir]);
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/nothing was written/);
  expect(run.stderr).toMatch(message);
  expect(readTree(dir)).toEqual(before);
});

it('an unknown option exits 2 with usage', () => {
  const run = generate(['--sepc', 'spec/openapi.yaml']);
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/Unknown option '--sepc'[\s\S]*Usage: npm run generate/);
});

it('a missing spec file names it', () => {
  const run = generate(['--spec', 'spec/nope.yaml', '--out', outDir('nope')]);
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/spec-not-found: spec \S*spec\/nope\.yaml does not exist/);
});

it('a successful run replaces the folder: files of removed operations are deleted and reported', () => {
  const { dir } = previousOutput();
  const run = generate(['--spec', 'test/fixtures/nested.yaml', '--redocly-config', FIXTURE_CONFIG, '--out', dir]);
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/removed \(1\):\n\s+\S*docs\/old\.md/);
  expect(run.stdout).toMatch(/changed \(1\):\n\s+\S*client\.ts/);
  expect(run.stdout).toMatch(/^\s+lint\s+\d+ ms$/m);
  expect(Object.keys(readTree(dir))).not.toContain('docs/old.md');
});

describe('--check', () => {
  it('passes on a fresh generation and writes nothing', () => {
    const dir = outDir('check');
    const args = ['--spec', 'test/fixtures/nested.yaml', '--redocly-config', FIXTURE_CONFIG, '--out', dir];
    expect(generate(args).status).toBe(0);
    const before = readTree(dir);
    expect(generate([...args, '--check']).status).toBe(0);
    expect(readTree(dir)).toEqual(before);
  });

  it('exits 1 listing stale, missing and extra files', () => {
    const dir = outDir('check-stale');
    const args = ['--spec', 'test/fixtures/nested.yaml', '--redocly-config', FIXTURE_CONFIG, '--out', dir];
    expect(generate(args).status).toBe(0);
    writeFileSync(join(dir, 'client.ts'), '// edited by hand\n');
    writeFileSync(join(dir, 'docs/extra.md'), 'x');
    const before = readTree(dir);
    const run = generate([...args, '--check']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/stale:\s+\S*client\.ts/);
    expect(run.stderr).toMatch(/extra:\s+\S*docs\/extra\.md/);
    expect(readTree(dir)).toEqual(before);
  });
});
