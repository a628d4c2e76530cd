// `node scripts/run.mjs test/helpers/loaded-compilers.ts`: runs the whole generator on the project
// spec in this process, as scripts/run.mjs bundles it, then prints as JSON the TypeScript compilers
// it loaded (bundled in, or required at run time) and the types it made.
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';
import { runPipeline } from '../../scripts/generator/pipeline.js';

async function main(): Promise<void> {
  const { files } = await runPipeline({
    specPath: 'spec/openapi.yaml',
    outDir: 'generated',
    redoclyConfigPath: 'redocly.yaml',
    runtimeEntry: resolve('src/runtime/index.ts'),
  });
  const bundled = (globalThis as Record<symbol, unknown>)[Symbol.for('seam-connect-client.run.inputs')] as string[];
  const required = Object.keys(createRequire(import.meta.url).cache);
  const compilers = [...new Set([...bundled, ...required])]
    .filter((path) => /[\\/]typescript\.js$/.test(path))
    .map((path) => relative(process.cwd(), path).split('\\').join('/'));
  console.log(JSON.stringify({ compilers, schema: files.get('schema.ts') }));
}

void main();
