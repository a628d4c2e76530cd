// CHANGELOG.md's section for one version, drawn from the same report as `npm run spec:diff`:
// the changes since the latest release before it. Writing it again replaces the section.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compareSpecs } from '../spec-diff/compare.js';
import { renderMarkdown } from '../spec-diff/report.js';

const FILE = 'CHANGELOG.md';
const HEADER = '# Changelog\n\nSpec changes per version, from `npm run release` (or `npm run changelog`).\n';

export async function writeChangelogSection(
  root: string,
  version: string,
  since: { version: string; spec: string } | undefined,
): Promise<void> {
  const body = since
    ? renderMarkdown(await compareSpecs(root, since.spec, resolve(root, 'spec/openapi.yaml')), version).replace(
        /^## .*\n/,
        `## ${version}\n\nCompared with release ${since.version}.\n`,
      )
    : `## ${version}\n\nThe first recorded release.\n`;
  const file = join(root, FILE);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
  const sections = current.split(/\n(?=## )/);
  const head = sections[0]!.startsWith('## ') ? HEADER : sections.shift()!;
  const others = sections.filter((s) => !s.startsWith(`## ${version}\n`));
  writeFileSync(
    file,
    [head.trimEnd() + '\n', body.trimEnd() + '\n', ...others.map((s) => s.trimEnd() + '\n')].join('\n'),
  );
}
