// `npm run build`: the package other teams install. One bundle per module format, with bundled
// type declarations for each; openapi-fetch stays a dependency.
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
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
});
