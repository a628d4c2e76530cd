// scripts/run.mjs keeps a bundle of the script it runs, and rebuilds it when a source changes. Its
// stamp must describe the sources the bundle was built from: a source saved while the bundle is
// being built (a rebuild of the generator takes about 4 s) must be rebuilt on the next run, never
// stamped as current. The save is made to land at a known moment: a preloaded module rewrites the
// source the first time run.mjs asks for its size and time (before esbuild reads it, in the fixed
// run.mjs; after the build, in the one that stamped from the files as they were then).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths.js';

const dir = join(ROOT, 'test/.out/run-cache');
const source = join(dir, 'message.ts');

const HOOK = `
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const target = process.env.SAVE_ON_FIRST_STAT;
const statSync = fs.statSync;
let saved = false;
fs.statSync = function (path, ...rest) {
  if (!saved && String(path) === target) {
    saved = true;
    fs.writeFileSync(target, "export const message = 'saved during the build, a longer message';\\n");
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(target, later, later);
  }
  return statSync.call(this, path, ...rest);
};
syncBuiltinESMExports();
`;

function run(env: Record<string, string> = {}, preload?: string): string {
  const args = [...(preload ? ['--import', preload] : []), join(ROOT, 'scripts/run.mjs'), 'main.ts'];
  const result = spawnSync(process.execPath, args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout.trim();
}

beforeAll(() => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'main.ts'), "import { message } from './message.ts';\nconsole.log(message);\n");
  writeFileSync(source, "export const message = 'as first written';\n");
  writeFileSync(join(dir, 'save-on-first-stat.mjs'), HOOK);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('a source saved during a rebuild is what the next run runs', () => {
  run({ SAVE_ON_FIRST_STAT: source }, join(dir, 'save-on-first-stat.mjs'));
  // Whatever the first run bundled, the next one must run the file as it now is.
  expect(run()).toBe('saved during the build, a longer message');
}, 120_000);
