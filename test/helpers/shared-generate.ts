// The generator's output on one spec, generated once per jest run and copied to each suite that asks.
//
// Why: three suites (the events output, the Seam docs in Chromium, Seam's action attempts) generate
// Seam's published spec (522 operations) with the same arguments, and each run of it costs many
// CPU-seconds on a two-core machine. The first suite to ask runs the real CLI, as `generate()` does;
// the others wait for it and get a copy of the same files, its exit status and everything it printed.
//
// The work is shared within one jest run only (test/helpers/run-cache/: globalSetup names the run,
// globalTeardown removes its folders), so every `npm test` generates afresh from the code as it is.
// The shared folder sits beside the suites' own folders (test/.out/<name>), so the relative imports
// the generator writes (of src/runtime) resolve the same from the copy.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate, outDir } from './generate.js';
import { CORPUS_CONFIG } from '../corpus/specs.js';
import { ROOT } from './paths.js';
import { RUN_ENV } from './run-cache/setup.js';

export interface Generated {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The suite's own folder, test/.out/<name>, holding the generated files. */
  dir: string;
}

/**
 * Seam's published spec as the corpus writes it (materializeCorpus), with the corpus's Redocly rules
 * and Seam's profile: as the package is built when Seam's spec is put in spec/, so its docs and
 * client name Seam's classes (SeamNotFoundError), not the neutral ones.
 */
export const SEAM_SPEC_ARGS = [
  '--spec',
  'test/.out/corpus-specs/seam-connect.json',
  '--redocly-config',
  CORPUS_CONFIG,
  '--profile',
  'seam',
];

const WAIT_MS = 10 * 60_000;
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** The cache key: the arguments, and the content of every file they name (the spec and its Redocly config). */
function keyOf(args: string[]): string {
  const hash = createHash('sha256').update(JSON.stringify(args));
  for (const arg of args) {
    const file = join(ROOT, arg);
    if (existsSync(file)) hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * `npm run generate -- <args> --out test/.out/<name>`, or a copy of the same run made earlier in this
 * jest run. Without a run (the helper outside jest), it simply generates.
 */
export function generateShared(name: string, args: string[]): Generated {
  const dir = outDir(name);
  const run = process.env[RUN_ENV];
  if (!run) return { ...generate([...args, '--out', dir]), dir };
  const shared = join(ROOT, 'test/.out', `shared-${run}-${keyOf(args)}`);
  const resultFile = `${shared}.result.json`;
  let mine = false;
  try {
    mkdirSync(`${shared}.lock`);
    mine = true;
  } catch {
    // Another suite holds it: it is generating, and writes the result file when done.
  }
  if (mine) {
    const { status, stdout, stderr } = generate([...args, '--out', shared]);
    writeFileSync(`${resultFile}.${process.pid}.tmp`, JSON.stringify({ status, stdout, stderr }));
    renameSync(`${resultFile}.${process.pid}.tmp`, resultFile);
  } else {
    const until = Date.now() + WAIT_MS;
    while (!existsSync(resultFile)) {
      if (Date.now() > until) throw new Error(`no result in ${resultFile} after ${WAIT_MS / 1000} s`);
      sleep(200);
    }
  }
  const result = JSON.parse(readFileSync(resultFile, 'utf8')) as Omit<Generated, 'dir'>;
  if (existsSync(shared)) cpSync(shared, dir, { recursive: true });
  return { ...result, dir };
}
