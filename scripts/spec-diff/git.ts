// The spec as it was at a git ref, for `npm run spec:diff -- --base <ref>`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
