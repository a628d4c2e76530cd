// `npm run bench:docs`: the rendered docs, as a reader's browser gets them. For the project's spec
// and Seam's published spec (522 operations), the page this project builds (Redoc inlined, with the
// Try-it panel and its fake) beside Scalar's API reference (its standalone bundle inlined, as an
// offline page would ship it): bytes, gzipped bytes, first contentful paint and the time until the
// API's title is on screen, in headless Chromium with every request off the page refused. Medians
// of alternating rounds.
//
// Scalar is not a dependency: its standalone bundle is fetched once from the npm registry at the
// pinned version below, checked against the registry's integrity, and cached.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serveStatic } from '../docs/static-server.js';
import { materializeCorpus } from '../../test/corpus/specs.js';

const SCALAR = {
  version: '1.76.0',
  integrity: 'sha512-pjqwnzmA9YK3ZX+IZSICMsywm4qI6HLSngR2py9H6TvFApHHuJjkTAd+gFJfnqJDzJuro8k7ji6JCtJ2U+Byng==',
};
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const root = process.cwd();
const work = resolve(root, 'test/.out/bench-docs');
mkdirSync(work, { recursive: true });

function scalarBundle(): string {
  const cache = resolve(root, 'node_modules/.cache/scalar', SCALAR.version);
  const file = join(cache, 'package/dist/browser/standalone.js');
  if (!existsSync(file)) {
    mkdirSync(cache, { recursive: true });
    const tarball = execFileSync('npm', ['pack', `@scalar/api-reference@${SCALAR.version}`, '--silent'], {
      cwd: cache,
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .at(-1)!;
    const digest = `sha512-${createHash('sha512')
      .update(readFileSync(join(cache, tarball)))
      .digest('base64')}`;
    if (digest !== SCALAR.integrity)
      throw new Error(`bench:docs: @scalar/api-reference ${SCALAR.version} does not match its pinned integrity`);
    execFileSync('tar', ['xzf', tarball], { cwd: cache });
  }
  return readFileSync(file, 'utf8');
}

/** An offline Scalar page of one bundled spec: the spec and the standalone bundle inline. */
function scalarPage(specJson: string, title: string): string {
  const config = { content: JSON.parse(specJson), withDefaultFonts: false, telemetry: false };
  const inline = (text: string) => text.replace(/<\/(script)/gi, '<\\/$1');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title.replace(/</g, '&lt;')}</title></head><body><div id="app"></div>
<script>${inline(scalarBundle())}</script>
<script>Scalar.createApiReference('#app', ${inline(JSON.stringify(config))});</script></body></html>`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  materializeCorpus(root);
  const seamOut = join(work, 'seam');
  execFileSync(
    process.execPath,
    [
      'scripts/run.mjs',
      'scripts/generate.ts',
      '--spec',
      'test/.out/corpus-specs/seam-connect.json',
      '--redocly-config',
      'test/fixtures/corpus.redocly.yaml',
      '--profile',
      'seam',
      '--out',
      seamOut,
    ],
    { stdio: 'ignore' },
  );
  const specs = [
    { name: 'this project', out: resolve(root, 'generated') },
    { name: "Seam's published spec", out: seamOut },
  ];
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  const rows: string[] = [];
  for (const { name, out } of specs) {
    const site = join(work, name.replace(/\W+/g, '-'));
    mkdirSync(site, { recursive: true });
    execFileSync(
      'npx',
      ['tsx', 'scripts/docs/build.ts', '--in', join(out, 'openapi.yaml'), '--out', join(site, 'redoc.html')],
      { stdio: 'ignore' },
    );
    const docsSpec = readFileSync(join(out, 'openapi.yaml'), 'utf8').replace(/^#.*\n/, '');
    const title = String(JSON.parse(docsSpec).info?.title ?? 'API');
    writeFileSync(join(site, 'scalar.html'), scalarPage(docsSpec, title));
    const served = await serveStatic(site);
    const times: Record<string, { fcp: number[]; title: number[] }> = {
      redoc: { fcp: [], title: [] },
      scalar: { fcp: [], title: [] },
    };
    for (let round = 0; round < ROUNDS; round++) {
      for (const page of ['redoc', 'scalar']) {
        const tab = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
        await tab.route('**/*', (r) =>
          r.request().url().startsWith(served.url) ? r.continue() : r.abort('blockedbyclient'),
        );
        const started = Date.now();
        await tab.goto(`${served.url}${page}.html`, { waitUntil: 'load', timeout: 120_000 });
        await tab.getByText(title).first().waitFor({ timeout: 120_000 });
        times[page]!.title.push(Date.now() - started);
        times[page]!.fcp.push(
          await tab.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN),
        );
        await tab.close();
      }
    }
    served.server.close();
    for (const page of ['redoc', 'scalar']) {
      const html = readFileSync(join(site, `${page}.html`));
      const label = page === 'redoc' ? 'Redoc + Try-it (this project)' : `Scalar ${SCALAR.version}`;
      rows.push(
        `| ${name} | ${label} | ${(html.length / 1e6).toFixed(2)} MB | ${(gzipSync(html).length / 1e6).toFixed(2)} MB | ${median(times[page]!.fcp).toFixed(0)} | ${median(times[page]!.title)} |`,
      );
    }
  }
  await browser.close();
  console.log(`bench:docs — ${ROUNDS} alternating rounds, medians, headless Chromium, every outside request refused\n`);
  console.log('| spec | page | size | gzipped | ms: first contentful paint | ms: title on screen |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: |');
  for (const row of rows) console.log(row);
}

await main();
