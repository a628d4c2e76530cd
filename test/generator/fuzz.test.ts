// The generator's property-based fuzz suite (test/generator/fuzz/runner.ts), with a fixed seed and
// a bounded number of runs: every random mutation of a valid spec generates code that type-checks,
// or is refused with located problems and the output folder untouched. `npm run fuzz` runs more.
import { spawnSync } from 'node:child_process';
import { ROOT } from '../helpers/paths.js';

it('every mutated spec generates type-checked code or is refused with located problems', () => {
  const run = spawnSync(
    process.execPath,
    ['scripts/run.mjs', 'test/generator/fuzz/runner.ts', '--runs', '40', '--seed', '42'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_COLOR: '1' },
    },
  );
  expect(run.stderr).toBe('');
  expect(run.stdout).toMatch(
    /^fuzz: 40 runs \(seed 42\): (\d+) generated and type-checked, (\d+) refused with located problems$/m,
  );
  const [, generated, refused] = /(\d+) generated and type-checked, (\d+) refused/.exec(run.stdout)!;
  // Both outcomes occur, so both halves of the invariant were exercised.
  expect(Number(generated)).toBeGreaterThan(0);
  expect(Number(refused)).toBeGreaterThan(0);
  expect(run.status).toBe(0);
}, 120_000);
