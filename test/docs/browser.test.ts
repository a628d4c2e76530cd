// The built HTML docs, opened in headless Debian Chromium: every operation, its parameters and
// body fields, and the TypeScript sample are visible, and nothing is fetched from off this machine.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveStatic } from '../../scripts/docs/static-server.js';
import { BIN, ROOT } from '../helpers/paths.js';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { buildModel } from '../../scripts/generator/model/index.js';

const CHROMIUM = '/usr/bin/chromium';
const SITE = join(ROOT, 'test/.out/docs-site');

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
  await page.getByText(model.title).first().waitFor({ timeout: 30_000 });
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

// Every operation, whatever its method or body, with the parameters and body fields a reader
// should see, from the same operation model the generator builds (of the bundled spec).
const model = buildModel(parse(readFileSync(join(ROOT, 'generated/openapi.yaml'), 'utf8')));
const OPERATIONS = model.operations.map((op) => ({
  tag: op.tags[0] ?? 'default',
  summary: op.summary,
  // A oneOf body shows its first variant's fields until the reader picks another.
  params: [...op.parameters.map((p) => p.name), ...(op.requestBody?.properties.length ? op.requestBody.properties : (op.requestBody?.variants[0]?.properties ?? [])).map((p) => p.name)],
}));

describe.each(OPERATIONS)('operation "$summary"', ({ tag, summary, params }) => {
  beforeAll(() => openOperation(tag, summary));

  it('is shown with its title', async () => {
    const heading = page.locator('h1,h2', { hasText: new RegExp(`^${summary}$`) }).first();
    await expect(heading.isVisible()).resolves.toBe(true);
  });

  // An operation without parameters or body fields has nothing more to look for.
  if (params.length > 0) it.each(params)('shows request parameter %s', async (name) => {
    const cell = page.locator('span.schema-name', { hasText: new RegExp(`^${name}$`) }).first();
    await cell.scrollIntoViewIfNeeded();
    await expect(cell.isVisible()).resolves.toBe(true);
  });
});

it('shows the TypeScript sample of this client', async () => {
  const op = model.operations[0]!;
  await openOperation(op.tags[0] ?? 'default', op.summary);
  const sample = page.locator('pre', { hasText: `${model.sdk.instance}.${op.name}(` }).first();
  await sample.waitFor({ timeout: 10_000 });
  await sample.scrollIntoViewIfNeeded();
  await expect(sample.isVisible()).resolves.toBe(true);
  await expect(sample.innerText()).resolves.toContain(`import { ${model.sdk.client} } from '${model.sdk.package}'`);
});

it('loads nothing from outside localhost', () => {
  expect(requested.length).toBeGreaterThan(0);
  const outside = requested.filter((url) => !/^(http:\/\/127\.0\.0\.1:\d+\/|data:|blob:|about:)/.test(url));
  expect(outside).toEqual([]);
});

it('saves a screenshot', async () => {
  mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
  const { tag, summary } = OPERATIONS[0]!;
  await openOperation(tag, summary);
  const heading = page.locator('h1,h2', { hasText: new RegExp(`^${summary}$`) }).first();
  await heading.scrollIntoViewIfNeeded();
  // On a loaded machine Redoc may still be laying out the page after the scroll: a blank frame
  // is a PNG of a few KB. Wait until a frame shows the operation, for at most 10 s.
  let png: Buffer = Buffer.alloc(0);
  for (const started = Date.now(); Date.now() - started < 10_000; ) {
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    png = await page.screenshot({ path: join(ROOT, 'test-artifacts/docs.png') });
    if (png.byteLength > 10_000 && (await heading.isVisible())) break;
  }
  expect(png.byteLength).toBeGreaterThan(10_000);
  await expect(heading.isVisible()).resolves.toBe(true);
});
