// Runs a TypeScript script under plain Node: `node scripts/run.mjs scripts/generate.ts [args]`.
//
// Why not tsx, as the other scripts use: the generator loads a great many modules (Redocly, ajv,
// TypeScript, ts-morph), and start-up was most of a run: on the project's own spec the steps take
// about 0.3 s and loading them took 1.3 s more. So esbuild bundles the script with every package it
// imports into one CommonJS file, kept in node_modules/.cache/seam-connect-client until one of the
// files it was built from changes, and V8's code cache for that file is kept beside it, so a run
// neither resolves hundreds of files nor compiles 17 MB of JavaScript again. (Node 22's
// module.enableCompileCache() would do the second for us; Node 20, the minimum, has no such thing.)
//
// One package's `typescript` is replaced: openapi-typescript gets the TypeScript ts-morph already
// carries (scripts/generator/typescript-of-ts-morph.ts), so a run loads one compiler, not two.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { basename, dirname, resolve } from 'node:path';
import vm from 'node:vm';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('Usage: node scripts/run.mjs <script.ts> [args...]');
  process.exit(2);
}
const CACHE_DIR = resolve('node_modules/.cache/seam-connect-client');
const entryPath = resolve(entry);
const base = resolve(
  CACHE_DIR,
  `${basename(entry, '.ts')}-${createHash('sha256').update(entryPath).digest('hex').slice(0, 8)}`,
);
const bundleFile = `${base}.cjs`;
const stampFile = `${base}.inputs.json`;
const codeCacheFile = `${base}.v8-cache`;
// What else makes a bundle stale: this file (how it bundles) and the Node that compiled the cache.
const runner = `${process.version} ${createHash('sha256')
  .update(readFileSync(new URL(import.meta.url)))
  .digest('hex')}`;

/** Writes whole or not at all: tests run the generator in parallel, and a reader never sees half a file. */
function writeAtomically(file, data) {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/** Whether the bundle was built from the files as they are now (each one's size and modification time). */
function isFresh() {
  try {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
    if (stamp.runner !== runner) return false;
    for (const [file, [size, mtimeMs]] of Object.entries(stamp.inputs)) {
      const s = statSync(file);
      if (s.size !== size || s.mtimeMs !== mtimeMs) return false;
    }
    statSync(bundleFile);
    return true;
  } catch {
    return false;
  }
}

const HOST_IMPORT = Symbol.for('seam-connect-client.run.import');
const REDOCLY_PLUGIN_LOADER = /[\\/]@redocly[\\/]openapi-core[\\/]lib[\\/]config[\\/]plugins-cache\.js$/;

/** @type {import('esbuild').Plugin} */
const oneTypescript = {
  name: 'one-typescript',
  setup(b) {
    b.onResolve({ filter: /^typescript$/ }, (a) =>
      /[\\/]node_modules[\\/]openapi-typescript[\\/]/.test(a.importer)
        ? { path: resolve('scripts/generator/typescript-of-ts-morph.ts') }
        : undefined,
    );
  },
};

/**
 * Redocly loads a config's plugins (redocly.yaml's house rules) with a dynamic import(). Code that
 * node:vm compiles cannot import() on Node 20 without an experimental flag, so that one call goes
 * to this module's own import(), which can. Should Redocly move it, the build says so.
 * @type {import('esbuild').Plugin}
 */
const hostImport = {
  name: 'host-import',
  setup(b) {
    let patched = false;
    b.onLoad({ filter: REDOCLY_PLUGIN_LOADER }, (a) => {
      const source = readFileSync(a.path, 'utf8');
      const contents = source.replace(
        /\bimport\(/g,
        `globalThis[Symbol.for(${JSON.stringify(HOST_IMPORT.description)})](`,
      );
      patched = contents !== source;
      return { contents, loader: 'js' };
    });
    b.onEnd((result) => {
      const loaderBundled = Object.keys(result.metafile?.inputs ?? {}).some((f) => REDOCLY_PLUGIN_LOADER.test(f));
      if (loaderBundled && !patched)
        throw new Error(
          "run.mjs: Redocly's plugin loader no longer calls import(); update scripts/run.mjs's hostImport.",
        );
    });
  },
};

/**
 * Each file's size and modification time as esbuild is about to read it: the stamp is taken from
 * the sources the bundle was built from, not from the files after the build. A file saved during
 * the build (which takes about 4 s) then no longer matches its stamp, and the next run rebuilds;
 * stamped after the build, it matched, and every later run ran the old code.
 * @param {Map<string, [number, number]>} seen
 * @returns {import('esbuild').Plugin}
 */
const statBeforeRead = (seen) => ({
  name: 'stat-before-read',
  setup(b) {
    b.onLoad({ filter: /.*/ }, (a) => {
      if (a.namespace === 'file' && !seen.has(a.path)) {
        const s = statSync(a.path);
        seen.set(a.path, [s.size, s.mtimeMs]);
      }
      return undefined; // esbuild (or the next plugin) reads the file
    });
  },
});

async function rebuild() {
  mkdirSync(CACHE_DIR, { recursive: true });
  const tmp = `${bundleFile}.${process.pid}.tmp`;
  const seen = new Map();
  const { metafile } = await build({
    entryPoints: [entryPath],
    outfile: tmp,
    bundle: true,
    // First, so that every file is stat'ed before any plugin or esbuild reads it.
    plugins: [statBeforeRead(seen), oneTypescript, hostImport],
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    metafile: true,
    logLevel: 'warning',
    // Packages written as ES modules read import.meta.url; in one CommonJS file it is the bundle's.
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: 'var __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  });
  const inputs = {};
  for (const file of Object.keys(metafile.inputs)) {
    // A file esbuild read without our onLoad seeing it (none is known) is stamped as never fresh.
    inputs[resolve(file)] = seen.get(resolve(file)) ?? [-1, -1];
  }
  renameSync(tmp, bundleFile);
  rmSync(codeCacheFile, { force: true });
  writeAtomically(stampFile, JSON.stringify({ runner, inputs }));
}

if (!isFresh()) await rebuild();
// The files the script runs from, for a test that asks which compilers a run loads.
globalThis[Symbol.for('seam-connect-client.run.inputs')] = Object.keys(
  JSON.parse(readFileSync(stampFile, 'utf8')).inputs,
);

globalThis[HOST_IMPORT] = (specifier) => import(specifier);
const source = readFileSync(bundleFile, 'utf8');
let cachedData;
try {
  cachedData = readFileSync(codeCacheFile);
} catch {
  cachedData = undefined;
}
const script = new vm.Script(Module.wrap(source), { filename: bundleFile, cachedData });
// V8's cache is written once the script has run, so it holds the functions the run compiled too.
if (!cachedData || script.cachedDataRejected) {
  process.once('exit', () => {
    try {
      writeAtomically(codeCacheFile, script.createCachedData());
    } catch {
      // A cache that cannot be written costs the next run time, nothing else.
    }
  });
}
// The script reads its own arguments from process.argv, as if it had been started directly.
process.argv = [process.argv[0], entryPath, ...args];
const module = { exports: {}, filename: bundleFile, id: bundleFile };
script.runInThisContext()(module.exports, createRequire(bundleFile), module, bundleFile, dirname(bundleFile));
