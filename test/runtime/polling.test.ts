// When the client polls an action attempt: at once, then a quarter, a half and the whole of
// pollingInterval (src/runtime/action-attempts.ts says why).
import { pollDelay } from '../../src/runtime/action-attempts.js';

it('polls first at once, then backs off to the polling interval and stays there', () => {
  expect([0, 1, 2, 3, 4, 10].map((poll) => pollDelay(poll, 500))).toEqual([0, 125, 250, 500, 500, 500]);
  expect([0, 1, 2, 3].map((poll) => pollDelay(poll, 1))).toEqual([0, 0.25, 0.5, 1]);
});

it('never waits longer than the interval the caller chose', () => {
  for (let poll = 0; poll < 60; poll++) expect(pollDelay(poll, 2_147_483_647)).toBeLessThanOrEqual(2_147_483_647);
});
