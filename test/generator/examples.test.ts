// The generator checks media-type examples itself, after bundling (scripts/generator/examples.ts),
// instead of through Redocly's slow rule. Its findings must be the rule's findings.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { writeSpecCopy } from '../helpers/broken-spec.js';
import { generate, outDir } from '../helpers/generate.js';
import { BIN, ROOT } from '../helpers/paths.js';
import type { Json } from '../helpers/spec.js';

const JSON_MEDIA = 'application/json';

/** Bad examples of every kind: in a request body, a response and response headers, and through an examples component. */
function brokenExamples(spec: Json): void {
  const request = spec.components.requestBodies.UpdateAccessCode.content[JSON_MEDIA].examples;
  request.newPinAndName.value.access_code_id = 'not-a-uuid';
  request.newPinAndName.value.code = '12';
  request.reschedule.value.bogus = 1;
  spec.components.examples = {
    Ongoing: {
      summary: 'Wrong type',
      value: { access_code_id: 'b854d7c9-d0d8-40a7-8a7c-cd3d167a6ce5', type: 'forever' },
    },
  };
  request.ongoing = { $ref: '#/components/examples/Ongoing' };
  const response = spec.components.responses.UpdateAccessCodeOk.content[JSON_MEDIA].examples.pending.value;
  response.action_attempt.status = 'waiting';
  delete response.ok;
  // Headers with content: one in a response, one shared by two responses through a $ref.
  const header = (description: string) => ({
    description,
    content: {
      [JSON_MEDIA]: {
        schema: { type: 'object', description: 'A count.', properties: { n: { type: 'integer', description: 'N.' } } },
        example: { n: 'many' },
      },
    },
  });
  spec.components.headers.Shared = header('A header two responses share.');
  spec.components.responses.UpdateAccessCodeOk.headers = {
    'x-inline': header('A header of one response.'),
    'x-shared': { $ref: '#/components/headers/Shared' },
  };
  spec.components.responses.UpdateMultipleAccessCodesOk.headers = {
    'x-shared': { $ref: '#/components/headers/Shared' },
  };
}

/** `line:col message` of each finding, sorted. */
function findings(output: string, pattern: RegExp): string[] {
  return [...output.matchAll(pattern)].map((m) => `${m[1]} ${m[2]}`).sort();
}

function writeConfig(severity: 'warn' | 'off'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'seam-redocly-')), 'redocly.yaml');
  writeFileSync(
    path,
    `telemetry: off\nextends:\n  - recommended-strict\nrules:\n  no-invalid-media-type-examples: ${severity}\n`,
  );
  return path;
}

function redoclyLint(spec: string, config: string): string {
  const cli = spawnSync(BIN('redocly'), ['lint', spec, '--config', config, '--format', 'stylish'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_COLOR: '1' },
  });
  return cli.stdout + cli.stderr;
}

it('finds exactly what Redocly CLI finds, at the same places, and writes nothing', () => {
  const spec = writeSpecCopy(brokenExamples);
  const expected = findings(
    redoclyLint(spec, 'redocly.yaml'),
    /^\s+(\d+:\d+)\s+error\s+no-invalid-media-type-examples\s+(.+)$/gm,
  );
  expect(expected.length).toBeGreaterThanOrEqual(8);

  const dir = outDir('examples');
  const run = generate(['--spec', spec, '--out', dir]);
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/nothing was written/);
  expect(findings(run.stderr, /^\s+\S+?:(\d+:\d+) \(\S+\) no-invalid-media-type-examples: (.+)$/gm)).toEqual(expected);
  expect(existsSync(dir)).toBe(false);
});

it('follows the Redocly config: a warning does not stop generation, and "off" finds nothing', () => {
  const spec = writeSpecCopy(brokenExamples);
  const warned = generate(['--spec', spec, '--redocly-config', writeConfig('warn'), '--out', outDir('examples-warn')]);
  expect(warned.status).toBe(0);
  expect(warned.stderr).toMatch(
    /warning: \S+:\d+:\d+ \(\S+\/examples\/newPinAndName\/value\/code\) no-invalid-media-type-examples: Example value must conform to the schema: `code` property must NOT have fewer than 4 characters\./,
  );

  const off = generate(['--spec', spec, '--redocly-config', writeConfig('off'), '--out', outDir('examples-off')]);
  expect(off.status).toBe(0);
  expect(off.stderr).not.toMatch(/no-invalid-media-type-examples/);
});

it('on an OpenAPI 3.0 spec (JSON Schema draft 4, `nullable`), warns exactly where Redocly CLI warns', () => {
  const spec = parse(readFileSync(join(ROOT, 'test/fixtures/petstore-3.0.yaml'), 'utf8'));
  spec.paths['/pets/{pet_id}'].get.responses['200'].content['application/json'].examples = {
    good: { value: { id: 'p1', name: 'Rex', tag: null } },
    bad: { value: { id: 7, tag: 'x', owner: 'me' } },
  };
  spec.paths['/pets/search'].get.responses['200'].content['application/json'].example = [{ id: 'p2', name: 3 }];
  const path = join(mkdtempSync(join(tmpdir(), 'seam-spec-')), 'petstore.yaml');
  writeFileSync(path, stringify(spec));

  const expected = findings(
    redoclyLint(path, 'test/fixtures/redocly.yaml'),
    /^\s+(\d+:\d+)\s+warn(?:ing)?\s+no-invalid-media-type-examples\s+(.+)$/gm,
  );
  expect(expected.length).toBeGreaterThanOrEqual(4);
  const run = generate([
    '--spec',
    path,
    '--redocly-config',
    'test/fixtures/redocly.yaml',
    '--out',
    outDir('examples-3.0'),
  ]);
  expect(run.status).toBe(0);
  expect(findings(run.stderr, /^\s+warning: \S+?:(\d+:\d+) \(\S+\) no-invalid-media-type-examples: (.+)$/gm)).toEqual(
    expected,
  );
});
