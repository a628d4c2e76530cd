// Which git ref to compare with, and the spec as it was there.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const git = (args: string[]): string => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** The newest release tag (vX.Y.Z), or undefined when there is none. */
export function latestReleaseTag(): string | undefined {
  const tags = git(['tag', '--list', 'v[0-9]*', '--sort=-v:refname']).split('\n').filter(Boolean);
  return tags[0];
}

export function defaultBase(): { ref: string; why: string } {
  const tag = latestReleaseTag();
  if (tag) return { ref: tag, why: 'the latest release tag' };
  const first = git(['rev-list', '--max-parents=0', 'HEAD']).split('\n').pop()!;
  return { ref: first, why: "main's first commit (there is no release tag yet)" };
}

/** Writes `path` as it was at `ref` to a temp file and returns its path. */
export function fileAtRef(ref: string, path: string): string {
  let content: string;
  try {
    content = execFileSync('git', ['show', `${ref}:${path}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    throw new Error(`cannot read ${path} at ${ref}: ${((err as { stderr?: string }).stderr ?? '').trim() || (err as Error).message}`);
  }
  const out = join(mkdtempSync(join(tmpdir(), 'seam-spec-base-')), path.split('/').pop()!);
  writeFileSync(out, content);
  return out;
}
