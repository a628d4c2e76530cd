// The in-process fake where crypto.randomUUID does not exist: a browser page on a non-secure origin
// (http://app.local) has crypto.getRandomValues only.
import { SeamClient } from '../../src/index.js';
import { createFakeSeam, FAKE_CREDENTIALS } from '../../src/testing/index.js';
import { randomUUID } from '../../src/testing/uuid.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('without crypto.randomUUID', () => {
  const real = Object.getOwnPropertyDescriptor(globalThis, 'crypto')!;
  beforeEach(() => {
    const { getRandomValues } = globalThis.crypto;
    Object.defineProperty(globalThis, 'crypto', {
      configurable: true,
      value: { getRandomValues: getRandomValues.bind(globalThis.crypto) },
    });
  });
  afterEach(() => Object.defineProperty(globalThis, 'crypto', real));

  it('makes version 4 UUIDs from getRandomValues, each different', () => {
    expect(globalThis.crypto.randomUUID).toBeUndefined();
    const ids = Array.from({ length: 200 }, () => randomUUID());
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('seeds, updates and waits as usual', async () => {
    const fake = createFakeSeam();
    const code = fake.seed.accessCode();
    expect(code.access_code_id).toMatch(UUID_V4);
    const seam = new SeamClient({ apiKey: FAKE_CREDENTIALS.apiKey, fetch: fake.fetch });
    const { data, response } = await seam.accessCodes
      .update({ access_code_id: code.access_code_id, code: '1357' })
      .withResponse();
    expect(data).toMatchObject({ status: 'success', action_attempt_id: expect.stringMatching(UUID_V4) });
    expect(response.headers.get('seam-request-id')).toMatch(UUID_V4);
  });
});
