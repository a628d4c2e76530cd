// The testing kit as a team would use it: the in-process fake behind SeamClient (no socket, and no
// endpoint given: the default production URL, which this machine cannot reach), its seeding, state
// and recorded requests, scripted faults, and operations the fake knows only from the spec.
import {
  SeamActionAttemptFailedError,
  SeamClient,
  SeamConnectionError,
  SeamInvalidInputError,
  SeamNotFoundError,
  SeamRateLimitError,
  SeamTimeoutError,
  SeamUnauthorizedError,
} from '../../src/index.js';
import { createFakeSeam, FAKE_CREDENTIALS, type FakeSeam } from '../../src/testing/index.js';
import { loadSpec } from '../helpers/spec.js';

const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

function clientOf(fake: FakeSeam, options: ConstructorParameters<typeof SeamClient>[0] = {}) {
  return new SeamClient({
    apiKey: FAKE_CREDENTIALS.apiKey,
    fetch: fake.fetch,
    waitForActionAttempt: { timeout: 2000, pollingInterval: 1 },
    ...options,
  });
}

it('updates a seeded access code in-process: the answer, the state and the recorded request agree', async () => {
  const fake = createFakeSeam();
  const code = fake.seed.accessCode({ name: 'Front door', code: '1234' });
  const attempt = await clientOf(fake).accessCodes.update({ access_code_id: code.access_code_id, code: '4444' });
  expect(attempt).toMatchObject({
    status: 'success',
    result: { access_code: { access_code_id: code.access_code_id, code: '4444', status: 'set' } },
  });
  expect(fake.state.accessCodes.get(code.access_code_id)).toMatchObject({ code: '4444', name: 'Front door' });
  const [sent] = fake.requestsTo('accessCodesUpdate');
  // Typed from the spec: `code` is the request's string field.
  const pin: string | undefined = sent!.body.code;
  expect(pin).toBe('4444');
  expect(sent!.headers.authorization).toBe(`Bearer ${FAKE_CREDENTIALS.apiKey}`);
  expect(fake.requestsTo('actionAttemptsGet')).toHaveLength(1);
  expect(fake.endpoint).toBe('https://connect.getseam.com');
});

it('answers as the API does: 400 invalid_input with validation_errors, 401, and both 404s', async () => {
  const fake = createFakeSeam();
  const code = fake.seed.accessCode();
  const seam = clientOf(fake);
  const invalid = await seam.accessCodes.update({ access_code_id: code.access_code_id, code: '12' }).catch((e) => e);
  expect(invalid).toBeInstanceOf(SeamInvalidInputError);
  expect(invalid.validationErrors).toMatchObject({ _errors: [], code: { _errors: [expect.any(String)] } });
  const unauthorized = await clientOf(fake, { apiKey: 'seam_wrong_key' })
    .accessCodes.update({ access_code_id: code.access_code_id })
    .catch((e) => e);
  expect(unauthorized).toBeInstanceOf(SeamUnauthorizedError);
  const missingCode = await seam.accessCodes
    .update({ access_code_id: '00000000-0000-4000-8000-000000000000' })
    .catch((e) => e);
  expect(missingCode).toBeInstanceOf(SeamNotFoundError);
  expect(missingCode.code).toBe('access_code_not_found');
  const missingDevice = await seam.accessCodes
    .update({ access_code_id: code.access_code_id, device_id: '00000000-0000-4000-8000-00000000000d' })
    .catch((e) => e);
  expect(missingDevice.code).toBe('device_not_found');
});

it('update_multiple changes the whole linked group and nothing else', async () => {
  const fake = createFakeSeam();
  const group = [fake.seed.accessCode({ common_code_key: 'g' }), fake.seed.accessCode({ common_code_key: 'g' })];
  const other = fake.seed.accessCode({ common_code_key: 'other' });
  const [starts_at, ends_at] = [future(1), future(2)];
  await expect(
    clientOf(fake).accessCodes.updateMultiple({ common_code_key: 'g', starts_at, ends_at }),
  ).resolves.toEqual({ ok: true });
  for (const c of group) expect(fake.state.accessCodes.get(c.access_code_id)).toMatchObject({ starts_at, ends_at });
  expect(fake.state.accessCodes.get(other.access_code_id)!.starts_at).toBeNull();
});

describe('action attempts', () => {
  it('stay pending for the configured number of polls', async () => {
    const fake = createFakeSeam({ actionAttempts: { pollsToFinish: 3 } });
    const code = fake.seed.accessCode();
    await expect(clientOf(fake).accessCodes.update({ access_code_id: code.access_code_id })).resolves.toMatchObject({
      status: 'success',
    });
    expect(fake.requestsTo('actionAttemptsGet')).toHaveLength(3);
  });

  it('pollsToFinish: 0 means finished in the answer that starts them: no poll at all', async () => {
    const fake = createFakeSeam({ actionAttempts: { pollsToFinish: 0 } });
    const code = fake.seed.accessCode();
    const attempt = await clientOf(fake).accessCodes.update({ access_code_id: code.access_code_id, code: '5555' });
    expect(attempt).toMatchObject({ status: 'success', result: { access_code: { code: '5555', status: 'set' } } });
    expect(fake.requestsTo('actionAttemptsGet')).toHaveLength(0);
  });

  it('finish on the first poll, which comes at once, not after pollingInterval', async () => {
    // No timing: an interval no test would wait out. Were the first poll to wait for it, the call
    // would not settle within the test's timeout.
    const fake = createFakeSeam();
    const code = fake.seed.accessCode();
    const seam = new SeamClient({
      apiKey: FAKE_CREDENTIALS.apiKey,
      fetch: fake.fetch,
      waitForActionAttempt: { timeout: 600_000, pollingInterval: 600_000 },
    });
    await expect(seam.accessCodes.update({ access_code_id: code.access_code_id })).resolves.toMatchObject({
      status: 'success',
    });
    expect(fake.requestsTo('actionAttemptsGet')).toHaveLength(1);
  }, 10_000);

  it('or for a time', async () => {
    const fake = createFakeSeam({ actionAttempts: { pollsToFinish: Infinity, msToFinish: 150 } });
    const code = fake.seed.accessCode();
    const started = Date.now();
    await clientOf(fake, { waitForActionAttempt: { timeout: 2000, pollingInterval: 20 } }).accessCodes.update({
      access_code_id: code.access_code_id,
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('end in error when the code is seeded to fail', async () => {
    const fake = createFakeSeam();
    const code = fake.seed.accessCode({ outcome: 'error' });
    const err = await clientOf(fake)
      .accessCodes.update({ access_code_id: code.access_code_id })
      .catch((e) => e);
    expect(err).toBeInstanceOf(SeamActionAttemptFailedError);
    expect([...fake.state.actionAttempts.values()][0]).toMatchObject({
      status: 'error',
      error: { type: 'device_offline' },
    });
  });

  it('can be seeded and looked up', async () => {
    const fake = createFakeSeam();
    const id = fake.seed.actionAttempt();
    await expect(clientOf(fake).actionAttempts.get({ action_attempt_id: id })).resolves.toMatchObject({
      action_attempt_id: id,
      status: 'success',
    });
  });
});

describe('scripted faults', () => {
  it('the next N calls of an operation answer 503 with Retry-After, then it recovers', async () => {
    const fake = createFakeSeam();
    fake.seed.accessCode({ common_code_key: 'g' });
    fake.fail('accessCodesUpdateMultiple', { status: 503, retryAfter: 0, times: 2 });
    await expect(clientOf(fake).accessCodes.updateMultiple({ common_code_key: 'g' })).resolves.toEqual({ ok: true });
    expect(fake.requestsTo('accessCodesUpdateMultiple')).toHaveLength(3);
    expect(fake.faults).toEqual([]);
  });

  it('429 beyond the retries surfaces as SeamRateLimitError; other operations are untouched', async () => {
    const fake = createFakeSeam();
    const code = fake.seed.accessCode();
    fake.fail('accessCodesUpdate', { status: 429, retryAfter: 0, times: 5 });
    const seam = clientOf(fake, { maxRetries: 1 });
    await expect(seam.accessCodes.update({ access_code_id: code.access_code_id })).rejects.toBeInstanceOf(
      SeamRateLimitError,
    );
    const id = fake.seed.actionAttempt();
    await expect(seam.actionAttempts.get({ action_attempt_id: id })).resolves.toMatchObject({ action_attempt_id: id });
  });

  it('a dropped connection is a SeamConnectionError, as over the network', async () => {
    const fake = createFakeSeam();
    const code = fake.seed.accessCode();
    fake.drop('accessCodesUpdate', { times: 3 });
    const err = await clientOf(fake)
      .accessCodes.update({ access_code_id: code.access_code_id })
      .catch((e) => e);
    expect(err).toBeInstanceOf(SeamConnectionError);
    expect(fake.requestsTo('accessCodesUpdate')).toHaveLength(3);
  });

  it('latency past the client timeout is a SeamTimeoutError, and the fake stops waiting with it', async () => {
    const fake = createFakeSeam({ latencyMs: 5000 });
    const code = fake.seed.accessCode();
    const started = Date.now();
    await expect(
      clientOf(fake, { timeout: 100, maxRetries: 0 }).accessCodes.update({ access_code_id: code.access_code_id }),
    ).rejects.toBeInstanceOf(SeamTimeoutError);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

it('serves an operation it knows only from the spec, with the spec example, after validating the request', async () => {
  const spec = loadSpec();
  spec.paths['/devices/get'] = {
    post: {
      operationId: 'devicesGet',
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: { type: 'object', required: ['device_id'], properties: { device_id: { type: 'string' } } },
          },
        },
      },
      responses: {
        200: {
          description: 'ok',
          content: {
            'application/json': { example: { ok: true, device: { device_id: 'd1', display_name: 'Front' } } },
          },
        },
      },
    },
  };
  const fake = createFakeSeam({ spec });
  const call = (body: unknown) =>
    fake.fetch('https://connect.getseam.com/devices/get', {
      method: 'POST',
      headers: { authorization: `Bearer ${FAKE_CREDENTIALS.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const ok = await call({ device_id: 'd1' });
  expect(ok.status).toBe(200);
  expect(await ok.json()).toEqual({ ok: true, device: { device_id: 'd1', display_name: 'Front' } });
  const bad = await call({});
  expect(bad.status).toBe(400);
  expect(await bad.json()).toMatchObject({
    ok: false,
    error: { type: 'invalid_input', validation_errors: { device_id: { _errors: ['Required'] } } },
  });
  expect(fake.requests.map((r) => r.operation)).toEqual(['devicesGet', 'devicesGet']);
});
