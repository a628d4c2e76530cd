// An attempt started without waiting can be waited for later: actionAttempts.get waits when the
// call asks, and actionAttempts.wait (or the standalone actionAttemptsWait) resumes from the
// attempt or its id. Over loopback HTTP to the testing kit's fake, whose attempts finish after N polls.
import {
  actionAttemptsWait,
  createSeamCore,
  SeamActionAttemptFailedError,
  SeamActionAttemptTimeoutError,
  SeamClient,
  SeamOptionsError,
} from '../../src/index.js';
import { FAKE_CREDENTIALS, startFakeSeam, type FakeSeamServer } from '../../src/testing/index.js';

let fake: FakeSeamServer;
beforeAll(async () => {
  fake = await startFakeSeam({ actionAttempts: { pollsToFinish: 3 } });
});
afterAll(() => fake.close());

const client = () =>
  new SeamClient({
    apiKey: FAKE_CREDENTIALS.apiKey,
    endpoint: fake.url,
    waitForActionAttempt: { timeout: 5000, pollingInterval: 5 },
  });
const polls = () => fake.requestsTo('actionAttemptsGet').length;

it('actionAttempts.get answers the attempt as it stands, and waits until it finishes when the call asks', async () => {
  const seam = client();
  const id = fake.seed.actionAttempt();
  // The client waits by default, but a get only when its own call asks.
  expect(await seam.actionAttempts.get({ action_attempt_id: id })).toMatchObject({ status: 'pending' });
  const before = polls();
  const done = await seam.actionAttempts.get({ action_attempt_id: id }, { waitForActionAttempt: true });
  const code: string | null | undefined = done.result.access_code.code; // the success variant: no status check
  expect(done.status).toBe('success');
  expect(typeof code).toBe('string');
  expect(polls() - before).toBe(2); // the get, then one poll: the third finishes it
});

it('actionAttempts.wait resumes a wait from the pending attempt or its id, and the standalone function too', async () => {
  const seam = client();
  const code = fake.seed.accessCode();
  const pending = await seam.accessCodes.update(
    { access_code_id: code.access_code_id, name: 'Resumed' },
    { waitForActionAttempt: false },
  );
  expect(pending.status).toBe('pending');
  const finished = await seam.actionAttempts.wait(pending, {
    waitForActionAttempt: { timeout: 3000, pollingInterval: 5 },
  });
  expect(finished).toMatchObject({
    status: 'success',
    action_attempt_id: pending.action_attempt_id,
    result: { access_code: { name: 'Resumed' } },
  });

  const other = await seam.accessCodes.update(
    { access_code_id: code.access_code_id, code: '8642' },
    { waitForActionAttempt: false },
  );
  const core = createSeamCore({ apiKey: FAKE_CREDENTIALS.apiKey, endpoint: fake.url });
  const byId = await actionAttemptsWait(core, other.action_attempt_id);
  expect(byId.result.access_code.code).toBe('8642');
});

it('a resumed wait ends as a waited call does: a failed attempt, a timeout, or an argument that is no attempt', async () => {
  const seam = client();
  const failing = fake.seed.actionAttempt({ outcome: 'error' });
  await expect(seam.actionAttempts.wait(failing)).rejects.toBeInstanceOf(SeamActionAttemptFailedError);
  const never = fake.seed.actionAttempt({ outcome: 'never' });
  await expect(
    seam.actionAttempts.wait(
      { action_attempt_id: never },
      { waitForActionAttempt: { timeout: 60, pollingInterval: 5 } },
    ),
  ).rejects.toBeInstanceOf(SeamActionAttemptTimeoutError);
  const sent = fake.requests.length;
  for (const bad of ['', { action_attempt_id: 7 }, null] as unknown[]) {
    await expect(seam.actionAttempts.wait(bad as string)).rejects.toThrow(SeamOptionsError);
  }
  expect(fake.requests.length).toBe(sent);
});
