// Property-based fuzzing of the generator: random mutations of a valid spec (test/fixtures/
// shapes.yaml), each run through the real command line in this process. The invariant: exit 0
// and the output type-checks, or exit 1 with every problem located (`file:line:col`) and the
// output folder byte-identical to what it was. Never a crash, never exit 2 for a spec.
//
//   node scripts/run.mjs test/generator/fuzz/runner.ts [--runs N] [--seed S]
//
// `npm run fuzz` runs 1000 with a new seed (printed, to replay with --seed); test/generator/
// fuzz.test.ts runs 40 with a fixed seed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { generateCli } from '../../../scripts/generator/cli.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- spec documents and answers, walked freely by the test
type Json = any;

const ROOT = resolve('.');
const BASE = parse(readFileSync(join(ROOT, 'test/fixtures/shapes.yaml'), 'utf8'));
const CONFIG = 'test/fixtures/redocly.yaml';
const WORK = join(ROOT, 'test/.out/fuzz');
const LOCATED = /^ {2}\S+:\d+:\d+( \(.*\))? [\w/.-]+: \S/;

const EXTENSIONS = [
  'x-operation-group',
  'x-response-key',
  'x-idempotent',
  'x-action-attempt-type',
  'x-undocumented',
  'x-draft',
  'x-deprecated',
  'x-title',
  'x-fern-sdk-group-name',
  'x-fern-sdk-method-name',
  'x-speakeasy-group',
  'x-speakeasy-name-override',
];

const mutationArb = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), key: fc.nat() }),
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    key: fc.nat(),
    value: fc.jsonValue({ maxDepth: 2 }),
  }),
  fc.record({
    kind: fc.constant('extension' as const),
    at: fc.nat(),
    key: fc.constantFrom(...EXTENSIONS),
    value: fc.oneof(
      fc.string(),
      fc.constantFrom('a.b', 'then', 'constructor', 'delete', 'x.3d', ''),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string()),
    ),
  }),
  fc.record({
    kind: fc.constant('ref' as const),
    at: fc.nat(),
    key: fc.nat(),
    target: fc.nat(),
    dangling: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('renamePath' as const),
    at: fc.nat(),
    name: fc.oneof(
      fc.string(),
      fc.constantFrom('/a\nb', 'no-slash', '/x/{y}', '/v1/pets', '/'),
      fc.string().map((s) => `/${s}`),
    ),
  }),
);
type Mutation = typeof mutationArb extends fc.Arbitrary<infer M> ? M : never;

/** Every object and list in the document, with its pointer. */
function nodes(doc: Json): Array<{ node: Json; pointer: string }> {
  const out: Array<{ node: Json; pointer: string }> = [];
  const walk = (node: Json, pointer: string) => {
    if (node === null || typeof node !== 'object') return;
    out.push({ node, pointer });
    for (const [k, v] of Object.entries(node)) walk(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
  };
  walk(doc, '#');
  return out;
}

function apply(doc: Json, m: Mutation): void {
  const all = nodes(doc);
  const pick = <T>(list: T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);
  switch (m.kind) {
    case 'delete':
    case 'replace':
    case 'ref': {
      const { node } = pick(all, m.at)!;
      const key = pick(Object.keys(node), m.key);
      if (key === undefined) return;
      if (m.kind === 'delete') delete node[key];
      else if (m.kind === 'replace') node[key] = m.value;
      else node[key] = { $ref: m.dangling ? '#/components/schemas/Missing' : pick(all, m.target)!.pointer };
      return;
    }
    case 'extension': {
      const operations = all.filter(({ pointer }) => /^#\/paths\/[^/]+\/(get|put|post|delete|patch)$/.test(pointer));
      const op = pick(operations, m.at);
      if (op) op.node[m.key] = m.value;
      return;
    }
    case 'renamePath': {
      const paths = Object.keys(doc.paths ?? {});
      const old = pick(paths, m.at);
      if (old === undefined) return;
      doc.paths[m.name] = doc.paths[old];
      if (m.name !== old) delete doc.paths[old];
    }
  }
}

/** Every file under `dir`, by relative path. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    if (!existsSync(d)) return;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name), `${prefix}${e.name}/`);
      else out[`${prefix}${e.name}`] = readFileSync(join(d, e.name), 'utf8');
    }
  };
  walk(dir, '');
  return out;
}

function writeTree(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

async function main(): Promise<number> {
  // A new seed each time unless one is given: `npm run fuzz` explores; the test pins one.
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '25' },
      seed: { type: 'string', default: String(Date.now() % 2 ** 31) },
    },
  });
  const runs = Number(values.runs);
  const seed = Number(values.seed);
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const quiet = { log: () => {}, error: () => {} };
  const previous = join(WORK, 'previous');
  if (
    (await generateCli(
      ['--spec', 'test/fixtures/shapes.yaml', '--redocly-config', CONFIG, '--out', previous],
      quiet,
    )) !== 0
  ) {
    throw new Error('the unmutated spec does not generate');
  }
  const before = tree(previous);
  let run = 0;
  const generated: string[] = [];
  const outcomes = { generated: 0, refused: 0 };

  await fc.assert(
    fc.asyncProperty(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), async (mutations) => {
      run += 1;
      const doc = structuredClone(BASE);
      for (const m of mutations) apply(doc, m);
      const dir = join(WORK, `run-${run}`);
      const spec = join(WORK, `run-${run}.yaml`);
      writeFileSync(spec, stringify(doc));
      writeTree(dir, before);
      const lines: string[] = [];
      const code = await generateCli(['--spec', spec, '--redocly-config', CONFIG, '--out', dir], {
        log: () => {},
        error: (l) => lines.push(...l.split('\n')),
      });
      if (code === 0) {
        outcomes.generated += 1;
        generated.push(dir);
        return;
      }
      outcomes.refused += 1;
      const problems = lines.filter((l) => l.startsWith('  ') && !l.startsWith('  warning:'));
      if (code !== 1) throw new Error(`exit ${code}:\n${lines.join('\n')}`);
      if (problems.length === 0) throw new Error(`exit 1 without a problem listed:\n${lines.join('\n')}`);
      const unlocated = problems.filter((l) => !LOCATED.test(l));
      if (unlocated.length > 0) throw new Error(`problems without file:line:col:\n${unlocated.join('\n')}`);
      const after = tree(dir);
      if (JSON.stringify(after) !== JSON.stringify(before))
        throw new Error('the output folder changed on a failed run');
      rmSync(dir, { recursive: true, force: true });
    }),
    { numRuns: runs, seed },
  );

  // Every successful output, type-checked in one go.
  const tsconfig = join(WORK, 'tsconfig.json');
  writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: '../../../tsconfig.json',
      compilerOptions: { types: [] },
      include: ['./run-*/client.ts'],
      exclude: [],
    }),
  );
  if (generated.length > 0) {
    const tsc = spawnSync(join(ROOT, 'node_modules/.bin/tsc'), ['--noEmit', '-p', tsconfig], { encoding: 'utf8' });
    if (tsc.status !== 0) {
      console.error(
        `fuzz: generated code that does not type-check (seed ${seed}; the specs are test/.out/fuzz/run-N.yaml):\n${tsc.stdout}${tsc.stderr}`,
      );
      return 1;
    }
  }
  console.log(
    `fuzz: ${runs} runs (seed ${seed}): ${outcomes.generated} generated and type-checked, ${outcomes.refused} refused with located problems`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    const cause = (err as { cause?: Error }).cause;
    console.error(`fuzz: ${(err as Error).message ?? err}${cause ? `\nThe property's error: ${cause.message}` : ''}`);
    process.exit(1);
  },
);
