// `node scripts/redocly.mjs <redocly args>`: Redocly's CLI as the project calls it, with telemetry
// off and without its Node 20 end-of-life banner.
//
// Why a wrapper: Redocly CLI 2.x prints a ten-line "Node.js 20 support is ending" box on every run
// under Node 20, which is this package's minimum and CI's Node. It has no option or environment
// variable to turn it off (REDOCLY_SUPPRESS_NOTIFICATIONS covers only update notices), so the box
// is dropped from stderr here; everything else the CLI prints passes through unchanged.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../node_modules/@redocly/cli/bin/cli.js', import.meta.url));
const child = spawn(process.execPath, [cli, ...process.argv.slice(2)], {
  stdio: ['inherit', 'inherit', 'pipe'],
  env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
});

const BANNER = 'Node.js 20 support is ending';
let box = null;
createInterface({ input: child.stderr, crlfDelay: Infinity }).on('line', (line) => {
  if (box === null && line.includes('╔')) box = [];
  if (box === null) return void process.stderr.write(`${line}\n`);
  box.push(line);
  if (!line.includes('╚')) return;
  // Only the end-of-life box is dropped; any other box Redocly draws is printed as it was.
  if (!box.some((l) => l.includes(BANNER))) process.stderr.write(`${box.join('\n')}\n`);
  box = null;
});
child.on('close', (code, signal) => {
  if (box) process.stderr.write(`${box.join('\n')}\n`);
  process.exitCode = code ?? (signal ? 1 : 0);
});
