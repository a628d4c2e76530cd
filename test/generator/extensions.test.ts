// Seam's extensions mean in the model what they mean in Seam's published spec.
import { buildModel } from '../../scripts/generator/model/index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- spec documents and answers, walked freely by the test
type Json = any;

const ok = (properties: Json) => ({
  '200': {
    description: 'ok',
    content: { 'application/json': { schema: { type: 'object', required: Object.keys(properties), properties } } },
  },
});
const attempt = {
  type: 'object',
  required: ['action_attempt_id'],
  properties: { action_attempt_id: { type: 'string' }, status: { type: 'string' } },
};
const code = { type: 'object', required: ['access_code_id'], properties: { access_code_id: { type: 'string' } } };
const spec = (ops: Record<string, Json>): Json => ({
  openapi: '3.0.0',
  info: { title: 't', version: '1' },
  paths: Object.fromEntries(Object.entries(ops).map(([path, op]) => [path, { post: { summary: path, ...op } }])),
});
const model = (ops: Record<string, Json>) => buildModel(spec(ops));
const op = (m: ReturnType<typeof model>, name: string) => m.operations.find((o) => o.name === name)!;

it('x-response-key: null is no key; x-action-attempt-type waits wherever the answer holds the attempt, and says where', () => {
  const m = model({
    '/test_fixture/update': {
      'x-response-key': null,
      'x-action-attempt-type': 'UPDATE_THING',
      responses: ok({ ok: { type: 'boolean' }, action_attempt: attempt }),
    },
    '/test_fixture/poke': {
      'x-response-key': 'action_attempt',
      'x-action-attempt-type': 'POKE_THING',
      responses: ok({ action_attempt: attempt }),
    },
    '/test_fixture/create': {
      'x-response-key': 'access_code',
      'x-action-attempt-type': 'CREATE_THING',
      responses: ok({ access_code: code, action_attempt: attempt }),
    },
    '/test_fixture/convert': {
      'x-response-key': null,
      'x-action-attempt-type': 'CONVERT_THING',
      responses: ok({ ok: { type: 'boolean' } }),
    },
  });
  expect(op(m, 'testFixture.update')).toMatchObject({
    role: { returnsAttempt: true },
    attemptKey: 'action_attempt',
    actionAttemptType: 'UPDATE_THING',
  });
  expect(op(m, 'testFixture.update')).not.toHaveProperty('responseKey');
  expect(op(m, 'testFixture.poke')).toMatchObject({
    responseKey: 'action_attempt',
    role: { returnsAttempt: true },
    actionAttemptType: 'POKE_THING',
  });
  expect(op(m, 'testFixture.poke')).not.toHaveProperty('attemptKey');
  expect(op(m, 'testFixture.create')).toMatchObject({
    responseKey: 'access_code',
    role: { returnsAttempt: true },
    attemptKey: 'action_attempt',
  });
  // An answer with no attempt in it: nothing to wait for, and a warning saying so.
  expect(op(m, 'testFixture.convert')).toMatchObject({
    role: { returnsAttempt: false },
    actionAttemptType: 'CONVERT_THING',
  });
  expect(m.warnings).toEqual([
    expect.stringMatching(/convert.*x-action-attempt-type is ignored, since the 200 answer holds no action attempt/),
  ]);
});

it('x-undocumented and x-draft keep an operation in the client with the reason; x-deprecated deprecates it with its note; x-title titles it', () => {
  const m = model({
    '/test_fixture/hidden': { 'x-undocumented': 'Unreleased.', responses: ok({ ok: { type: 'boolean' } }) },
    '/test_fixture/draft': { 'x-draft': 'Early access.', responses: ok({ ok: { type: 'boolean' } }) },
    '/test_fixture/old': {
      'x-deprecated': 'Use `/test_fixture/new` instead.',
      'x-title': 'An old thing',
      responses: ok({ ok: { type: 'boolean' } }),
    },
  });
  expect(op(m, 'testFixture.hidden').undocumented).toBe('Unreleased.');
  expect(op(m, 'testFixture.draft').undocumented).toBe('Early access.');
  expect(op(m, 'testFixture.old')).toMatchObject({
    deprecated: true,
    deprecationNote: 'Use `/test_fixture/new` instead.',
    summary: 'An old thing',
  });
  expect(op(m, 'testFixture.old')).not.toHaveProperty('undocumented');
});

it.each([
  ['x-response-key', 5, /x-response-key must be a string, or null for no key, not 5/],
  ['x-action-attempt-type', true, /x-action-attempt-type must be a string such as "UPDATE_ACCESS_CODE", not true/],
  ['x-undocumented', 1, /x-undocumented must be a string \(the reason\) or a boolean, not 1/],
  ['x-fake-resource', 'yes', /x-fake-resource must be false or an object/],
])('%s of the wrong type is a located error', (key, value, message) => {
  expect(() => model({ '/test_fixture/a': { [key]: value, responses: ok({ ok: { type: 'boolean' } }) } })).toThrow(
    message,
  );
});

it('the pre-release names x-client-name and x-action-attempt are not read: the path names the method, and nothing waits', () => {
  const m = model({
    '/test_fixture/poke': {
      'x-response-key': 'action_attempt',
      'x-action-attempt': true,
      'x-client-name': 'things.prod',
      responses: ok({ action_attempt: attempt }),
    },
  });
  expect(m.operations.map((o) => o.name)).toEqual(['testFixture.poke']);
  expect(op(m, 'testFixture.poke')).toMatchObject({ role: { returnsAttempt: false } });
  expect(m.warnings).toEqual([]);
});

it('a Speakeasy name beside the Fern name that names the method is a located warning, and an x-fake-resource action outside create|get|list|update|delete an error', () => {
  const named = model({
    '/test_fixture/a': {
      'x-fern-sdk-method-name': 'poke',
      'x-speakeasy-name-override': 'prod',
      responses: ok({ ok: { type: 'boolean' } }),
    },
  });
  expect(named.operations.map((o) => o.name)).toEqual(['testFixture.poke']);
  expect(named.warnings).toEqual([
    expect.stringMatching(
      /\/x-speakeasy-name-override ignored-extension: x-speakeasy-name-override is ignored; the name comes from x-fern-sdk-method-name/,
    ),
  ]);
  expect(() =>
    model({ '/test_fixture/a': { 'x-fake-resource': { action: 'poke' }, responses: ok({ ok: { type: 'boolean' } }) } }),
  ).toThrow(
    /~1test_fixture~1a\/post\/x-fake-resource invalid-extension: x-fake-resource.action must be one of create, get, list, update, delete/,
  );
});
