// `npm run spec:diff -- [--base <git-ref>] [--base-file <f> --revision-file <f>] [--check-version]`
// Compares spec/openapi.yaml at a git ref (default: the latest release tag, else main's first
// commit) with the working tree; prints a Markdown report; exits 1 when anything is breaking.
// With --check-version it instead enforces version discipline: package.json and the spec's
// info.version agree, and a breaking change since the latest release tag needs a major bump.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { compareSpecs } from './spec-diff/compare.js';
import { defaultBase, fileAtRef, latestReleaseTag } from './spec-diff/git.js';
import { renderMarkdown } from './spec-diff/report.js';

const SPEC = 'spec/openapi.yaml';
const ROOT = resolve(import.meta.dirname, '..');

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    'base-file': { type: 'string' },
    'revision-file': { type: 'string' },
    'check-version': { type: 'boolean', default: false },
  },
  strict: true,
});

const major = (version: string) => Number(version.split('.')[0]);

async function checkVersion(): Promise<number> {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
  const info = String(parse(readFileSync(SPEC, 'utf8')).info.version);
  if (pkg !== info) {
    console.error(`spec:diff --check-version: package.json version ${pkg} and ${SPEC} info.version ${info} differ; keep them in step.`);
    return 1;
  }
  const tag = latestReleaseTag();
  if (!tag) {
    console.log(`spec:diff --check-version: version ${pkg}; no release tag yet, so no breaking-change check.`);
    return 0;
  }
  const released = JSON.parse(readFileSync(fileAtRef(tag, 'package.json'), 'utf8')).version as string;
  const report = await compareSpecs(ROOT, fileAtRef(tag, SPEC), resolve(SPEC));
  if (report.breaking.length > 0 && major(pkg) <= major(released)) {
    console.error(renderMarkdown(report, `Changes since ${tag}`));
    console.error(
      `spec:diff --check-version: ${report.breaking.length} breaking change(s) since ${tag} (version ${released}), ` +
        `but the version is ${pkg}. Bump the major version in package.json and info.version.`,
    );
    return 1;
  }
  console.log(`spec:diff --check-version: version ${pkg} fits the changes since ${tag} (${report.breaking.length} breaking).`);
  return 0;
}

async function main(): Promise<number> {
  if (values['check-version']) return checkVersion();
  const revision = resolve(values['revision-file'] ?? SPEC);
  let baseFile: string;
  let title: string;
  if (values['base-file']) {
    baseFile = resolve(values['base-file']);
    title = `Spec changes from ${values['base-file']} to ${values['revision-file'] ?? SPEC}`;
  } else {
    const base = values.base ? { ref: values.base, why: 'as given' } : defaultBase();
    baseFile = fileAtRef(base.ref, SPEC);
    title = `Spec changes since ${base.ref} (${base.why})`;
  }
  const report = await compareSpecs(ROOT, baseFile, revision);
  console.log(renderMarkdown(report, title));
  return report.breaking.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`spec:diff: ${(err as Error).message}`);
    process.exit(2);
  },
);
