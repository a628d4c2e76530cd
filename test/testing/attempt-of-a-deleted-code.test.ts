// Seam's access codes share the fake's state with the collections the spec's conventions give: an
// access code deleted by a generic delete while its update is pending must not break its attempt.
import { codesOf } from '../../src/profiles/seam/fake-codes.js';
import { getActionAttempt } from '../../src/profiles/seam/fake-access-codes.js';
import { seamFakeRules } from '../../src/profiles/seam/fake-rules.js';
import { Store } from '../../src/testing/store.js';

it('an attempt whose access code was deleted while pending ends in error, and a finished one keeps its snapshot', () => {
  const store = new Store({ pollsToFinish: 1 }, { attempts: seamFakeRules.attempts });
  const codes = codesOf(store);
  const gone = codes.addAccessCode();
  const pending = codes.addActionAttempt({ access_code_id: gone.access_code_id });
  codes.accessCodes.delete(gone.access_code_id);
  expect(getActionAttempt(store, { action_attempt_id: pending })).toMatchObject({
    status: 200,
    body: { action_attempt: { status: 'error', error: { type: 'device_offline' } } },
  });

  const kept = codes.addAccessCode({ name: 'Front door' });
  const done = codes.addActionAttempt({ access_code_id: kept.access_code_id });
  getActionAttempt(store, { action_attempt_id: done });
  codes.accessCodes.delete(kept.access_code_id);
  expect(getActionAttempt(store, { action_attempt_id: done })).toMatchObject({
    body: { action_attempt: { status: 'success', result: { access_code: { name: 'Front door', status: 'set' } } } },
  });
});
