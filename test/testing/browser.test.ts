// The in-process fake in a real browser: the client and the testing kit bundled for the browser by
// esbuild (no Node built-ins may leak in), run in headless Debian Chromium from a loopback page.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { build } from 'esbuild';
import { serveStatic } from '../../scripts/docs/static-server.js';
import { launchChromium } from '../helpers/chromium.js';
import { ROOT } from '../helpers/paths.js';

const DIR = join(ROOT, 'test/.out/testing-browser');
const ENTRY = `
import { SeamClient } from '../../../src/index.ts';
import { createFakeSeam, FAKE_CREDENTIALS } from '../../../src/testing/index.ts';
const fake = createFakeSeam();
const code = fake.seed.accessCode({ name: 'Front door' });
const seam = new SeamClient({ apiKey: FAKE_CREDENTIALS.apiKey, fetch: fake.fetch, waitForActionAttempt: { timeout: 2000, pollingInterval: 1 } });
window.result = seam.accessCodes
  .update({ access_code_id: code.access_code_id, name: 'Browser' })
  .then((attempt) => ({ status: attempt.status, name: fake.state.accessCodes.get(code.access_code_id).name, requests: fake.requests.length }));
`;

let server: Server | undefined;
afterAll(() => server?.close());

it('runs in headless Chromium, bundled for the browser', async () => {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(join(DIR, 'entry.ts'), ENTRY);
  writeFileSync(join(DIR, 'index.html'), '<!doctype html><script src="bundle.js"></script>');
  await build({
    entryPoints: [join(DIR, 'entry.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    outfile: join(DIR, 'bundle.js'),
    define: { __SDK_VERSION__: '"0.0.0"' },
    logLevel: 'silent',
  });
  const served = await serveStatic(DIR);
  server = served.server;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${served.url}/index.html`);
    await expect(page.evaluate(() => (window as unknown as { result: Promise<unknown> }).result)).resolves.toEqual({
      status: 'success',
      name: 'Browser',
      requests: 2,
    });
  } finally {
    await browser.close();
  }
});

// Webhook verification on Web Crypto, as a browser or worker runs it (no node:crypto there): a
// delivery svix signed verifies, and the same delivery with its body changed is refused.
const WEBHOOKS_DIR = join(ROOT, 'test/.out/webhooks-browser');
const WEBHOOKS_ENTRY = `
import { verifyWebhook } from '../../../src/webhooks/index.ts';
window.verify = (body, headers, secret) =>
  verifyWebhook(body, headers, secret, { validate: false }).then((event) => event.event_type, (err) => 'refused: ' + err.reason);
`;

it('verifies a webhook svix signed on Web Crypto in headless Chromium, and refuses it tampered', async () => {
  const { Webhook } = await import('svix');
  const secret = `whsec_${Buffer.from('a browser and svix share this secret').toString('base64')}`;
  const body = JSON.stringify({
    event_id: 'e1',
    event_type: 'access_code.changed',
    access_code_id: 'c1',
    occurred_at: new Date().toISOString(),
  });
  const now = new Date();
  const headers = {
    'svix-id': 'msg_browser',
    'svix-timestamp': String(Math.floor(now.getTime() / 1000)),
    'svix-signature': new Webhook(secret).sign('msg_browser', now, body),
  };
  mkdirSync(WEBHOOKS_DIR, { recursive: true });
  writeFileSync(join(WEBHOOKS_DIR, 'entry.ts'), WEBHOOKS_ENTRY);
  writeFileSync(join(WEBHOOKS_DIR, 'index.html'), '<!doctype html><script src="bundle.js"></script>');
  await build({
    entryPoints: [join(WEBHOOKS_DIR, 'entry.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    outfile: join(WEBHOOKS_DIR, 'bundle.js'),
    logLevel: 'silent',
  });
  const served = await serveStatic(WEBHOOKS_DIR);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${served.url}/index.html`);
    type Verify = (body: string, headers: Record<string, string>, secret: string) => Promise<string>;
    const verify = (b: string) =>
      page.evaluate(([b2, h, s]) => (window as unknown as { verify: Verify }).verify(b2, h, s), [
        b,
        headers,
        secret,
      ] as const);
    await expect(page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).resolves.toBe('undefined');
    await expect(verify(body)).resolves.toBe('access_code.changed');
    await expect(verify(body.replace('c1', 'c2'))).resolves.toBe('refused: bad_signature');
  } finally {
    await browser.close();
    served.server.close();
  }
});
