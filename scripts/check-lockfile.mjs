// Fails when package-lock.json does not list every optional dependency of every locked package.
//
// Why: npm writes into the lockfile only the optional platform binaries (@swc/core-*,
// @rollup/rollup-*, @unrs/resolver-binding-*) the registry served it at the time. A lockfile
// written that way installs on the machine that wrote it, and `npm ci` refuses it on the next
// ("Missing: @swc/core-darwin-arm64 from lock file"). This check reads the lockfile alone, so it
// catches the gap before a new machine does, whatever this machine's platform is.
import { readFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const packages = lock.packages ?? {};

/** Where npm would resolve `name` from the package at `at`: its own node_modules, then each parent's. */
function resolves(at, name) {
  let dir = at;
  for (;;) {
    if (`${dir ? `${dir}/` : ''}node_modules/${name}` in packages) return true;
    if (!dir) return false;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut === -1 ? '' : dir.slice(0, cut);
  }
}

const missing = [];
for (const [at, entry] of Object.entries(packages)) {
  for (const name of Object.keys(entry.optionalDependencies ?? {})) {
    if (!resolves(at, name)) missing.push(`${name} (optional dependency of ${at || 'the project'})`);
  }
}
if (missing.length > 0) {
  console.error(`check-lockfile: package-lock.json lacks ${missing.length} optional package(s) that npm ci needs on some platform:`);
  for (const line of missing) console.error(`  ${line}`);
  console.error('Regenerate it with `npm install` on a machine whose registry serves them all, and commit it.');
  process.exit(1);
}
console.log(`check-lockfile: every optional dependency of ${Object.keys(packages).length} locked packages is listed.`);
