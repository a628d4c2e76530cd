// The spec as it was at a git ref, for `npm run spec:diff -- --base <ref>`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs `use` on `path` as it was at `ref`, written to a temp folder that is removed afterwards. */
export async function withFileAtRef<T>(ref: string, path: string, use: (file: string) => Promise<T>): Promise<T> {
  let content: string;
  try {
    content = execFileSync('git', ['show', `${ref}:${path}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    throw new Error(
      `cannot read ${path} at ${ref}: ${((err as { stderr?: string }).stderr ?? '').trim() || (err as Error).message}`,
      { cause: err },
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'seam-spec-base-'));
  try {
    const out = join(dir, path.split('/').pop()!);
    writeFileSync(out, content);
    return await use(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
