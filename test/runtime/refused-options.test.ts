// Hostile servers and careless callers, over real loopback HTTP: redirects are not followed,
// tokens and options are refused at construction with a typed error that quotes no secret, and
// Retry-After is read strictly.
import { SeamApiError, SeamClient, SeamOptionsError } from '../../src/index.js';
import { parseRetryAfter } from '../../src/runtime/api-errors.js';
import { DEFAULTS, MAX_TIMER_MS } from '../../src/runtime/index.js';
import { startRecordingServer, type RecordingServer } from '../helpers/recording-server.js';
import { clientCore } from '../helpers/client-core.js';

const KEY = 'seam_testkey_hardening_1234';

describe('redirects', () => {
  let other: RecordingServer;
  let api: RecordingServer;
  beforeAll(async () => {
    other = await startRecordingServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true,"action_attempt":{}}'));
    api = await startRecordingServer((req, res) => {
      const status = Number(req.headers['x-status'] ?? 302);
      res.writeHead(status, { location: `${other.url}/elsewhere?token=${KEY}` }).end();
    });
  });
  afterAll(async () => {
    await api.close();
    await other.close();
  });

  it.each([301, 302, 303, 307, 308])('%i is not followed: a typed error with the status, nothing sent elsewhere', async (status) => {
    const seam = new SeamClient({ apiKey: KEY, endpoint: api.url, headers: { 'x-status': String(status) }, maxRetries: 0 });
    const err = await seam.accessCodes.update({ access_code_id: 'c', code: '1234' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SeamApiError);
    expect(err).toMatchObject({ status, code: `http_${status}` });
    expect(JSON.stringify(err) + String(err) + (err as Error).stack).not.toContain(KEY);
    // Followed, a 301/302/303 would have become a GET answered 200 there: the update "succeeding".
    expect(other.seen).toHaveLength(0);
    expect(api.seen.at(-1)).toMatchObject({ method: 'POST', url: '/access_codes/update' });
  });

  it('an operation whose spec documents only a redirect resolves to where it points', async () => {
    const core = clientCore({ ...DEFAULTS, endpoint: api.url, headers: {}, secrets: [] });
    await expect(core.request({ path: '/download', method: 'get', response: 'location' }, undefined)).resolves.toBe(`${other.url}/elsewhere?token=${KEY}`);
    expect(other.seen).toHaveLength(0);
  });
});

describe('options refused at construction or call, quoting no secret', () => {
  it.each([
    ['a token with a newline', { apiKey: `${KEY}\n` }, /apiKey must be a string of 8 or more characters, without newlines or other control characters/],
    ['a token with a NUL', { apiKey: `${KEY}\0` }, /apiKey must be a string of 8 or more characters, without newlines/],
    ['a timeout above what timers can hold', { apiKey: KEY, timeout: MAX_TIMER_MS + 1 }, /timeout must be a positive number of milliseconds up to 2147483647/],
    ['a polling interval above what timers can hold', { apiKey: KEY, waitForActionAttempt: { pollingInterval: 2 ** 40 } }, /pollingInterval must be .* up to 2147483647/],
    ['too many retries', { apiKey: KEY, maxRetries: 11 }, /maxRetries must be a whole number from 0 to 10/],
    ['an endpoint with a query', { apiKey: KEY, endpoint: 'https://connect.getseam.com/?region=eu' }, /endpoint must be an http\(s\) URL .* with no user name, password, query or fragment/],
    ['an endpoint with a fragment', { apiKey: KEY, endpoint: 'https://connect.getseam.com/v1#x' }, /endpoint must be an http\(s\) URL .* with no user name, password, query or fragment/],
    ['an endpoint with credentials', { apiKey: KEY, endpoint: 'https://user:s3cret-pw@connect.getseam.com' }, /endpoint must be an http\(s\) URL .* with no user name, password/],
    ['an ftp endpoint', { apiKey: KEY, endpoint: 'ftp://connect.getseam.com' }, /endpoint must be an http\(s\) URL such as https:\/\/connect.getseam.com/],
    ['a file endpoint', { apiKey: KEY, endpoint: 'file:///etc/passwd' }, /endpoint must be an http\(s\) URL such as https:\/\/connect.getseam.com/],
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
    const api = await startRecordingServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'));
    try {
      await new SeamClient({ apiKey: KEY, endpoint: `${api.url}/v1/` }).accessCodes.updateMultiple({ common_code_key: 'k' });
      expect(api.seen.map((h) => h.url)).toEqual(['/v1/access_codes/update_multiple']);
    } finally {
      await api.close();
    }
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it.each(['-5', '1 2', 'later 3', 'foo 2030', '1.5', 'Tomorrow', ''])('%j is no delay at all: the usual backoff applies', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
  it.each<[string, number]>([
    ['0', 0],
    ['3', 3000],
    ['2024', 2_024_000],
    ['Thu, 01 Jan 2026 00:00:05 GMT', 5000],
    ['Thursday, 01-Jan-26 00:00:07 GMT', 7000],
    ['Thu Jan  1 00:00:09 2026', 9000],
  ])('%j is %i ms', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });
});
