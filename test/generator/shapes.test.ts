// The generator on every operation shape (test/fixtures/shapes.yaml): what it warns about, the
// method surface it emits, that the surface type-checks as a caller would use it, and that every
// method puts its argument on the wire as the spec says, over a loopback server.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { DEFAULTS } from '../../src/runtime/index.js';
import { generate, outDir, readTree } from '../helpers/generate.js';
import { BIN, ROOT } from '../helpers/paths.js';
import { startRecordingServer, type RecordingServer } from '../helpers/recording-server.js';
import { methodSurface } from '../helpers/surface.js';
import { clientCore } from '../helpers/client-core.js';

const FIXTURE_CONFIG = 'test/fixtures/redocly.yaml';
let run: ReturnType<typeof generate>;
let tree: Record<string, string>;

let server: RecordingServer;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the generated class, loaded at run time
let client: any;

beforeAll(async () => {
  const dir = outDir('shapes');
  run = generate(['--spec', 'test/fixtures/shapes.yaml', '--redocly-config', FIXTURE_CONFIG, '--out', dir]);
  if (run.status !== 0) throw new Error(run.stderr);
  tree = readTree(dir);
  server = await startRecordingServer((req, res) => {
    if (req.url.includes('/photo') && req.method === 'GET')
      res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([137, 80, 78, 71]));
    else if (req.method === 'DELETE' || req.url.includes('/things/')) res.writeHead(204).end();
    else if (req.url.includes('/notes') || req.url.includes('/photo'))
      res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
    // JSON answers of the shapes the spec promises (a pet, or the kind of an updated one).
    else
      res
        .writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
        .end(req.method === 'PATCH' ? '{"kind":"cat","echo":true}' : '{"id":"p1","name":"Rex"}');
  });
  const { GeneratedClient } = await import(join(dir, 'client.ts'));
  client = new GeneratedClient(
    clientCore({ ...DEFAULTS, endpoint: server.url, headers: { authorization: 'Bearer t' }, secrets: ['t'] }),
  );
});

afterAll(() => server.close());
beforeEach(() => {
  server.seen.length = 0;
});

it('generates, and warns about what it generated anyway: no 2xx answer, a guarded name', () => {
  expect(run.stderr).toMatch(
    /\(#\/paths\/~1v1~1legacy~1ping\/get\/responses\) no-success-response: GET \/v1\/legacy\/ping has no 2xx response \(default\); the client resolves to the `default` response/,
  );
  expect(run.stderr).toMatch(
    /\(#\/paths\/~1v1~1legacy~1teapot\/post\/responses\) no-success-response: .*\(418\); the client resolves to void/,
  );
  expect(run.stderr).toMatch(/\(#\/paths\/~1v1~1legacy~1moved\/get\/responses\) no-success-response: .*\(302\)/);
  expect(run.stderr).toMatch(
    /renamed-method: "then" cannot be a member name \(it would make the object thenable\), so things\.then uses "then_"/,
  );
});

it('emits this method surface', () => {
  expect(methodSurface(tree['client.ts']!)).toMatchSnapshot();
});

it('the surface type-checks as a caller uses it (strict), and wrong calls do not', () => {
  const tsconfig = join(ROOT, 'test/.out/shapes-tsconfig.json');
  writeFileSync(
    tsconfig,
    JSON.stringify({ extends: '../../tsconfig.json', include: ['../generator/shapes/usage.ts'], exclude: [] }),
  );
  const tsc = spawnSync(BIN('tsc'), ['--noEmit', '-p', tsconfig], { cwd: ROOT, encoding: 'utf8' });
  expect(tsc.stdout + tsc.stderr).toBe('');
  expect(tsc.status).toBe(0);
});

it('query, header and cookie parameters from the flat argument', async () => {
  await client.pets.list({ sort: 'name', limit: 2, tags: ['a', 'b c'] });
  await client.pets.get({ pet_id: 'p/1', 'X-Trace': 't1', session: 's1' });
  expect(server.seen.map((s) => `${s.method} ${s.url}`)).toEqual([
    'GET /v1/pets?sort=name&limit=2&tags=a&tags=b%20c',
    'GET /v1/pets/p%2F1',
  ]);
  expect(server.seen[1]!.headers['x-trace']).toBe('t1');
  expect(server.seen[1]!.headers.cookie).toBe('session=s1');
  expect(server.seen.every((s) => s.body.length === 0 && s.headers['content-type'] === undefined)).toBe(true);
});

it('a oneOf body beside a path parameter, and a JSON answer with a charset', async () => {
  expect(await client.pets.update({ pet_id: 'p1', kind: 'cat', lives: 9 })).toEqual({ kind: 'cat', echo: true });
  expect(server.seen[0]).toMatchObject({
    method: 'PATCH',
    url: '/v1/pets/p1',
    headers: { 'content-type': 'application/json' },
  });
  expect(JSON.parse(server.seen[0]!.body.toString())).toEqual({ kind: 'cat', lives: 9 });
});

it('a body that is not an object, under `body`', async () => {
  await client.search.create({ q: 'rex', body: ['brown', 'small'] });
  expect(server.seen[0]!.url).toBe('/v1/search?q=rex');
  expect(JSON.parse(server.seen[0]!.body.toString())).toEqual(['brown', 'small']);
});

it('form, multipart, text and binary bodies', async () => {
  await client.forms.charge({ amount: 100, metadata: { order: 'A1' }, items: [{ price: 'p_1' }] });
  await client.uploads.create({ file: new Blob(['hello'], { type: 'text/plain' }), purpose: 'test' });
  await client.pets.notes({ pet_id: 'p1', body: '# Note' });
  await client.pets.photo.update({ pet_id: 'p1', body: new Uint8Array([1, 2, 3]) });
  const [form, multipart, text, binary] = server.seen;
  expect(form!.headers['content-type']).toBe('application/x-www-form-urlencoded');
  expect(decodeURIComponent(form!.body.toString())).toBe('amount=100&metadata[order]=A1&items[0][price]=p_1');
  expect(multipart!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
  expect(multipart!.body.toString()).toMatch(
    /name="file"; filename="blob"\r\nContent-Type: text\/plain\r\n\r\nhello\r\n/,
  );
  expect(multipart!.body.toString()).toMatch(/name="purpose"\r\n\r\ntest\r\n/);
  expect(text).toMatchObject({ url: '/v1/pets/p1/notes', headers: { 'content-type': 'text/x-markdown' } });
  expect(text!.body.toString()).toBe('# Note');
  expect(binary!.headers['content-type']).toBe('image/png');
  expect([...binary!.body]).toEqual([1, 2, 3]);
});

it('text, binary and empty answers resolve to a string, a Blob and undefined', async () => {
  expect(await client.pets.notes({ pet_id: 'p1', body: 'x' })).toBe('<p>ok</p>');
  const photo = await client.pets.photo.get({ pet_id: 'p1' });
  expect(photo).toBeInstanceOf(Blob);
  expect([...new Uint8Array(await photo.arrayBuffer())]).toEqual([137, 80, 78, 71]);
  expect(await client.pets.delete({ pet_id: 'p1' })).toBeUndefined();
  expect(await client.things.then_()).toBeUndefined();
});

it('reserved words and vendor names are plain methods', async () => {
  await client.accessCodes.delete({ access_code_id: 'ac_1' });
  await client.vendor.fern.makeThing();
  await client.vendor.speakeasy.fetchAll();
  expect(server.seen.map((s) => `${s.method} ${s.url}`)).toEqual([
    'POST /v1/access_codes/delete',
    'POST /v1/fern',
    'GET /v1/speakeasy',
  ]);
});

it('every docs page has a TypeScript and a cURL example that fill in required parameters', () => {
  const page = tree['docs/pets.list.md']!;
  expect(page).toContain("const result = await shapes.pets.list({\n  sort: 'name',\n  limit: 10,\n});");
  expect(page).toContain("curl -sS -X GET 'https://api.example.test/v1/pets?sort=name&limit=10'");
  expect(tree['docs/forms.charge.md']).toContain("--data 'amount=100&metadata%5Border%5D=A1'");
  expect(tree['docs/pets.update.md']).toMatch(/One of 2 shapes:\n\n#### When `cat`\n/);
});
