// The generator's command line (`npm run generate`, scripts/generate.ts): options, the pipeline,
// writing or checking the output folder, and what it prints.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { asErrorList } from './errors.js';
import { checkOutDir, compare, writeAtomically } from './output.js';
import { NAMING_STRATEGIES, type NamingStrategy } from './naming/derive.js';
import { runPipeline } from './pipeline.js';
import { PROFILE_NAMES, PROFILES } from './profiles.js';

const USAGE = `Usage: npm run generate -- [--check] [--spec <file>] [--out <dir>] [--profile seam|neutral] [--redocly-config <file>] [--naming path|operationId]

  --spec <file>            OpenAPI 3.0 or 3.1 document (default: spec/openapi.yaml)
  --out <dir>              folder to write (default: generated)
  --profile <name>         the vendor's choices the output is written with: seam (src/profiles/seam/:
                           SeamPromise, Seam* error names, Seam's sample names) or neutral (ApiPromise,
                           ApiError, NotFoundError, …). Default: seam for the package's own build (no
                           --spec and no --out), neutral when --spec or --out is given
  --redocly-config <file>  lint rules (default: redocly.yaml)
  --naming <strategy>      how method names are derived when an operation has no vendor name
                           (x-fern-sdk-…, x-speakeasy-…): path (default) or operationId (\`repos/get\`, or the
                           first tag and the operationId); overrides info.x-sdk.naming
  --check                  write nothing; exit 1 listing stale, missing and extra files`;

/** Where the CLI prints; the fuzz test collects it instead. */
export interface CliOutput {
  log: (line: string) => void;
  error: (line: string) => void;
}

function parseOptions(argv: string[], io: CliOutput) {
  try {
    const { values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        spec: { type: 'string' },
        out: { type: 'string' },
        profile: { type: 'string' },
        'redocly-config': { type: 'string', default: 'redocly.yaml' },
        naming: { type: 'string' },
        check: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
    if (values.naming !== undefined && !(NAMING_STRATEGIES as readonly string[]).includes(values.naming)) {
      throw new Error(`--naming must be one of ${NAMING_STRATEGIES.join(', ')}, not "${values.naming}"`);
    }
    if (values.profile !== undefined && !Object.hasOwn(PROFILES, values.profile)) {
      throw new Error(
        `--profile must be one of ${PROFILE_NAMES.join(', ')}, not "${values.profile.replace(/[^\w.-]/g, '?')}"`,
      );
    }
    // The package's own build (spec/ into generated/) is Seam's; another spec or folder is neutral unless told.
    const own = values.spec === undefined && values.out === undefined;
    return {
      ...values,
      spec: values.spec ?? 'spec/openapi.yaml',
      out: values.out ?? 'generated',
      profile: PROFILES[values.profile ?? (own ? 'seam' : 'neutral')]!,
    };
  } catch (err) {
    io.error(`generate: ${(err as Error).message}\n\n${USAGE}`);
    return undefined;
  }
}

const WARNINGS_SHOWN = 20;

/** The first warnings in full, then a count by rule, so a large spec's lint does not drown the output. */
function printWarnings(warnings: string[], io: CliOutput): void {
  for (const warning of warnings.slice(0, WARNINGS_SHOWN)) io.error(`  warning: ${warning}`);
  if (warnings.length <= WARNINGS_SHOWN) return;
  const byRule = new Map<string, number>();
  for (const w of warnings.slice(WARNINGS_SHOWN)) {
    const rule = / ([\w/.-]+): /.exec(w.replace(/^\S+( \([^)]*\))?/, ''))?.[1] ?? 'other';
    byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
  }
  const counts = [...byRule].sort(([a], [b]) => (a < b ? -1 : 1)).map(([rule, n]) => `${rule} ${n}`);
  io.error(`  … and ${warnings.length - WARNINGS_SHOWN} more warnings: ${counts.join(', ')}`);
}

async function run(argv: string[], io: CliOutput): Promise<number> {
  const options = parseOptions(argv, io);
  if (!options) return 2;
  if (options.help) {
    io.log(USAGE);
    return 0;
  }
  const outDir = resolve(options.out);
  if (!options.check) checkOutDir(outDir);
  const started = performance.now();
  const result = await runPipeline({
    specPath: options.spec,
    outDir,
    redoclyConfigPath: options['redocly-config'],
    runtimeEntry: resolve('src/runtime/index.ts'),
    ...(options.naming ? { naming: options.naming as NamingStrategy } : {}),
    profile: options.profile,
    onStep: (step, ms) => io.log(`  ${step.padEnd(13)} ${ms.toFixed(0).padStart(6)} ms`),
  });
  printWarnings(result.warnings, io);

  if (options.check) {
    const changes = compare(outDir, result.files);
    const stale = [
      ...changes.written.map((f) => `missing: ${options.out}/${f}`),
      ...changes.changed.map((f) => `stale:   ${options.out}/${f}`),
      ...changes.removed.map((f) => `extra:   ${options.out}/${f}`),
    ];
    if (stale.length > 0) {
      io.error(`generate --check: ${options.out}/ does not match ${options.spec}:\n  ${stale.join('\n  ')}`);
      io.error('Run `npm run generate` and commit the result with the spec.');
      return 1;
    }
    io.log(`generate --check: ${options.out}/ matches ${options.spec} (${result.files.size} files)`);
    return 0;
  }

  const changes = writeAtomically(outDir, result.files);
  const list = (label: string, files: string[]) =>
    files.length > 0 && io.log(`${label} (${files.length}):\n${files.map((f) => `  ${options.out}/${f}`).join('\n')}`);
  list('written', changes.written);
  list('changed', changes.changed);
  list('removed', changes.removed);
  io.log(
    `${result.files.size} files, ${changes.unchanged.length} unchanged, in ${(performance.now() - started).toFixed(0)} ms`,
  );
  return 0;
}

/**
 * The generator's command line: `npm run generate -- [options]`. Returns the exit code: 0 done,
 * 1 a problem with the spec or the output folder (every one printed with its location), 2 a bad
 * option.
 */
export async function generateCli(
  argv: string[],
  io: CliOutput = { log: console.log, error: console.error },
): Promise<number> {
  try {
    return await run(argv, io);
  } catch (err) {
    const problems = asErrorList(err);
    if (problems) {
      io.error(`generate: ${problems.length} problem(s); nothing was written.`);
      for (const p of problems) io.error(`  ${p.format()}`);
    } else if (typeof (err as NodeJS.ErrnoException)?.code === 'string' && (err as NodeJS.ErrnoException).syscall) {
      // The file system's refusal (a path through a file, no permission, a full disk): one line, the
      // output folder as it was, since writing is atomic.
      const e = err as NodeJS.ErrnoException;
      io.error(
        `generate: cannot ${e.syscall} ${e.path ?? ''}: ${e.code}; nothing was written.`.replace(
          // eslint-disable-next-line no-control-regex -- control characters in a path are what this replaces
          /[\u0000-\u001f\u007f]/g,
          '?',
        ),
      );
    } else {
      io.error(`generate: ${(err as Error)?.stack ?? err}`);
    }
    return 1;
  }
}
