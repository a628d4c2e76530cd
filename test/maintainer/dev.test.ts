// `npm run dev` as a maintainer uses it, on a copy of the project: it regenerates generated/ when
// the spec is saved, serves the docs with a reload script, and tells open pages to reload.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from '../helpers/project-copy.js';

let copy: string;
let dev: ChildProcess;
let output = '';

/** Resolves once the dev server has printed a line matching `pattern`. */
function printed(pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((done, fail) => {
    const check = () => {
      const found = output.match(pattern);
      if (found) {
        dev.stdout!.off('data', check);
        done(found);
      }
    };
    dev.stdout!.on('data', check);
    dev.once('exit', () => fail(new Error(`npm run dev exited:\n${output}`)));
    check();
  });
}

beforeAll(() => {
  copy = copyProject('seam-dev-');
  dev = spawn(process.execPath, ['scripts/run.mjs', 'scripts/dev.ts', '--port', '0'], {
    cwd: copy,
    env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
  });
  dev.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  dev.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
});

afterAll(() => {
  dev?.kill();
  rmSync(copy, { recursive: true, force: true });
});

it('regenerates on a save of the spec, serves the docs with a reload script, and tells the page to reload', async () => {
  const [, url] = await printed(/docs at (http:\/\/127\.0\.0\.1:\d+\/)/);
  const page = await (await fetch(url!)).text();
  expect(page).toContain('new EventSource("/__dev/events")');
  // Where the page's own body ends: the last </body>. Redoc's inlined bundle holds one of its own
  // earlier, and a script put there never runs.
  expect(page.split('</body>').length).toBeGreaterThan(2);
  expect(page.indexOf('</body>', page.indexOf('new EventSource("/__dev/events")'))).toBe(page.lastIndexOf('</body>'));

  const events = await fetch(new URL('/__dev/events', url));
  const reader = events.body!.pipeThrough(new TextDecoderStream()).getReader();
  await reader.read(); // the stream's opening comment

  const spec = join(copy, 'spec/openapi.yaml');
  writeFileSync(
    spec,
    readFileSync(spec, 'utf8').replace(
      'summary: Update an access code\n',
      'summary: Update an access code, renamed by the dev test\n',
    ),
  );
  await printed(/spec\/openapi\.yaml changed: regenerated in \d+ ms/);
  expect(readFileSync(join(copy, 'generated/client.ts'), 'utf8')).toContain(
    'Update an access code, renamed by the dev test',
  );

  let received = '';
  while (!received.includes('event: reload')) received += (await reader.read()).value ?? '';
  await reader.cancel();
}, 120_000);
