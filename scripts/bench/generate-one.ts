// One measured run, in its own process so its peak RSS is its own. Prints a JSON line.
//   tsx scripts/bench/generate-one.ts pipeline|openapi-typescript <spec> <outDir>
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { writeAtomically } from '../generator/output.js';
import { runPipeline } from '../generator/pipeline.js';

const [mode, spec, out] = process.argv.slice(2);
const started = performance.now();
if (mode === 'pipeline') {
  const { files } = await runPipeline({
    specPath: spec!,
    outDir: out!,
    redoclyConfigPath: 'redocly.yaml',
    runtimeEntry: resolve('src/runtime/index.ts'),
  });
  writeAtomically(resolve(out!), files);
} else if (mode === 'openapi-typescript') {
  astToString(await openapiTS(pathToFileURL(resolve(spec!)), { silent: true }));
} else {
  throw new Error(`unknown mode ${mode}`);
}
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
