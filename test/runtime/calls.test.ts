// Both operations end to end against the stateful loopback server, and the typed errors.
import {
  SeamApiError,
  SeamInvalidInputError,
  SeamOptionsError,
  SeamNotFoundError,
  SeamUnauthorizedError,
} from '../../src/index.js';
import { useTestServer } from '../helpers/client.js';
import { FAKE_CREDENTIALS } from '../../src/testing/index.js';

const t = useTestServer();
const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('accessCodes.update', () => {
  it('updates the code and resolves to the successful action attempt', async () => {
    const code = t.server().seed.accessCode();
    const attempt = await t
      .client()
      .accessCodes.update({ access_code_id: code.access_code_id, code: '4444', name: 'Back door' });
    expect(attempt.status).toBe('success');
    if (attempt.status !== 'success') throw new Error('narrowing');
    expect(attempt.result.access_code).toMatchObject({ code: '4444', name: 'Back door', status: 'set' });
    expect(t.server().requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /access_codes/update',
      'POST /action_attempts/get',
    ]);
  });

  it('with waiting off, resolves to the pending attempt after one request', async () => {
    const code = t.server().seed.accessCode();
    const attempt = await t
      .client({ waitForActionAttempt: false })
      .accessCodes.update({ access_code_id: code.access_code_id });
    expect(attempt).toMatchObject({ status: 'pending', action_type: 'UPDATE_ACCESS_CODE' });
    expect(t.server().requests).toHaveLength(1);
  });

  it('a body that cannot be JSON rejects with SeamOptionsError naming why, not a connection error, and sends nothing', async () => {
    const body = { access_code_id: 'x', name: 'n' } as Record<string, unknown>;
    body.self = body;
    const err = await t
      .client()
      .accessCodes.update(body as never)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SeamOptionsError);
    expect((err as Error).message).toMatch(/^accessCodes\.update: The request could not be built: .*circular/i);
    expect(t.server().requests).toHaveLength(0);
  });

  it('type: ongoing removes the time bounds', async () => {
    const code = t.server().seed.accessCode({ type: 'time_bound', starts_at: future(1), ends_at: future(2) });
    await t.client().accessCodes.update({ access_code_id: code.access_code_id, type: 'ongoing' });
    expect(t.server().state.accessCodes.get(code.access_code_id)).toMatchObject({
      type: 'ongoing',
      starts_at: null,
      ends_at: null,
    });
  });

  it('an unknown access_code_id is SeamNotFoundError access_code_not_found with a request id', async () => {
    const err = await t
      .client()
      .accessCodes.update({ access_code_id: '00000000-0000-4000-8000-000000000000' })
      .catch((e) => e);
    expect(err).toBeInstanceOf(SeamNotFoundError);
    expect(err).toMatchObject({ status: 404, code: 'access_code_not_found' });
    expect(err.requestId).toMatch(/^[0-9a-f-]{36}$/);
    // Taken from the seam-request-id header, which the server sets to the body's request_id.
    expect(err.requestId).toBe(err.body.error.request_id);
  });

  it('an unknown device_id is device_not_found', async () => {
    const code = t.server().seed.accessCode();
    const err = await t
      .client()
      .accessCodes.update({ access_code_id: code.access_code_id, device_id: '00000000-0000-4000-8000-000000000001' })
      .catch((e) => e);
    expect(err).toMatchObject({ name: 'SeamNotFoundError', code: 'device_not_found' });
  });

  it('a body the spec rejects is SeamInvalidInputError with per-field messages', async () => {
    const code = t.server().seed.accessCode();
    const err = await t
      .client()
      .accessCodes.update({ access_code_id: code.access_code_id, code: '12ab' })
      .catch((e) => e);
    expect(err).toBeInstanceOf(SeamInvalidInputError);
    expect(err.code).toBe('invalid_input');
    expect(err.getValidationErrorMessages('code')).toEqual([expect.stringMatching(/pattern/)]);
    expect(err.getValidationErrorMessages('name')).toEqual([]);
  });

  it('the server checks formats from the spec: a non-uuid access_code_id is invalid input', async () => {
    const err = await t
      .client()
      .accessCodes.update({ access_code_id: 'not-a-uuid' })
      .catch((e) => e);
    expect(err).toBeInstanceOf(SeamInvalidInputError);
    expect(err.getValidationErrorMessages('access_code_id')).toEqual(['must match format "uuid"']);
  });

  it('ends_at before starts_at is rejected by the API', async () => {
    const code = t.server().seed.accessCode();
    const err = await t
      .client()
      .accessCodes.update({ access_code_id: code.access_code_id, starts_at: future(3), ends_at: future(2) })
      .catch((e) => e);
    expect(err).toBeInstanceOf(SeamInvalidInputError);
    expect(err.getValidationErrorMessages('ends_at')).toEqual(['Must be after starts_at']);
  });

  it('ends_at in the past is rejected by the API', async () => {
    const code = t.server().seed.accessCode();
    const err = await t
      .client()
      .accessCodes.update({ access_code_id: code.access_code_id, ends_at: future(-1) })
      .catch((e) => e);
    expect(err.getValidationErrorMessages('ends_at')).toEqual(['Must be in the future']);
  });
});

describe('accessCodes.updateMultiple', () => {
  it('reschedules every code of the linked group', async () => {
    const { seed } = t.server();
    const key = 'auto_set_by_create_multiple_1';
    const a = seed.accessCode({ common_code_key: key });
    const b = seed.accessCode({ common_code_key: key });
    const other = seed.accessCode({ common_code_key: 'other' });
    const [starts_at, ends_at] = [future(1), future(2)];
    await expect(t.client().accessCodes.updateMultiple({ common_code_key: key, starts_at, ends_at })).resolves.toEqual({
      ok: true,
    });
    for (const c of [a, b])
      expect(t.server().state.accessCodes.get(c.access_code_id)).toMatchObject({ starts_at, ends_at });
    expect(t.server().state.accessCodes.get(other.access_code_id)?.starts_at).toBeNull();
  });

  it('an unknown common_code_key is SeamNotFoundError', async () => {
    await expect(t.client().accessCodes.updateMultiple({ common_code_key: 'nope' })).rejects.toMatchObject({
      name: 'SeamNotFoundError',
      status: 404,
    });
  });

  it('an empty common_code_key is invalid input', async () => {
    const err = await t
      .client()
      .accessCodes.updateMultiple({ common_code_key: '' })
      .catch((e) => e);
    expect(err.getValidationErrorMessages('common_code_key')).toHaveLength(1);
  });
});

describe('credentials never leak into errors', () => {
  it('not in message, toString, JSON or body, even when the server echoes the token', async () => {
    t.server().faults.push({
      status: 400,
      body: JSON.stringify({
        ok: false,
        error: {
          type: 'invalid_input',
          message: `bad token ${FAKE_CREDENTIALS.apiKey}`,
          validation_errors: { _errors: [FAKE_CREDENTIALS.apiKey] },
        },
      }),
    });
    const err: SeamApiError = await t
      .client()
      .accessCodes.updateMultiple({ common_code_key: 'k' })
      .catch((e) => e);
    expect(err).toBeInstanceOf(SeamApiError);
    for (const text of [err.message, String(err), JSON.stringify(err), err.stack ?? '']) {
      expect(text).not.toContain(FAKE_CREDENTIALS.apiKey);
    }
    expect(err.message).toContain('[redacted]');
  });

  it('a wrong key gives SeamUnauthorizedError without the key', async () => {
    const seam = t.client({ apiKey: 'seam_wrong_key_123' });
    const err = await seam.accessCodes.updateMultiple({ common_code_key: 'k' }).catch((e) => e);
    expect(err).toBeInstanceOf(SeamUnauthorizedError);
    expect(JSON.stringify(err) + String(err)).not.toContain('seam_wrong_key_123');
  });
});
