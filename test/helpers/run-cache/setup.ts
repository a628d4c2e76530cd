// jest globalSetup: names this run for test/helpers/shared-generate.ts (the workers inherit the
// variable), and removes what runs that ended without their teardown (killed, crashed) left behind.
// Node's own require loads it, without jest's module mapping: it imports nothing of the project.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** `<pid of the jest process>-<start time>`: shared folders are test/.out/shared-<run>-<key>. */
export const RUN_ENV = 'SEAM_TEST_SHARED_RUN';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export default function setup(_global: unknown, project: { rootDir: string }): void {
  process.env[RUN_ENV] = `${process.pid}-${Date.now()}`;
  const out = join(project.rootDir, 'test/.out');
  let names: string[];
  try {
    names = readdirSync(out);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = /^shared-(\d+)-/.exec(name)?.[1];
    if (pid && !alive(Number(pid))) rmSync(join(out, name), { recursive: true, force: true });
  }
}
