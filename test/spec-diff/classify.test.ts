// `npm run spec:diff` classifies each kind of change, names the operation and field, and exits 1
// only when something is breaking.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSpecCopy } from '../helpers/broken-spec.js';
import { ROOT, RUN_SCRIPT } from '../helpers/paths.js';
import type { Json } from '../helpers/spec.js';

function diff(mutate: (spec: Json) => void) {
  const run = spawnSync(
    RUN_SCRIPT[0],
    [
      RUN_SCRIPT[1],
      'scripts/spec-diff.ts',
      '--base-file',
      'spec/openapi.yaml',
      '--revision-file',
      writeSpecCopy(mutate),
    ],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
    },
  );
  const section = (name: string) =>
    new RegExp(`### ${name} \\(\\d+\\)\\n\\n([\\s\\S]*?)\\n\\n###`).exec(run.stdout)?.[1] ?? '';
  return {
    status: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    breaking: section('Breaking changes'),
    other: section('Non-breaking changes'),
  };
}

const schemas = (s: Json) => s.components.schemas;
const request = (s: Json) => schemas(s).UpdateAccessCodeRequest;

it.each<[string, (s: Json) => void, RegExp]>([
  [
    'removing an operation',
    (s) => delete s.paths['/access_codes/update_multiple'],
    /`accessCodes\.updateMultiple`: method removed/,
  ],
  ['removing a request property', (s) => delete request(s).properties.name, /`accessCodes\.update` request name: /],
  [
    'removing a property of a schema every method returns, listed under each method',
    (s) => delete schemas(s).access_code.properties.common_code_key,
    /`accessCodes\.update`, `actionAttempts\.get` response 200 .*common_code_key \(via `access_code`\): Property `common_code_key` of `access_code` was removed/,
  ],
  [
    'making an optional request property required',
    (s) => request(s).required.push('name'),
    /`accessCodes\.update`: name is now required/,
  ],
  [
    'removing an enum value from a request field',
    (s) => (request(s).properties.max_time_rounding.enum = ['1hour', '1day', '1h']),
    /`accessCodes\.update` request max_time_rounding: Enum of `max_time_rounding` lost values: '1d'/,
  ],
  [
    'a shorter maxLength',
    (s) => (request(s).properties.code.maxLength = 8),
    /`accessCodes\.update` request code: `maxLength` of `code` changed from '9' to '8'/,
  ],
  [
    'a narrower type',
    (s) => (request(s).properties.preferred_code_length.type = 'integer'),
    /`accessCodes\.update` request preferred_code_length: /,
  ],
])('breaking: %s', (_case, mutate, expected) => {
  const result = diff(mutate);
  expect(result.stderr).not.toMatch(/spec:diff:/);
  expect(result.status).toBe(1);
  expect(result.breaking).toMatch(expected);
});

it.each<[string, (s: Json) => void, RegExp]>([
  [
    'adding an operation',
    (s) => {
      s.paths['/test_fixture_codes/rename'] = {
        post: {
          ...structuredClone(s.paths['/access_codes/update_multiple'].post),
          operationId: 'testFixtureCodesRename',
        },
      };
      delete s.paths['/test_fixture_codes/rename'].post['x-operation-group'];
    },
    /path \/test_fixture_codes\/rename: added/,
  ],
  [
    'adding an optional request property',
    (s) => (request(s).properties.test_fixture_note = { type: 'string', description: 'A note.' }),
    /`accessCodes\.update` request test_fixture_note: added/,
  ],
  [
    'adding an enum value to a response field',
    (s) => schemas(s).access_code.properties.status.enum.push('expired'),
    /`accessCodes\.update`, `actionAttempts\.get` response 200 .*status \(via `access_code`\)/,
  ],
  [
    'changing only a description',
    (s) => (request(s).properties.name.description = 'Another description of the name.'),
    /^- `accessCodes\.update` request name: modified `description`$/m,
  ],
])('not breaking: %s', (_case, mutate, expected) => {
  const result = diff(mutate);
  expect(result.stderr).not.toMatch(/spec:diff:/);
  expect(result.status).toBe(0);
  expect(result.breaking).toBe('_None._');
  expect(result.other).toMatch(expected);
});

it('reports the effect on the client surface', () => {
  const result = diff((s) => {
    delete s.paths['/access_codes/update_multiple'];
    request(s).required.push('code');
    request(s).properties.code.maxLength = 6;
  });
  expect(result.stdout).toMatch(/- Methods removed: `accessCodes\.updateMultiple`/);
  expect(result.stdout).toMatch(/- Now required: `accessCodes\.update: code`/);
  expect(result.stdout).toMatch(
    /- Narrowed types: \n {2}- accessCodes\.update: request code — `maxLength` of `code` changed from '9' to '6'/,
  );
});

it('reports nothing for a refactor that changes nothing on the wire: aliases spelled out, a $ref inlined', () => {
  const result = diff((s) => {
    // The spec's YAML aliases (*allAuthModes, *updateResponses) written out in full: writeSpecCopy
    // writes plain YAML, with no anchors; and one $ref replaced by what it points at.
    const ref = s.paths['/access_codes/update_multiple'].post.requestBody;
    s.paths['/access_codes/update_multiple'].post.requestBody = structuredClone(
      s.components.requestBodies[ref.$ref.split('/').pop()],
    );
  });
  expect(result.stderr).toBe('');
  expect(result.breaking).toBe('_None._');
  expect(result.other).toBe('_None._');
  expect(result.status).toBe(0);
});

it('lists a removed request property among the narrowed types', () => {
  const result = diff((s) => delete request(s).properties.name);
  expect(result.stdout).toMatch(
    /- Narrowed types: \n( {2}- .*\n)* {2}- accessCodes\.update: name — removed from the request/,
  );
});

it('an unknown git ref is a clear error, exit 2', () => {
  const run = spawnSync(RUN_SCRIPT[0], [RUN_SCRIPT[1], 'scripts/spec-diff.ts', '--base', 'no-such-ref'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/spec:diff: cannot read spec\/openapi\.yaml at no-such-ref/);
});

it('leaves no temporary folder behind, for a git ref or two files', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'spec-diff-tmp-'));
  try {
    for (const args of [
      ['--base', 'HEAD'],
      ['--base-file', 'spec/openapi.yaml'],
    ]) {
      const run = spawnSync(RUN_SCRIPT[0], [RUN_SCRIPT[1], 'scripts/spec-diff.ts', ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, TMPDIR: tmp, REDOCLY_TELEMETRY: 'off' },
      });
      expect(run.stderr).not.toMatch(/spec:diff:/);
      expect(run.status).toBe(0);
    }
    expect(readdirSync(tmp).filter((name) => name.startsWith('seam-spec'))).toEqual([]);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
