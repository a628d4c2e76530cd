// The built HTML docs, opened in headless Debian Chromium with every request outside the page
// blocked: every operation appears once, with its parameters, body fields and samples; no typed
// property shows as "any"; the Try-it panel runs operations against the fake inside the page; and
// the page is screenshot at desktop and phone width.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import { serveStatic } from '../../scripts/docs/static-server.js';
import { BIN, ROOT } from '../helpers/paths.js';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { buildModel } from '../../scripts/generator/model/index.js';
import { launchChromium } from '../helpers/chromium.js';

const LOCAL = /^(http:\/\/127\.0\.0\.1:\d+\/|data:|blob:|about:)/;
const SITE = join(ROOT, 'test/.out/docs-site');

let server: Server;
let browser: Browser;
let page: Page;
let siteUrl: string;
const requested: string[] = [];

beforeAll(async () => {
  const build = spawnSync(BIN('tsx'), ['scripts/docs/build.ts', '--out', join(SITE, 'index.html')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`npm run docs failed:\n${build.stderr}`);
  const served = await serveStatic(SITE);
  server = served.server;
  siteUrl = served.url;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  page.on('request', (request) => requested.push(request.url()));
  // Nothing may leave the page: a request to anywhere but the docs server is refused, and recorded.
  await page.route('**/*', (route) =>
    LOCAL.test(route.request().url()) ? route.continue() : route.abort('blockedbyclient'),
  );
  await page.goto(served.url, { waitUntil: 'networkidle' });
  await page.getByText(model.title).first().waitFor({ timeout: 30_000 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

/** Redoc renders an operation once it is navigated to; open it from the sidebar like a reader. */
async function openOperation(tag: string, summary: string): Promise<void> {
  await page
    .locator('a', { hasText: new RegExp(`^${tag}$`) })
    .first()
    .click();
  await page.waitForURL(new RegExp(`#/${tag}`));
  await page.getByText(summary, { exact: true }).first().click();
  await page
    .locator('h1,h2', { hasText: new RegExp(`^${summary}$`) })
    .first()
    .waitFor({ timeout: 10_000 });
}

// Every operation, whatever its method or body, with the parameters and body fields a reader
// should see, from the same operation model the generator builds (of the bundled spec).
const model = buildModel(parse(readFileSync(join(ROOT, 'generated/openapi.yaml'), 'utf8')));
const fullSpec = JSON.parse(readFileSync(join(ROOT, 'generated/openapi.json'), 'utf8'));
const OPERATIONS = model.operations.map((op) => ({
  tag: op.tags[0] ?? 'default',
  summary: op.summary,
  // A oneOf body shows its first variant's fields until the reader picks another.
  params: [
    ...op.parameters.map((p) => p.name),
    ...(op.requestBody?.properties.length
      ? op.requestBody.properties
      : (op.requestBody?.variants[0]?.properties ?? [])
    ).map((p) => p.name),
  ],
}));

describe.each(OPERATIONS)('operation "$summary"', ({ tag, summary, params }) => {
  beforeAll(() => openOperation(tag, summary));

  it('is shown with its title', async () => {
    const heading = page.locator('h1,h2', { hasText: new RegExp(`^${summary}$`) }).first();
    await expect(heading.isVisible()).resolves.toBe(true);
  });

  // An operation without parameters or body fields has nothing more to look for.
  if (params.length > 0)
    it.each(params)('shows request parameter %s', async (name) => {
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

it('offers a sample for each way in, and every code block scrolls or wraps rather than being cut off', async () => {
  const op = model.operations[0]!;
  await openOperation(op.tags[0] ?? 'default', op.summary);
  // Redoc shows the first sample, and the others in its language menu.
  const picker = page.locator('button[aria-haspopup="menu"]', { hasText: /^SeamClient$/ }).first();
  await picker.click();
  await expect(page.locator('[role="menuitem"]').allTextContents()).resolves.toEqual(
    expect.arrayContaining(['SeamClient', 'Function', 'openapi-fetch', 'cURL']),
  );
  await page.keyboard.press('Escape');
  const cut = await page.$$eval('pre', (blocks) =>
    blocks
      .filter((b) => {
        const style = getComputedStyle(b);
        const fits = b.scrollWidth <= b.clientWidth;
        return (
          !fits &&
          !['auto', 'scroll'].includes(style.overflowX) &&
          !['pre-wrap', 'break-spaces', 'normal'].includes(style.whiteSpace)
        );
      })
      .map((b) => b.textContent?.slice(0, 60)),
  );
  expect(cut).toEqual([]);
});

it('loads nothing from outside localhost', () => {
  expect(requested.length).toBeGreaterThan(0);
  const outside = requested.filter((url) => !LOCAL.test(url));
  expect(outside).toEqual([]);
});

/**
 * A screenshot once a frame shows the page: on a loaded machine Redoc may still be laying it out,
 * and a blank frame is a PNG of a few KB. Tries for at most 10 s.
 */
async function paintedScreenshot(on: Page, path: string, shown: () => Promise<boolean>): Promise<Buffer> {
  let png: Buffer = Buffer.alloc(0);
  for (const started = Date.now(); Date.now() - started < 10_000;) {
    await on.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    png = await on.screenshot({ path });
    if (png.byteLength > 10_000 && (await shown())) break;
  }
  return png;
}

it('saves a screenshot', async () => {
  mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
  const { tag, summary } = OPERATIONS[0]!;
  await openOperation(tag, summary);
  const heading = page.locator('h1,h2', { hasText: new RegExp(`^${summary}$`) }).first();
  await heading.scrollIntoViewIfNeeded();
  const png = await paintedScreenshot(page, join(ROOT, 'test-artifacts/docs.png'), () => heading.isVisible());
  expect(png.byteLength).toBeGreaterThan(10_000);
  await expect(heading.isVisible()).resolves.toBe(true);
});

it('lists each operation once in the sidebar, and each webhook the spec declares: alternative methods are said on it, not listed', async () => {
  // The 3.1 webhooks (each event Seam delivers) have entries of their own beside the operations.
  const docsSpec = parse(readFileSync(join(ROOT, 'generated/openapi.yaml'), 'utf8'));
  const webhooks = Object.values<Record<string, { operationId: string; tags?: string[] }>>(
    docsSpec.webhooks ?? {},
  ).flatMap((item) => Object.values(item));
  // Redoc shows one tag's group at a time: each group is opened and counted on its own.
  let entries = 0;
  for (const tag of new Set(model.operations.map((o) => o.tags[0] ?? 'default'))) {
    const inGroup = page.locator(`a[href^="#/${tag}/"]:has([data-testid="menu-item-label"] .tag-http)`);
    if ((await inGroup.count()) === 0)
      await page
        .locator('a', { hasText: new RegExp(`^${tag}$`) })
        .first()
        .click();
    await inGroup.first().waitFor({ timeout: 10_000 });
    const hrefs = await inGroup.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const ops = [...model.operations, ...webhooks].filter((o) => (o.tags?.[0] ?? 'default') === tag);
    // Each operation and webhook of the tag exactly once, and nothing else.
    expect(hrefs.sort()).toEqual(ops.map((o) => `#/${tag}/${o.operationId.toLowerCase()}`).sort());
    entries += hrefs.length;
  }
  expect(entries).toBe(OPERATIONS.length + webhooks.length);
  // The spec's own operations, alternatives included, number more than the entries.
  expect(
    Object.values<Record<string, unknown>>(fullSpec.paths).flatMap((item) => Object.keys(item)).length,
  ).toBeGreaterThan(OPERATIONS.length);
});

it('shows no property of a typed schema as "any"', async () => {
  const op = model.operations.find((o) => o.role.returnsAttempt)!;
  await openOperation(op.tags[0] ?? 'default', op.summary);
  const text = await page.evaluate(() => document.body.innerText);
  expect(text).toMatch(/\nok\nboolean\n/);
  expect(text).toMatch(/\naction_attempt\nobject\n/);
  expect(text).not.toMatch(/\nany\n/);
});

describe('Try it', () => {
  const update = model.operations.find((o) => o.role.returnsAttempt)!;
  const send = async () => {
    await page.click('#try-it-send');
    await page.locator('#try-it-status').waitFor({ timeout: 10_000 });
    return {
      status: await page.textContent('#try-it-status'),
      body: JSON.parse((await page.textContent('#try-it-response'))!),
    };
  };

  beforeAll(async () => {
    await openOperation(update.tags[0] ?? 'default', update.summary);
    await page.click('#try-it-toggle');
  });

  it("follows the operation the reader is on, its body filled from the spec's example", async () => {
    await expect(page.inputValue('#try-it-operation')).resolves.toBe(update.operationId);
    expect(JSON.parse(await page.inputValue('#try-it-body'))).toEqual(update.requestBody!.examples[0]!.value);
  });

  it('runs it against the fake in the page: the attempt succeeds, and a second call shows the changed code', async () => {
    const example = update.requestBody!.examples[0]!.value as Record<string, unknown>;
    await page.fill('#try-it-body', JSON.stringify({ ...example, code: '5151' }));
    const first = await send();
    expect(first.status).toBe('HTTP 200');
    expect(first.body.action_attempt).toMatchObject({ status: 'success', result: { access_code: { code: '5151' } } });
    await page.fill('#try-it-body', JSON.stringify({ ...example, code: '6262' }));
    expect((await send()).body.action_attempt.result.access_code.code).toBe('6262');
  });

  it("shows an invalid body's 400 with its validation_errors, and names the error the client throws", async () => {
    const example = update.requestBody!.examples[0]!.value as Record<string, unknown>;
    await page.fill('#try-it-body', JSON.stringify({ ...example, code: '12' }));
    const answer = await send();
    expect(answer.status).toBe('HTTP 400');
    expect(answer.body.error).toMatchObject({
      type: 'invalid_input',
      validation_errors: { code: { _errors: [expect.any(String)] } },
    });
    await expect(page.textContent('#try-it-error-class')).resolves.toMatch(
      /^The client throws SeamInvalidInputError: /,
    );
  });

  it('offers the real API with a key kept in memory only, and says so', async () => {
    await page.selectOption('#try-it-target', 'real');
    await expect(page.isVisible('#try-it-key')).resolves.toBe(true);
    await expect(page.getAttribute('#try-it-key', 'type')).resolves.toBe('password');
    await expect(page.textContent('#try-it')).resolves.toMatch(/memory only: never stored, never logged/);
    await page.fill('#try-it-key', 'seam_test_not_a_real_key');
    await expect(
      page.evaluate(
        () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie,
      ),
    ).resolves.not.toContain('seam_test_not_a_real_key');
    await page.selectOption('#try-it-target', 'fake');
  });

  it('against the real API, redacts the pasted key from the raw answer and the error line, and follows no redirect', async () => {
    // The real API is out of reach here: its answers are made at the browser's network layer, one
    // that echoes the key (as a server quoting its request would), one that redirects elsewhere.
    const key = 'seam_test_echoed_key_0123456789';
    const server = String(fullSpec.servers[0].url).replace(/\/$/, '');
    const echo = (route: Route) =>
      route.fulfill({
        status: 401,
        contentType: 'application/json',
        body: JSON.stringify({ error: { type: 'unauthorized', message: `Bad key ${key}` } }),
      });
    await page.route((url) => url.href.startsWith(server), echo);
    try {
      await page.selectOption('#try-it-target', 'real');
      await page.fill('#try-it-key', key);
      const answer = await send();
      expect(answer.status).toBe('HTTP 401');
      expect(JSON.stringify(answer.body)).toContain('[redacted]');
      await expect(page.textContent('#try-it')).resolves.not.toContain(key);
      await page.unroute((url) => url.href.startsWith(server), echo);
      const elsewhere = 'http://127.0.0.1:9/elsewhere';
      await page.route(
        (url) => url.href.startsWith(server),
        (route) => route.fulfill({ status: 307, headers: { location: elsewhere } }),
      );
      const before = requested.length;
      await page.click('#try-it-send');
      await expect(page.locator('#try-it-error-class').textContent()).resolves.toMatch(
        /redirect, which is not followed/,
      );
      expect(requested.slice(before).filter((url) => url.startsWith(elsewhere))).toEqual([]);
    } finally {
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      await page.route('**/*', (route) =>
        LOCAL.test(route.request().url()) ? route.continue() : route.abort('blockedbyclient'),
      );
      await page.selectOption('#try-it-target', 'fake');
    }
  });

  // Only a spec with a path parameter has one to refuse (the end-to-end test's copy adds one).
  const pathOp = model.operations.find((o) => o.parameters.some((p) => p.in === 'path'));
  if (pathOp) {
    it('refuses a path value of ".." as the client does, sending nothing', async () => {
      const param = pathOp.parameters.find((p) => p.in === 'path')!;
      await page.selectOption('#try-it-operation', pathOp.operationId);
      await page.fill(`#try-it-param-${param.name}`, '..');
      await page.click('#try-it-send');
      await expect(page.textContent('#try-it-error-class')).resolves.toContain(
        `${param.name} must be a non-empty path segment other than "." and ".."`,
      );
      await expect(page.locator('#try-it-status').count()).resolves.toBe(0);
    });
  }

  // What the docs fill in names what the page's fake holds (its seeds): a get, update or delete of an
  // id from the spec's examples, or sampled where it has none, finds it. Deletes go last, since a
  // delete then a get of the same id is the 404 the panel is there to show.
  it('sends every operation as the docs fill it in, and the first send of each succeeds', async () => {
    const removes = (o: (typeof model.operations)[number]) => o.method === 'delete' || o.resource?.action === 'delete';
    const offered = model.operations.filter((o) => o.undocumented === undefined);
    const statuses: Record<string, string | null> = {};
    for (const op of [...offered.filter((o) => !removes(o)), ...offered.filter(removes)]) {
      await page.selectOption('#try-it-operation', op.operationId);
      await page.click('#try-it-send');
      // A 204 shows no body: only the status is read.
      await page.locator('#try-it-status').waitFor({ timeout: 10_000 });
      statuses[op.name] = await page.textContent('#try-it-status');
    }
    expect(Object.keys(statuses)).toHaveLength(offered.length);
    expect(Object.entries(statuses).filter(([, status]) => !/^HTTP 2\d\d$/.test(status ?? ''))).toEqual([]);
  });

  afterAll(() => page.click('#try-it header button'));
});

it('fits a phone: the operation heading is on the first screen, nothing scrolls sideways, and a screenshot is saved', async () => {
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
  await phone.route('**/*', (route) =>
    LOCAL.test(route.request().url()) ? route.continue() : route.abort('blockedbyclient'),
  );
  const op = model.operations[0]!;
  await phone.goto(`${siteUrl}#/${op.tags[0]}/${op.operationId.toLowerCase()}`, { waitUntil: 'networkidle' });
  const heading = phone.locator('h1,h2', { hasText: new RegExp(`^${op.summary}$`) }).first();
  await heading.waitFor({ timeout: 30_000 });
  const box = await heading.boundingBox();
  expect(box!.y).toBeLessThan(844);
  await expect(phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).resolves.toBe(true);
  const png = await paintedScreenshot(phone, join(ROOT, 'test-artifacts/docs-phone.png'), () => heading.isVisible());
  expect(png.byteLength).toBeGreaterThan(10_000);
  await phone.close();
});

it('search shows excerpts with their words apart (a wrapped line in the spec is a space, not a join)', async () => {
  await page.goto(siteUrl, { waitUntil: 'networkidle' });
  await page.getByText('Search', { exact: false }).first().click();
  await page.keyboard.type('offline');
  const hit = page.getByText(/offline settings/).first();
  await hit.waitFor({ timeout: 10_000 });
  await expect(page.evaluate(() => document.body.innerText)).resolves.not.toMatch(/offlinesettings/);
  await page.keyboard.press('Escape');
});
