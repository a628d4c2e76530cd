// Classifies the changes between two specs with `redocly diff` (diff-recommended rules).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export interface DiffChange {
  path: string;
  kind: 'added' | 'removed' | 'modified';
  impact: 'major' | 'minor' | 'patch';
  property?: string;
  verdicts: Array<{ ruleId: string; impact: string; message: string }>;
}

export interface RedoclyDiff {
  summary: { major: number; minor: number; patch: number };
  changes: DiffChange[];
}

export function redoclyDiff(projectRoot: string, basePath: string, revisionPath: string): RedoclyDiff {
  const run = spawnSync(
    process.execPath,
    [
      resolve(projectRoot, 'scripts/redocly.mjs'),
      'diff',
      basePath,
      revisionPath,
      '--config',
      resolve(projectRoot, 'redocly.diff.yaml'),
      '--format',
      'json',
      '--fail-on',
      'none',
      '--lint-config',
      'off',
    ],
    { encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 },
  );
  const start = run.stdout.indexOf('{');
  if (run.status !== 0 || start < 0) {
    throw new Error(`redocly diff failed (exit ${run.status}):\n${run.stderr || run.stdout}`);
  }
  return JSON.parse(run.stdout.slice(start)) as RedoclyDiff;
}
