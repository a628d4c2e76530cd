// Generator output for fixture specs, pinned by snapshots, deterministic, and type-checked.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate, outDir, readTree } from '../helpers/generate.js';
import { BIN, ROOT } from '../helpers/paths.js';
import { writeSpecCopy } from '../helpers/broken-spec.js';
import type { Json } from '../helpers/spec.js';

const FIXTURE_CONFIG = 'test/fixtures/redocly.yaml';

/** The project spec plus a third operation, written next to the fixtures by the test. */
function specWithThirdOperation(): string {
  return writeSpecCopy((spec: Json) => {
    const update = spec.paths['/access_codes/update'].post;
    spec.paths['/access_codes/get'] = {
      post: {
        ...structuredClone(update),
        operationId: 'accessCodesGet',
        summary: 'Get an access code',
        description: 'Returns one access code by its ID, as the API stores it now.',
      },
    };
    delete spec.paths['/access_codes/get'].post['x-operation-group'];
    delete spec.paths['/access_codes/get'].post['x-action-attempt'];
  });
}

const cases: Array<[string, () => string[]]> = [
  ['project', () => ['--spec', 'spec/openapi.yaml']],
  ['third-operation', () => ['--spec', specWithThirdOperation()]],
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

describe.each(cases.map(([name]) => name))('%s', (name) => {
  it('matches the snapshot, file by file', () => {
    const tree = outputs.get(name)!;
    // The third-operation spec lives in a temp dir; its header names that path.
    const stable = (text: string) => text.replace(/Generated from \S+ by/g, 'Generated from <spec> by');
    for (const [path, text] of Object.entries(tree)) expect(stable(text)).toMatchSnapshot(path);
  });

  it('starts every file with the do-not-edit header naming its source', () => {
    for (const text of Object.values(outputs.get(name)!)) {
      expect(text.split('\n')[0]).toMatch(/^(\/\/|<!--|#) Generated from \S+ by scripts\/generate\.ts\. Do not edit/);
    }
  });
});

it('is deterministic: a second run gives byte-identical files', () => {
  const dir = outDir('nested-again');
  expect(generate(['--spec', 'test/fixtures/nested.yaml', '--redocly-config', FIXTURE_CONFIG, '--out', dir]).status).toBe(0);
  expect(readTree(dir)).toEqual(outputs.get('nested'));
});

it('names nested namespaces after path segments, and honours x-client-name', () => {
  const client = outputs.get('nested')!['client.ts']!;
  expect(client).toMatch(/export class AccessCodesUnmanagedNamespace \{/);
  expect(client).toMatch(/readonly unmanaged: AccessCodesUnmanagedNamespace;/);
  expect(client).toMatch(/\n  convertToManaged\(body: AccessCodesUnmanagedConvertToManagedRequest, options\?: RequestOptions\)/);
  expect(client).toMatch(/\n  listAll\(options\?: RequestOptions\)/);
  expect(client).toMatch(/@deprecated/);
});

it('turns path and query parameters into a typed params input', () => {
  const client = outputs.get('petstore-3.0')!['client.ts']!;
  expect(client).toMatch(/export type GetPetInput = \{ params: paths\['\/pets\/\{pet_id\}'\]\['get'\]\['parameters'\] \};/);
  expect(client).toMatch(/getPet\(input: GetPetInput, options\?: RequestOptions\): Promise<GetPetResult>/);
  const page = outputs.get('petstore-3.0')!['docs/pets.search.md']!;
  expect(page).toMatch(/\| `q` \| query \| `string` \| yes \|  \| min length: 1 \|/);
});

it('a spec with a third operation gets its method and docs page with no generator change', () => {
  const tree = outputs.get('third-operation')!;
  expect(tree['client.ts']).toMatch(/\n  get\(body: AccessCodesGetRequest, options\?: RequestOptions\): Promise<AccessCodesGetResult>/);
  expect(tree['docs/accessCodes.get.md']).toMatch(/^# Get an access code$/m);
  expect(tree['docs/index.md']).toMatch(/\[`accessCodes.get`\]\(\.\/accessCodes\.get\.md\)/);
});

it('the generated code of every fixture type-checks', () => {
  const tsconfig = join(ROOT, 'test/.out/tsconfig.json');
  writeFileSync(
    tsconfig,
    JSON.stringify({ extends: '../../tsconfig.json', include: ['./*/**/*.ts', '../../src/**/*.ts'], exclude: [] }),
  );
  const run = spawnSync(BIN('tsc'), ['--noEmit', '-p', tsconfig], { cwd: ROOT, encoding: 'utf8' });
  expect(run.stdout + run.stderr).toBe('');
  expect(run.status).toBe(0);
});
