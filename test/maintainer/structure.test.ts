// The layout a newcomer relies on: what ships (src/) never reaches into build tooling (scripts/),
// the shared OpenAPI helpers depend on nothing, and each generator file stays small enough to read.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

// A file a newcomer can read in one sitting; the model and naming are split by phase instead.
it('every file of scripts/generator/ is at most 300 lines', () => {
  const long = filesUnder('scripts/generator')
    .map((f) => [f, readFileSync(join(ROOT, f), 'utf8').split('\n').length] as const)
    .filter(([, lines]) => lines > 300);
  expect(long).toEqual([]);
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
