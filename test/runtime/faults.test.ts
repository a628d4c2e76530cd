// Retries, timeouts, broken answers and a broken custom fetch, each against the loopback server.
import {
  SeamActionAttemptFailedError,
  SeamActionAttemptTimeoutError,
  SeamApiError,
  SeamClient,
  SeamConnectionError,
  SeamError,
  SeamInvalidResponseError,
  SeamRateLimitError,
  SeamTimeoutError,
  SeamUnauthorizedError,
} from '../../src/index.js';
import { useTestServer } from '../helpers/client.js';
import { FAKE_CREDENTIALS } from '../../src/testing/index.js';

const t = useTestServer();
const UPDATE_MULTIPLE = '/access_codes/update_multiple';

function groupKey(): string {
  t.server().seed.accessCode({ common_code_key: 'group' });
  return 'group';
}

it('429 with Retry-After, then success: waits as told and retries', async () => {
  const key = groupKey();
  t.server().faults.push({ path: UPDATE_MULTIPLE, status: 429, headers: { 'retry-after': '1' } });
  const started = Date.now();
  await expect(t.client().accessCodes.updateMultiple({ common_code_key: key })).resolves.toEqual({ ok: true });
  expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  expect(t.server().requests).toHaveLength(2);
});

it('503 twice, then success', async () => {
  const key = groupKey();
  t.server().faults.push(
    { status: 503, headers: { 'retry-after': '0' } },
    { status: 503, headers: { 'retry-after': '0' } },
  );
  await expect(t.client().accessCodes.updateMultiple({ common_code_key: key })).resolves.toEqual({ ok: true });
  expect(t.server().requests).toHaveLength(3);
});

it('retries exhausted: the last error is thrown after 1 + maxRetries attempts', async () => {
  const key = groupKey();
  for (let i = 0; i < 4; i++) t.server().faults.push({ status: 429, headers: { 'retry-after': '0' } });
  const err = await t
    .client({ maxRetries: 2 })
    .accessCodes.updateMultiple({ common_code_key: key })
    .catch((e) => e);
  expect(err).toBeInstanceOf(SeamRateLimitError);
  expect(err.retryAfterMs).toBe(0);
  expect(t.server().requests).toHaveLength(3);
});

it('a Retry-After beyond the cap is not waited for', async () => {
  const key = groupKey();
  t.server().faults.push({ status: 503, headers: { 'retry-after': '3600' } });
  const err = await t
    .client()
    .accessCodes.updateMultiple({ common_code_key: key })
    .catch((e) => e);
  expect(err).toMatchObject({ status: 503, retryAfterMs: 3_600_000 });
  expect(t.server().requests).toHaveLength(1);
});

it('a connection reset is retried, and surfaces as SeamConnectionError when it persists', async () => {
  const key = groupKey();
  t.server().faults.push({ reset: true });
  await expect(t.client().accessCodes.updateMultiple({ common_code_key: key })).resolves.toEqual({ ok: true });
  for (let i = 0; i < 3; i++) t.server().faults.push({ reset: true });
  const err = await t
    .client({ maxRetries: 2 })
    .accessCodes.updateMultiple({ common_code_key: key })
    .catch((e) => e);
  expect(err).toBeInstanceOf(SeamConnectionError);
  expect(err.message).toMatch(/^accessCodes\.updateMultiple: Connection to http:\/\/127\.0\.0\.1:\d+ failed/);
});

it('a server slower than the timeout gives SeamTimeoutError', async () => {
  const key = groupKey();
  t.server().faults.push({ delayMs: 1500 });
  const err = await t
    .client({ timeout: 200, maxRetries: 0 })
    .accessCodes.updateMultiple({ common_code_key: key })
    .catch((e) => e);
  expect(err).toBeInstanceOf(SeamTimeoutError);
  expect(err.timeoutMs).toBe(200);
});

it('a caller abort stops the call with the signal reason', async () => {
  const key = groupKey();
  t.server().faults.push({ delayMs: 1500 });
  const controller = new AbortController();
  setTimeout(() => controller.abort(new Error('caller gave up')), 50);
  await expect(
    t.client().accessCodes.updateMultiple({ common_code_key: key }, { signal: controller.signal }),
  ).rejects.toThrow('caller gave up');
});

it('a 502 with an HTML body is a typed error with its status, retried first', async () => {
  const key = groupKey();
  for (let i = 0; i < 3; i++)
    t.server().faults.push({
      status: 502,
      body: '<html><body>Bad gateway</body></html>',
      headers: { 'retry-after': '0' },
    });
  const err = await t
    .client()
    .accessCodes.updateMultiple({ common_code_key: key })
    .catch((e) => e);
  expect(err).toBeInstanceOf(SeamApiError);
  expect(err).toMatchObject({ status: 502, code: 'http_502' });
  expect(err.body).toContain('Bad gateway');
  expect(t.server().requests).toHaveLength(3);
});

it('a 401 with an empty body is SeamUnauthorizedError, not retried', async () => {
  const key = groupKey();
  t.server().faults.push({ status: 401, body: '' });
  const err = await t
    .client()
    .accessCodes.updateMultiple({ common_code_key: key })
    .catch((e) => e);
  expect(err).toBeInstanceOf(SeamUnauthorizedError);
  expect(err).toMatchObject({ status: 401, code: 'http_401' });
  expect(err.body).toBeUndefined();
  expect(err.requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(t.server().requests).toHaveLength(1);
});

it('truncated JSON in a 200 is SeamInvalidResponseError', async () => {
  const key = groupKey();
  t.server().faults.push({ truncate: 'invalid-json' });
  const err = await t
    .client()
    .accessCodes.updateMultiple({ common_code_key: key })
    .catch((e) => e);
  expect(err).toBeInstanceOf(SeamInvalidResponseError);
  expect(err).toMatchObject({ status: 200, code: 'invalid_response' });
});

it('a connection dropped mid-body is SeamConnectionError', async () => {
  const key = groupKey();
  for (let i = 0; i < 3; i++) t.server().faults.push({ truncate: 'dropped' });
  await expect(t.client().accessCodes.updateMultiple({ common_code_key: key })).rejects.toBeInstanceOf(
    SeamConnectionError,
  );
});

it('a custom fetch that throws its own error gives a SeamError naming it, not retried', async () => {
  const KEY = 'seam_testkey_tokens_1234';
  let calls = 0;
  const seam = new SeamClient({
    apiKey: KEY,
    endpoint: t.server().url,
    fetch: async () => {
      calls++;
      throw new RangeError(`broken adapter holding ${KEY}`);
    },
  });
  const err = await seam.accessCodes.updateMultiple({ common_code_key: 'k' }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(SeamError);
  expect(err).not.toBeInstanceOf(SeamConnectionError);
  expect((err as Error).message).toBe(
    'accessCodes.updateMultiple: The fetch function failed: broken adapter holding [redacted]',
  );
  expect(calls).toBe(1);
});

describe('action attempts', () => {
  it('an attempt that ends in error throws SeamActionAttemptFailedError with its type and message', async () => {
    const code = t.server().seed.accessCode({ outcome: 'error' });
    const err = await t
      .client()
      .accessCodes.update({ access_code_id: code.access_code_id })
      .catch((e) => e);
    expect(err).toBeInstanceOf(SeamActionAttemptFailedError);
    expect(err.errorType).toBe('device_offline');
    expect(err.message).toMatch(/The device is offline/);
  });

  it.each([
    ['a poll that hangs', { delayMs: 5000 }],
    ['a poll answered 503 with a long Retry-After', { status: 503, headers: { 'retry-after': '30' } }],
  ])('the wait timeout bounds the whole wait, even with %s: the poll in flight is aborted', async (_case, fault) => {
    const code = t.server().seed.accessCode({ outcome: 'never' });
    t.server().faults.push({ path: '/action_attempts/get', ...fault });
    const started = Date.now();
    const err = await t
      .client({ waitForActionAttempt: { timeout: 400, pollingInterval: 20 } })
      .accessCodes.update({ access_code_id: code.access_code_id })
      .catch((e) => e);
    expect(err).toBeInstanceOf(SeamActionAttemptTimeoutError);
    expect(err.actionAttemptId).toBe([...t.server().state.actionAttempts.keys()][0]);
    // Before, a hanging poll ran into the 30 s per-attempt timeout, and a Retry-After was waited out.
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('an attempt that never finishes throws SeamActionAttemptTimeoutError with its id', async () => {
    const code = t.server().seed.accessCode({ outcome: 'never' });
    // Room for three polls even when a loaded machine (or the other jest worker) slows each one down.
    const err = await t
      .client({ waitForActionAttempt: { timeout: 1000, pollingInterval: 50 } })
      .accessCodes.update({ access_code_id: code.access_code_id })
      .catch((e) => e);
    expect(err).toBeInstanceOf(SeamActionAttemptTimeoutError);
    expect(err.actionAttemptId).toBe([...t.server().state.actionAttempts.keys()][0]);
    expect(t.server().requests.filter((r) => r.path === '/action_attempts/get').length).toBeGreaterThanOrEqual(3);
  });

  it('an attempt in error with no error details, echoing the token, is still a typed, redacted error', async () => {
    const code = t.server().seed.accessCode();
    const id = '3c90c3cc-0d44-4b50-8888-8dd25736052a';
    const key = FAKE_CREDENTIALS.apiKey;
    // The update answers with an attempt already in error (the same shape a poll would have).
    t.server().faults.push({
      path: '/access_codes/update',
      status: 200,
      body: JSON.stringify({
        ok: true,
        action_attempt: {
          action_attempt_id: id,
          action_type: 'UPDATE_ACCESS_CODE',
          status: 'error',
          result: null,
          error: null,
          note: key,
        },
      }),
    });
    const err = await t
      .client()
      .accessCodes.update({ access_code_id: code.access_code_id })
      .catch((e) => e);
    expect(err).toBeInstanceOf(SeamActionAttemptFailedError);
    expect(err.errorType).toBe('unknown');
    expect(err.message).toMatch(/failed: no details given \(unknown\)/);
    expect(JSON.stringify(err.actionAttempt)).not.toContain(key);
    expect(JSON.stringify(err.actionAttempt)).toContain('[redacted]');
  });

  it('several polls while pending, then success', async () => {
    t.server().actionAttempts.pollsToFinish = 3;
    const code = t.server().seed.accessCode();
    const attempt = await t.client().accessCodes.update({ access_code_id: code.access_code_id });
    expect(attempt.status).toBe('success');
    expect(t.server().requests.filter((r) => r.path === '/action_attempts/get')).toHaveLength(3);
  });
});
