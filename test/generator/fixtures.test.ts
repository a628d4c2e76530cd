// Generator output for fixture specs, pinned by snapshots, deterministic, and type-checked.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate, outDir, readTree } from '../helpers/generate.js';
import { BIN, ROOT } from '../helpers/paths.js';
import { writeSpecCopy } from '../helpers/broken-spec.js';
import { GENERATED_HEADER } from '../../scripts/generator/output.js';
import type { Json } from '../helpers/spec.js';

const FIXTURE_CONFIG = 'test/fixtures/redocly.yaml';

/**
 * The project spec plus another operation, written to a temp dir by the test. Its path is one
 * the real spec will never have, so the test keeps working as the API grows.
 */
function specWithAnotherOperation(): string {
  return writeSpecCopy((spec: Json) => {
    const update = spec.paths['/access_codes/update'].post;
    spec.paths['/test_fixture_widgets/get'] = {
      post: {
        ...structuredClone(update),
        operationId: 'testFixtureWidgetsGet',
        summary: 'Get a widget',
        description: 'Returns one widget by its ID, as the API stores it now.',
      },
    };
    delete spec.paths['/test_fixture_widgets/get'].post['x-operation-group'];
    delete spec.paths['/test_fixture_widgets/get'].post['x-action-attempt-type'];
  });
}

// The project's own output is pinned by `npm run generate -- --check`, not here: these snapshots
// pin the generator's behaviour on fixture specs.
const cases: Array<[string, () => string[]]> = [
  // The package's own spec grown by one operation: written as the package's build writes it (Seam's profile).
  ['another-operation', () => ['--spec', specWithAnotherOperation(), '--profile', 'seam']],
  ['nested', () => ['--spec', 'test/fixtures/nested.yaml', '--redocly-config', FIXTURE_CONFIG]],
  ['petstore-3.0', () => ['--spec', 'test/fixtures/petstore-3.0.yaml', '--redocly-config', FIXTURE_CONFIG]],
];

const outputs = new Map<string, Record<string, string>>();

beforeAll(() => {
  for (const [name, args] of cases) {
    const dir = outDir(name);
    const run = generate([...args(), '--out', dir]);
    if (run.status !== 0) throw new Error(`generate ${name} failed:\n${run.stderr}`);
    outputs.set(name, readTree(dir));
  }
});

// The project spec's own output is pinned by `npm run generate -- --check`: a snapshot of it would
// need `-u` whenever the spec grows. Only the fixture specs' output is pinned here.
describe.each(cases.map(([name]) => name).filter((name) => name !== 'another-operation'))('%s', (name) => {
  it('matches the snapshot, file by file', () => {
    // Headers name the spec's path, which a test may write to a temp dir.
    const stable = (text: string) => text.replace(/Generated from \S+ by/g, 'Generated from <spec> by');
    for (const [path, text] of Object.entries(outputs.get(name)!)) expect(stable(text)).toMatchSnapshot(path);
  });
});

describe.each(cases.map(([name]) => name))('%s', (name) => {
  it('starts every file with the do-not-edit header naming its source', () => {
    for (const text of Object.values(outputs.get(name)!)) {
      expect(text.split('\n')[0]).toMatch(GENERATED_HEADER);
    }
  });
});

it('is deterministic: a second run gives byte-identical files', () => {
  const dir = outDir('nested-again');
  expect(
    generate(['--spec', 'test/fixtures/nested.yaml', '--redocly-config', FIXTURE_CONFIG, '--out', dir]).status,
  ).toBe(0);
  expect(readTree(dir)).toEqual(outputs.get('nested'));
});

it('names nested namespaces after path segments, and honours x-fern-sdk-group-name and x-fern-sdk-method-name', () => {
  const client = outputs.get('nested')!['client.ts']!;
  expect(client).toMatch(/export class AccessCodesUnmanagedNamespace \{/);
  expect(client).toMatch(/readonly unmanaged: AccessCodesUnmanagedNamespace;/);
  expect(client).toMatch(
    /\n {2}convertToManaged\(body: AccessCodesUnmanagedConvertToManagedRequest, options\?: RequestOptions\)/,
  );
  expect(client).toMatch(/\n {2}listAll\(options\?: RequestOptions\)/);
  expect(client).toMatch(/@deprecated/);
});

it('turns path and query parameters into one flat, typed argument', () => {
  const client = outputs.get('petstore-3.0')!['client.ts']!;
  expect(client).toMatch(
    /export type PetsGetRequest = NonNullable<paths\['\/pets\/\{pet_id\}'\]\['get'\]\['parameters'\]\['path'\]> & NonNullable<paths\['\/pets\/\{pet_id\}'\]\['get'\]\['parameters'\]\['query'\]>;/,
  );
  expect(client).toMatch(/\n {2}get\(input: PetsGetRequest, options\?: RequestOptions\): ApiPromise<PetsGetResult>/);
  expect(client).toContain(
    "export const PetsGetOperation: OperationDescriptor = { name: 'pets.get', path: '/pets/{pet_id}', method: 'get', input: withParams, params: { path: ['pet_id'], query: ['include_owner'] }, shape: { id: 'string', name: 'string' } }",
  );
  const page = outputs.get('petstore-3.0')!['docs/pets.search.md']!;
  expect(page).toMatch(/\| `q` \| query \| `string` \| yes \| {2}\| min length: 1 \|/);
});

it('a spec with another operation gets its method and docs page with no generator change', () => {
  const tree = outputs.get('another-operation')!;
  expect(tree['client.ts']).toMatch(
    /\n {2}get\(body: TestFixtureWidgetsGetRequest, options\?: RequestOptions\): SeamPromise<TestFixtureWidgetsGetResult>/,
  );
  expect(tree['docs/testFixtureWidgets.get.md']).toMatch(/^# Get a widget$/m);
  expect(tree['docs/index.md']).toMatch(/\[`testFixtureWidgets.get`\]\(\.\/testFixtureWidgets\.get\.md\)/);
});

it('the generated code of every fixture type-checks', () => {
  const tsconfig = join(ROOT, 'test/.out/tsconfig.json');
  writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: '../../tsconfig.json',
      include: [...cases.map(([name]) => `./${name}/**/*.ts`), '../../src/**/*.ts'],
      exclude: [],
    }),
  );
  const run = spawnSync(BIN('tsc'), ['--noEmit', '-p', tsconfig], { cwd: ROOT, encoding: 'utf8' });
  expect(run.stdout + run.stderr).toBe('');
  expect(run.status).toBe(0);
});
