// `npm run dev [-- --port N]`: the maintainer's loop. Watches spec/ and redocly.yaml, regenerates
// generated/ on every save, rebuilds the HTML docs, and serves them on loopback with a page that
// reloads itself when they change.
//
// Why one long-lived process: the generator's modules stay loaded, so a regeneration costs only its
// steps (a few hundred ms on the project spec), not the start-up of a new process each time.
import { spawn } from 'node:child_process';
import { existsSync, watch } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serveStatic } from './docs/static-server.js';
import { generateCli } from './generator/cli.js';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4173' } }, strict: true });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`dev: --port must be a port number, not "${values.port}"`);
  process.exit(2);
}

const EVENTS = '/__dev/events';
// Added to every page served: reload when the server says the docs were rebuilt.
const RELOAD = `<script>new EventSource(${JSON.stringify(EVENTS)}).addEventListener('reload', () => location.reload());</script>`;
const listeners = new Set<ServerResponse>();

/** Tells every open page to reload. */
function reloadPages(): void {
  for (const res of listeners) res.write('event: reload\ndata: {}\n\n');
}

/** Renders generated/openapi.yaml to docs-site/index.html in a child process (Redocly's CLI). */
function buildDocs(): Promise<boolean> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/docs/build.ts'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('close', (code) => done(code === 0));
  });
}

let running = false;
let again = false;

/** One regeneration at a time; saves that arrive during one are folded into a single next run. */
async function regenerate(why: string): Promise<void> {
  if (running) {
    again = true;
    return;
  }
  running = true;
  const started = performance.now();
  const code = await generateCli([]);
  const generatedMs = Math.round(performance.now() - started);
  console.log(
    code === 0
      ? `dev: ${why}: regenerated in ${generatedMs} ms`
      : `dev: ${why}: the spec has problems (above); generated/ is unchanged`,
  );
  if (code === 0 && (await buildDocs())) {
    console.log(`dev: docs rebuilt, ${Math.round(performance.now() - started)} ms after the save`);
    reloadPages();
  }
  running = false;
  if (again) {
    again = false;
    await regenerate('changed during the last run');
  }
}

let timer: NodeJS.Timeout | undefined;
/** Editors save in several writes (a temporary file, a rename): wait until they settle. */
function onChange(file: string): void {
  clearTimeout(timer);
  timer = setTimeout(() => void regenerate(`${file} changed`), 25);
}

/**
 * The reload script, where the page's own body ends: the LAST `</body>`. Redoc's inlined bundle
 * holds the text `</body>` in its code, earlier in the page, and a script put there never runs.
 */
function injectBeforeLastBodyEnd(page: string): string {
  const at = page.lastIndexOf('</body>');
  return at < 0 ? `${page}${RELOAD}` : `${page.slice(0, at)}${RELOAD}${page.slice(at)}`;
}

async function main(): Promise<void> {
  await regenerate('start');
  if (!existsSync('docs-site/index.html')) await buildDocs();
  watch('spec', (_event, name) => onChange(`spec/${name ?? ''}`));
  watch('redocly.yaml', () => onChange('redocly.yaml'));
  const { url } = await serveStatic('docs-site', port, {
    html: injectBeforeLastBodyEnd,
    route: (path, req, res) => {
      if (path !== EVENTS) return false;
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' }).write(': connected\n\n');
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
      return true;
    },
  });
  console.log(`dev: watching spec/ and redocly.yaml; docs at ${url} (Ctrl-C to stop)`);
}

// Not top-level await: scripts/run.mjs bundles scripts as CommonJS.
void main();
