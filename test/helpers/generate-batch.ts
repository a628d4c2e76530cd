// The generator's CLI run for many argument lists in one process (generate-batch-runner.ts): each
// run's exit code and what it printed, as generate() gives them for one. For suites of many small
// cases (bad specs, each refused in a fraction of a second), where starting the generator again for
// each was most of the suite's time. A case that must be killed on a timeout still uses generate().
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.js';

export interface BatchRun {
  status: number;
  stdout: string;
  stderr: string;
}

export function generateBatch(argvs: string[][]): BatchRun[] {
  const dir = mkdtempSync(join(tmpdir(), 'seam-generate-batch-'));
  try {
    const input = join(dir, 'in.json');
    const output = join(dir, 'out.json');
    writeFileSync(input, JSON.stringify(argvs));
    const run = spawnSync(
      process.execPath,
      ['scripts/run.mjs', 'test/helpers/generate-batch-runner.ts', input, output],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_COLOR: '1' } },
    );
    if (run.status !== 0) throw new Error(`the batch of ${argvs.length} generator runs failed:\n${run.stderr}`);
    return JSON.parse(readFileSync(output, 'utf8')) as BatchRun[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
