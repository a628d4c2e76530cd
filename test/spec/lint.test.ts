// The lint of record (`npm run lint:spec`, Redocly CLI) must pass on the spec and fail, naming
// the place and the rule, on each kind of broken copy.
import { spawnSync } from 'node:child_process';
import { BIN, REDOCLY_CONFIG, SPEC_PATH } from '../helpers/paths.js';
import { writeSpecCopy } from '../helpers/broken-spec.js';
import type { Json } from '../helpers/spec.js';

function lint(path: string) {
  const run = spawnSync(BIN('redocly'), ['lint', path, '--config', REDOCLY_CONFIG, '--format', 'stylish'], {
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_COLOR: '1' },
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

it('passes on the project spec with no errors and no warnings', () => {
  const { status, output } = lint(SPEC_PATH);
  expect(status).toBe(0);
  expect(output).toMatch(/Your API description is valid/);
  // Any problem, error or warning, is printed as `line:col severity rule`.
  expect(output).not.toMatch(/\d+:\d+\s+(error|warn)/);
});

const UPDATE = (spec: Json) => spec.paths['/access_codes/update'];

it.each<[string, (spec: Json) => void, RegExp]>([
  [
    'an example whose access_code_id is not a uuid',
    (spec) => {
      spec.components.requestBodies.UpdateAccessCode.content[
        'application/json'
      ].examples.newPinAndName.value.access_code_id = 'not-a-uuid';
    },
    /\d+:\d+\s+error\s+no-invalid-media-type-examples\s+.*access_code_id.*format "uuid"/,
  ],
  [
    'an operation without a 4xx response',
    (spec) => {
      for (const m of ['post', 'put', 'patch']) {
        UPDATE(spec)[m].responses = { '200': UPDATE(spec)[m].responses['200'] };
      }
    },
    /\d+:\d+\s+error\s+house\/operation-4xx-response\s+Every operation must document at least one 4xx response/,
  ],
  [
    'a property without a description',
    (spec) => {
      delete spec.components.schemas.UpdateAccessCodeRequest.properties.name.description;
    },
    /\d+:\d+\s+error\s+house\/schema-property-description\s+Every schema property needs a description/,
  ],
  [
    'an operation whose summary is too short',
    (spec) => {
      UPDATE(spec).post.summary = 'Upd';
    },
    /\d+:\d+\s+error\s+house\/operation-summary\s+Every operation needs a summary/,
  ],
  [
    'an operation without a description',
    (spec) => {
      delete UPDATE(spec).post.description;
    },
    /\d+:\d+\s+error\s+house\/operation-description/,
  ],
  [
    'an operationId that is not camelCase',
    (spec) => {
      UPDATE(spec).post.operationId = 'access_codes_update';
    },
    /\d+:\d+\s+error\s+house\/operation-id-camel-case\s+operationId must be camelCase/,
  ],
  [
    'a response without examples',
    (spec) => {
      delete spec.components.responses.NotFound.content['application/json'].examples;
    },
    /\d+:\d+\s+error\s+house\/media-type-examples/,
  ],
])('fails on %s, naming line:column and rule', (_case, mutate, expected) => {
  const { status, output } = lint(writeSpecCopy(mutate));
  expect(status).not.toBe(0);
  expect(output).toMatch(expected);
});
