// Spec text in the HTML page: a description holding `<!--` and `<script>` cannot end, or keep open,
// the Try-it panel's inlined script (the HTML parser's escaped states are entered only through those
// sequences, and a script ends only at `</script`); and the page honours x-title and x-deprecated
// as the Markdown docs and the client do, through the fields Redoc reads (summary, deprecated).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { stringify } from 'yaml';
import { bundleTryIt } from '../../scripts/docs/try-it/bundle.js';
import { emitOpenApi } from '../../scripts/generator/plugins/html-site/emit-openapi.js';
import { buildModel } from '../../scripts/generator/model/index.js';
import { generate, outDir } from '../helpers/generate.js';
import { ROOT } from '../helpers/paths.js';

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

it("a description holding <!-- and <script> leaves the panel's inlined script nothing that could end it early or keep it open, and the script still compiles", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'seam-page-text-'));
  const file = join(dir, 'page.yaml');
  writeFileSync(file, stringify(spec()));
  const out = outDir('page-spec-text');
  const run = generate([
    '--spec',
    file,
    '--redocly-config',
    join(ROOT, 'test/fixtures/corpus.redocly.yaml'),
    '--out',
    out,
  ]);
  expect(run.status).toBe(0);
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
