// `npm run spec:diff -- [--base <git-ref>] [--base-file <f> --revision-file <f>] [--check-version]`
// Compares the spec of the latest release (releases/, scripts/release/versions.ts) with the working
// tree's; prints a Markdown report; exits 1 when anything is breaking. `--base` compares with
// spec/openapi.yaml at a git ref instead, `--base-file` with any file.
// With --check-version it instead enforces version discipline: package.json and the spec's
// info.version agree, and the changes since the latest release fit the version (versions.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { isAtLeast, latestRelease, packageVersion, requiredBump } from './release/versions.js';
import { compareSpecs } from './spec-diff/compare.js';
import { withFileAtRef } from './spec-diff/git.js';
import { renderMarkdown } from './spec-diff/report.js';

const SPEC = 'spec/openapi.yaml';
const ROOT = process.cwd();

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    'base-file': { type: 'string' },
    'revision-file': { type: 'string' },
    'check-version': { type: 'boolean', default: false },
  },
  strict: true,
});

async function checkVersion(): Promise<number> {
  const pkg = packageVersion(ROOT);
  const info = String(parse(readFileSync(SPEC, 'utf8')).info.version);
  if (pkg !== info) {
    console.error(
      `spec:diff --check-version: package.json version ${pkg} and ${SPEC} info.version ${info} differ; run \`npm run release\`, which sets both.`,
    );
    return 1;
  }
  const release = latestRelease(ROOT);
  if (!release) {
    console.log(
      `spec:diff --check-version: version ${pkg}; nothing released yet (releases/ is empty), so no breaking-change check.`,
    );
    return 0;
  }
  const report = await compareSpecs(ROOT, release.spec, resolve(SPEC));
  const needed = requiredBump(release.version, {
    breaking: report.breaking.length,
    added: report.surface.methodsAdded.length,
  });
  // Unreleased changes are fine while they break nothing; a version already bumped must fit them.
  if ((pkg !== release.version || report.breaking.length > 0) && !isAtLeast(release.version, pkg, needed)) {
    console.error(renderMarkdown(report, `Changes since ${release.version}`));
    console.error(
      `spec:diff --check-version: the changes since release ${release.version} (${report.breaking.length} breaking) need a ${needed} release, ` +
        `but the version is ${pkg}. Run \`npm run release -- ${needed}\`.`,
    );
    return 1;
  }
  console.log(
    `spec:diff --check-version: version ${pkg} fits the changes since release ${release.version} (${report.breaking.length} breaking).`,
  );
  return 0;
}

async function main(): Promise<number> {
  if (values['check-version']) return checkVersion();
  const revision = resolve(values['revision-file'] ?? SPEC);
  const report = async (baseFile: string, title: string): Promise<number> => {
    const found = await compareSpecs(ROOT, baseFile, revision);
    console.log(renderMarkdown(found, title));
    return found.breaking.length > 0 ? 1 : 0;
  };
  if (values['base-file']) {
    return report(
      resolve(values['base-file']),
      `Spec changes from ${values['base-file']} to ${values['revision-file'] ?? SPEC}`,
    );
  }
  if (values.base) {
    const base = values.base;
    return withFileAtRef(base, SPEC, (file) => report(file, `Spec changes since ${base}`));
  }
  const release = latestRelease(ROOT);
  if (!release) throw new Error('nothing released yet (releases/ is empty): name a --base <git-ref> or --base-file');
  return report(release.spec, `Spec changes since release ${release.version}`);
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`spec:diff: ${(err as Error).message}`);
    process.exit(2);
  },
);
