import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** The project root: the nearest folder up from the working directory with spec/openapi.yaml. */
function findRoot(from: string): string {
  let dir = resolve(from);
  while (!existsSync(resolve(dir, 'spec/openapi.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no spec/openapi.yaml above ${from}; run from the project`);
    dir = parent;
  }
  return dir;
}

// Works both under jest (CommonJS) and from tsx scripts (ESM), which have no common __dirname.
export const ROOT = findRoot(process.cwd());
export const SPEC_PATH = resolve(ROOT, 'spec/openapi.yaml');
export const REDOCLY_CONFIG = resolve(ROOT, 'redocly.yaml');
export const BIN = (name: string): string => resolve(ROOT, 'node_modules/.bin', name);
/**
 * How `npm run` runs the project's TypeScript scripts (generate, spec:diff, release): scripts/run.mjs,
 * which bundles each once and caches it; `[node, run.mjs]` to spawn with the script and its arguments.
 */
export const RUN_SCRIPT: [string, string] = [process.execPath, resolve(ROOT, 'scripts/run.mjs')];
