// `npm run changelog`: writes CHANGELOG.md's section for package.json's version, drawn from the
// same report as `npm run spec:diff` (against the latest release tag, else main's first commit).
// Running it again for the same version replaces that section.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compareSpecs } from './spec-diff/compare.js';
import { defaultBase, fileAtRef } from './spec-diff/git.js';
import { renderMarkdown } from './spec-diff/report.js';

const FILE = 'CHANGELOG.md';
const HEADER = '# Changelog\n\nSpec changes per version, from `npm run changelog`.\n';

const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
const base = defaultBase();
const report = await compareSpecs(resolve(import.meta.dirname, '..'), fileAtRef(base.ref, 'spec/openapi.yaml'), resolve('spec/openapi.yaml'));
const section = renderMarkdown(report, `${version}`).replace(/^## .*\n/, `## ${version}\n\nCompared with ${base.ref} (${base.why}).\n`);

const current = existsSync(FILE) ? readFileSync(FILE, 'utf8') : HEADER;
const sections = current.split(/\n(?=## )/);
const head = sections[0]!.startsWith('## ') ? HEADER : sections.shift()!;
const others = sections.filter((s) => !s.startsWith(`## ${version}\n`));
writeFileSync(FILE, [head.trimEnd() + '\n', section.trimEnd() + '\n', ...others.map((s) => s.trimEnd() + '\n')].join('\n'));
console.log(`changelog: wrote the ${version} section of ${FILE} (${report.breaking.length} breaking, ${report.nonBreaking.length} other changes)`);
