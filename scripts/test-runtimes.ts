// npm run test:runtimes: the packed package, installed into a fresh project as a team would, runs
// test/runtimes/consumer.mjs (calls on the in-process fake and on the fake over loopback HTTP) under
// every runtime the README lists as tested, and each must print what test/runtimes/expected.json
// holds. The runtimes are npm packages pinned in test/runtimes/package.json (scripts/install.sh
// installs them); Node 20 is the machine's own node, the package's minimum.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');
const RUNTIMES_DIR = join(ROOT, 'test/runtimes');
const BIN = join(RUNTIMES_DIR, 'node_modules');

interface Runtime {
  name: string;
  bin: string;
  args: string[];
}

const RUNTIMES: Runtime[] = [
  { name: 'Node 20', bin: process.execPath, args: [] },
  { name: 'Node 22', bin: join(BIN, 'node22/bin/node'), args: [] },
  { name: 'Node 24', bin: join(BIN, 'node24/bin/node'), args: [] },
  { name: 'Bun', bin: join(BIN, '@oven/bun-linux-x64/bin/bun'), args: [] },
  // -A: the HTTP fake listens on loopback and the package reads SEAM_* variables.
  { name: 'Deno', bin: join(BIN, '@deno/linux-x64-glibc/deno'), args: ['run', '-A', '--no-prompt'] },
];

function sh(cmd: string, args: string[], cwd: string): string {
  const result = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

const project = mkdtempSync(join(tmpdir(), 'seam-runtimes-'));
try {
  sh('npm', ['run', '-s', 'build'], ROOT);
  sh('npm', ['pack', '--pack-destination', project, '--silent'], ROOT);
  const tarball = readdirSync(project).find((f) => f.endsWith('.tgz'))!;
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'runtimes-consumer', private: true, type: 'module' }),
  );
  sh('npm', ['install', `./${tarball}`, '--no-audit', '--no-fund', '--prefer-offline'], project);
  copyFileSync(join(RUNTIMES_DIR, 'consumer.mjs'), join(project, 'consumer.mjs'));
  const expected: unknown = JSON.parse(readFileSync(join(RUNTIMES_DIR, 'expected.json'), 'utf8'));

  let passed = 0;
  let failed = 0;
  for (const runtime of RUNTIMES) {
    if (!existsSync(runtime.bin)) {
      console.log(`FAIL ${runtime.name}: ${runtime.bin} is missing (run scripts/install.sh)`);
      failed++;
      continue;
    }
    const version = spawnSync(runtime.bin, ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0]!.trim();
    const started = performance.now();
    const run = spawnSync(runtime.bin, [...runtime.args, 'consumer.mjs'], {
      cwd: project,
      encoding: 'utf8',
      timeout: 60_000,
      // Nothing from the developer's shell steers the calls; Deno asks no registry and no update server.
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1' },
    });
    const ms = Math.round(performance.now() - started);
    let got: unknown;
    try {
      got = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '');
    } catch {
      got = undefined;
    }
    if (run.status === 0 && isDeepStrictEqual(got, expected)) {
      console.log(`ok   ${runtime.name} (${version}) in ${ms} ms`);
      passed++;
    } else {
      console.log(`FAIL ${runtime.name} (${version}), exit ${run.status ?? run.signal}:\n${run.stdout}${run.stderr}`);
      failed++;
    }
  }
  console.log(`test:runtimes: ${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
} finally {
  rmSync(project, { recursive: true, force: true });
}
