// `npm run docs`: renders generated/openapi.yaml (the documented operations with their samples) to
// one static HTML page with Redocly, with Redoc inlined, and the "Try it" panel with the project's
// fake inlined beside it (try-it/), so the page works, and runs every operation, with no network.
// `-- --in <dir>/openapi.yaml` renders another generator output (a corpus spec, say).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { bundleTryIt } from './try-it/bundle.js';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'docs-site/index.html' },
    in: { type: 'string', default: 'generated/openapi.yaml' },
  },
  strict: true,
});
const input = resolve(values.in!);
if (!existsSync(input)) {
  console.error(`docs: ${values.in} is missing; run \`npm run generate\` first.`);
  process.exit(1);
}
// The page's title is the API's own (the file is JSON under a YAML comment line).
const title = String(JSON.parse(readFileSync(input, 'utf8').replace(/^#.*\n/, '')).info?.title ?? 'API reference');
const output = resolve(values.out!);
mkdirSync(dirname(output), { recursive: true });
const run = spawnSync(
  process.execPath,
  [
    resolve('scripts/redocly.mjs'),
    'build-docs',
    input,
    '--output',
    output,
    '--inlineBundle',
    '--config',
    resolve('redocly.yaml'),
    '--title',
    title,
    '--lint-config',
    'off',
  ],
  { encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off' } },
);
if (run.status !== 0) {
  console.error(`docs: redocly build-docs failed:\n${run.stdout}${run.stderr}`);
  process.exit(1);
}
// Redoc's "API docs by" badge fetches its logo from Redocly's CDN, with no option to turn it off.
// An empty data: URI makes the image fail without a request, and Redoc then hides it.
let html = readFileSync(output, 'utf8').replace(/https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g, 'data:,');
// Redoc's "API docs by" badge, its logo gone, is an empty pill: hidden.
html = html.replace(
  '</head>',
  () => '<style>:has(> a[href^="https://redocly.com/redoc"]) { display: none; }</style>\n</head>',
);
// The panel, after Redoc's own script, as one more inline script (a function replacement: `$` in
// the bundle is literal).
const panel = await bundleTryIt(dirname(input));
html = html.replace(/<\/body>(?![\s\S]*<\/body>)/, () => `<script>${panel}</script>\n</body>`);
writeFileSync(output, html);
// The page must render offline: refuse to ship one whose markup loads scripts or styles from the
// network. (What the running page requests is checked in real Chromium by test/docs.)
const external = html.match(/<(?:script|link)[^>]+(?:src|href)="https?:\/\/[^"]+"/g);
if (external) {
  console.error(`docs: ${output} loads from the network:\n  ${external.join('\n  ')}`);
  process.exit(1);
}
console.log(`docs: wrote ${values.out}`);
