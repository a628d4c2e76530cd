// schema.ts writes each repeated operation, body and answer once (compact-operations.ts), so that an
// editor parses less. The types must not change: tsc holds every operation, path and component of
// the compacted text identical to openapi-typescript's own, on Seam's published spec (PUT, PATCH
// and POST of one operation, POST and GET of a read) and on the project's spec.
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openapi } from '@seamapi/types/connect';
import { compactOperations } from '../../scripts/generator/plugins/schema/compact-operations.js';
import { outDir } from '../helpers/generate.js';
import { REDOCLY_CONFIG, ROOT, SPEC_PATH } from '../helpers/paths.js';
import { CORPUS_CONFIG } from '../corpus/specs.js';

const CHECK = `import type * as Raw from './raw.js';
import type * as Compact from './compact.js';
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Differ<A, B> = { [K in keyof A]-?: K extends keyof B ? (Equal<A[K], B[K]> extends true ? never : K) : K }[keyof A];
type PathDiffer = { [P in keyof Raw.paths]-?: P extends keyof Compact.paths ? ([Differ<Raw.paths[P], Compact.paths[P]>] extends [never] ? never : P) : P }[keyof Raw.paths];
export const sameOperationNames: Equal<keyof Raw.operations, keyof Compact.operations> = true;
export const sameOperations: [Differ<Raw.operations, Compact.operations>] extends [never] ? true : Differ<Raw.operations, Compact.operations> = true;
export const samePathNames: Equal<keyof Raw.paths, keyof Compact.paths> = true;
export const samePaths: [PathDiffer] extends [never] ? true : PathDiffer = true;
export const sameComponents: Equal<Raw.components, Compact.components> = true;
`;

/** Writes raw.ts and compact.ts of a spec into a folder of their own, with the check beside them. */
async function schemaTypes(name: string, spec: string, config: string): Promise<string> {
  const dir = outDir(`compact-operations-${name}`);
  await promisify(execFile)(process.execPath, ['scripts/run.mjs', 'test/helpers/schema-types.ts', spec, config, dir], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  writeFileSync(join(dir, 'check.ts'), CHECK);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        types: [],
      },
      files: ['check.ts'],
    }),
  );
  return dir;
}

const tsc = (dir: string) =>
  spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });

describe("on Seam's published spec", () => {
  let dir: string;
  beforeAll(async () => {
    const spec = join(ROOT, 'test/.out/compact-operations.seam.json');
    mkdirSync(join(ROOT, 'test/.out'), { recursive: true });
    writeFileSync(spec, JSON.stringify(openapi));
    dir = await schemaTypes('seam', spec, CORPUS_CONFIG);
  }, 180_000);

  it('writes each repeated operation and answer once, and every operation, path and component types as before', () => {
    const raw = readFileSync(join(dir, 'raw.ts'), 'utf8');
    const compact = readFileSync(join(dir, 'compact.ts'), 'utf8');
    // PUT and PATCH of access_codes/update name the first of the three; a GET's answer names its POST's.
    expect(compact).toMatch(/^ {4}accessCodesUpdatePost: operations\["accessCodesUpdatePut"\];$/m);
    expect(compact).toMatch(/^ {4}accessCodesUpdatePatch: operations\["accessCodesUpdatePut"\];$/m);
    expect(compact).toMatch(/^ {8}requestBody\?: NonNullable<operations\["\w+"\]\["requestBody"\]>;$/m);
    expect(compact.split('\n').length).toBeLessThan(raw.split('\n').length * 0.8);
    const result = tsc(dir);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 120_000);

  it('fails the check when a copy names an operation that types differently', () => {
    const good = readFileSync(join(dir, 'compact.ts'), 'utf8');
    const bad = good.replace(
      /^( {4}accessCodesUpdatePatch: )operations\["accessCodesUpdatePut"\];$/m,
      '$1operations["accessCodesCreatePost"];',
    );
    expect(bad).not.toBe(good);
    writeFileSync(join(dir, 'compact.ts'), bad);
    try {
      const result = tsc(dir);
      expect(result.status).not.toBe(0);
      expect(result.stdout).toContain('"accessCodesUpdatePatch"');
      expect(result.stdout).toContain('"/access_codes/update"');
    } finally {
      writeFileSync(join(dir, 'compact.ts'), good);
    }
  }, 120_000);
});

it("keeps the project's own schema types identical too (PUT, PATCH and POST of accessCodes.update)", async () => {
  const dir = await schemaTypes('project', SPEC_PATH, REDOCLY_CONFIG);
  expect(readFileSync(join(dir, 'compact.ts'), 'utf8')).toMatch(/^ {4}accessCodesUpdatePatch: operations\["\w+"\];$/m);
  const result = tsc(dir);
  expect(result.stdout + result.stderr).toBe('');
  expect(result.status).toBe(0);
}, 120_000);

describe('compactOperations', () => {
  const body = (field: string) => [
    '        requestBody?: {',
    '            content: {',
    `                "application/json": { ${field}: string };`,
    '            };',
    '        };',
  ];
  const op = (name: string, field: string) => [
    `    ${name}: {`,
    '        parameters: {',
    '            query?: never;',
    '        };',
    ...body(field),
    '        responses: {',
    '            200: { content: { "application/json": { ok: boolean } } };',
    '        };',
    '    };',
  ];

  it('names the first copy of a whole operation, of a body and of an answer; a parameter list stays where it is', () => {
    const text = [
      'export interface operations {',
      ...op('a', 'x'),
      ...op('"b-put"', 'x'),
      ...op('c', 'y'),
      '}',
      '',
    ].join('\n');
    const out = compactOperations(text);
    expect(out).toContain('    "b-put": operations["a"];');
    expect(out).toContain(
      '        requestBody?: {\n            content: {\n                "application/json": { y: string };',
    );
    expect(out).toContain('        responses: operations["a"]["responses"];');
    expect(out.match(/query\?: never/g)).toHaveLength(2);
  });

  it("drops a path method's JSDoc that repeats the one before it, and keeps one that differs", () => {
    const doc = (text: string) => ['        /**', `         * ${text}`, '         */'];
    const text = [
      'export interface paths {',
      '    "/a": {',
      ...doc('Update'),
      '        put: operations["a"];',
      ...doc('Update'),
      '        post: operations["b"];',
      ...doc('Other'),
      '        patch: operations["c"];',
      '    };',
      '}',
      '',
    ].join('\n');
    expect(compactOperations(text).match(/\* Update/g)).toHaveLength(1);
    expect(compactOperations(text)).toContain('* Other');
  });

  it('leaves text it does not recognise as it is', () => {
    const text = [
      'export interface operations {',
      '    a: {',
      '        responses: {',
      '        };',
      '    }',
      '}',
      '',
    ].join('\n');
    expect(compactOperations(text)).toBe(text);
  });
});
