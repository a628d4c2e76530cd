// An ESM TypeScript project testing its own code with the installed testing kit (node:test), as the
// README's "Testing your code" section shows. Compiled with `tsc --strict`, then run.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SeamClient, SeamRateLimitError } from 'seam-connect-client';
import { createFakeSeam, FAKE_CREDENTIALS } from 'seam-connect-client/testing';

// The team's own code under test.
async function renameDoor(seam: SeamClient, access_code_id: string, name: string): Promise<string> {
  const attempt = await seam.accessCodes.update({ access_code_id, name });
  return attempt.status;
}

test('renames the door code, then the fake holds the new name', async () => {
  const fake = createFakeSeam();
  const code = fake.seed.accessCode({ name: 'Front door' });
  const seam = new SeamClient({ apiKey: FAKE_CREDENTIALS.apiKey, fetch: fake.fetch });
  assert.equal(await renameDoor(seam, code.access_code_id, 'Back door'), 'success');
  assert.equal(fake.state.accessCodes.get(code.access_code_id)?.name, 'Back door');
  const sent: string | null | undefined = fake.requestsTo('accessCodesUpdate')[0]?.body.name;
  assert.equal(sent, 'Back door');
});

test('surfaces rate limiting once retries are spent', async () => {
  const fake = createFakeSeam();
  const code = fake.seed.accessCode();
  fake.fail('accessCodesUpdate', { status: 429, retryAfter: 0, times: 3 });
  const seam = new SeamClient({ apiKey: FAKE_CREDENTIALS.apiKey, fetch: fake.fetch, maxRetries: 2 });
  await assert.rejects(renameDoor(seam, code.access_code_id, 'x'), SeamRateLimitError);
});
