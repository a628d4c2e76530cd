// Bundles the "Try it" panel for one generator output folder: the panel, the testing kit's fake,
// the output's bundled spec (openapi.json) and its manifest (operations.ts), and the operations
// the panel offers (try-it.json), as one script for the page to inline. The page then needs
// nothing else. Everything comes from the generator's output: the model is not built again. The
// profile try-it.json names (the one the generator wrote with) gives the panel its error envelope
// and its fake: a vendor's src/profiles/<name>/try-it.ts, or the engine's neutral.ts here.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  const profileModule = tryItProfileModule(JSON.parse(readFileSync(manifestFile, 'utf8')).profile);
  const work = mkdtempSync(join(tmpdir(), 'try-it-'));
  try {
    const entry = join(work, 'entry.ts');
    // JSON.stringify of paths and data: nothing from the spec is read as code.
    writeFileSync(
      entry,
      [
        `import spec from ${JSON.stringify(specFile)};`,
        `import { operationRoutes, operationResources, exampleSeeds, routeManifest } from ${JSON.stringify(resolve(outputDir, 'operations.ts'))};`,
        `import { serverUrl, operations } from ${JSON.stringify(manifestFile)};`,
        `import { tryIt as profile } from ${JSON.stringify(profileModule)};`,
        `import { mountTryIt } from ${JSON.stringify(resolve('scripts/docs/try-it/panel.ts'))};`,
        `mountTryIt({ profile, fake: { spec, operations: operationRoutes, routes: routeManifest, resources: operationResources, seeds: exampleSeeds }, serverUrl, operations });`,
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

/** The module of a profile's part of the panel: the engine's neutral one, or the vendor's try-it.ts in its profile folder. */
export function tryItProfileModule(name: unknown = 'neutral'): string {
  if (name === 'neutral') return resolve('scripts/docs/try-it/neutral.ts');
  const file =
    typeof name === 'string' && /^[a-z][a-z0-9-]*$/.test(name) ? resolve('src/profiles', name, 'try-it.ts') : '';
  if (!file || !existsSync(file))
    throw new Error(
      `try-it.json names the profile ${JSON.stringify(name)}, which has no Try-it part (src/profiles/<name>/try-it.ts)`,
    );
  return file;
}
