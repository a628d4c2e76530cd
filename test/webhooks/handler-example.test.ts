// The "Receiving webhooks" handler of generated/docs/events.md (and the README) compiles against the
// package's webhooks entry: a complete handler, not a sketch.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, ROOT } from '../helpers/paths.js';

const handlerOf = (markdown: string): string => {
  const found = /## Receiving webhooks[\s\S]*?```ts\n([\s\S]*?)```/.exec(markdown)?.[1];
  if (!found) throw new Error('no handler under "Receiving webhooks"');
  return found.replace("from 'seam-connect-client/webhooks'", `from ${JSON.stringify(join(ROOT, 'src/webhooks/index.js'))}`);
};

test.each(['generated/docs/events.md', 'README.md'])('the handler in %s type-checks under strict', (file) => {
  const dir = join(ROOT, 'test/.out/webhook-handler', file.replace(/\W/g, '-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'handler.ts'), handlerOf(readFileSync(join(ROOT, file), 'utf8')));
  const tsconfig = join(dir, 'tsconfig.json');
  writeFileSync(tsconfig, JSON.stringify({ extends: '../../../../tsconfig.json', compilerOptions: { types: ['node'] }, include: ['./handler.ts'], exclude: [] }));
  const tsc = spawnSync(BIN('tsc'), ['--noEmit', '-p', tsconfig], { cwd: ROOT, encoding: 'utf8' });
  expect(tsc.stdout + tsc.stderr).toBe('');
}, 120_000);
