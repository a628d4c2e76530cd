import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './paths.js';

/** Runs the real generator CLI, as `npm run generate` does, from the project root; killed after `timeout` ms when given. */
export function generate(args: string[], { timeout }: { timeout?: number } = {}) {
  const run = spawnSync(process.execPath, ['scripts/run.mjs', 'scripts/generate.ts', ...args], {
    cwd: ROOT,
    timeout,
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_COLOR: '1' },
  });
  return { status: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}

/** A fresh output folder under test/.out (inside the repo, so the runtime import resolves). */
export function outDir(name: string): string {
  const dir = join(ROOT, 'test/.out', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(ROOT, 'test/.out'), { recursive: true });
  return dir;
}

/** Every file under `dir`, by relative path, with its contents. */
export function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[relative(dir, full)] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return out;
}
