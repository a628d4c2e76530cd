// The error a caller awaits points at the caller: its stack holds the caller's own function, through
// retries, waits and timeouts, and its message names the method that failed (`accessCodes.update: …`).
// Over a real loopback server; each caller is a named async function, as a team's service code is.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { accessCodesUpdate, createSeamCore, SeamClient, SeamEndpointError } from '../../src/index.js';
import { startFakeSeam, FAKE_CREDENTIALS, type FakeSeamServer } from '../../src/testing/index.js';

let fake: FakeSeamServer;
beforeEach(async () => {
  fake = await startFakeSeam();
});
afterEach(() => fake.close());

const client = (options: ConstructorParameters<typeof SeamClient>[0] = {}) =>
  new SeamClient({
    apiKey: FAKE_CREDENTIALS.apiKey,
    endpoint: fake.url,
    waitForActionAttempt: { timeout: 2000, pollingInterval: 10 },
    ...options,
  });

const caught = (work: Promise<unknown>) =>
  work.then(
    () => {
      throw new Error('resolved');
    },
    (err: Error) => err,
  );

async function renameFrontDoorForGuest(seam: SeamClient, id: string) {
  await seam.accessCodes.update({ access_code_id: id, name: 'Guest' });
}

async function renameWithTheFunction(id: string) {
  await accessCodesUpdate(createSeamCore({ apiKey: FAKE_CREDENTIALS.apiKey, endpoint: fake.url }), {
    access_code_id: id,
    name: 'Guest',
  });
}

describe('the stack of an awaited error holds the caller', () => {
  it('a 404 from the API (through a method)', async () => {
    const err = await caught(renameFrontDoorForGuest(client(), '00000000-0000-4000-8000-000000000000'));
    expect(err.name).toBe('SeamNotFoundError');
    expect(err.stack).toContain('renameFrontDoorForGuest');
  });

  it('a 404 through withResponse()', async () => {
    async function renameAndReadTheAnswer(id: string) {
      return await client().accessCodes.update({ access_code_id: id }).withResponse();
    }
    const err = await caught(renameAndReadTheAnswer('00000000-0000-4000-8000-000000000000'));
    expect(err.name).toBe('SeamNotFoundError');
    expect(err.stack).toContain('renameAndReadTheAnswer');
  });

  it('a 404 through a standalone function', async () => {
    const err = await caught(renameWithTheFunction('00000000-0000-4000-8000-000000000000'));
    expect(err.stack).toContain('renameWithTheFunction');
  });

  it('a 503 after its retries', async () => {
    const code = fake.seed.accessCode();
    fake.fail('accessCodesUpdate', { status: 503, retryAfter: 0, times: 3 });
    const err = await caught(renameFrontDoorForGuest(client({ maxRetries: 2 }), code.access_code_id));
    expect(fake.requestsTo('accessCodesUpdate')).toHaveLength(3);
    expect(err.stack).toContain('renameFrontDoorForGuest');
  });

  it('a lost connection, after its retries', async () => {
    const code = fake.seed.accessCode();
    fake.drop('accessCodesUpdate', { times: 1 });
    const err = await caught(renameFrontDoorForGuest(client({ maxRetries: 0 }), code.access_code_id));
    expect(err.name).toBe('SeamConnectionError');
    expect(err.stack).toContain('renameFrontDoorForGuest');
  });

  it('a timeout', async () => {
    const code = fake.seed.accessCode();
    fake.faults.push({ operation: 'accessCodesUpdate', delayMs: 500 });
    const err = await caught(renameFrontDoorForGuest(client({ timeout: 50, maxRetries: 0 }), code.access_code_id));
    expect(err.name).toBe('SeamTimeoutError');
    expect(err.stack).toContain('renameFrontDoorForGuest');
  });

  it('an action attempt that failed, and one that did not finish in time', async () => {
    const failing = fake.seed.accessCode({ outcome: 'error' });
    const failed = await caught(renameFrontDoorForGuest(client(), failing.access_code_id));
    expect(failed.name).toBe('SeamActionAttemptFailedError');
    expect(failed.stack).toContain('renameFrontDoorForGuest');

    const stuck = fake.seed.accessCode({ outcome: 'never' });
    const late = await caught(
      renameFrontDoorForGuest(
        client({ waitForActionAttempt: { timeout: 60, pollingInterval: 10 } }),
        stuck.access_code_id,
      ),
    );
    expect(late.name).toBe('SeamActionAttemptTimeoutError');
    expect(late.stack).toContain('renameFrontDoorForGuest');
  });

  it('a poll that fails while waiting', async () => {
    const code = fake.seed.accessCode();
    fake.fail('actionAttemptsGet', { status: 401, times: 1 });
    const err = await caught(renameFrontDoorForGuest(client(), code.access_code_id));
    expect(err.name).toBe('SeamUnauthorizedError');
    expect(err.stack).toContain('renameFrontDoorForGuest');
  });

  it('a 400 from the API, and a bad per-call option (nothing sent)', async () => {
    const invalid = await caught(renameFrontDoorForGuest(client(), ''));
    expect(invalid.name).toBe('SeamInvalidInputError');
    expect(invalid.stack).toContain('renameFrontDoorForGuest');

    async function renameWithin(ms: number) {
      await client().accessCodes.update({ access_code_id: 'a' }, { timeout: ms });
    }
    const refused = await caught(renameWithin(-1));
    expect(refused.name).toBe('SeamOptionsError');
    expect(refused.message).toMatch(/^accessCodes\.update: timeout must be/);
    expect(refused.stack).toContain('renameWithin');
  });
});

describe('the message names the method', () => {
  it('for a method, a standalone function, a poll while waiting, and a timeout', async () => {
    const missing = await caught(renameFrontDoorForGuest(client(), '00000000-0000-4000-8000-000000000000'));
    expect(missing.message).toMatch(
      /^accessCodes\.update: Access code not found \(HTTP 404 access_code_not_found, request [0-9a-f-]{36}\)$/,
    );
    expect(missing.stack!.split('\n')[0]).toBe(`SeamNotFoundError: ${missing.message}`);

    const alone = await caught(renameWithTheFunction('00000000-0000-4000-8000-000000000000'));
    expect(alone.message).toMatch(/^accessCodes\.update: /);

    const code = fake.seed.accessCode();
    fake.fail('actionAttemptsGet', { status: 401, times: 1 });
    const poll = await caught(renameFrontDoorForGuest(client(), code.access_code_id));
    expect(poll.message).toMatch(/^accessCodes\.update: /);

    fake.faults.push({ operation: 'accessCodesUpdateMultiple', delayMs: 500 });
    const slow = await caught(
      client({ timeout: 50, maxRetries: 0 }).accessCodes.updateMultiple({ common_code_key: 'k' }),
    );
    expect(slow.message).toBe('accessCodes.updateMultiple: The request took longer than 50 ms');
  });

  it("leaves the caller's own abort reason as it is", async () => {
    const reason = new Error('the user left');
    const controller = new AbortController();
    controller.abort(reason);
    const err = await caught(
      client().accessCodes.updateMultiple({ common_code_key: 'k' }, { signal: controller.signal }),
    );
    expect(err).toBe(reason);
    expect(err.message).toBe('the user left');
  });
});

describe('a 404 that is not the API saying "no such resource" is SeamEndpointError', () => {
  let html: Server;
  let htmlUrl: string;
  beforeAll(async () => {
    // A proxy or a wrong host: 404 with a page of HTML.
    html = createServer((_, res) =>
      res.writeHead(404, { 'content-type': 'text/html' }).end('<html><body>Not Found</body></html>'),
    );
    await new Promise<void>((resolve) => html.listen(0, '127.0.0.1', resolve));
    htmlUrl = `http://127.0.0.1:${(html.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => html.close(() => resolve())));

  it('a path prefix the server does not serve (endpoint_not_found)', async () => {
    const err = await caught(
      client({ endpoint: `${fake.url}/nowhere` }).accessCodes.updateMultiple({ common_code_key: 'k' }),
    );
    expect(err).toBeInstanceOf(SeamEndpointError);
    expect(err.name).toBe('SeamEndpointError');
    expect(err).toMatchObject({ status: 404, code: 'endpoint_not_found' });
    expect(err.message).toMatch(/^accessCodes\.updateMultiple: .*check `endpoint`/);
  });

  it('a 404 whose body is not the API error body (an HTML page)', async () => {
    const seam = new SeamClient({ apiKey: FAKE_CREDENTIALS.apiKey, endpoint: htmlUrl });
    const err = await caught(seam.accessCodes.updateMultiple({ common_code_key: 'k' }));
    expect(err).toBeInstanceOf(SeamEndpointError);
    expect(err).toMatchObject({ status: 404, code: 'http_404' });
    expect(err.message).toContain('check `endpoint`');
  });

  it('an unknown access code stays SeamNotFoundError, not SeamEndpointError', async () => {
    const err = await caught(client().accessCodes.update({ access_code_id: '00000000-0000-4000-8000-000000000000' }));
    expect(err.name).toBe('SeamNotFoundError');
    expect(err).not.toBeInstanceOf(SeamEndpointError);
  });
});
