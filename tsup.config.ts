// `npm run build`: the package other teams install. One bundle per entry point and module format,
// with bundled type declarations for each; openapi-fetch stays a dependency.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
  // The openapi-fetch client is an entry of its own, so the main entry never carries openapi-fetch.
  entry: { index: 'src/index.ts', fetch: 'src/fetch.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  outDir: 'dist',
  sourcemap: false,
  splitting: false,
  treeshake: true,
  external: ['openapi-fetch'],
  // The one version, from package.json (src/version.ts).
  define: { __SDK_VERSION__: JSON.stringify(version) },
});
