// `npm run check:package` (prepublishOnly runs it, and so does CI): packs the package as `npm
// publish` would, then lints that very tarball with publint (package.json against the files it
// ships) and arethetypeswrong (every entry point's types under node10, node16 from CJS and ESM, and
// bundler). Checking the tarball, not the folder, catches a file `files` leaves out. Run after
// `npm run build`; `check:package` builds first.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = process.cwd();
const bin = (name: string) => resolve(root, 'node_modules/.bin', name);
const dir = mkdtempSync(join(tmpdir(), 'seam-check-package-'));

function run(label: string, command: string, args: string[]): void {
  try {
    const out = execFileSync(command, args, {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    console.log(`check:package: ${label}: ok`);
    if (process.env.CHECK_PACKAGE_VERBOSE) console.log(out);
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    console.error(`check:package: ${label} failed:\n${e.stdout ?? ''}${e.stderr ?? String(err)}`);
    process.exit(1);
  }
}

try {
  // --ignore-scripts: the tarball of what is built, without running a lifecycle script again.
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
      cwd: root,
      encoding: 'utf8',
    }),
  ) as Array<{ filename: string }>;
  const tarball = join(dir, packed!.filename);
  console.log(`check:package: ${packed!.filename}`);
  run('publint --strict', bin('publint'), ['run', tarball, '--strict']);
  // --no-definitely-typed: nothing is looked up on the registry; the package ships its own types.
  run('arethetypeswrong', bin('attw'), [tarball, '--no-definitely-typed', '--format', 'ascii']);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
