// docs/maintaining.md's layout map names every folder a newcomer may look in: each folder of src/
// and scripts/ (at any depth) and each folder of test/, and it names none that is gone.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths.js';

/** The rows of the map: the first table after the heading "### The layout". */
function mappedFolders(): string[] {
  const text = readFileSync(join(ROOT, 'docs/maintaining.md'), 'utf8');
  const table = /^### The layout\n[^|]*((?:\|.*\n)+)/m.exec(text)?.[1];
  if (!table) throw new Error('docs/maintaining.md has no table under "### The layout"');
  return [...table.matchAll(/^\| `([^`]+\/)` \|/gm)].map((m) => m[1]!);
}

/** Every folder under `dir`, relative to the root, with a trailing slash; what tools install or write is not the project's. */
function foldersUnder(dir: string, deep: boolean): string[] {
  const skip = new Set(['node_modules', '.out', '__snapshots__']);
  return readdirSync(join(ROOT, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !skip.has(entry.name) && !entry.name.startsWith('.'))
    .flatMap((entry) => {
      const path = `${dir}/${entry.name}`;
      return [`${path}/`, ...(deep ? foldersUnder(path, deep) : [])];
    });
}

it('names every folder of src/ and scripts/, and each folder of test/', () => {
  const mapped = new Set(mappedFolders());
  const folders = [
    'src/',
    'scripts/',
    ...foldersUnder('src', true),
    ...foldersUnder('scripts', true),
    ...foldersUnder('test', false),
  ];
  expect(folders.filter((folder) => !mapped.has(folder))).toEqual([]);
});

it('names only folders that exist', () => {
  const gone = mappedFolders().filter((folder) => {
    try {
      return !statSync(join(ROOT, folder)).isDirectory();
    } catch {
      return true;
    }
  });
  expect(gone).toEqual([]);
  expect(mappedFolders().length).toBeGreaterThan(30);
});
