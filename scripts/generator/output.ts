// Writing generated files: all or nothing, and a read-only drift check.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

export type FileSet = Map<string, string>;

export interface Changes {
  written: string[];
  changed: string[];
  removed: string[];
  unchanged: string[];
}

function listFiles(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full, base) : [relative(base, full).split('\\').join('/')];
  });
}

/** How `files` differs from what `outDir` holds now. */
export function compare(outDir: string, files: FileSet): Changes {
  const existing = new Set(listFiles(outDir));
  const changes: Changes = { written: [], changed: [], removed: [], unchanged: [] };
  for (const [path, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!existing.has(path)) changes.written.push(path);
    else if (readFileSync(join(outDir, path), 'utf8') !== content) changes.changed.push(path);
    else changes.unchanged.push(path);
  }
  changes.removed = [...existing].filter((p) => !files.has(p)).sort();
  return changes;
}

/**
 * Replaces `outDir` with exactly `files`. Everything is written to a sibling temp folder first and
 * swapped in with renames, so a crash or error leaves the old folder as it was.
 */
export function writeAtomically(outDir: string, files: FileSet): Changes {
  const changes = compare(outDir, files);
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = join(parent, `.generate-tmp-${basename(outDir)}-${stamp}`);
  const backup = join(parent, `.generate-tmp-${basename(outDir)}-${stamp}-old`);
  try {
    for (const [path, content] of files) {
      const target = join(staging, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
    if (existsSync(outDir)) renameSync(outDir, backup);
    renameSync(staging, outDir);
  } catch (err) {
    if (!existsSync(outDir) && existsSync(backup)) renameSync(backup, outDir);
    rmSync(staging, { recursive: true, force: true });
    throw err;
  }
  rmSync(backup, { recursive: true, force: true });
  return changes;
}
