// Bundles the "Try it" panel for one generator output folder: the panel, the testing kit's fake,
// the output's bundled spec (openapi.json) and its manifest (operations.ts), and the operations
// the panel offers (try-it.json), as one script for the page to inline. The page then needs
// nothing else. Everything comes from the generator's output: the model is not built again.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

export async function bundleTryIt(outputDir: string): Promise<string> {
  const specFile = resolve(outputDir, 'openapi.json');
  const manifestFile = resolve(outputDir, 'try-it.json');
  for (const file of [specFile, manifestFile, resolve(outputDir, 'operations.ts')]) {
    if (!existsSync(file))
      throw new Error(
        `${file} is missing: the Try-it panel reads the generator's output; run the generator (npm run generate, or with --out ${outputDir}) first`,
      );
  }
  const work = mkdtempSync(join(tmpdir(), 'seam-try-it-'));
  try {
    const entry = join(work, 'entry.ts');
    // JSON.stringify of paths and data: nothing from the spec is read as code.
    writeFileSync(
      entry,
      [
        `import spec from ${JSON.stringify(specFile)};`,
        `import { operationRoutes, operationResources, exampleSeeds } from ${JSON.stringify(resolve(outputDir, 'operations.ts'))};`,
        `import { serverUrl, operations } from ${JSON.stringify(manifestFile)};`,
        `import { mountTryIt } from ${JSON.stringify(resolve('scripts/docs/try-it/panel.ts'))};`,
        `mountTryIt({ fake: { spec, operations: operationRoutes, resources: operationResources, seeds: exampleSeeds }, serverUrl, operations });`,
      ].join('\n'),
    );
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
      legalComments: 'none',
    });
    // Inlined in a <script>: a `</script` inside a string would end it early, and a `<!--` then a
    // `<script` (a description that holds both) would put the HTML parser in its "double escaped"
    // state, where the closing </script> no longer closes, and the panel vanished. Written as \x3C,
    // which means `<` in a string, a template and a regular expression alike, none is left.
    return result.outputFiles[0]!.text.replace(/<(?=!--|\/?script)/gi, '\\x3C');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
