// Runs a TypeScript script under plain Node: `node scripts/run.mjs scripts/generate.ts [args]`.
//
// Why not tsx, as the other scripts use: the generator imports a great many files from
// node_modules (Redocly, ajv, TypeScript, ts-morph), and under tsx every one of them passes through
// its loader, which cost about 1.5 s of every `npm run generate` (measured on the project spec). Here esbuild compiles the script
// and the project files it imports into one module (packages stay plain imports, which Node
// resolves itself), in about 0.1 s. The compiled copy is written to node_modules/.cache under a
// name of its own for this process (tests run the generator in parallel), imported, and deleted.
//
// One package is compiled in rather than imported: openapi-typescript, so that its `typescript` is
// the one ts-morph already loads (scripts/generator/typescript-of-ts-morph.ts). Its own imports of
// its own copy of Redocly stay plain imports, of those files by path.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('Usage: node scripts/run.mjs <script.ts> [args...]');
  process.exit(2);
}
const outfile = resolve('node_modules/.cache/seam-connect-client', `${basename(entry, '.ts')}-${process.pid}.mjs`);
const inOpenapiTypescript = (path) => /[\\/]node_modules[\\/]openapi-typescript[\\/]/.test(path);
/**
 * Packages stay plain imports (as esbuild's `packages: 'external'` would leave them), but for
 * openapi-typescript, which is compiled in with its `typescript` replaced; what it imports besides
 * is imported by path, from where it would have found it.
 * @type {import('esbuild').Plugin}
 */
const oneTypescript = {
  name: 'one-typescript',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData) return undefined;
      if (!inOpenapiTypescript(args.importer)) return /^openapi-typescript(\/|$)/.test(args.path) ? undefined : { path: args.path, external: true };
      if (args.path === 'typescript') return { path: resolve('scripts/generator/typescript-of-ts-morph.ts') };
      const found = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: 'resolved' });
      return found.errors.length > 0 ? { errors: found.errors } : { path: found.path, external: true };
    });
  },
};
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  plugins: [oneTypescript],
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'inline',
  logLevel: 'warning',
});
// The script reads its own arguments from process.argv, as if it had been started directly; its
// stack traces point into the .ts files.
process.argv = [process.argv[0], resolve(entry), ...args];
process.setSourceMapsEnabled(true);
try {
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(outfile, { force: true });
}
