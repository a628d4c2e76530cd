// Spec text in the HTML page: a description holding `<!--` and `<script>` cannot end, or keep open,
// the Try-it panel's inlined script (the HTML parser's escaped states are entered only through those
// sequences, and a script ends only at `</script`); and the page honours x-title and x-deprecated
// as the Markdown docs and the client do, through the fields Redoc reads (summary, deprecated); and
// the panel shows the spec's strings as text, in Chromium.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { stringify } from 'yaml';
import { bundleTryIt } from '../../scripts/docs/try-it/bundle.js';
import { emitOpenApi } from '../../scripts/generator/plugins/html-site/emit-openapi.js';
import { buildModel } from '../../scripts/generator/model/index.js';
import { generate, outDir } from '../helpers/generate.js';
import { ROOT } from '../helpers/paths.js';
import { launchChromium } from '../helpers/chromium.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- spec documents and answers, walked freely by the test
type Json = any;

const HOSTILE = 'Beware <!-- and <script> then </SCRIPT> and <Script src=x> -->.';

function spec(): Json {
  const ok = {
    '200': {
      description: 'OK',
      content: {
        'application/json': {
          schema: { type: 'object', properties: { ok: { type: 'boolean' } } },
          example: { ok: true },
        },
      },
    },
  };
  return {
    openapi: '3.1.0',
    info: { title: 'Page', version: '1.0.0' },
    servers: [{ url: 'https://api.example.com' }],
    paths: {
      '/pets/list': {
        post: {
          operationId: 'petsList',
          summary: 'List pets',
          description: HOSTILE,
          'x-title': 'List every pet',
          responses: ok,
        },
      },
      '/pets/old': {
        post: {
          operationId: 'petsOld',
          summary: 'Old list',
          description: 'The old one.',
          'x-deprecated': 'Use `pets.list` instead.',
          responses: ok,
        },
      },
    },
  };
}

/** Generates `doc`, written out as YAML, into test/.out/<name> with the generator's CLI, as a maintainer would; its output folder. */
function generateFrom(doc: Json, name: string): string {
  const file = join(mkdtempSync(join(tmpdir(), `seam-${name}-`)), 'page.yaml');
  writeFileSync(file, stringify(doc));
  const out = outDir(name);
  const run = generate([
    '--spec',
    file,
    '--redocly-config',
    join(ROOT, 'test/fixtures/corpus.redocly.yaml'),
    '--out',
    out,
  ]);
  expect([run.status, run.stderr]).toEqual([0, expect.anything()]);
  return out;
}

it("a description holding <!-- and <script> leaves the panel's inlined script nothing that could end it early or keep it open, and the script still compiles", async () => {
  const out = generateFrom(spec(), 'page-spec-text');
  const panel = await bundleTryIt(out);
  expect(panel).not.toMatch(/<!--|<\/?script/i);
  expect(() => new vm.Script(panel)).not.toThrow();
  // The text is all there: the string literal that holds it, read as JavaScript, is the description.
  const literal = /"(Beware[^"]*)"/.exec(panel)?.[1];
  expect(new Function(`return "${literal}";`)()).toBe(HOSTILE);
}, 120_000);

it('the HTML docs carry x-title as the summary and x-deprecated as deprecated, with its note first in the description', () => {
  const doc = spec();
  const page = JSON.parse(emitOpenApi(doc, buildModel(doc), '').trim());
  expect(page.paths['/pets/list'].post.summary).toBe('List every pet');
  expect(page.paths['/pets/list'].post.deprecated).toBeUndefined();
  const old = page.paths['/pets/old'].post;
  expect(old.deprecated).toBe(true);
  expect(old.description).toMatch(/^> \*\*Deprecated\.\*\* Use `pets\.list` instead\./);
});

// What generated/try-it.json carries is the spec's text: parameter examples, bodies, the server URL
// and, through the fake, the answers' examples. The panel puts each into the page as text (an
// element's textContent, an input's value), never as markup: in Chromium, none becomes an element
// or runs, and each shows as written.
const MARKUP = '"><img src=x onerror="window.pwned=1"><b id=injected>bold</b>';

function markupSpec(): Json {
  const schema = { type: 'object', properties: { ok: { type: 'boolean' }, note: { type: 'string' } } };
  return {
    openapi: '3.1.0',
    info: { title: 'Markup', version: '1.0.0' },
    servers: [{ url: `https://api.example.com/${encodeURIComponent(MARKUP)}<i id=injected-server>` }],
    paths: {
      '/pets/get': {
        post: {
          operationId: 'petsGet',
          summary: 'Get a pet',
          parameters: [{ name: 'name', in: 'query', required: true, schema: { type: 'string' }, example: MARKUP }],
          requestBody: {
            content: { 'application/json': { schema, example: { note: MARKUP } } },
          },
          responses: {
            '200': {
              description: 'OK',
              content: { 'application/json': { schema, example: { ok: true, note: MARKUP } } },
            },
          },
        },
      },
    },
  };
}

it("try-it.json's strings reach the page as text: no parameter, body, server URL or answer from the spec becomes an element or runs", async () => {
  const out = generateFrom(markupSpec(), 'page-spec-markup');
  const manifest = JSON.parse(readFileSync(join(out, 'try-it.json'), 'utf8'));
  expect(JSON.stringify(manifest)).toContain(JSON.stringify(MARKUP).slice(1, -1));
  const panel = await bundleTryIt(out);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    // Nothing leaves the page: an <img> made from the text would try to load `x`.
    const requested: string[] = [];
    await page.route('**/*', (route) => (requested.push(route.request().url()), route.abort('blockedbyclient')));
    await page.setContent('<!doctype html><html><head></head><body></body></html>');
    await page.addScriptTag({ content: panel });
    await page.click('#try-it-toggle');
    await page.click('#try-it-send');
    await page.waitForSelector('#try-it-status');
    const seen = await page.evaluate(() => ({
      pwned: (window as unknown as { pwned?: unknown }).pwned,
      made: document.querySelectorAll('img, b, i, #injected, #injected-server').length,
      param: (document.querySelector('#try-it-param-name') as HTMLInputElement).value,
      body: (document.querySelector('#try-it-body') as HTMLTextAreaElement).value,
      server: [...document.querySelectorAll('#try-it-target option')].map((o) => o.textContent).join('\n'),
      answer: document.querySelector('#try-it-response')!.textContent,
      status: document.querySelector('#try-it-status')!.textContent,
    }));
    expect(seen).toMatchObject({ pwned: undefined, made: 0, param: MARKUP, status: 'HTTP 200' });
    expect(JSON.parse(seen.body)).toEqual({ note: MARKUP });
    expect(seen.server).toContain('<i id=injected-server>');
    expect(JSON.parse(seen.answer!)).toMatchObject({ note: MARKUP });
    // An error answer (a body the spec refuses, the markup beside it) is named as text too, by the
    // profile the generator wrote with (neutral here).
    await page.fill('#try-it-body', JSON.stringify({ note: 5, [MARKUP]: MARKUP }));
    await page.click('#try-it-send');
    await page.waitForSelector('#try-it-error-class');
    const failed = await page.evaluate(() => ({
      made: document.querySelectorAll('img, b, i, #injected, #injected-server').length,
      status: document.querySelector('#try-it-status')!.textContent,
      error: document.querySelector('#try-it-error-class')!.textContent,
    }));
    expect(failed).toMatchObject({
      made: 0,
      status: 'HTTP 400',
      error: expect.stringMatching(/^The client throws \w+Error: /),
    });
    expect(await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned)).toBeUndefined();
    expect(requested).toEqual([]);
    // The real API, played here, answers an error envelope past the client's maxResponseBytes: the
    // panel reads it no further than the client would, so its envelope is never taken.
    await page.route(
      (url) => url.hostname === 'api.example.com',
      (route) =>
        route.fulfill({
          status: 404,
          contentType: 'application/json',
          body: JSON.stringify({ error: { code: 'gone', message: `Gone ${'x'.repeat(11 * 1024 * 1024)}` } }),
        }),
    );
    await page.selectOption('#try-it-target', 'real');
    await page.fill('#try-it-key', 'key_1234567890');
    await page.click('#try-it-send');
    await page.waitForFunction(() =>
      /No answer|throws/.test(document.querySelector('#try-it-result')!.textContent ?? ''),
    );
    const large = await page.evaluate(() => document.querySelector('#try-it-result')!.textContent);
    expect(large).toMatch(/No answer: the answer is larger than 10485760 bytes/);
    expect(large).not.toContain('Gone');
  } finally {
    await browser.close();
  }
}, 120_000);
