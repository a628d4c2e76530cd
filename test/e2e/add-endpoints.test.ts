// What a maintainer does when Seam ships endpoints, on a copy of the project: add five endpoints of
// shapes the spec has not had (a reserved-word method, a GET with required and optional query
// parameters, a path parameter, a DELETE answering 204, a oneOf body with a union answer), then
// run the project's own pipeline and checks there: lint, generate, the version check, typecheck,
// and the docs examples, cURL, browser and packed-consumer tests. Nothing but the spec is edited.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { copyProject } from '../helpers/project-copy.js';

const security = [{ api_key: [] }];
const errors = { '400': { $ref: '#/components/responses/InvalidInput' }, '401': { $ref: '#/components/responses/Unauthorized' } };
const uuid = (description: string) => ({ type: 'string', format: 'uuid', description });
const answer = (description: string, schema: object, value: unknown) => ({
  description,
  content: { 'application/json': { schema, examples: { done: { summary: 'Done', value } } } },
});
const CODE_ID = 'b854d7c9-d0d8-40a7-8a7c-cd3d167a6ce5';
const DEVICE_ID = '2b5d3f8e-4a1c-4f3e-9d2b-7c6a5e4d3c2b';
const codeSummary = {
  type: 'object',
  required: ['access_code_id', 'name'],
  properties: { access_code_id: uuid('ID of the access code.'), name: { type: 'string', description: 'Name of the access code.' } },
};

/** The new endpoints, as a maintainer would write them into spec/openapi.yaml. */
const NEW_PATHS: Record<string, object> = {
  '/access_codes/delete': {
    post: {
      operationId: 'accessCodesDelete',
      tags: ['access_codes'],
      summary: 'Delete an access code',
      description: 'Removes one access code from its device.',
      security,
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: { type: 'object', additionalProperties: false, required: ['access_code_id'], properties: { access_code_id: uuid('ID of the access code to delete.') } },
            examples: { byId: { summary: 'By ID', value: { access_code_id: CODE_ID } } },
          },
        },
      },
      responses: { '200': answer('Deleted.', { $ref: '#/components/schemas/OkResponse' }, { ok: true }), ...errors },
    },
  },
  '/access_codes/list': {
    get: {
      operationId: 'accessCodesList',
      tags: ['access_codes'],
      summary: 'List access codes',
      description: 'Lists the access codes of one device, optionally only some of them.',
      security,
      parameters: [
        { name: 'device_id', in: 'query', required: true, description: 'Device whose codes to list.', schema: { type: 'string', format: 'uuid' }, example: DEVICE_ID },
        { name: 'access_code_ids', in: 'query', description: 'Only these codes.', schema: { type: 'array', items: { type: 'string', format: 'uuid' } } },
        { name: 'limit', in: 'query', description: 'At most this many.', schema: { type: 'integer', minimum: 1 }, example: 10 },
      ],
      responses: {
        '200': answer(
          'The access codes.',
          {
            type: 'object',
            required: ['ok', 'access_codes'],
            properties: { ok: { type: 'boolean', description: 'Always true.' }, access_codes: { type: 'array', description: 'The codes.', items: codeSummary } },
          },
          { ok: true, access_codes: [{ access_code_id: CODE_ID, name: 'Front door' }] },
        ),
        ...errors,
      },
    },
  },
  '/devices/{device_id}': {
    get: {
      operationId: 'devicesGet',
      tags: ['devices'],
      summary: 'Get a device',
      description: 'Returns one device by the ID in its path.',
      security,
      parameters: [{ name: 'device_id', in: 'path', required: true, description: 'ID of the device.', schema: { type: 'string', format: 'uuid' }, example: DEVICE_ID }],
      responses: {
        '200': answer(
          'The device.',
          {
            type: 'object',
            required: ['ok', 'device'],
            properties: {
              ok: { type: 'boolean', description: 'Always true.' },
              device: { type: 'object', description: 'The device.', required: ['device_id'], properties: { device_id: uuid('ID of the device.') } },
            },
          },
          { ok: true, device: { device_id: DEVICE_ID } },
        ),
        ...errors,
      },
    },
  },
  '/access_codes/{access_code_id}/schedule': {
    delete: {
      operationId: 'accessCodesScheduleDelete',
      tags: ['access_codes'],
      summary: 'Clear the schedule of an access code',
      description: 'Makes a time-bound access code ongoing; answers with no content.',
      security,
      parameters: [{ name: 'access_code_id', in: 'path', required: true, description: 'ID of the access code.', schema: { type: 'string', format: 'uuid' }, example: CODE_ID }],
      responses: { '204': { description: 'Cleared.' }, ...errors },
    },
  },
  '/access_codes/get': {
    post: {
      operationId: 'accessCodesGet',
      tags: ['access_codes'],
      summary: 'Get an access code',
      description: 'Finds one access code by its ID, or by its device and PIN.',
      security,
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              oneOf: [
                { type: 'object', title: 'by ID', additionalProperties: false, required: ['access_code_id'], properties: { access_code_id: uuid('ID of the access code.') } },
                {
                  type: 'object',
                  title: 'by device and PIN',
                  additionalProperties: false,
                  required: ['device_id', 'code'],
                  properties: { device_id: uuid('ID of the device.'), code: { type: 'string', description: 'The PIN.', pattern: '^\\d+$' } },
                },
              ],
            },
            examples: { byId: { summary: 'By ID', value: { access_code_id: CODE_ID } } },
          },
        },
      },
      responses: {
        '200': answer(
          'The access code, or that the device has none with that PIN.',
          {
            oneOf: [
              { type: 'object', title: 'found', required: ['ok', 'access_code'], properties: { ok: { const: true, description: 'Found.' }, access_code: { ...codeSummary, description: 'The code.' } } },
              { type: 'object', title: 'not found', required: ['ok'], properties: { ok: { const: false, description: 'Not found.' } } },
            ],
          },
          { ok: true, access_code: { access_code_id: CODE_ID, name: 'Front door' } },
        ),
        ...errors,
      },
    },
  },
};

let copy: string;

function sh(command: string, args: string[], timeout = 300_000): { status: number | null; output: string } {
  const run = spawnSync(command, args, { cwd: copy, encoding: 'utf8', timeout, env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_COLOR: '1', CI: 'true' } });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

beforeAll(() => {
  copy = copyProject('seam-add-endpoints-');
  // The maintainer's one edit: the spec.
  const spec = parseDocument(readFileSync(join(copy, 'spec/openapi.yaml'), 'utf8'));
  // (Should the real spec gain one of these paths, the copy's is replaced whole.)
  for (const [path, item] of Object.entries(NEW_PATHS)) spec.setIn(['paths', path], spec.createNode(item));
  const tags = (spec.toJS().tags ?? []) as Array<{ name: string }>;
  if (!tags.some((t) => t.name === 'devices')) spec.addIn(['tags'], spec.createNode({ name: 'devices', description: 'Smart locks and other devices.' }));
  writeFileSync(join(copy, 'spec/openapi.yaml'), String(spec));
}, 120_000);

it('lints', () => {
  const run = sh('npm', ['run', '-s', 'lint:spec']);
  expect(run.output).toMatch(/valid/);
  expect(run.status).toBe(0);
});

it('generates a method, types and a docs page for each new endpoint', () => {
  const run = sh('npm', ['run', '-s', 'generate']);
  expect(run.output).not.toMatch(/warning/);
  expect(run.status).toBe(0);
  const client = readFileSync(join(copy, 'generated/client.ts'), 'utf8');
  expect(client).toMatch(/\n {2}delete\(body: AccessCodesDeleteRequest, options\?: RequestOptions\)/);
  expect(client).toMatch(/\n {2}list\(input: AccessCodesListRequest, options\?: RequestOptions\)/);
  expect(client).toMatch(/\n {2}get\(input: DevicesGetRequest, options\?: RequestOptions\)/);
  expect(client).toContain(
    "export const AccessCodesScheduleDeleteOperation: OperationDescriptor = { path: '/access_codes/{access_code_id}/schedule', method: 'delete', input: withParams, params: { path: ['access_code_id'] }, response: 'void' }",
  );
  expect(client).toMatch(/\n {2}get\(body: AccessCodesGetRequest, options\?: RequestOptions\)/);
});

it('passes the version check (additions need no release yet)', () => {
  const run = sh('npm', ['run', '-s', 'spec:diff', '--', '--check-version']);
  expect(run.output).toMatch(/fits the changes since release/);
  expect(run.status).toBe(0);
});

it('type-checks', () => {
  const run = sh('npm', ['run', '-s', 'typecheck']);
  expect(run.output).toBe('');
  expect(run.status).toBe(0);
});

it('passes its own docs, browser and packed-consumer tests, unedited', () => {
  const run = sh(join(copy, 'node_modules/.bin/jest'), ['test/docs', 'test/package', '--ci', '--runInBand', '--verbose']);
  // On failure, show jest's account of each failed test first: the full output is long.
  const failed = run.output.indexOf('●');
  expect(failed === -1 ? '' : run.output.slice(failed, failed + 4000)).toBe('');
  expect(run.output).toMatch(/Tests: +\d+ passed, \d+ total/);
  // The docs tests really walked the new operations.
  expect(run.output).toMatch(/accessCodes\.list\.md/);
  expect(run.output).toMatch(/accessCodes\.schedule\.delete\.md/);
  expect(run.status).toBe(0);
}, 400_000);
