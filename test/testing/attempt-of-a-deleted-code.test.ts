// The fake's declared rules share their state with the collections the spec's conventions give:
// an access code deleted by a generic delete while its update is pending must not break them.
import { seamFakeRules } from '../../src/profiles/seam/fake-rules.js';
import { Store } from '../../src/testing/store.js';

it('an attempt whose access code was deleted while pending ends in error, and a finished one keeps its snapshot', () => {
  const store = new Store({ pollsToFinish: 1 }, { codes: seamFakeRules.codes });
  const gone = store.addAccessCode();
  const pending = store.addActionAttempt({ access_code_id: gone.access_code_id });
  store.accessCodes.delete(gone.access_code_id);
  expect(store.getActionAttempt({ action_attempt_id: pending })).toMatchObject({
    status: 200,
    body: { action_attempt: { status: 'error' } },
  });

  const kept = store.addAccessCode({ name: 'Front door' });
  const done = store.addActionAttempt({ access_code_id: kept.access_code_id });
  store.getActionAttempt({ action_attempt_id: done });
  store.accessCodes.delete(kept.access_code_id);
  expect(store.getActionAttempt({ action_attempt_id: done })).toMatchObject({
    body: { action_attempt: { status: 'success', result: { access_code: { name: 'Front door', status: 'set' } } } },
  });
});
