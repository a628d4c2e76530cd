// The docs built from Seam's published spec (522 operations, as @seamapi/types ships it), opened in
// Chromium with every request off the page refused: a sample of its operations runs from the
// Try-it panel against the fake in the page, with shared state and the client's error classes.
import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serveStatic } from '../../scripts/docs/static-server.js';
import { materializeCorpus } from '../corpus/specs.js';
import { BIN, ROOT } from '../helpers/paths.js';
import { generateShared, SEAM_SPEC_ARGS } from '../helpers/shared-generate.js';
import { launchChromium } from '../helpers/chromium.js';

const LOCAL = /^(http:\/\/127\.0\.0\.1:\d+\/|data:|blob:|about:)/;
let server: Server;
let browser: Browser;
let page: Page;
const blocked: string[] = [];

beforeAll(async () => {
  materializeCorpus(ROOT);
  const run = generateShared('docs-seam', SEAM_SPEC_ARGS);
  const out = run.dir;
  if (run.status !== 0) throw new Error(run.stderr);
  const build = spawnSync(
    BIN('tsx'),
    ['scripts/docs/build.ts', '--in', join(out, 'openapi.yaml'), '--out', join(out, 'site/index.html')],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (build.status !== 0) throw new Error(build.stderr);
  const served = await serveStatic(join(out, 'site'));
  server = served.server;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.route('**/*', (route) => {
    if (LOCAL.test(route.request().url())) return route.continue();
    blocked.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  await page.goto(served.url, { waitUntil: 'load' });
  await page.click('#try-it-toggle', { timeout: 60_000 });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

async function send(
  operationId: string,
  body: unknown,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- an answer body of any operation
): Promise<{ status: string; body: any; errorClass: string | null }> {
  await page.selectOption('#try-it-operation', operationId);
  await page.fill('#try-it-body', JSON.stringify(body));
  await page.click('#try-it-send');
  await page.locator('#try-it-status').waitFor({ timeout: 15_000 });
  const errorClass =
    (await page.locator('#try-it-error-class').count()) > 0 ? await page.textContent('#try-it-error-class') : null;
  return {
    status: (await page.textContent('#try-it-status'))!,
    body: JSON.parse((await page.textContent('#try-it-response'))!),
    errorClass,
  };
}

it('offers its documented operations only: x-undocumented ones are left out', async () => {
  const offered = await page.$$eval('#try-it-operation option', (options) =>
    options.map((o) => (o as HTMLOptionElement).value),
  );
  expect(offered.length).toBeGreaterThan(150);
  expect(offered.length).toBeLessThan(316);
  expect(offered).toContain('accessCodesCreatePost');
});

it('creates, reads and deletes an access code against the fake in the page, which keeps its state', async () => {
  const device_id = '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d';
  const created = await send('accessCodesCreatePost', { device_id, name: 'Front door', code: '1357' });
  expect(created.status).toBe('HTTP 200');
  const id = created.body.access_code.access_code_id;
  expect(created.body.access_code).toMatchObject({ device_id, name: 'Front door', code: '1357' });
  const got = await send('accessCodesGetPost', { access_code_id: id });
  expect(got.body.access_code).toMatchObject({ access_code_id: id, name: 'Front door' });
  expect((await send('accessCodesDeletePost', { access_code_id: id })).status).toBe('HTTP 200');
  const gone = await send('accessCodesGetPost', { access_code_id: id });
  expect(gone.status).toBe('HTTP 404');
  expect(gone.errorClass).toMatch(/^The client throws SeamNotFoundError: /);
});

it("shows an invalid body's 400 and the client's error class", async () => {
  const bad = await send('accessCodesCreatePost', { device_id: 'not-a-uuid' });
  expect(bad.status).toBe('HTTP 400');
  expect(bad.errorClass).toMatch(/^The client throws SeamInvalidInputError: /);
});

it('loaded nothing from off the page', () => {
  expect(blocked).toEqual([]);
});
