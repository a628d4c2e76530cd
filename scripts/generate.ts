// `npm run generate`: turns the spec into generated/ (types, client, docs).
// `npm run generate -- --check`: writes nothing; exits 1 when generated/ is stale.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { asErrorList } from './generator/errors.js';
import { compare, writeAtomically } from './generator/output.js';
import { NAMING_STRATEGIES, type NamingStrategy } from './generator/names.js';
import { runPipeline } from './generator/pipeline.js';

const USAGE = `Usage: npm run generate -- [--check] [--spec <file>] [--out <dir>] [--redocly-config <file>] [--naming path|operationId]

  --spec <file>            OpenAPI 3.0 or 3.1 document (default: spec/openapi.yaml)
  --out <dir>              folder to write (default: generated)
  --redocly-config <file>  lint rules (default: redocly.yaml)
  --naming <strategy>      how method names are derived when an operation has no x-client-name
                           or vendor name: path (default) or operationId (\`repos/get\`, or the
                           first tag and the operationId); overrides info.x-sdk.naming
  --check                  write nothing; exit 1 listing stale, missing and extra files`;

function parseOptions(argv: string[]) {
  try {
    const { values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        spec: { type: 'string', default: 'spec/openapi.yaml' },
        out: { type: 'string', default: 'generated' },
        'redocly-config': { type: 'string', default: 'redocly.yaml' },
        naming: { type: 'string' },
        check: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
    if (values.naming !== undefined && !(NAMING_STRATEGIES as readonly string[]).includes(values.naming)) {
      throw new Error(`--naming must be one of ${NAMING_STRATEGIES.join(', ')}, not "${values.naming}"`);
    }
    return values;
  } catch (err) {
    console.error(`generate: ${(err as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
}

const WARNINGS_SHOWN = 20;

/** The first warnings in full, then a count by rule, so a large spec's lint does not drown the output. */
function printWarnings(warnings: string[]): void {
  for (const warning of warnings.slice(0, WARNINGS_SHOWN)) console.warn(`  warning: ${warning}`);
  if (warnings.length <= WARNINGS_SHOWN) return;
  const byRule = new Map<string, number>();
  for (const w of warnings.slice(WARNINGS_SHOWN)) {
    const rule = / ([\w/.-]+): /.exec(w.replace(/^\S+( \([^)]*\))?/, ''))?.[1] ?? 'other';
    byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
  }
  const counts = [...byRule].sort(([a], [b]) => (a < b ? -1 : 1)).map(([rule, n]) => `${rule} ${n}`);
  console.warn(`  … and ${warnings.length - WARNINGS_SHOWN} more warnings: ${counts.join(', ')}`);
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const outDir = resolve(options.out);
  const started = performance.now();
  const result = await runPipeline({
    specPath: options.spec,
    outDir,
    redoclyConfigPath: options['redocly-config'],
    runtimeEntry: resolve('src/runtime/index.ts'),
    ...(options.naming ? { naming: options.naming as NamingStrategy } : {}),
    onStep: (step, ms) => console.log(`  ${step.padEnd(13)} ${ms.toFixed(0).padStart(6)} ms`),
  });
  printWarnings(result.warnings);

  if (options.check) {
    const changes = compare(outDir, result.files);
    const stale = [
      ...changes.written.map((f) => `missing: ${options.out}/${f}`),
      ...changes.changed.map((f) => `stale:   ${options.out}/${f}`),
      ...changes.removed.map((f) => `extra:   ${options.out}/${f}`),
    ];
    if (stale.length > 0) {
      console.error(`generate --check: ${options.out}/ does not match ${options.spec}:\n  ${stale.join('\n  ')}`);
      console.error('Run `npm run generate` and commit the result with the spec.');
      return 1;
    }
    console.log(`generate --check: ${options.out}/ matches ${options.spec} (${result.files.size} files)`);
    return 0;
  }

  const changes = writeAtomically(outDir, result.files);
  const list = (label: string, files: string[]) =>
    files.length > 0 && console.log(`${label} (${files.length}):\n${files.map((f) => `  ${options.out}/${f}`).join('\n')}`);
  list('written', changes.written);
  list('changed', changes.changed);
  list('removed', changes.removed);
  console.log(
    `${result.files.size} files, ${changes.unchanged.length} unchanged, in ${(performance.now() - started).toFixed(0)} ms`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    const problems = asErrorList(err);
    if (problems) {
      console.error(`generate: ${problems.length} problem(s); nothing was written.`);
      for (const p of problems) console.error(`  ${p.format()}`);
    } else {
      console.error(`generate: ${(err as Error)?.stack ?? err}`);
    }
    process.exit(1);
  },
);
