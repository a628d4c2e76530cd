import { parseRetryAfter } from '../../src/runtime/api-errors.js';
import { retryDelay } from '../../src/runtime/retry.js';

describe('parseRetryAfter', () => {
  it.each([
    ['2', 2000],
    ['0', 0],
    ['nonsense', undefined],
    [null, undefined],
  ])('%s → %s ms', (header, ms) => expect(parseRetryAfter(header)).toBe(ms));

  it('reads an HTTP date relative to now', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:59:00 GMT', now)).toBe(0);
  });
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
