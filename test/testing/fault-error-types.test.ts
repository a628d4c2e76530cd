// A scripted fault answers as the API would for its status: with the error type the spec documents
// for it, so the client throws the class a real answer gives. Retries against faults can be
// instant: a fault's `retryAfter: 0`, and the client's `retryDelay: 0` for a dropped connection.
import {
  SeamApiError,
  SeamClient,
  SeamInvalidInputError,
  SeamNotFoundError,
  SeamRateLimitError,
} from '../../src/index.js';
import { retryDelay } from '../../src/runtime/retry.js';
import { createFakeSeam, FAKE_CREDENTIALS } from '../../src/testing/index.js';
import { defaultSpec } from '../../src/testing/spec.js';
import type { Json } from '../helpers/spec.js';

/** The package's bundled spec, walked freely. */
const bundled: Json = defaultSpec;

const client = (fake: ReturnType<typeof createFakeSeam>, options: ConstructorParameters<typeof SeamClient>[0] = {}) =>
  new SeamClient({ apiKey: FAKE_CREDENTIALS.apiKey, fetch: fake.fetch, maxRetries: 0, ...options });
const rejection = (work: Promise<unknown>) =>
  work.then(
    () => {
      throw new Error('resolved');
    },
    (err: SeamApiError) => err,
  );

/** What the spec's own examples give for a status of accessCodesUpdate (the test reads the spec too). */
function specType(status: string): string {
  const ref: string = bundled.paths['/access_codes/update'].post.responses[status].$ref;
  const response = bundled.components.responses[ref.split('/').pop()!];
  return Object.values<{ value: { error: { type: string } } }>(response.content['application/json'].examples)[0]!.value
    .error.type;
}

it.each([
  [503, '5XX', SeamApiError],
  [429, '429', SeamRateLimitError],
  [400, '400', SeamInvalidInputError],
  [404, '404', SeamNotFoundError],
] as const)(
  "a scripted %i answers with the spec's error type for it, and the client throws its class",
  async (status, documented, Class) => {
    const fake = createFakeSeam();
    const code = fake.seed.accessCode();
    fake.fail('accessCodesUpdate', { status });
    const err = await rejection(client(fake).accessCodes.update({ access_code_id: code.access_code_id }));
    expect(err).toBeInstanceOf(Class);
    expect(err.code).toBe(specType(documented));
    expect(err.code).not.toMatch(/^http_/);
  },
);

it('the types are read from the spec: another spec documents others, and a status it does not document is http_<status>', async () => {
  const spec = structuredClone(bundled);
  const responses = spec.components.responses;
  Object.values<{ value: { error: { type: string } } }>(
    responses.ServerError.content['application/json'].examples,
  )[0]!.value.error.type = 'maintenance_window';
  const fake = createFakeSeam({ spec });
  fake.fail('accessCodesUpdateMultiple', { status: 503 });
  fake.fail('accessCodesUpdateMultiple', { status: 418 });
  const seam = client(fake);
  expect(await rejection(seam.accessCodes.updateMultiple({ common_code_key: 'k' }))).toMatchObject({
    status: 503,
    code: 'maintenance_window',
  });
  expect(await rejection(seam.accessCodes.updateMultiple({ common_code_key: 'k' }))).toMatchObject({
    status: 418,
    code: 'http_418',
  });
});

it('a fault with its own body keeps it', async () => {
  const fake = createFakeSeam();
  fake.fail('accessCodesUpdateMultiple', { status: 502, body: '<html>bad gateway</html>' });
  expect(await rejection(client(fake).accessCodes.updateMultiple({ common_code_key: 'k' }))).toMatchObject({
    status: 502,
    code: 'http_502',
    body: '<html>bad gateway</html>',
  });
});

describe('instant retries', () => {
  it('retryDelay: 0 makes the backoff 0; the default starts at 250–500 ms', () => {
    expect([0, 1, 5].map((retry) => retryDelay(retry, undefined, () => 1, 0))).toEqual([0, 0, 0]);
    expect(retryDelay(0, undefined, () => 0)).toBe(250);
    expect(retryDelay(0, undefined, () => 1, 100)).toBe(100);
  });

  it('three dropped connections, retried at once: the call succeeds on the fourth request', async () => {
    const fake = createFakeSeam();
    fake.seed.accessCode({ common_code_key: 'k' });
    fake.drop('accessCodesUpdateMultiple', { times: 3 });
    const started = Date.now();
    await expect(
      client(fake, { maxRetries: 3, retryDelay: 0 }).accessCodes.updateMultiple({ common_code_key: 'k' }),
    ).resolves.toEqual({ ok: true });
    expect(fake.requestsTo('accessCodesUpdateMultiple')).toHaveLength(4);
    // The default backoff waits at least 250 + 500 + 1000 ms for three retries.
    expect(Date.now() - started).toBeLessThan(1750);
  });

  it("fake.fail(…, { retryAfter: 0 }) is retried at once, the client's default backoff untouched", async () => {
    const fake = createFakeSeam();
    fake.seed.accessCode({ common_code_key: 'k' });
    fake.fail('accessCodesUpdateMultiple', { status: 503, retryAfter: 0, times: 2 });
    const started = Date.now();
    await expect(client(fake, { maxRetries: 2 }).accessCodes.updateMultiple({ common_code_key: 'k' })).resolves.toEqual(
      { ok: true },
    );
    expect(fake.requestsTo('accessCodesUpdateMultiple')).toHaveLength(3);
    expect(Date.now() - started).toBeLessThan(750);
  });

  it('retryDelay is checked like the other options', () => {
    expect(() => new SeamClient({ apiKey: FAKE_CREDENTIALS.apiKey, retryDelay: -1 })).toThrow(
      'retryDelay must be 0 to 8000 ms, not -1.',
    );
  });
});
