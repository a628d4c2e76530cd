// The layout a newcomer relies on: what ships (src/) never reaches into build tooling (scripts/),
// the shared OpenAPI helpers depend on nothing, and each generator file stays small enough to read.
import { readdirSync, readFileSync } from 'node:fs';
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
  const offending = filesUnder('src').flatMap((f) => importsOf(f).filter((i) => i.startsWith('scripts')).map((i) => `${f} imports ${i}`));
  expect(offending).toEqual([]);
});

it('src/openapi/ imports only from itself', () => {
  const offending = filesUnder('src/openapi').flatMap((f) => importsOf(f).filter((i) => !i.startsWith('src/openapi/')).map((i) => `${f} imports ${i}`));
  expect(offending).toEqual([]);
});

it('the check sees a real import (it would catch one into scripts/)', () => {
  expect(importsOf('src/testing/fake.ts')).toContain('src/openapi/refs.js');
});

// A file a newcomer can read in one sitting; the model and naming are split by phase instead.
it('every file of scripts/generator/ is at most 300 lines', () => {
  const long = filesUnder('scripts/generator')
    .map((f) => [f, readFileSync(join(ROOT, f), 'utf8').split('\n').length] as const)
    .filter(([, lines]) => lines > 300);
  expect(long).toEqual([]);
});
