// `npm test`'s checks before jest, side by side: `node scripts/checks.mjs [step...]`.
//
// Why side by side: each is one single-threaded process (Redocly, ESLint, Prettier, the generator,
// the spec diff, tsc) and one after another they took about 37 s on two cores, one core idle. Run
// together, the longest (tsc or ESLint) sets the time.
//
// Nothing is hidden: every step runs to its end whatever the others do; each one's output is printed
// whole, under its name, once it ends (interleaved lines of six tools would be unreadable); and the
// script exits 1 naming every step that failed, so `npm test` stops before jest as it did when the
// steps were chained with &&.
import { spawn } from 'node:child_process';

// Each an `npm run` script of package.json, with its arguments.
const STEPS = [
  ['lint:spec'],
  ['lint'],
  ['format:check'],
  ['generate', '--', '--check'],
  ['spec:diff', '--', '--check-version'],
  ['typecheck'],
];

const wanted = process.argv.slice(2);
const steps = wanted.length > 0 ? STEPS.filter(([name]) => wanted.includes(name)) : STEPS;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs one step to its end: its exit status (1 when it could not start or was killed) and everything it printed. */
function run([name, ...args]) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '-s', name, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    // stdout and stderr in the order they came, as a terminal would have shown them.
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (err) => output.push(Buffer.from(`${err.message}\n`)));
    child.on('close', (code, signal) => {
      const status = code ?? 1;
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const what = [
        `npm run ${[name, ...args].join(' ')}`,
        status === 0 ? 'ok' : `FAILED (${signal ?? `exit ${code}`})`,
      ];
      process.stdout.write(`\n── ${what.join(': ')}, ${seconds} s\n${Buffer.concat(output).toString()}`);
      resolve({ name, status });
    });
  });
}

const results = await Promise.all(steps.map(run));
const failed = results.filter((r) => r.status !== 0).map((r) => r.name);
if (failed.length > 0) {
  console.error(`\nchecks: ${failed.join(', ')} failed (output above).`);
  process.exit(1);
}
