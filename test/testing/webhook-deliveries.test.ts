// The fake delivers the events its state changes cause as signed webhooks, and a real receiver
// (a loopback HTTP server) verifies them with the package: an update gives access_code.changed,
// then access_code.set_on_device once its attempt succeeds; a failing attempt gives
// access_code.failed_to_set_on_device; a non-2xx answer is retried; a tampered delivery is refused.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SeamClient } from '../../src/index.js';
import { createFakeSeam, FAKE_CREDENTIALS, startFakeSeam, type FakeSeamServer } from '../../src/testing/index.js';
import {
  isAccessCodeChangedEvent,
  isAccessCodeSetOnDeviceEvent,
  isKnownEvent,
  SeamWebhookVerificationError,
  verifyWebhook,
  type AnyEvent,
} from '../../src/webhooks/index.js';

const SECRET = `whsec_${Buffer.from('the receiver and the fake share this').toString('base64')}`;

interface Received {
  headers: IncomingHttpHeaders;
  body: Buffer;
  event?: AnyEvent;
  refused?: string;
}

/** A team's webhook endpoint: raw body, verifyWebhook, a switch on event_type. `answer` may fail it on purpose. */
async function startReceiver(
  answer: (sameId: number) => number = () => 204,
): Promise<{ url: string; received: Received[]; close(): Promise<void>; server: Server }> {
  const received: Received[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const entry: Received = { headers: req.headers, body: Buffer.concat(chunks) };
    received.push(entry);
    try {
      entry.event = await verifyWebhook(entry.body, req.headers, SECRET);
    } catch (err) {
      entry.refused = err instanceof SeamWebhookVerificationError ? err.reason : 'crash';
      return void res.writeHead(400).end(entry.refused);
    }
    // How many times this svix-id has come, this one included.
    res.writeHead(answer(received.filter((r) => r.headers['svix-id'] === req.headers['svix-id']).length)).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/seam-webhooks`,
    received,
    server,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

let fake: FakeSeamServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

test('a test service receives the signed access_code.changed and access_code.set_on_device webhooks of an update, verifies and narrows them', async () => {
  const receiver = await startReceiver();
  fake = await startFakeSeam({ webhooks: [{ url: receiver.url, secret: SECRET }] });
  const code = fake.seed.accessCode({ name: 'Front door', code: '1234' });
  const seam = new SeamClient({ apiKey: FAKE_CREDENTIALS.apiKey, endpoint: fake.url });

  const attempt = await seam.accessCodes.update({ access_code_id: code.access_code_id, code: '4444' });
  expect(attempt.status).toBe('success');
  await fake.webhooksSettled();

  expect(receiver.received.map((r) => r.refused)).toEqual([undefined, undefined]);
  const [changed, set] = receiver.received.map((r) => r.event!);
  expect(changed!.event_type).toBe('access_code.changed');
  expect(set!.event_type).toBe('access_code.set_on_device');
  // Narrowed by the guards: the fields are typed as the spec says.
  if (!isAccessCodeChangedEvent(changed!) || !isAccessCodeSetOnDeviceEvent(set!)) throw new Error('not narrowed');
  const pin: string = set.code;
  expect(pin).toBe('4444');
  expect(changed.changed_properties).toEqual([{ property: 'code', from: '1234', to: '4444' }]);
  expect([changed.access_code_id, set.access_code_id]).toEqual([code.access_code_id, code.access_code_id]);
  expect(changed.workspace_id).toBe(FAKE_CREDENTIALS.workspaceId);
  // Svix's headers, and the kit's record of what it delivered.
  expect(receiver.received[0]!.headers).toMatchObject({
    'svix-id': `msg_${changed.event_id}`,
    'svix-timestamp': expect.stringMatching(/^\d+$/),
    'svix-signature': expect.stringMatching(/^v1,/),
  });
  expect(fake.deliveries.map((d) => [d.event_type, d.status, d.attempts.map((a) => a.status)])).toEqual([
    ['access_code.changed', 'delivered', [204]],
    ['access_code.set_on_device', 'delivered', [204]],
  ]);
  expect(fake.events.map((e) => e.event_type)).toEqual(['access_code.changed', 'access_code.set_on_device']);
  await receiver.close();
});

test('a tampered delivery is refused with the typed error', async () => {
  const receiver = await startReceiver();
  fake = await startFakeSeam();
  fake.addWebhook({ url: receiver.url, secret: SECRET });
  const code = fake.seed.accessCode();
  await new SeamClient({ apiKey: FAKE_CREDENTIALS.apiKey, endpoint: fake.url }).accessCodes.update({
    access_code_id: code.access_code_id,
    name: 'Back door',
  });
  await fake.webhooksSettled();
  const genuine = receiver.received[1]!;
  expect(genuine.event).toBeDefined();

  // The same delivery with its PIN changed on the way: replayed to the receiver, then verified here.
  const tampered = genuine.body.toString().replace(/"code":"[^"]*"/, '"code":"0000"');
  expect(tampered).not.toBe(genuine.body.toString());
  const headers = Object.fromEntries(
    ['svix-id', 'svix-timestamp', 'svix-signature'].map((h) => [h, String(genuine.headers[h])]),
  );
  const res = await fetch(receiver.url, { method: 'POST', headers, body: tampered });
  expect([res.status, await res.text()]).toEqual([400, 'bad_signature']);
  const err = await verifyWebhook(tampered, headers, SECRET).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(SeamWebhookVerificationError);
  expect(err).toMatchObject({ reason: 'bad_signature' });
  await receiver.close();
});

test('a failing attempt gives access_code.failed_to_set_on_device', async () => {
  const f = createFakeSeam({ actionAttempts: { pollsToFinish: 0 } });
  const code = f.seed.accessCode({ outcome: 'error' });
  const seam = new SeamClient({ apiKey: FAKE_CREDENTIALS.apiKey, fetch: f.fetch });
  await expect(seam.accessCodes.update({ access_code_id: code.access_code_id, name: 'x' })).rejects.toThrow();
  expect(f.events.map((e) => e.event_type)).toEqual(['access_code.changed', 'access_code.failed_to_set_on_device']);
  const failed = f.events[1]!;
  expect(failed).toMatchObject({
    access_code_id: code.access_code_id,
    access_code_errors: [{ error_code: 'failed_to_set_on_device' }],
  });
  // What the fake records passes the package's own check of the spec's required fields.
  const body = JSON.stringify(failed);
  const { signWebhook } = await import('../../src/webhooks/index.js');
  await expect(verifyWebhook(body, await signWebhook(body, SECRET, { id: 'm' }), SECRET)).resolves.toMatchObject({
    event_type: 'access_code.failed_to_set_on_device',
  });
});

test('a non-2xx answer is retried on the schedule; a dead receiver costs nothing after its retries', async () => {
  const flaky = await startReceiver((n) => (n <= 2 ? 500 : 204));
  const dead = await startReceiver(() => 503);
  const f = createFakeSeam({ actionAttempts: { pollsToFinish: 0 }, webhookOptions: { retryScheduleMs: [20, 20, 20] } });
  f.addWebhook({ url: flaky.url, secret: SECRET });
  f.addWebhook({ url: dead.url, secret: SECRET });
  const code = f.seed.accessCode();
  const seam = new SeamClient({ apiKey: FAKE_CREDENTIALS.apiKey, fetch: f.fetch });
  await seam.accessCodes.update({ access_code_id: code.access_code_id, name: 'n' });
  await f.webhooksSettled();

  const to = (url: string) =>
    f.deliveries.filter((d) => d.url === url).map((d) => [d.event_type, d.status, d.attempts.map((a) => a.status)]);
  expect(to(flaky.url)).toEqual([
    ['access_code.changed', 'delivered', [500, 500, 204]],
    ['access_code.set_on_device', 'delivered', [500, 500, 204]],
  ]);
  expect(to(dead.url)).toEqual([
    ['access_code.changed', 'failed', [503, 503, 503, 503]],
    ['access_code.set_on_device', 'failed', [503, 503, 503, 503]],
  ]);
  // Every retry carries the same svix-id, freshly signed.
  const ids = flaky.received.map((r) => String(r.headers['svix-id']));
  expect([...new Set(ids)].map((id) => ids.filter((i) => i === id).length)).toEqual([3, 3]);
  expect(flaky.received.every((r) => r.event !== undefined)).toBe(true);
  const seen = dead.received.length;
  await new Promise((r) => setTimeout(r, 100));
  expect(dead.received.length).toBe(seen);
  await Promise.all([flaky.close(), dead.close()]);
});

test('deliveries are bounded: past maxPending they are dropped, and close() ends every retry', async () => {
  const dead = await startReceiver(() => 503);
  const f = createFakeSeam({
    actionAttempts: { pollsToFinish: 0 },
    webhooks: [{ url: dead.url, secret: SECRET }],
    webhookOptions: { retryScheduleMs: [60_000], maxPending: 1 },
  });
  const code = f.seed.accessCode();
  await new SeamClient({ apiKey: FAKE_CREDENTIALS.apiKey, fetch: f.fetch }).accessCodes.update({
    access_code_id: code.access_code_id,
    name: 'n',
  });
  expect(f.deliveries.map((d) => d.status)).toEqual(['pending', 'dropped']);
  const started = Date.now();
  f.closeWebhooks();
  await f.webhooksSettled();
  expect(Date.now() - started).toBeLessThan(5000);
  expect(f.deliveries.map((d) => d.status)).toEqual(['failed', 'dropped']);
  await dead.close();
});

test('webhooks go only to loopback URLs the test registered, and the error never quotes the secret', () => {
  const f = createFakeSeam();
  for (const url of ['http://example.com/hook', 'https://10.0.0.1/hook', 'file:///etc/passwd', 'not a url']) {
    let message = '';
    try {
      f.addWebhook({ url, secret: SECRET });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/loopback|http or https|not a URL/);
    expect(message).not.toContain(SECRET.slice(6));
  }
  expect(() => f.addWebhook({ url: 'http://localhost:1/x', secret: 'plain' })).toThrow(/whsec_/);
  expect(() => f.addWebhook({ url: 'http://[::1]:1/x', secret: SECRET })).not.toThrow();
});

test('a known event from the fake narrows in a switch, after isKnownEvent', () => {
  const f = createFakeSeam({ actionAttempts: { pollsToFinish: 0 } });
  const code = f.seed.accessCode();
  return new SeamClient({ apiKey: FAKE_CREDENTIALS.apiKey, fetch: f.fetch }).accessCodes
    .update({ access_code_id: code.access_code_id, code: '5555' })
    .then(() => {
      const types: string[] = [];
      for (const event of f.events as AnyEvent[]) {
        if (!isKnownEvent(event)) continue;
        switch (event.event_type) {
          case 'access_code.set_on_device':
            types.push(`set ${event.code}`);
            break;
          case 'access_code.changed':
            types.push(`changed ${event.changed_properties?.length}`);
            break;
          default:
            types.push('other');
        }
      }
      expect(types).toEqual(['changed 1', 'set 5555']);
    });
});

test('a delivery follows no redirect: a 307 to another receiver is a failed attempt, and the other receiver gets nothing', async () => {
  const target = await startReceiver();
  const redirecting = createServer((req, res) => {
    req.resume();
    res.writeHead(307, { location: target.url }).end();
  });
  await new Promise<void>((resolve) => redirecting.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(redirecting.address() as AddressInfo).port}/hook`;
  const f = createFakeSeam({
    actionAttempts: { pollsToFinish: 0 },
    webhooks: [{ url, secret: SECRET }],
    webhookOptions: { retryScheduleMs: [20] },
  });
  const code = f.seed.accessCode();
  const seam = new SeamClient({ apiKey: FAKE_CREDENTIALS.apiKey, fetch: f.fetch });
  await seam.accessCodes.update({ access_code_id: code.access_code_id, name: 'n' });
  await f.webhooksSettled();

  expect(f.deliveries.map((d) => [d.status, d.attempts.map((a) => a.status)])).toEqual([
    ['failed', [307, 307]],
    ['failed', [307, 307]],
  ]);
  expect(target.received).toEqual([]);
  await Promise.all([
    target.close(),
    new Promise<void>((resolve) => (redirecting.closeAllConnections(), redirecting.close(() => resolve()))),
  ]);
});
