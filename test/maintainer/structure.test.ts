// The layout a newcomer relies on: what ships (src/) never reaches into build tooling (scripts/),
// the shared OpenAPI helpers depend on nothing, and each file of src/ and scripts/ stays small enough to read.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT } from '../helpers/paths.js';

const filesUnder = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.[cm]?ts$/.test(f))
    .map((f) => join(dir, f));

/** Every module specifier a file imports or re-exports, static or dynamic, resolved from the root. */
const importsOf = (file: string): string[] =>
  [...readFileSync(join(ROOT, file), 'utf8').matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)]
    .map((m) => m[1]!)
    .filter((s) => s.startsWith('.'))
    .map((s) => relative(ROOT, resolve(ROOT, dirname(file), s)));

it('nothing in src/ imports from scripts/', () => {
  const offending = filesUnder('src').flatMap((f) =>
    importsOf(f)
      .filter((i) => i.startsWith('scripts'))
      .map((i) => `${f} imports ${i}`),
  );
  expect(offending).toEqual([]);
});

it('src/openapi/ imports only from itself', () => {
  const offending = filesUnder('src/openapi').flatMap((f) =>
    importsOf(f)
      .filter((i) => !i.startsWith('src/openapi/'))
      .map((i) => `${f} imports ${i}`),
  );
  expect(offending).toEqual([]);
});

it('the check sees a real import (it would catch one into scripts/)', () => {
  expect(importsOf('src/testing/pipeline/answer.ts')).toContain('src/openapi/refs.js');
});

// A file a newcomer can read in one sitting. Counted as Prettier formats it (.prettierrc.json, 120
// columns), so that long lines do not hide length: Prettier runs in memory, in a child process
// because it loads itself with import(), which jest's CommonJS runtime cannot run.
const FORMATTED_LINES = `
import { readFileSync } from 'node:fs';
import * as prettier from 'prettier';
const counts = {};
for (const file of JSON.parse(process.argv[1])) {
  const options = { ...(await prettier.resolveConfig(file)), filepath: file };
  counts[file] = (await prettier.format(readFileSync(file, 'utf8'), options)).split('\\n').length - 1; // it ends in a newline
}
console.log(JSON.stringify(counts));
`;

it('every file of src/ and scripts/ is at most 300 lines, formatted', () => {
  const files = ['src', 'scripts'].flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.[cm]?[jt]s$/.test(f))
      .map((f) => join(dir, f)),
  );
  expect(files.length).toBeGreaterThan(100);
  const counts: Record<string, number> = JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', FORMATTED_LINES, JSON.stringify(files)], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  );
  expect(Object.keys(counts).sort()).toEqual([...files].sort());
  expect(Object.entries(counts).filter(([, lines]) => lines > 300)).toEqual([]);
});

it('the line count is of formatted text: a file of one long line counts as Prettier breaks it', () => {
  const long = `export const x = [${Array.from({ length: 400 }, (_, i) => `'item number ${i}'`).join(', ')}];\n`;
  const file = join(tmpdir(), `structure-${process.pid}.ts`);
  writeFileSync(file, long);
  try {
    const counts = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', FORMATTED_LINES, JSON.stringify([file])], {
        cwd: ROOT,
        encoding: 'utf8',
      }),
    );
    expect(counts[file]).toBeGreaterThan(400);
  } finally {
    rmSync(file, { force: true });
  }
});

// SECURITY.md's matrix says which test holds each guarantee on each surface: a cell names a test
// file, or says `n/a: why`, or `open` (no guarantee yet). A renamed or deleted test must not leave
// a cell that points nowhere.
it('every cell of the matrix in SECURITY.md names a test file that exists, or says n/a and why, or open', () => {
  const text = readFileSync(join(ROOT, 'SECURITY.md'), 'utf8');
  const table = text.slice(text.indexOf('## The matrix')).split('\n## ')[0]!;
  const rows = table.split('\n').filter((line) => line.startsWith('| **'));
  expect(rows.length).toBeGreaterThanOrEqual(7);
  const header = table.split('\n').find((line) => line.startsWith('| guarantee'))!;
  const columns = header.split('|').length;
  const bad: string[] = [];
  for (const row of rows) {
    const cells = row
      .split('|')
      .slice(2, -1)
      .map((c) => c.trim());
    if (row.split('|').length !== columns) bad.push(`${row.slice(0, 40)}…: ${cells.length} cells`);
    for (const cell of cells) {
      const file = /^`(test\/[^`]+\.test\.ts)`$/.exec(cell)?.[1];
      if (file ? !existsSync(join(ROOT, file)) : !(cell === 'open' || cell.startsWith('n/a: '))) bad.push(cell);
    }
  }
  expect(bad).toEqual([]);
});
