// What a maintainer does when Seam ships endpoints, on a copy of the project: add six endpoints of
// shapes the spec has not had (Seam-style create, get and delete of access codes and a list of unmanaged ones: a
// reserved-word method, a GET with required and optional query parameters, a oneOf body; a path
// parameter; a DELETE answering 204), and a new resource, webhooks, whose examples name ids, with a
// REST DELETE whose uuid path parameter has no example; then run the project's own pipeline and
// checks there: lint, generate, the version check, typecheck, the docs examples (TypeScript and
// cURL, run on the fake, which holds every id they name), browser (the Try-it panel's first send of
// each operation) and packed-consumer tests, and the fake keeping the new endpoints' state. Nothing
// but the spec is edited.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { copyProject } from '../helpers/project-copy.js';

const security = [{ api_key: [] }];
const errors = {
  '400': { $ref: '#/components/responses/InvalidInput' },
  '401': { $ref: '#/components/responses/Unauthorized' },
};
const uuid = (description: string) => ({ type: 'string', format: 'uuid', description });
const answer = (description: string, schema: object, value: unknown) => ({
  description,
  content: { 'application/json': { schema, examples: { done: { summary: 'Done', value } } } },
});
/** A required JSON request body with its examples. */
const jsonBody = (schema: object, examples: object) => ({
  required: true,
  content: { 'application/json': { schema, examples } },
});
const CODE_ID = 'b854d7c9-d0d8-40a7-8a7c-cd3d167a6ce5';
const DEVICE_ID = '2b5d3f8e-4a1c-4f3e-9d2b-7c6a5e4d3c2b';
const pin = { type: 'string', description: 'The PIN.', pattern: '^\\d+$', minLength: 4, maxLength: 8 };
const codeSummary = {
  type: 'object',
  required: ['access_code_id', 'name', 'device_id'],
  properties: {
    access_code_id: uuid('ID of the access code.'),
    name: { type: 'string', description: 'Name of the access code.' },
    device_id: uuid('ID of the device the code is on.'),
    code: { ...pin, description: 'The PIN.' },
  },
};
const keyed = (description: string) => ({
  type: 'object',
  required: ['ok', 'access_code'],
  properties: { ok: { type: 'boolean', description: 'Always true.' }, access_code: { ...codeSummary, description } },
});

// A new resource whose examples name ids, as Seam's webhooks: the create's answer shows one, the
// get's and the delete's requests (and the get's answer) another. Beside it, a REST DELETE whose
// `format: uuid` path parameter has no example, so its docs sample passes a sampled uuid.
const WEBHOOK_ID = '0c2f8a3e-5b1d-4e7f-9a6c-3d2e1f0a9b8c';
const NEW_WEBHOOK_ID = '7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918';
const webhook = {
  type: 'object',
  description: 'A URL Seam sends events to.',
  required: ['webhook_id', 'url'],
  properties: {
    webhook_id: uuid('ID of the webhook.'),
    url: { type: 'string', format: 'uri', description: 'Where events are sent.' },
    event_types: { type: 'array', items: { type: 'string' }, description: 'The event types sent; all when absent.' },
  },
};
const webhookAnswer = (description: string, id: string, url: string) =>
  answer(
    description,
    {
      type: 'object',
      required: ['ok', 'webhook'],
      properties: { ok: { type: 'boolean', description: 'Always true.' }, webhook },
    },
    { ok: true, webhook: { webhook_id: id, url, event_types: ['access_code.changed'] } },
  );
const byWebhookId = (description: string) =>
  jsonBody(
    {
      type: 'object',
      additionalProperties: false,
      required: ['webhook_id'],
      properties: { webhook_id: uuid(description) },
    },
    { byId: { summary: 'By ID', value: { webhook_id: WEBHOOK_ID } } },
  );
const webhookPaths: Record<string, object> = {
  '/webhooks/create': {
    post: {
      operationId: 'webhooksCreate',
      'x-response-key': 'webhook',
      tags: ['webhooks'],
      summary: 'Create a webhook',
      description: 'Registers a URL that Seam sends events to.',
      security,
      requestBody: jsonBody(
        {
          type: 'object',
          additionalProperties: false,
          required: ['url'],
          properties: {
            url: { type: 'string', format: 'uri', description: 'Where events go.' },
            event_types: webhook.properties.event_types,
          },
        },
        {
          one: {
            summary: 'One event type',
            value: { url: 'https://example.com/seam-events', event_types: ['access_code.changed'] },
          },
        },
      ),
      responses: {
        '200': webhookAnswer('The new webhook.', NEW_WEBHOOK_ID, 'https://example.com/seam-events'),
        ...errors,
      },
    },
  },
  '/webhooks/get': {
    post: {
      operationId: 'webhooksGet',
      'x-response-key': 'webhook',
      tags: ['webhooks'],
      summary: 'Get a webhook',
      description: 'Returns one webhook by its ID.',
      security,
      requestBody: byWebhookId('ID of the webhook.'),
      responses: { '200': webhookAnswer('The webhook.', WEBHOOK_ID, 'https://example.com/from-get'), ...errors },
    },
  },
  '/webhooks/list': {
    post: {
      operationId: 'webhooksList',
      'x-response-key': 'webhooks',
      tags: ['webhooks'],
      summary: 'List webhooks',
      description: 'Lists every webhook of the workspace.',
      security,
      responses: {
        '200': answer(
          'The webhooks.',
          {
            type: 'object',
            required: ['ok', 'webhooks'],
            properties: {
              ok: { type: 'boolean', description: 'Always true.' },
              webhooks: { type: 'array', description: 'The webhooks.', items: webhook },
            },
          },
          { ok: true, webhooks: [{ webhook_id: WEBHOOK_ID, url: 'https://example.com/from-get' }] },
        ),
        ...errors,
      },
    },
  },
  '/webhooks/delete': {
    post: {
      operationId: 'webhooksDelete',
      tags: ['webhooks'],
      summary: 'Delete a webhook',
      description: 'Stops sending events to a webhook.',
      security,
      requestBody: byWebhookId('ID of the webhook to delete.'),
      responses: { '200': answer('Deleted.', { $ref: '#/components/schemas/OkResponse' }, { ok: true }), ...errors },
    },
  },
  '/webhooks/{webhook_id}': {
    delete: {
      operationId: 'webhooksRemove',
      'x-fern-sdk-group-name': ['webhooks'],
      'x-fern-sdk-method-name': 'remove',
      tags: ['webhooks'],
      summary: 'Remove a webhook',
      description: 'Stops sending events to a webhook, REST-style: its ID in the path; answers with no content.',
      security,
      parameters: [
        {
          name: 'webhook_id',
          in: 'path',
          required: true,
          description: 'ID of the webhook.',
          schema: { type: 'string', format: 'uuid' },
        },
      ],
      responses: { '204': { description: 'Removed.' }, ...errors },
    },
  },
};

/** The new endpoints, as a maintainer would write them into spec/openapi.yaml. */
const NEW_PATHS: Record<string, object> = {
  '/access_codes/create': {
    post: {
      operationId: 'accessCodesCreate',
      'x-response-key': 'access_code',
      tags: ['access_codes'],
      summary: 'Create an access code',
      description: 'Programs a new access code on a device.',
      security,
      requestBody: jsonBody(
        {
          type: 'object',
          additionalProperties: false,
          required: ['device_id', 'name'],
          properties: {
            device_id: uuid('ID of the device.'),
            name: { type: 'string', description: 'Name of the access code.' },
            code: pin,
          },
        },
        { pin: { summary: 'With a PIN', value: { device_id: DEVICE_ID, name: 'Side door', code: '2468' } } },
      ),
      responses: {
        '200': answer('The new code.', keyed('The new code.'), {
          ok: true,
          access_code: { access_code_id: CODE_ID, name: 'Side door', device_id: DEVICE_ID, code: '2468' },
        }),
        ...errors,
      },
    },
  },
  '/access_codes/delete': {
    post: {
      operationId: 'accessCodesDelete',
      tags: ['access_codes'],
      summary: 'Delete an access code',
      description: 'Removes one access code from its device.',
      security,
      requestBody: jsonBody(
        {
          type: 'object',
          additionalProperties: false,
          required: ['access_code_id'],
          properties: { access_code_id: uuid('ID of the access code to delete.') },
        },
        { byId: { summary: 'By ID', value: { access_code_id: CODE_ID } } },
      ),
      responses: { '200': answer('Deleted.', { $ref: '#/components/schemas/OkResponse' }, { ok: true }), ...errors },
    },
  },
  // The spec's own list is POST and GET with a body; this one is a GET of query parameters alone.
  '/access_codes/unmanaged/list': {
    get: {
      operationId: 'accessCodesUnmanagedList',
      'x-response-key': 'access_codes',
      tags: ['access_codes'],
      summary: 'List unmanaged access codes',
      description: 'Lists the unmanaged access codes of one device, optionally only some of them.',
      security,
      parameters: [
        {
          name: 'device_id',
          in: 'query',
          required: true,
          description: 'Device whose codes to list.',
          schema: { type: 'string', format: 'uuid' },
          example: DEVICE_ID,
        },
        {
          name: 'access_code_ids',
          in: 'query',
          description: 'Only these codes.',
          schema: { type: 'array', items: { type: 'string', format: 'uuid' } },
        },
        {
          name: 'limit',
          in: 'query',
          description: 'At most this many.',
          schema: { type: 'integer', minimum: 1 },
          example: 10,
        },
      ],
      responses: {
        '200': answer(
          'The access codes.',
          {
            type: 'object',
            required: ['ok', 'access_codes'],
            properties: {
              ok: { type: 'boolean', description: 'Always true.' },
              access_codes: { type: 'array', description: 'The codes.', items: codeSummary },
            },
          },
          { ok: true, access_codes: [{ access_code_id: CODE_ID, name: 'Front door', device_id: DEVICE_ID }] },
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
      parameters: [
        {
          name: 'device_id',
          in: 'path',
          required: true,
          description: 'ID of the device.',
          schema: { type: 'string', format: 'uuid' },
          example: DEVICE_ID,
        },
      ],
      responses: {
        '200': answer(
          'The device.',
          {
            type: 'object',
            required: ['ok', 'device'],
            properties: {
              ok: { type: 'boolean', description: 'Always true.' },
              device: {
                type: 'object',
                description: 'The device.',
                required: ['device_id'],
                properties: { device_id: uuid('ID of the device.') },
              },
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
      parameters: [
        {
          name: 'access_code_id',
          in: 'path',
          required: true,
          description: 'ID of the access code.',
          schema: { type: 'string', format: 'uuid' },
          example: CODE_ID,
        },
      ],
      responses: { '204': { description: 'Cleared.' }, ...errors },
    },
  },
  '/access_codes/get': {
    post: {
      operationId: 'accessCodesGet',
      'x-response-key': 'access_code',
      tags: ['access_codes'],
      summary: 'Get an access code',
      description: 'Finds one access code by its ID, or by its device and PIN. An unknown one is a 404.',
      security,
      requestBody: jsonBody(
        {
          oneOf: [
            {
              type: 'object',
              title: 'by ID',
              additionalProperties: false,
              required: ['access_code_id'],
              properties: { access_code_id: uuid('ID of the access code.') },
            },
            {
              type: 'object',
              title: 'by device and PIN',
              additionalProperties: false,
              required: ['device_id', 'code'],
              properties: {
                device_id: uuid('ID of the device.'),
                code: { type: 'string', description: 'The PIN.', pattern: '^\\d+$' },
              },
            },
          ],
        },
        { byId: { summary: 'By ID', value: { access_code_id: CODE_ID } } },
      ),
      responses: {
        '200': answer('The access code.', keyed('The code.'), {
          ok: true,
          access_code: { access_code_id: CODE_ID, name: 'Front door', device_id: DEVICE_ID },
        }),
        ...errors,
      },
    },
  },
};

let copy: string;

function sh(command: string, args: string[], timeout = 300_000): { status: number | null; output: string } {
  const run = spawnSync(command, args, {
    cwd: copy,
    encoding: 'utf8',
    timeout,
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_COLOR: '1', CI: 'true' },
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

beforeAll(() => {
  copy = copyProject('seam-add-endpoints-');
  // The maintainer's one edit: the spec.
  const spec = parseDocument(readFileSync(join(copy, 'spec/openapi.yaml'), 'utf8'));
  // (Should the real spec gain one of these paths, the copy's is replaced whole.)
  for (const [path, item] of Object.entries({ ...NEW_PATHS, ...webhookPaths }))
    spec.setIn(['paths', path], spec.createNode(item));
  const tags = (spec.toJS().tags ?? []) as Array<{ name: string }>;
  if (!tags.some((t) => t.name === 'devices'))
    spec.addIn(['tags'], spec.createNode({ name: 'devices', description: 'Smart locks and other devices.' }));
  if (!tags.some((t) => t.name === 'webhooks'))
    spec.addIn(['tags'], spec.createNode({ name: 'webhooks', description: 'Where Seam sends events.' }));
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
  expect(client).toMatch(/\n {2}create\(body: AccessCodesCreateRequest, options\?: RequestOptions\)/);
  expect(client).toMatch(/\n {2}delete\(body: AccessCodesDeleteRequest, options\?: RequestOptions\)/);
  expect(client).toMatch(/\n {2}list\(input: AccessCodesUnmanagedListRequest, options\?: RequestOptions\)/);
  expect(client).toMatch(/\n {2}get\(input: DevicesGetRequest, options\?: RequestOptions\)/);
  expect(client).toContain(
    "export const AccessCodesScheduleDeleteOperation: OperationDescriptor = { name: 'accessCodes.schedule.delete', path: '/access_codes/{access_code_id}/schedule', method: 'delete', input: withParams, params: { path: ['access_code_id'] }, response: 'void' }",
  );
  expect(client).toMatch(/\n {2}get\(body: AccessCodesGetRequest, options\?: RequestOptions\)/);
});

it("the fake keeps the new endpoints' state across calls, with no edit to the fake", () => {
  // As a team testing its code would: the client on the fake, in a script of the copy.
  const script = `
import { SeamClient } from './src/index.js';
import { createFakeSeam, FAKE_CREDENTIALS } from './src/testing/index.js';
const fake = createFakeSeam();
const seam = new SeamClient({ apiKey: FAKE_CREDENTIALS.apiKey, fetch: fake.fetch });
const device_id = '6c5b4a39-2817-4f6e-8d5c-4b3a29181706';
const made = await seam.accessCodes.create({ device_id, name: 'Side door', code: '2468' });
const id = { access_code_id: made.access_code_id };
const got = await seam.accessCodes.get(id);
const listed = (await seam.accessCodes.list({ device_id })).map((c) => c.access_code_id);
await seam.accessCodes.update({ ...id, name: 'Garage' });
const renamed = (await seam.accessCodes.get(id)).name;
await seam.accessCodes.delete(id);
const after = await seam.accessCodes.get(id).then(() => 'found', (e) => \`\${e.name} \${e.status} \${e.code}\`);
const listedAfter = (await seam.accessCodes.list({ device_id })).length;
console.log(JSON.stringify({ made, same: JSON.stringify(got) === JSON.stringify(made), listed: listed.length === 1 && listed[0] === made.access_code_id, renamed, after, listedAfter }));
`;
  writeFileSync(join(copy, 'fake-state.mts'), script);
  const run = sh(join(copy, 'node_modules/.bin/tsx'), ['fake-state.mts']);
  expect(run.status).toBe(0);
  const seen = JSON.parse(run.output.trim().split('\n').at(-1)!);
  expect(seen.made).toMatchObject({
    device_id: '6c5b4a39-2817-4f6e-8d5c-4b3a29181706',
    name: 'Side door',
    code: '2468',
    access_code_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
  });
  expect(seen).toMatchObject({
    same: true,
    listed: true,
    renamed: 'Garage',
    after: 'SeamNotFoundError 404 access_code_not_found',
    listedAfter: 0,
  });
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
  // The registry test publishes and installs the package twice (minutes of builds); it reads no
  // endpoint of the spec, and the main run already holds it, so the copy leaves it out.
  // Fifteen minutes: on the shared 2-core machine, loaded, the browser suite took 179 s and the
  // packed consumers 262 s, and the docs suites now run every page's TypeScript samples too (300 s,
  // then 600 s, cut the run short there, 2026-12-07; a quiet machine needs far less).
  const run = sh(
    join(copy, 'node_modules/.bin/jest'),
    ['test/docs', 'test/package', '--testPathIgnorePatterns', 'registry-release', '--ci', '--runInBand', '--verbose'],
    900_000,
  );
  // On failure, show jest's account of each failed test first: the full output is long.
  const failed = run.output.indexOf('●');
  expect(failed === -1 ? '' : run.output.slice(failed, failed + 4000)).toBe('');
  expect(run.output).toMatch(/Tests: +\d+ passed, \d+ total/);
  // The docs tests really walked the new operations.
  expect(run.output).toMatch(/accessCodes\.list\.md/);
  expect(run.output).toMatch(/accessCodes\.schedule\.delete\.md/);
  // The new resource's samples name ids (its examples', and a uuid sampled for the REST DELETE):
  // each ran against the fake, as cURL and as TypeScript, and succeeded.
  for (const page of ['webhooks.get.md', 'webhooks.delete.md', 'webhooks.remove.md']) {
    expect(run.output).toMatch(new RegExp(`✓ ${page.replace(/\./g, '\\.')} `));
    expect(run.output).toMatch(
      new RegExp(`✓ ${page.replace(/\./g, '\\.')}: the method, the standalone function and openapi-fetch each succeed`),
    );
  }
  expect(run.output).toMatch(/✓ sends every operation as the docs fill it in, and the first send of each succeeds/);
  expect(run.status).toBe(0);
}, 960_000);
