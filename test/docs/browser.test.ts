// The built HTML docs, opened in headless Debian Chromium: both operations, every request
// parameter and the TypeScript sample are visible, and nothing is fetched from off this machine.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveStatic } from '../../scripts/docs/static-server.js';
import { BIN, ROOT } from '../helpers/paths.js';
import { loadSpec } from '../helpers/spec.js';

const CHROMIUM = '/usr/bin/chromium';
const SITE = join(ROOT, 'test/.out/docs-site');
const spec = loadSpec();

let server: Server;
let browser: Browser;
let page: Page;
const requested: string[] = [];

beforeAll(async () => {
  const build = spawnSync(BIN('tsx'), ['scripts/docs/build.ts', '--out', join(SITE, 'index.html')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`npm run docs failed:\n${build.stderr}`);
  const served = await serveStatic(SITE);
  server = served.server;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(served.url, { waitUntil: 'networkidle' });
  await page.getByText('Seam Connect API — access code updates').first().waitFor({ timeout: 30_000 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

/** Redoc renders an operation once it is navigated to; open it from the sidebar like a reader. */
async function openOperation(tag: string, summary: string): Promise<void> {
  await page.locator('a', { hasText: new RegExp(`^${tag}$`) }).first().click();
  await page.waitForURL(new RegExp(`#/${tag}`));
  await page.getByText(summary, { exact: true }).first().click();
  await page.locator('h1,h2', { hasText: new RegExp(`^${summary}$`) }).first().waitFor({ timeout: 10_000 });
}

// The primary operation of each path, with its request body's property names, from the spec.
const OPERATIONS = Object.values(spec.paths as Record<string, Record<string, any>>).map((item) => {
  const op = item.post;
  let body = op.requestBody;
  if (body.$ref) body = spec.components.requestBodies[body.$ref.split('/').pop()];
  const schema = spec.components.schemas[body.content['application/json'].schema.$ref.split('/').pop()];
  return { tag: op.tags[0] as string, summary: op.summary as string, params: Object.keys(schema.properties) };
});

describe.each(OPERATIONS)('operation "$summary"', ({ tag, summary, params }) => {
  beforeAll(() => openOperation(tag, summary));

  it('is shown with its title', async () => {
    const heading = page.locator('h1,h2', { hasText: new RegExp(`^${summary}$`) }).first();
    await expect(heading.isVisible()).resolves.toBe(true);
  });

  it.each(params)('shows request parameter %s', async (name) => {
    const cell = page.locator('span.schema-name', { hasText: new RegExp(`^${name}$`) }).first();
    await cell.scrollIntoViewIfNeeded();
    await expect(cell.isVisible()).resolves.toBe(true);
  });
});

it('shows the TypeScript sample of this client', async () => {
  await openOperation('access_codes', 'Update an access code');
  const sample = page.locator('pre', { hasText: "import { SeamClient } from 'seam-connect-client'" }).first();
  await sample.waitFor({ timeout: 10_000 });
  await sample.scrollIntoViewIfNeeded();
  await expect(sample.isVisible()).resolves.toBe(true);
  await expect(sample.innerText()).resolves.toContain('seam.accessCodes.update(');
});

it('loads nothing from outside localhost', () => {
  expect(requested.length).toBeGreaterThan(0);
  const outside = requested.filter((url) => !/^(http:\/\/127\.0\.0\.1:\d+\/|data:|blob:|about:)/.test(url));
  expect(outside).toEqual([]);
});

it('saves a screenshot', async () => {
  mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
  await openOperation('access_codes', 'Update an access code');
  const png = await page.screenshot({ path: join(ROOT, 'test-artifacts/docs.png') });
  expect(png.byteLength).toBeGreaterThan(10_000);
});
