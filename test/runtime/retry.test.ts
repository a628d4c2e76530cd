// The retry policy's pure parts: how long a Retry-After header asks to wait, read strictly (RFC
// 9110's delta-seconds or HTTP-date, nothing else), and the backoff when it does not say.
import { parseRetryAfter } from '../../src/runtime/api-errors.js';
import { retryDelay } from '../../src/runtime/retry.js';

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it.each<[string, number]>([
    ['0', 0],
    ['2', 2000],
    ['3', 3000],
    ['2024', 2_024_000],
    ['Thu, 01 Jan 2026 00:00:05 GMT', 5000],
    ['Thursday, 01-Jan-26 00:00:07 GMT', 7000],
    ['Thu Jan  1 00:00:09 2026', 9000],
  ])('%j is %i ms', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });

  it('reads an HTTP date relative to now: one already past is no wait', () => {
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:59:00 GMT', now)).toBe(0);
  });

  it.each([null, 'nonsense', '-5', '1 2', 'later 3', 'foo 2030', '1.5', 'Tomorrow', ''])(
    '%j is no delay at all: the usual backoff applies',
    (value) => {
      expect(parseRetryAfter(value, now)).toBeUndefined();
    },
  );
});

describe('retryDelay', () => {
  it('honours Retry-After over backoff', () => expect(retryDelay(3, 1234)).toBe(1234));
  it('backs off exponentially with jitter, capped', () => {
    expect(retryDelay(0, undefined, () => 0)).toBe(250);
    expect(retryDelay(0, undefined, () => 1)).toBe(500);
    expect(retryDelay(2, undefined, () => 1)).toBe(2000);
    expect(retryDelay(20, undefined, () => 1)).toBe(8000);
  });
});
