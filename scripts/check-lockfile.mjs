// Fails when package-lock.json does not list every optional dependency of every locked package.
//
// Why: npm writes into the lockfile only the optional platform binaries (@swc/core-*,
// @rollup/rollup-*, @unrs/resolver-binding-*) the registry served it at the time. A lockfile
// written that way installs on the machine that wrote it, and `npm ci` refuses it on the next
// ("Missing: @swc/core-darwin-arm64 from lock file"). This check reads the lockfile alone, so it
// catches the gap before a new machine does, whatever this machine's platform is.
import { readFileSync } from 'node:fs';

// The project's lockfile, the one of the runtimes `npm run test:runtimes` runs under, the corpus's and the test registry's.
const LOCKFILES = [
  '../package-lock.json',
  '../test/runtimes/package-lock.json',
  '../test/corpus/package-lock.json',
  '../test/registry/package-lock.json',
];

/** Where npm would resolve `name` from the package at `at`: its own node_modules, then each parent's. */
function resolves(packages, at, name) {
  let dir = at;
  for (;;) {
    if (`${dir ? `${dir}/` : ''}node_modules/${name}` in packages) return true;
    if (!dir) return false;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut === -1 ? '' : dir.slice(0, cut);
  }
}

let failed = false;
for (const file of LOCKFILES) {
  const name = file.replace('../', '');
  const packages = JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')).packages ?? {};
  const missing = [];
  for (const [at, entry] of Object.entries(packages)) {
    for (const dep of Object.keys(entry.optionalDependencies ?? {})) {
      if (!resolves(packages, at, dep)) missing.push(`${dep} (optional dependency of ${at || 'the project'})`);
    }
  }
  if (missing.length === 0) {
    console.log(
      `check-lockfile: ${name}: every optional dependency of ${Object.keys(packages).length} locked packages is listed.`,
    );
    continue;
  }
  failed = true;
  console.error(
    `check-lockfile: ${name} lacks ${missing.length} optional package(s) that npm ci needs on some platform:`,
  );
  for (const line of missing) console.error(`  ${line}`);
  console.error('Regenerate it with `npm install` on a machine whose registry serves them all, and commit it.');
}
process.exitCode = failed ? 1 : 0;
