// The package builds from Seam's whole published spec (@seamapi/types 1.977.0), linted with
// Redocly's `minimal` rules as the corpus is: in a copy of the project, `npm run generate`, tsc of
// the package's sources and `npm run build` pass, and the built package's accessCodes.update waits
// on the built testing kit's fake, whose declared rules (an update's attempt finishing after N
// polls) run unchanged on that spec. Slow (several minutes): it builds Seam's 522 operations.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openapi } from '@seamapi/types/connect';
import { copyProject } from '../helpers/project-copy.js';

const npm = (copy: string, args: string[]) =>
  execFileSync('npm', args, {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', REDOCLY_TELEMETRY: 'off' },
    maxBuffer: 256 * 1024 * 1024,
  });

let copy: string;
afterAll(() => copy && rmSync(copy, { recursive: true, force: true }));

it("generates, type-checks and builds from Seam's spec, and the built update waits on the built fake", () => {
  copy = copyProject('seam-spec-build-');
  writeFileSync(join(copy, 'spec/openapi.yaml'), JSON.stringify(openapi));
  writeFileSync(join(copy, 'redocly.yaml'), 'telemetry: off\nextends:\n  - minimal\n');
  npm(copy, ['run', '-s', 'generate']);
  // The package's own sources (src/ and what they import from generated/): the project's tests
  // and benchmarks are written for its own spec.
  writeFileSync(
    join(copy, 'tsconfig.package.json'),
    JSON.stringify({ extends: './tsconfig.json', include: ['src/**/*.ts'], exclude: [] }),
  );
  execFileSync(join(copy, 'node_modules/.bin/tsc'), ['--noEmit', '-p', 'tsconfig.package.json'], {
    cwd: copy,
    encoding: 'utf8',
  });
  npm(copy, ['run', '-s', 'build']);

  writeFileSync(
    join(copy, 'waits.mjs'),
    [
      "import { SeamClient } from './dist/index.js';",
      "import { createFakeSeam, FAKE_CREDENTIALS } from './dist/testing.js';",
      'const fake = createFakeSeam({ actionAttempts: { pollsToFinish: 2 } });',
      'const code = fake.seed.accessCode();',
      'const seam = new SeamClient({ apiKey: FAKE_CREDENTIALS.apiKey, fetch: fake.fetch, endpoint: fake.endpoint, waitForActionAttempt: { pollingInterval: 5 } });',
      "const done = await seam.accessCodes.update({ access_code_id: code.access_code_id, name: 'Built' });",
      "console.log(JSON.stringify({ done, polls: fake.requestsTo('actionAttemptsGet').length }));",
    ].join('\n'),
  );
  const out = JSON.parse(execFileSync(process.execPath, ['waits.mjs'], { cwd: copy, encoding: 'utf8' }));
  expect(out.done).toMatchObject({
    status: 'success',
    action_type: 'UPDATE_ACCESS_CODE',
    result: { access_code: { name: 'Built' } },
  });
  expect(out.polls).toBe(2);
}, 900_000);
