// The generator, as `npm run generate` runs it (scripts/run.mjs), loads one TypeScript compiler:
// ts-morph's, which openapi-typescript is given too. Two were about 0.3 s of every run.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from '../helpers/paths.js';

it("loads ts-morph's TypeScript alone, and makes the committed types with it", () => {
  const stdout = execFileSync(process.execPath, ['scripts/run.mjs', 'test/helpers/loaded-compilers.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const { compilers, schema } = JSON.parse(stdout) as { compilers: string[]; schema: string };
  expect(compilers).toEqual(['node_modules/@ts-morph/common/dist/typescript.js']);
  expect(schema).toBe(readFileSync(resolve(ROOT, 'generated/schema.ts'), 'utf8'));
}, 60_000);
