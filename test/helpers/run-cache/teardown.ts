// jest globalTeardown: removes this run's shared outputs (test/helpers/shared-generate.ts), named by
// globalSetup (setup.ts). Node's own require loads it, without jest's module mapping.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export default function teardown(_global: unknown, project: { rootDir: string }): void {
  const run = process.env.SEAM_TEST_SHARED_RUN;
  if (!run) return;
  const out = join(project.rootDir, 'test/.out');
  let names: string[];
  try {
    names = readdirSync(out);
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith(`shared-${run}-`)) rmSync(join(out, name), { recursive: true, force: true });
  }
}
