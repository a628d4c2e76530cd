// A 2xx that is not what the spec promises (item 5 of the reliability issue), over real loopback
// HTTP: each becomes SeamInvalidResponseError naming what is wrong, never a resolved wrong value
// or a raw TypeError. The checks come from the response schemas (scripts/generator/shape.ts).
import { isSeamError, SeamClient, SeamInvalidResponseError } from '../../src/index.js';
import { startRecordingServer, type RecordingServer } from '../helpers/recording-server.js';

const KEY = 'seam_testkey_malformed_1234';
const ID = '1f6b3e1c-6c2a-4f7e-9a53-0c6d1d2f4a10';
const pending = {
  action_attempt_id: ID,
  action_type: 'UPDATE_ACCESS_CODE',
  status: 'pending',
  result: null,
  error: null,
};

let api: RecordingServer;
/** What the server answers next, by path: [status, body text]. */
let answers: Record<string, [number, string]>;

beforeAll(async () => {
  api = await startRecordingServer((req, res) => {
    const [status, body] = answers[req.url] ?? [500, ''];
    res.writeHead(status, { 'content-type': 'application/json' }).end(body);
  });
});
afterAll(() => api.close());
beforeEach(() => {
  api.seen.length = 0;
});

const client = () =>
  new SeamClient({ apiKey: KEY, endpoint: api.url, waitForActionAttempt: { timeout: 2000, pollingInterval: 10 } });

async function expectInvalid(call: Promise<unknown>, why: RegExp): Promise<void> {
  const err = await call.then(
    (value) => ({ resolved: value }),
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SeamInvalidResponseError);
  expect(isSeamError(err, 'SeamInvalidResponseError')).toBe(true);
  expect((err as SeamInvalidResponseError).code).toBe('invalid_response');
  expect((err as Error).message).toMatch(why);
  expect(String(err) + JSON.stringify(err)).not.toContain(KEY);
}

describe('update: the action attempt it resolves to', () => {
  it.each<[string, unknown, RegExp]>([
    ['null', null, /no "action_attempt"|not an object/],
    ['false', false, /not an object/],
    ['a string', 'done', /not an object/],
    ['an array', [pending], /not an object/],
    ['without its id', { ...pending, action_attempt_id: undefined }, /action_attempt_id is not "string"/],
    ['without a status', { ...pending, status: undefined }, /status is not \["pending","success","error"\]/],
    ['with an unknown status', { ...pending, status: 'queued' }, /status is not \["pending","success","error"\]/],
    ['of another action type', { ...pending, action_type: 'LOCK_DOOR' }, /action_type is not \["UPDATE_ACCESS_CODE"\]/],
  ])('%s: SeamInvalidResponseError, not retried', async (_case, attempt, why) => {
    answers = { '/access_codes/update': [200, JSON.stringify({ ok: true, action_attempt: attempt })] };
    await expectInvalid(client().accessCodes.update({ access_code_id: 'c', code: '1234' }), why);
    expect(api.seen).toHaveLength(1);
  });

  it('missing altogether', async () => {
    answers = { '/access_codes/update': [200, '{"ok":true}'] };
    await expectInvalid(client().accessCodes.update({ access_code_id: 'c' }), /no "action_attempt"/);
  });
});

describe('waiting: each poll answer', () => {
  it.each<[string, unknown, RegExp]>([
    ['null', null, /no "action_attempt"|not an object/],
    [
      'for another attempt',
      { ...pending, action_attempt_id: 'b0e8c7a2-0000-4000-8000-000000000000', status: 'success' },
      /action_attempt_id is not \[".*"\]/,
    ],
    ['with an unknown status', { ...pending, status: 'done' }, /status is not/],
  ])('%s: SeamInvalidResponseError', async (_case, attempt, why) => {
    answers = {
      '/access_codes/update': [200, JSON.stringify({ ok: true, action_attempt: pending })],
      '/action_attempts/get': [200, JSON.stringify({ ok: true, action_attempt: attempt })],
    };
    await expectInvalid(client().accessCodes.update({ access_code_id: 'c' }), why);
    expect(api.seen.map((r) => r.url)).toEqual(['/access_codes/update', '/action_attempts/get']);
  });

  it('its own attempt, finished, resolves', async () => {
    answers = {
      '/access_codes/update': [200, JSON.stringify({ ok: true, action_attempt: pending })],
      '/action_attempts/get': [
        200,
        JSON.stringify({ ok: true, action_attempt: { ...pending, status: 'success', result: {} } }),
      ],
    };
    await expect(client().accessCodes.update({ access_code_id: 'c' })).resolves.toMatchObject({
      action_attempt_id: ID,
      status: 'success',
    });
  });
});

describe('update_multiple: the promised { ok: true }', () => {
  it.each<[string, number, string, RegExp]>([
    ['204 with no body', 204, '', /not an object/],
    ['an empty 200', 200, '', /not an object/],
    ['an array', 200, '[]', /not an object/],
    ['a string', 200, '"ok"', /not an object/],
    ['ok: false', 200, '{"ok":false}', /ok is not \[true\]/],
    ['ok: "true"', 200, '{"ok":"true"}', /ok is not \[true\]/],
  ])('%s: SeamInvalidResponseError', async (_case, status, body, why) => {
    answers = { '/access_codes/update_multiple': [status, body] };
    await expectInvalid(client().accessCodes.updateMultiple({ common_code_key: 'k', name: 'n' }), why);
  });

  it('{ ok: true }, with fields the spec does not name, resolves', async () => {
    answers = { '/access_codes/update_multiple': [200, '{"ok":true,"extra":1}'] };
    await expect(client().accessCodes.updateMultiple({ common_code_key: 'k' })).resolves.toEqual({
      ok: true,
      extra: 1,
    });
  });
});
