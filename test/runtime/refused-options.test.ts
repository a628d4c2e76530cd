// Careless callers: tokens and options that cannot work are refused at construction or per call
// with SeamOptionsError, whose message quotes no secret; an endpoint with a path prefix is kept.
// Calls go over real loopback HTTP.
import { SeamClient, SeamOptionsError } from '../../src/index.js';
import { MAX_TIMER_MS } from '../../src/runtime/index.js';
import { startRecordingServer } from '../helpers/recording-server.js';

const KEY = 'seam_testkey_hardening_1234';

it('a token shorter than 8 characters is refused at construction, without quoting it', () => {
  expect(() => new SeamClient({ apiKey: 'seam_k7' })).toThrow(SeamOptionsError);
  expect(() => new SeamClient({ apiKey: 'seam_k7' })).toThrow(/apiKey must be a string of 8 or more characters/);
  expect(() => new SeamClient({ apiKey: 'seam_k7' })).not.toThrow(/seam_k7/);
  expect(() => new SeamClient({ personalAccessToken: KEY, workspaceId: 'ws' })).toThrow(
    /workspaceId must be a string of 8 or more/,
  );
});

describe('options refused at construction or call, quoting no secret', () => {
  it.each([
    [
      'a token with a newline',
      { apiKey: `${KEY}\n` },
      /apiKey must be a string of 8 or more characters, without newlines or other control characters/,
    ],
    ['a token with a NUL', { apiKey: `${KEY}\0` }, /apiKey must be a string of 8 or more characters, without newlines/],
    [
      'a timeout above what timers can hold',
      { apiKey: KEY, timeout: MAX_TIMER_MS + 1 },
      /timeout must be a positive number of milliseconds up to 2147483647/,
    ],
    [
      'a polling interval above what timers can hold',
      { apiKey: KEY, waitForActionAttempt: { pollingInterval: 2 ** 40 } },
      /pollingInterval must be .* up to 2147483647/,
    ],
    ['too many retries', { apiKey: KEY, maxRetries: 11 }, /maxRetries must be a whole number from 0 to 10/],
    [
      'an endpoint with a query',
      { apiKey: KEY, endpoint: 'https://connect.getseam.com/?region=eu' },
      /endpoint must be an http\(s\) URL .* with no user name, password, query or fragment/,
    ],
    [
      'an endpoint with a fragment',
      { apiKey: KEY, endpoint: 'https://connect.getseam.com/v1#x' },
      /endpoint must be an http\(s\) URL .* with no user name, password, query or fragment/,
    ],
    [
      'an endpoint with credentials',
      { apiKey: KEY, endpoint: 'https://user:s3cret-pw@connect.getseam.com' },
      /endpoint must be an http\(s\) URL .* with no user name, password/,
    ],
    [
      'an ftp endpoint',
      { apiKey: KEY, endpoint: 'ftp://connect.getseam.com' },
      /endpoint must be an http\(s\) URL such as https:\/\/connect.getseam.com/,
    ],
    [
      'a file endpoint',
      { apiKey: KEY, endpoint: 'file:///etc/passwd' },
      /endpoint must be an http\(s\) URL such as https:\/\/connect.getseam.com/,
    ],
  ])('%s', (_case, options, message) => {
    let caught: unknown;
    try {
      new SeamClient(options as never);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(SeamOptionsError);
    expect((caught as Error).message).toMatch(message);
    const shown = `${String(caught)} ${JSON.stringify(caught)} ${(caught as Error).stack}`;
    expect(shown).not.toContain(KEY);
    expect(shown).not.toContain('s3cret-pw');
  });

  it.each([
    ['null options', null, /options must be an object/],
    ['a signal that is not an AbortSignal', { signal: { aborted: false } }, /signal must be an AbortSignal/],
    ['a per-call endpoint with credentials', { endpoint: 'https://u:s3cret-pw@h' }, /with no user name, password/],
  ])('per call: %s rejects with SeamOptionsError', async (_case, options, message) => {
    const seam = new SeamClient({ apiKey: KEY, endpoint: 'http://127.0.0.1:1' });
    const err = await seam.accessCodes.update({ access_code_id: 'c' }, options as never).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SeamOptionsError);
    expect((err as Error).message).toMatch(message);
    expect(String(err)).not.toContain(KEY);
    expect(String(err)).not.toContain('s3cret-pw');
  });

  it('keeps the path prefix of an endpoint', async () => {
    const api = await startRecordingServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'),
    );
    try {
      await new SeamClient({ apiKey: KEY, endpoint: `${api.url}/v1/` }).accessCodes.updateMultiple({
        common_code_key: 'k',
      });
      expect(api.seen.map((h) => h.url)).toEqual(['/v1/access_codes/update_multiple']);
    } finally {
      await api.close();
    }
  });
});
