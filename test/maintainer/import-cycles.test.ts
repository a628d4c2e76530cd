// Every import points one way: no module of the generator (scripts/generator/) or of the package
// (src/) reaches itself again through its imports, type-only ones included, and the generator's
// folders (model/, naming/, plugins/…) import each other one way too. Nothing the generator imports
// reaches generated/: type-checking the generator must not depend on what it wrote.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { ROOT } from '../helpers/paths.js';

type Graph = Map<string, string[]>;

const filesUnder = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.[cm]?ts$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(dir, f).split(sep).join('/'));

/** The file a relative specifier names (`./x.js` is `x.ts`), from the root. */
function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(ROOT, dirname(from), specifier);
  for (const candidate of [
    base,
    base.replace(/\.js$/, '.ts'),
    base.replace(/\.mjs$/, '.mts'),
    `${base}.ts`,
    join(base, 'index.ts'),
  ]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(ROOT, candidate).split(sep).join('/');
  }
  return undefined;
}

/** Every file reachable from the roots, with the files each imports (static, dynamic, type-only, re-exports). */
function importGraph(roots: string[]): Graph {
  const graph: Graph = new Map();
  const queue = roots.flatMap(filesUnder);
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (graph.has(file) || !/\.[cm]?ts$/.test(file)) continue;
    const { importedFiles } = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
    const deps = importedFiles
      .map((f) => f.fileName)
      .filter((s) => s.startsWith('.'))
      .flatMap((s) => resolveImport(file, s) ?? []);
    graph.set(file, deps);
    queue.push(...deps);
  }
  return graph;
}

/** The strongly connected components of more than one node, or of one that imports itself (Tarjan). */
function cycles(graph: Graph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

/** The graph of folders under `dir` (a file of `dir` itself is left out: the pipeline sits above its parts). */
function folderGraph(graph: Graph, dir: string): Graph {
  const folderOf = (file: string): string | undefined =>
    file.startsWith(`${dir}/`)
      ? file
          .slice(dir.length + 1)
          .split('/')
          .slice(0, -1)
          .join('/') || undefined
      : undefined;
  const folders: Graph = new Map();
  for (const [file, deps] of graph) {
    const from = folderOf(file);
    if (from === undefined) continue;
    const targets = new Set(folders.get(from) ?? []);
    for (const dep of deps) {
      const to = folderOf(dep);
      // A folder importing its own subfolder, or a subfolder its parent, is one part of the tree.
      if (to !== undefined && to !== from && !to.startsWith(`${from}/`) && !from.startsWith(`${to}/`)) targets.add(to);
    }
    folders.set(from, [...targets]);
  }
  return folders;
}

const graph = importGraph(['scripts/generator', 'src']);

it('no module of scripts/generator/ or src/ imports itself again through its imports', () => {
  expect(cycles(graph).map((c) => c.join(' '))).toEqual([]);
});

it("the generator's folders import each other one way (naming/ never imports model/, model/ never plugins/, …)", () => {
  expect(cycles(folderGraph(graph, 'scripts/generator'))).toEqual([]);
});

it('nothing the generator imports reaches generated/', () => {
  const reached = new Set<string>();
  const walk = (file: string): void => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const dep of graph.get(file) ?? []) walk(dep);
  };
  filesUnder('scripts/generator').forEach(walk);
  expect([...reached].filter((f) => f.startsWith('generated/'))).toEqual([]);
});

it('the checks see real imports and find a cycle where there is one', () => {
  expect(graph.get('scripts/generator/model/index.ts')).toContain('scripts/generator/model/grouping.ts');
  expect(graph.get('src/testing/spec.ts')).toContain('generated/operations.ts');
  const looped: Graph = new Map([
    ['a.ts', ['b.ts']],
    ['b.ts', ['c.ts']],
    ['c.ts', ['a.ts']],
    ['d.ts', ['a.ts']],
  ]);
  expect(cycles(looped)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  const folders = folderGraph(
    new Map([
      ['x/naming/a.ts', ['x/model/b.ts']],
      ['x/model/b.ts', ['x/naming/c.ts']],
      ['x/naming/c.ts', []],
    ]),
    'x',
  );
  expect(cycles(folders)).toEqual([['model', 'naming']]);
});
