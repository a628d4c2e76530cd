// `npm run bench:generate`: the whole pipeline (lint, bundle, types, model, client, Markdown docs,
// atomic write) against openapi-typescript alone, on synthetic specs of 10, 100 and 1000
// operations. Rounds alternate A B A B in fresh processes; medians and ratios are printed.
//
// Two measures, both wall-clock:
// - run time: inside the process, from after the imports to the end (generate-one.ts), with that
//   process's peak RSS. Module loading is left out on both sides.
// - process time: each project's own command, from spawn to exit, module loading included:
//   `node scripts/run.mjs scripts/generate.ts` (what `npm run generate` runs) against the
//   openapi-typescript CLI. The CLI runs in a folder without a redocly.yaml: in this project's
//   folder it would lint with this project's rules, which is not "openapi-typescript alone".
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { syntheticSpec } from './synthetic-spec.js';

// `-- --corpus`: the large public specs instead, beside hey-api (corpus.ts).
if (process.argv.includes('--corpus')) {
  await import('./corpus.js');
  process.exit(0);
}

const SIZES = [10, 100, 1000];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const tsx = resolve('node_modules/.bin/tsx');
const openapiTsCli = resolve('node_modules/openapi-typescript/bin/cli.js');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function run(label: string, command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
    });
  } catch (err) {
    console.error(`bench:generate: the ${label} run failed:\n${(err as { stderr?: string }).stderr ?? err}`);
    process.exit(1);
  }
}

/** Run time and peak RSS, measured inside one process (generate-one.ts). */
function runTime(mode: string, spec: string, out: string): { ms: number; maxRssMb: number } {
  const output = run(mode, tsx, ['scripts/bench/generate-one.ts', mode, spec, out], process.cwd());
  return JSON.parse(output.trim().split('\n').at(-1)!);
}

/** Spawn-to-exit milliseconds of a command. */
function processTime(label: string, command: string, args: string[], cwd: string): number {
  const started = performance.now();
  run(label, command, args, cwd);
  return performance.now() - started;
}

const dir = mkdtempSync(join(tmpdir(), 'seam-bench-'));
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const rows: string[] = [];
for (const size of SIZES) {
  const spec = join(dir, `spec-${size}.yaml`);
  writeFileSync(spec, syntheticSpec(size));
  const ours: Array<{ ms: number; maxRssMb: number }> = [];
  const theirs: Array<{ ms: number; maxRssMb: number }> = [];
  const oursProcess: number[] = [];
  const theirsProcess: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    ours.push(runTime('pipeline', spec, join(dir, `out-${size}`)));
    theirs.push(runTime('openapi-typescript', spec, ''));
    oursProcess.push(
      processTime(
        'generate',
        process.execPath,
        ['scripts/run.mjs', 'scripts/generate.ts', '--spec', spec, '--out', join(dir, `cli-${size}`)],
        process.cwd(),
      ),
    );
    theirsProcess.push(
      processTime(
        'openapi-typescript CLI',
        process.execPath,
        [openapiTsCli, spec, '-o', join(dir, `types-${size}.ts`)],
        dir,
      ),
    );
  }
  const [a, b] = [median(ours.map((r) => r.ms)), median(theirs.map((r) => r.ms))];
  const [c, d] = [median(oursProcess), median(theirsProcess)];
  rows.push(
    `| ${size} | ${a.toFixed(0)} | ${b.toFixed(0)} | ${ratio(a, b)} | ${c.toFixed(0)} | ${d.toFixed(0)} | ${ratio(c, d)} | ` +
      `${median(ours.map((r) => r.maxRssMb)).toFixed(0)} | ${median(theirs.map((r) => r.maxRssMb)).toFixed(0)} | ${(a / size).toFixed(2)} |`,
  );
}
console.log(`bench:generate — ${ROUNDS} alternating rounds per size, medians\n`);
console.log(
  '| operations | run ms: pipeline | run ms: openapi-typescript | run ratio | process ms: npm run generate | process ms: openapi-typescript CLI | process ratio | pipeline peak RSS MB | openapi-typescript peak RSS MB | run ms per operation |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
