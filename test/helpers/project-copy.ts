// A copy of the project in a temporary folder (the files git tracks or would track, as they are in
// the working tree), with the real node_modules linked in: for tests that edit the spec or run a
// maintainer's command, so the real tree is never touched.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './paths.js';

export function copyProject(prefix: string): string {
  const copy = mkdtempSync(join(tmpdir(), prefix));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    try {
      copyFileSync(join(ROOT, file), join(copy, file));
    } catch {
      // a tracked file deleted in the working tree
    }
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  // The test-only installs too (the public-spec corpus, the runtimes, the registry), where they are.
  for (const folder of ['test/corpus', 'test/runtimes', 'test/registry']) {
    if (existsSync(join(ROOT, folder, 'node_modules')))
      symlinkSync(join(ROOT, folder, 'node_modules'), join(copy, folder, 'node_modules'));
  }
  return copy;
}
