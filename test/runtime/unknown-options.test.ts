// A misspelt option is refused where it is given, saying what was meant: in JavaScript nothing else
// would tell that `{ timout: 5 }` did nothing. Calls go over a real loopback server.
import fc from 'fast-check';
import { createSeamCore, SeamClient, SeamOptionsError, accessCodesUpdateMultiple } from '../../src/index.js';
import { createSeamFetchClient } from '../../src/fetch.js';
import { distance } from '../../src/runtime/option-names.js';
import { startFakeSeam, FAKE_CREDENTIALS, type FakeSeamServer } from '../../src/testing/index.js';

const apiKey = FAKE_CREDENTIALS.apiKey;
let fake: FakeSeamServer;
beforeEach(async () => {
  fake = await startFakeSeam();
});
afterEach(() => fake.close());

const refusal = (make: () => unknown): Error => {
  try {
    make();
  } catch (err) {
    return err as Error;
  }
  throw new Error('accepted');
};

const rejection = (work: Promise<unknown>): Promise<Error> =>
  work.then(
    () => {
      throw new Error('resolved');
    },
    (err: Error) => err,
  );

describe('at construction', () => {
  it('new SeamClient({ apiKey, timout: 5 }) is refused, suggesting timeout', () => {
    const err = refusal(() => new SeamClient({ apiKey, timout: 5 } as never));
    expect(err).toBeInstanceOf(SeamOptionsError);
    expect(err.message).toMatch(/^SeamClient takes no option timout: did you mean timeout\?/);
  });

  it('a wrong case and a plural are caught too', () => {
    expect(refusal(() => new SeamClient({ apikey: apiKey } as never)).message).toMatch(/did you mean apiKey\?/);
    expect(refusal(() => new SeamClient({ apiKey, waitForActionAttempts: false } as never)).message).toMatch(
      /did you mean waitForActionAttempt\?/,
    );
  });

  it('a name close to no option is refused without a guess', () => {
    expect(refusal(() => new SeamClient({ apiKey, colour: 'blue' } as never)).message).toBe(
      'SeamClient takes no option colour',
    );
    // Two letters off a four-letter name is another word, not a typo.
    expect(refusal(() => new SeamClient({ apiKey, feed: 1 } as never)).message).toBe('SeamClient takes no option feed');
  });

  it('createSeamCore refuses unknown options, and logger (it logs nothing)', () => {
    expect(refusal(() => createSeamCore({ apiKey, maxRetry: 1 } as never)).message).toMatch(
      /^createSeamCore\(\) takes no option maxRetry: did you mean maxRetries\?/,
    );
    expect(refusal(() => createSeamCore({ apiKey, logger: console } as never)).message).toMatch(
      /logger need a SeamClient/,
    );
  });

  it("createSeamFetchClient refuses openapi-fetch's baseUrl, pointing at endpoint, and options it does not use", () => {
    const err = refusal(() => createSeamFetchClient({ apiKey, baseUrl: fake.url } as never));
    expect(err).toBeInstanceOf(SeamOptionsError);
    expect(err.message).toMatch(/^createSeamFetchClient\(\) takes no option baseUrl: did you mean endpoint\?/);
    // It makes no retries and has no timeout of its own: accepting these would promise what it does not do.
    expect(refusal(() => createSeamFetchClient({ apiKey, timeout: 5 } as never)).message).toBe(
      'createSeamFetchClient() takes no option timeout',
    );
  });

  it('a name that is not an identifier is not quoted (it could be a token)', () => {
    const token = 'seam_live_abc-def+ghi/jkl';
    const err = refusal(() => new SeamClient({ apiKey, [token]: true } as never));
    expect(err.message).toBe('SeamClient takes no option (not a plain name)');
    expect(err.message).not.toContain(token);
  });

  it('known options all pass', () => {
    expect(
      () =>
        new SeamClient({
          apiKey,
          endpoint: fake.url,
          timeout: 5,
          maxRetries: 0,
          waitForActionAttempt: false,
          headers: {},
          maxResponseBytes: 10,
          middleware: [],
          logLevel: 'off',
          logger: console,
          fetch,
        }),
    ).not.toThrow();
    expect(() =>
      createSeamFetchClient({
        apiKey,
        endpoint: fake.url,
        headers: {},
        fetch,
        middleware: [],
        logLevel: 'off',
        logger: console,
      }),
    ).not.toThrow();
  });
});

describe('per call', () => {
  it('a per-call { waitForActionAttempts: false } is refused before anything is sent, suggesting waitForActionAttempt', async () => {
    const code = fake.seed.accessCode();
    const seam = new SeamClient({ apiKey, endpoint: fake.url });
    const err = await rejection(
      seam.accessCodes.update({ access_code_id: code.access_code_id }, { waitForActionAttempts: false } as never),
    );
    expect(err).toBeInstanceOf(SeamOptionsError);
    expect(err.message).toMatch(
      /^accessCodes\.update: the call takes no option waitForActionAttempts: did you mean waitForActionAttempt\?/,
    );
    expect(fake.requests).toHaveLength(0);
  });

  it('through a standalone function too; signal is a per-call option', async () => {
    const core = createSeamCore({ apiKey, endpoint: fake.url });
    const err = await rejection(
      accessCodesUpdateMultiple(core, { common_code_key: 'k' }, { singal: AbortSignal.timeout(1000) } as never),
    );
    expect(err.message).toMatch(/takes no option singal: did you mean signal\?/);
    fake.seed.accessCode({ common_code_key: 'k' });
    await expect(
      accessCodesUpdateMultiple(core, { common_code_key: 'k' }, { signal: AbortSignal.timeout(5000) }),
    ).resolves.toEqual({ ok: true });
  });
});

describe('the edit distance', () => {
  it('is the Levenshtein distance, ignoring case', () => {
    expect(distance('timout', 'timeout')).toBe(1);
    expect(distance('kitten', 'sitting')).toBe(3);
    expect(distance('ApiKey', 'apikey')).toBe(0);
    expect(distance('', 'abc')).toBe(3);
  });

  it('is a metric: symmetric, zero only for equal names, and within the triangle inequality', () => {
    const name = fc.string({ maxLength: 12 });
    fc.assert(
      fc.property(name, name, name, (a, b, c) => {
        expect(distance(a, b)).toBe(distance(b, a));
        expect(distance(a, b) === 0).toBe(a.toLowerCase() === b.toLowerCase());
        expect(distance(a, c)).toBeLessThanOrEqual(distance(a, b) + distance(b, c));
        expect(distance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
