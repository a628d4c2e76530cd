// The awaited type says what waiting guarantees: update() resolves only to a finished attempt (a
// failed one is SeamActionAttemptFailedError), so its result is the `success` variant and
// `attempt.result.access_code` needs no status check; with waitForActionAttempt false, per call or
// per client, it stays the union. `npm run typecheck` holds the @ts-expect-error lines; the runs
// here hold the runtime to what the types promise.
import { accessCodesUpdate, createSeamCore, SeamClient } from '../../src/index.js';
import { createFakeSeam, FAKE_CREDENTIALS } from '../../src/testing/index.js';

const setup = () => {
  const fake = createFakeSeam({ actionAttempts: { pollsToFinish: 1 } });
  return { fake, id: fake.seed.accessCode().access_code_id, key: FAKE_CREDENTIALS.apiKey };
};

it('waiting (the default) resolves to the success variant: result.access_code needs no check', async () => {
  const { fake, id, key } = setup();
  const seam = new SeamClient({ apiKey: key, fetch: fake.fetch });
  const attempt = await seam.accessCodes.update({ access_code_id: id, code: '1234' });
  const code: string | null | undefined = attempt.result.access_code.code;
  expect(code).toBe('1234');
  const viaOptions = await seam.accessCodes.update(
    { access_code_id: id, code: '5678' },
    { waitForActionAttempt: { timeout: 2000 } },
  );
  expect(viaOptions.result.access_code.code).toBe('5678');
  const core = createSeamCore({ apiKey: key, fetch: fake.fetch });
  expect((await accessCodesUpdate(core, { access_code_id: id, name: 'fn' })).result.access_code.name).toBe('fn');
});

it('without waiting, per call or per client, it is the union: a pending attempt has no result', async () => {
  const { fake, id, key } = setup();
  const seam = new SeamClient({ apiKey: key, fetch: fake.fetch });
  const pending = await seam.accessCodes.update({ access_code_id: id, code: '1234' }, { waitForActionAttempt: false });
  expect(pending).toMatchObject({ status: 'pending', result: null });
  // @ts-expect-error: the attempt may be pending, whose result is null
  const unchecked = () => pending.result.access_code;

  const lazy = new SeamClient({ apiKey: key, fetch: fake.fetch, waitForActionAttempt: false });
  const answered = await lazy.accessCodes.update({ access_code_id: id });
  expect(answered).toMatchObject({ status: 'pending', result: null });
  // @ts-expect-error: the client does not wait, so neither does this call
  const uncheckedToo = () => answered.result.access_code;
  // The call may still ask to wait.
  expect(
    (await lazy.accessCodes.update({ access_code_id: id, name: 'w' }, { waitForActionAttempt: true })).result
      .access_code.name,
  ).toBe('w');

  const core = createSeamCore({ apiKey: key, fetch: fake.fetch, waitForActionAttempt: false });
  const fromCore = await accessCodesUpdate(core, { access_code_id: id });
  expect(fromCore).toMatchObject({ status: 'pending', result: null });
  // @ts-expect-error: nor does a core made not to wait
  const fromCoreUnchecked = () => fromCore.result.access_code;

  const maybe: boolean = Math.random() > 2;
  const either = await seam.accessCodes.update({ access_code_id: id }, { waitForActionAttempt: maybe });
  expect(either).toMatchObject({ status: 'pending', result: null });
  // @ts-expect-error: a boolean only known at run time may be false
  const eitherUnchecked = () => either.result.access_code;
  // The @ts-expect-error lines above are held by `npm run typecheck`; these closures are never run.
  void [unchecked, uncheckedToo, fromCoreUnchecked, eitherUnchecked];
});
