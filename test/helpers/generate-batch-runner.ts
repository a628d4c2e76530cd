// Runs the generator's CLI (scripts/generator/cli.ts, what `npm run generate` runs) once for each
// argument list it is given, one after another in this one process, and writes each run's exit code
// and output: `node scripts/run.mjs test/helpers/generate-batch-runner.ts <in.json> <out.json>`.
// Why: starting the generator is most of a run that fails early (0.9 s of a bad spec's 1 s), and a
// suite of two dozen such cases paid it two dozen times. See generate-batch.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { generateCli } from '../../scripts/generator/cli.js';

async function main(): Promise<void> {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) throw new Error('usage: generate-batch-runner.ts <in.json> <out.json>');
  const argvs = JSON.parse(readFileSync(input, 'utf8')) as string[][];
  const results = [];
  for (const argv of argvs) {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const status = await generateCli(argv, { log: (l) => stdout.push(l), error: (l) => stderr.push(l) });
    results.push({ status, stdout: stdout.join('\n'), stderr: stderr.join('\n') });
  }
  writeFileSync(output, JSON.stringify(results));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
