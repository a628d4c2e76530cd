// The docs server (npm run docs:serve, npm run dev) serves its folder and nothing else, and a bad
// URL is a 400, not the end of the server.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../../scripts/docs/static-server.js';

const parent = mkdtempSync(join(tmpdir(), 'seam-static-'));
const root = join(parent, 'site');
let url: URL;
let close: () => void;

/** A raw GET, so that paths such as /../x reach the server as written (fetch would normalise them). */
function get(path: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: url.hostname, port: url.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => (body += c));
      res.on('end', () => done({ status: res.statusCode!, body }));
    });
    req.on('error', fail).end();
  });
}

beforeAll(async () => {
  mkdirSync(root);
  writeFileSync(join(root, 'index.html'), '<p>docs</p>');
  // A sibling whose name starts with the root's: a string-prefix check let it through.
  mkdirSync(join(parent, 'site-private'));
  writeFileSync(join(parent, 'site-private/secret.txt'), 'secret');
  symlinkSync(join(parent, 'site-private'), join(root, 'link-out'));
  const served = await serveStatic(root);
  url = new URL(served.url);
  close = () => served.server.close();
});
afterAll(() => close());

it('serves the folder, also when a URL is joined with a doubled slash', async () => {
  expect(await get('/')).toEqual({ status: 200, body: '<p>docs</p>' });
  expect(await get('//index.html?x=1')).toEqual({ status: 200, body: '<p>docs</p>' });
});

it.each([
  '/../site-private/secret.txt',
  '/%2e%2e/site-private/secret.txt',
  '/..%2fsite-private%2fsecret.txt',
  '/link-out/secret.txt',
  '/../../../../etc/passwd',
])('serves nothing outside it: %s is a 404', async (path) => {
  const answer = await get(path);
  expect(answer.status).toBe(404);
  expect(answer.body).not.toContain('secret');
});

it.each(['/%', '/%E0%A4%A', '/a%00b'])('answers the malformed path %s with 400 and keeps serving', async (path) => {
  expect((await get(path)).status).toBe(400);
  expect((await get('/')).status).toBe(200);
});
