// Bad input: each case exits 1 with the spec location and the rule, and writes nothing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSpecCopy } from '../helpers/broken-spec.js';
import { generate, outDir, readTree } from '../helpers/generate.js';
import { generateBatch, type BatchRun } from '../helpers/generate-batch.js';
import type { Json } from '../helpers/spec.js';

const FIXTURE_CONFIG = 'test/fixtures/redocly.yaml';

/** An output folder holding a known previous generation, to prove failures leave it untouched. */
function previousOutput(name = 'previous'): { dir: string; before: Record<string, string> } {
  const dir = outDir(name);
  mkdirSync(join(dir, 'docs'), { recursive: true });
  const header = 'Generated from spec/openapi.yaml by scripts/generate.ts. Do not edit.';
  writeFileSync(join(dir, 'client.ts'), `// ${header}\n// previous client\n`);
  writeFileSync(join(dir, 'docs/old.md'), `<!-- ${header} -->\nprevious page\n`);
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
  writeSpec(
    "swagger: '2.0'\ninfo: {title: t, version: '1', description: d, license: {name: MIT, url: 'https://x.y'}}\nhost: x.y\nschemes: [https]\npaths: {}\n",
  );
const minimal = (paths: string, extra = '') =>
  writeSpec(`openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n${paths}${extra}`);
const spec = (mutate: (s: Json) => void) => ['--spec', writeSpecCopy(mutate)];
const fixtureConfig = (args: string[]) => [...args, '--redocly-config', FIXTURE_CONFIG];

const REFUSED: Array<[string, () => string[], RegExp]> = [
  ['invalid YAML', () => ['--spec', invalidYaml()], /openapi\.yaml:5:1 invalid-yaml: deficient indentation/],
  ['an empty file', () => ['--spec', writeSpec('')], /openapi\.yaml:1:1 invalid-document: the spec is empty/],
  [
    'a scalar document',
    () => ['--spec', writeSpec('just words\n')],
    /openapi\.yaml:1:1 invalid-document: the spec must be a mapping \(an OpenAPI object\), not a string/,
  ],
  ['a list document', () => ['--spec', writeSpec('- a\n- b\n')], /openapi\.yaml:1:1 invalid-document: .* not a list/],
  [
    'two YAML documents in one file',
    () => ['--spec', writeSpec("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n---\nopenapi: 3.1.0\n")],
    /openapi\.yaml:4:1 invalid-yaml: expected a single document in the stream, but found more/,
  ],
  [
    'an OpenAPI 2.0 (Swagger) document',
    () => ['--spec', swagger2()],
    /openapi\.yaml:1:1 \(#\/openapi\) unsupported-version: openapi-typescript needs OpenAPI 3\.x, not 2\.0/,
  ],
  [
    'an OpenAPI 4 document',
    () => ['--spec', writeSpec("openapi: 4.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n")],
    /openapi\.yaml:1:1 \(#\/openapi\) unsupported-version: .*not 4\.0\.0/,
  ],
  [
    'no openapi version',
    () => ['--spec', writeSpec("info: {title: t, version: '1'}\npaths: {}\n")],
    /unsupported-version: openapi-typescript needs OpenAPI 3\.x, not a document without an `openapi` version/,
  ],
  [
    'a $ref cycle',
    () =>
      fixtureConfig([
        '--spec',
        minimal(
          '  /a:\n    get:\n      responses:\n        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/A"}}}}\n',
          'components:\n  schemas:\n    A: {$ref: "#/components/schemas/B"}\n    B: {$ref: "#/components/schemas/A"}\n',
        ),
      ]),
    /openapi\.yaml:\d+:\d+ \(#\/components\/schemas\/[AB]\) ref-cycle: \$ref #\/components\/schemas\/[AB] leads back to itself/,
  ],
  [
    'a self-reference',
    () =>
      fixtureConfig([
        '--spec',
        minimal(
          '  /a:\n    get:\n      responses:\n        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/A"}}}}\n',
          'components:\n  schemas:\n    A: {$ref: "#/components/schemas/A"}\n',
        ),
      ]),
    /\(#\/components\/schemas\/A\) ref-cycle: \$ref #\/components\/schemas\/A leads back to itself/,
  ],
  [
    'a dangling $ref',
    () =>
      spec((s) => {
        s.paths['/access_codes/update'].post.requestBody = { $ref: '#/components/requestBodies/Missing' };
      }),
    /openapi\.yaml:\d+:\d+ \(#\/paths\/~1access_codes~1update\/post\/requestBody\) no-unresolved-refs: Can't resolve \$ref/,
  ],
  [
    'a lint error',
    () => spec((s) => delete s.paths['/access_codes/update_multiple'].post.description),
    /openapi\.yaml:\d+:\d+ \(#\/paths\/~1access_codes~1update_multiple\/post\/description\) house\/operation-description: /,
  ],
  [
    'an extension of the wrong type, located at the extension',
    () => spec((s) => (s.paths['/access_codes/update_multiple'].post['x-operation-group'] = 123)),
    /\(#\/paths\/~1access_codes~1update_multiple\/post\/x-operation-group\) invalid-extension: x-operation-group must be a string, not 123/,
  ],
  [
    'a vendor extension of the wrong type',
    () => spec((s) => (s.paths['/access_codes/update_multiple'].post['x-fern-sdk-method-name'] = ['a'])),
    /\(#\/paths\/~1access_codes~1update_multiple\/post\/x-fern-sdk-method-name\) invalid-extension: x-fern-sdk-method-name must be a string/,
  ],
  [
    'a path with a newline',
    () =>
      fixtureConfig(['--spec', minimal('  "/a\\nb":\n    get:\n      responses:\n        "200": {description: ok}\n')]),
    /\(#\/paths\/~1a\\nb\) invalid-path: path "\/a\\nb" must start with \/ and hold no spaces, control characters/,
  ],
  [
    'two operations given one name',
    () =>
      spec((s) => {
        const name = { 'x-fern-sdk-group-name': ['test_fixture'], 'x-fern-sdk-method-name': 'update_many' };
        copyOp(s, '/test_fixture/update_many', name);
        copyOp(s, '/test_fixture/update_all', name);
      }),
    /\(#\/paths\/~1test_fixture~1update_(many|all)\/post\) duplicate-method-name: POST \/test_fixture\/update_(many|all) and POST \/test_fixture\/update_(many|all) both become testFixture\.updateMany; give one an x-fern-sdk-method-name/,
  ],
  [
    'two names that make one type name',
    () =>
      spec((s) => {
        copyOp(s, '/test_fixture/a', {
          'x-fern-sdk-group-name': ['test_fixture'],
          'x-fern-sdk-method-name': 'get_thing',
        });
        copyOp(s, '/test_fixture/b', {
          'x-fern-sdk-group-name': ['test_fixture_get'],
          'x-fern-sdk-method-name': 'thing',
        });
      }),
    /\(#\/paths\/~1test_fixture~1[ab]\/post\) duplicate-type-name: testFixture(Get\.thing|\.getThing) and testFixture(Get\.thing|\.getThing) both need the exported name TestFixtureGetThingBody/,
  ],
  [
    'a schema openapi-typescript cannot type (an object whose enum lists strings)',
    () =>
      fixtureConfig([
        '--spec',
        minimal(
          '  /a:\n    get:\n      responses:\n        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Group"}}}}\n',
          'components:\n  schemas:\n    Group: {type: object, enum: [PKW, VAN], properties: {name: {type: string}}}\n',
        ),
      ]),
    /openapi\.yaml:\d+:\d+ \(#\/components\/schemas\/Group\) unsupported-schema: openapi-typescript cannot type this schema: Expected SchemaObject, received string/,
  ],
  [
    'two operations that only their HTTP method names, alike, and no path parameter tells apart',
    () =>
      fixtureConfig([
        '--spec',
        minimal(
          '  /#a:\n    get:\n      responses:\n        "200": {description: ok}\n  /#b:\n    get:\n      responses:\n        "200": {description: ok}\n',
        ),
      ]),
    /duplicate-method-name: GET \/#a and GET \/#b both become get; give one an x-fern-sdk-method-name/,
  ],
  [
    'a path parameter that is not defined',
    () =>
      fixtureConfig([
        '--spec',
        minimal('  /pets/{id}:\n    get:\n      responses:\n        "200": {description: ok}\n'),
      ]),
    /\(#\/paths\/~1pets~1\{id\}\/get\) missing-path-parameter: \/pets\/\{id\} names \{id\}, but no path parameter "id" is defined/,
  ],
  [
    'one name for a parameter in two places',
    () =>
      fixtureConfig([
        '--spec',
        minimal(
          '  /pets/{id}:\n    get:\n      parameters:\n        - {name: id, in: path, required: true, schema: {type: string}}\n        - {name: id, in: query, schema: {type: string}}\n      responses:\n        "200": {description: ok}\n',
        ),
      ]),
    /parameter-name-clash: parameter "id" is both in path and in query/,
  ],
];

// Every case in one generator process (generate-batch.ts), each over its own previous output.
const refused = new Map<string, { run: BatchRun; dir: string; before: Record<string, string> }>();
beforeAll(() => {
  const cases = REFUSED.map(([name, args], i) => ({ name, ...previousOutput(`previous-${i}`), args: args() }));
  const runs = generateBatch(cases.map(({ args, dir }) => [...args, '--out', dir]));
  cases.forEach(({ name, dir, before }, i) => refused.set(name, { run: runs[i]!, dir, before }));
}, 120_000);

it.each(REFUSED)('%s: exit 1, location and rule, nothing written', (name, _args, message) => {
  const { run, dir, before } = refused.get(name)!;
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

it('an unknown naming strategy exits 2 with usage', () => {
  const run = generate(['--naming', 'tags']);
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/--naming must be one of path, operationId, not "tags"[\s\S]*Usage: npm run generate/);
});

describe('the out folder', () => {
  it('is refused, and left as it was, when it holds files the generator did not write', () => {
    const dir = outDir('a-project');
    mkdirSync(join(dir, '.git'), { recursive: true });
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, '.git/HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(join(dir, 'src/index.ts'), 'export {};\n');
    writeFileSync(join(dir, 'package.json'), '{}\n');
    const before = readTree(dir);
    const run = generate(['--spec', 'test/fixtures/nested.yaml', '--redocly-config', FIXTURE_CONFIG, '--out', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /unsafe-out-dir: --out \S+a-project holds files this generator did not write \(.*\.git\/HEAD.*package\.json.*\)/,
    );
    expect(run.stderr).toMatch(/Nothing was changed/);
    expect(readTree(dir)).toEqual(before);
  });

  it("is one this generator wrote when the spec's path holds a space, and is replaced again", () => {
    const spec = writeSpecCopy(() => {}, 'my spec.yaml');
    const dir = outDir('spaced-spec');
    expect(generate(['--spec', spec, '--out', dir]).status).toBe(0);
    const again = generate(['--spec', spec, '--out', dir]);
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
  });

  it('is refused when it is a file', () => {
    const file = join(outDir('as-file'), '..', 'as-file.txt');
    writeFileSync(file, 'mine\n');
    const run = generate(['--spec', 'test/fixtures/nested.yaml', '--redocly-config', FIXTURE_CONFIG, '--out', file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/unsafe-out-dir: --out \S+as-file\.txt is not a folder/);
  });
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
