// `npm run build`: the package other teams install. One bundle per entry point and module format,
// with bundled type declarations for each; openapi-fetch stays a dependency, msw an optional peer.
// The testing kit bundles what it needs (ajv, the spec) so that installing the package pulls none of it.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
  // The openapi-fetch client is an entry of its own, so the main entry never carries openapi-fetch.
  // So are the testing kit and its MSW handlers, and webhook verification.
  entry: {
    index: 'src/index.ts',
    fetch: 'src/fetch.ts',
    testing: 'src/testing/index.ts',
    msw: 'src/msw.ts',
    webhooks: 'src/webhooks/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  outDir: 'dist',
  sourcemap: false,
  splitting: false,
  treeshake: true,
  external: ['openapi-fetch', 'msw'],
  // The one version, from package.json (src/version.ts).
  define: { __SDK_VERSION__: JSON.stringify(version) },
});
