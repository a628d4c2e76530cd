// `npm run bench:generate`: the whole pipeline (lint, bundle, types, model, client, Markdown docs,
// atomic write) against openapi-typescript alone, on synthetic specs of 10, 100 and 1000
// operations. Runs alternate A B A B in fresh processes; medians and ratios are printed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { syntheticSpec } from './synthetic-spec.js';

const SIZES = [10, 100, 1000];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const tsx = resolve('node_modules/.bin/tsx');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function runOne(mode: string, spec: string, out: string): { ms: number; maxRssMb: number } {
  let line: string;
  try {
    line = execFileSync(tsx, ['scripts/bench/generate-one.ts', mode, spec, out], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
    });
  } catch (err) {
    console.error(`bench:generate: the ${mode} run failed:\n${(err as { stderr?: string }).stderr ?? err}`);
    process.exit(1);
  }
  return JSON.parse(line.trim().split('\n').at(-1)!);
}

const dir = mkdtempSync(join(tmpdir(), 'seam-bench-'));
console.log(`bench:generate — ${ROUNDS} alternating rounds per size, medians (in-process time; peak RSS per process)\n`);
console.log('| operations | pipeline ms | openapi-typescript ms | time ratio | pipeline peak RSS MB | openapi-typescript peak RSS MB | ms per operation (pipeline) |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const size of SIZES) {
  const spec = join(dir, `spec-${size}.yaml`);
  writeFileSync(spec, syntheticSpec(size));
  const a: Array<{ ms: number; maxRssMb: number }> = [];
  const b: Array<{ ms: number; maxRssMb: number }> = [];
  for (let round = 0; round < ROUNDS; round++) {
    a.push(runOne('pipeline', spec, join(dir, `out-${size}`)));
    b.push(runOne('openapi-typescript', spec, ''));
  }
  const [pa, pb] = [median(a.map((r) => r.ms)), median(b.map((r) => r.ms))];
  console.log(
    `| ${size} | ${pa.toFixed(0)} | ${pb.toFixed(0)} | ${(pa / pb).toFixed(2)}× | ${median(a.map((r) => r.maxRssMb)).toFixed(0)} | ${median(b.map((r) => r.maxRssMb)).toFixed(0)} | ${(pa / size).toFixed(2)} |`,
  );
}
