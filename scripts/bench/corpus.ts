// `npm run bench:generate -- --corpus`: the generator on the large public specs of the corpus test
// (test/corpus/specs.ts: Stripe 452, Jira 499, GitHub 1215 and Seam 522 operations), side by side in one run
// with openapi-typescript alone and @hey-api/openapi-ts, each tool's own command from spawn to exit;
// then how long `tsc --strict` takes on the generated client against openapi-typescript's types
// alone. Rounds alternate between the tools; medians and ratios are printed.
//
// openapi-typescript alone lints next to nothing: it asks Redocly for `{ extends: ['minimal'] }`
// through an option Redocly 1 names `customExtends`, so one rule runs (operation-operationId-unique).
// The generator lints with all of `minimal`, examples included. So one more column: openapi-
// typescript followed by `redocly lint` with the same config, which is what it takes to get the
// generator's checks from openapi-typescript.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { CORPUS, CORPUS_CONFIG, CORPUS_MODULES, corpusPath, materializeCorpus } from '../../test/corpus/specs.js';
import { benchEditor, editorTable } from './editor.js';

const LARGE = ['stripe', 'jira', 'github', 'seam'];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const root = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'seam-bench-corpus-'));
const bin = (path: string) => resolve(root, 'node_modules', path);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Spawn-to-exit milliseconds of a command; exits the benchmark if it fails. */
function timed(label: string, command: string, args: string[], cwd: string): number {
  const started = performance.now();
  try {
    execFileSync(command, args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_COLOR: '1' },
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch (err) {
    const e = err as { stdout?: Buffer; stderr?: Buffer };
    console.error(`bench:generate --corpus: ${label} failed:\n${e.stdout ?? ''}${e.stderr ?? err}`);
    process.exit(1);
  }
  return performance.now() - started;
}

/** `tsc` spawn to exit on one file; its tsconfig is written into `configDir`, the file named from `cwd`. */
function tscTime(label: string, include: string, cwd: string, configDir: string): number {
  const tsconfig = join(configDir, `tsconfig.${label}.json`);
  const options = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2022', 'DOM'],
    types: [],
  };
  writeFileSync(tsconfig, JSON.stringify({ compilerOptions: options, include: [resolve(cwd, include)] }));
  return timed(`tsc (${label})`, process.execPath, [bin('typescript/bin/tsc'), '-p', tsconfig], cwd);
}

materializeCorpus(root);
const editorDir = resolve(root, CORPUS_MODULES, '../.out/bench-editor');
const seamOut = resolve(root, 'test/.out/bench-corpus/seam');
const editorHeading =
  "A consumer's editor: `tsc --strict` on a file calling `seam.accessCodes.get()`, against the generated client's declarations and against @seamapi/http\n";
// `-- --corpus --editor`: Seam's spec generated once, then the editor's rounds alone.
if (process.argv.includes('--editor')) {
  const seam = CORPUS.find((c) => c.name === 'seam')!;
  rmSync(seamOut, { recursive: true, force: true });
  timed(
    'generate seam',
    process.execPath,
    [
      'scripts/run.mjs',
      'scripts/generate.ts',
      '--spec',
      resolve(root, seam.spec),
      '--redocly-config',
      CORPUS_CONFIG,
      '--profile',
      'seam',
      '--out',
      seamOut,
    ],
    root,
  );
  console.log(editorHeading);
  console.log(editorTable(benchEditor(root, seamOut, editorDir, Math.max(5, ROUNDS))));
  process.exit(0);
}
const rows: string[] = [];
const typeRows: string[] = [];
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
for (const { name, spec } of CORPUS.filter((c) => LARGE.includes(c.name))) {
  const specPath = resolve(root, spec);
  // Inside the project, so the generated client's import of src/runtime resolves for tsc.
  const ours = resolve(root, 'test/.out/bench-corpus', name);
  const work = join(dir, name);
  mkdirSync(work, { recursive: true });
  const times = {
    ours: [] as number[],
    openapiTs: [] as number[],
    lint: [] as number[],
    heyApi: [] as number[],
    tscOurs: [] as number[],
    tscTypes: [] as number[],
  };
  for (let round = 0; round < ROUNDS; round++) {
    rmSync(ours, { recursive: true, force: true });
    times.ours.push(
      timed(
        `generate ${name}`,
        process.execPath,
        [
          'scripts/run.mjs',
          'scripts/generate.ts',
          '--spec',
          specPath,
          '--redocly-config',
          CORPUS_CONFIG,
          '--out',
          ours,
        ],
        root,
      ),
    );
    // openapi-typescript's CLI runs in a folder without a redocly.yaml, so it lints as it does alone.
    times.openapiTs.push(
      timed(
        `openapi-typescript ${name}`,
        process.execPath,
        [bin('openapi-typescript/bin/cli.js'), specPath, '-o', join(work, 'types.ts')],
        work,
      ),
    );
    times.lint.push(
      timed(
        `redocly lint ${name}`,
        process.execPath,
        [
          bin('@redocly/cli/bin/cli.js'),
          'lint',
          specPath,
          '--config',
          resolve(root, CORPUS_CONFIG),
          '--format',
          'summary',
        ],
        work,
      ),
    );
    times.heyApi.push(
      timed(
        `hey-api ${name}`,
        process.execPath,
        [corpusPath(root, '@hey-api/openapi-ts/bin/run.js'), '-i', specPath, '-o', join(work, 'hey-api')],
        work,
      ),
    );
  }
  for (let round = 0; round < ROUNDS; round++) {
    // Every generated .ts file: a consumer of the package's entry type-checks the functions too.
    times.tscOurs.push(tscTime(`ours-${name}`, `${relative(root, ours)}/*.ts`, root, work));
    times.tscTypes.push(tscTime(`types-${name}`, 'types.ts', work, work));
  }
  const [a, b, c] = [median(times.ours), median(times.openapiTs), median(times.heyApi)];
  // Each round's openapi-typescript and lint, one after the other as a user runs them.
  const withLint = median(times.openapiTs.map((t, i) => t + times.lint[i]!));
  rows.push(
    `| ${name} | ${a.toFixed(0)} | ${b.toFixed(0)} | ${withLint.toFixed(0)} | ${c.toFixed(0)} | ${ratio(a, b)} | ${ratio(a, withLint)} | ${ratio(a, c)} |`,
  );
  const [d, e] = [median(times.tscOurs), median(times.tscTypes)];
  typeRows.push(`| ${name} | ${d.toFixed(0)} | ${e.toFixed(0)} | ${ratio(d, e)} |`);
}
// A consumer's editor with the whole Seam API (editor.ts): at least 5 alternating rounds.
const editor = benchEditor(root, seamOut, editorDir, Math.max(5, ROUNDS));
console.log(`bench:generate --corpus — ${ROUNDS} alternating rounds per spec, medians, spawn to exit\n`);
console.log(
  '| spec | ms: npm run generate | ms: openapi-typescript CLI | ms: openapi-typescript + redocly lint | ms: @hey-api/openapi-ts | vs openapi-typescript | vs openapi-typescript + lint | vs hey-api |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
console.log(
  "\n`tsc --strict --noEmit`: the generated code (client.ts, functions.ts, schema.ts, operations.ts and the runtime) against openapi-typescript's types alone\n",
);
console.log('| spec | ms: client | ms: types alone | ratio |');
console.log('| --- | ---: | ---: | ---: |');
for (const row of typeRows) console.log(row);
console.log(`\n${editorHeading}`);
console.log(editorTable(editor));
