// Types a team writes against: `ClientCore` to pass a core around, createSeamCore()'s type when no
// `waitForActionAttempt` is given (a waiting core, also as ReturnType), and /fetch answers with
// every field of every variant. `npm run typecheck` holds the annotations and the lines expected to
// be type errors; the runs hold the values to what the types say.
import { accessCodesUpdate, createSeamCore, type ClientCore } from '../../src/index.js';
import { createSeamFetchClient } from '../../src/fetch.js';
import { createFakeSeam, FAKE_CREDENTIALS } from '../../src/testing/index.js';

const apiKey = FAKE_CREDENTIALS.apiKey;

/** A team's service, given the core its app made: the type it would write. */
async function renameDoor(core: ReturnType<typeof createSeamCore>, id: string): Promise<string> {
  const attempt = await accessCodesUpdate(core, { access_code_id: id, name: 'Back door' });
  // A waiting core resolves to the success variant: no status check before `result`.
  const status: 'success' = attempt.status;
  return `${status}: ${attempt.result.access_code.name}`;
}

it('ReturnType<typeof createSeamCore> is a waiting core, and ClientCore is a type to pass one around', async () => {
  const fake = createFakeSeam();
  const id = fake.seed.accessCode().access_code_id;
  const core: ClientCore<true> = createSeamCore({ apiKey, fetch: fake.fetch });
  const any: ClientCore<boolean> = core;
  expect(any).toBe(core);
  await expect(renameDoor(core, id)).resolves.toBe('success: Back door');
});

it('createSeamCore({ waitForActionAttempt: false }) is ClientCore<false>: the pending attempt, typed as such', async () => {
  const fake = createFakeSeam();
  const id = fake.seed.accessCode().access_code_id;
  const core = createSeamCore({ apiKey, fetch: fake.fetch, waitForActionAttempt: false });
  // @ts-expect-error a core that does not wait is not a waiting core
  const waiting: ClientCore<true> = core;
  expect(waiting).toBe(core);
  const attempt = await accessCodesUpdate(core, { access_code_id: id });
  // @ts-expect-error without waiting, the attempt may be pending: its status is not only 'success'
  const status: 'success' = attempt.status;
  expect(status).toBe('pending');
});

it('a /fetch answer keeps every field of every variant: a pending attempt has result: null and error: null', async () => {
  const fake = createFakeSeam();
  const id = fake.seed.accessCode().access_code_id;
  const api = createSeamFetchClient({ apiKey, fetch: fake.fetch });
  const { data, error } = await api.POST('/access_codes/update', { body: { access_code_id: id, code: '2468' } });
  expect(error).toBeUndefined();
  const attempt = data!.action_attempt;
  if (attempt.status !== 'pending') throw new Error(`expected pending, got ${attempt.status}`);
  const nothingYet: { result: null; error: null } = { result: attempt.result, error: attempt.error };
  expect(nothingYet).toEqual({ result: null, error: null });

  const polled = await api.POST('/action_attempts/get', { body: { action_attempt_id: attempt.action_attempt_id } });
  const done = polled.data!.action_attempt;
  if (done.status !== 'success') throw new Error(`expected success, got ${done.status}`);
  const noError: null = done.error;
  expect([noError, done.result.access_code.code]).toEqual([null, '2468']);

  const missing = await api.POST('/access_codes/update', {
    body: { access_code_id: '00000000-0000-4000-8000-000000000000' },
  });
  // Error answers are typed by the spec too.
  const type: string | undefined = missing.error?.error.type;
  expect(type).toBe('access_code_not_found');
});
