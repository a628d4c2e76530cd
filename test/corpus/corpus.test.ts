// The generator on real public specs (test/corpus/specs.ts), each as shipped: it generates, the
// method surface is pinned, every client type-checks under `strict`, and a few calls per spec go
// over a loopback server with their bodies, query strings, path parameters and non-JSON answers
// as the spec says.
import { execFile, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ClientCore, DEFAULTS, SeamInvalidResponseError } from '../../src/runtime/index.js';
import { outDir, readTree } from '../helpers/generate.js';
import { BIN, ROOT } from '../helpers/paths.js';
import { startRecordingServer, type RecordingServer } from '../helpers/recording-server.js';
import { methodSurface } from '../helpers/surface.js';
import { CORPUS, CORPUS_CONFIG } from './specs.js';

const run = promisify(execFile);
const results = new Map<string, { code: number; stderr: string; dir: string }>();

let server: RecordingServer;

async function generateOne(name: string, spec: string): Promise<void> {
  const dir = outDir(`corpus/${name}`);
  const args = ['scripts/run.mjs', 'scripts/generate.ts', '--spec', spec, '--redocly-config', CORPUS_CONFIG, '--out', dir];
  try {
    const { stderr } = await run(process.execPath, args, { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
    results.set(name, { code: 0, stderr, dir });
  } catch (err) {
    const e = err as { code?: number; stderr?: string };
    results.set(name, { code: e.code ?? 1, stderr: e.stderr ?? String(err), dir });
  }
}

beforeAll(async () => {
  // Two at a time: the machines have two cores.
  const queue = [...CORPUS];
  await Promise.all([0, 1].map(async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await generateOne(next.name, next.spec);
  }));
  server = await startRecordingServer((req, res) => {
    if (req.method === 'DELETE') res.writeHead(204).end();
    else res.writeHead(200, { 'content-type': 'application/json' }).end('{"echo":true}');
  });
}, 240_000);

afterAll(() => server.close());
beforeEach(() => {
  server.seen.length = 0;
});

/**
 * A call whose request is what is checked: the server's `{"echo":true}` is either of the shape the
 * spec promises, or refused as not being it (SeamInvalidResponseError), never resolved as a wrong value.
 */
const sent = (call: Promise<unknown>): Promise<unknown> =>
  call.catch((err: unknown) => {
    expect(err).toBeInstanceOf(SeamInvalidResponseError);
  });

/** The generated client of one corpus spec, talking to the loopback server. */
async function clientOf(name: string): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any -- loaded at run time
  const { GeneratedClient } = await import(join(results.get(name)!.dir, 'client.ts'));
  return new GeneratedClient(new ClientCore({ ...DEFAULTS, endpoint: server.url, headers: { authorization: 'Bearer t' }, secrets: ['t'] }));
}

describe.each(CORPUS.map((c) => c.name))('%s', (name) => {
  it('generates as shipped', () => {
    const result = results.get(name)!;
    expect(result.stderr.split('\n').filter((l) => !l.includes('warning'))).not.toContainEqual(expect.stringMatching(/problem|Error/));
    expect(result.code).toBe(0);
  });

  it('has this method surface', () => {
    expect(methodSurface(readTree(results.get(name)!.dir)['client.ts']!)).toMatchSnapshot();
  });
});

it('every client type-checks under strict', () => {
  const tsconfig = join(ROOT, 'test/.out/corpus/tsconfig.json');
  writeFileSync(tsconfig, JSON.stringify({ extends: '../../../tsconfig.json', compilerOptions: { types: [] }, include: ['./*/client.ts'], exclude: [] }));
  const tsc = spawnSync(BIN('tsc'), ['--noEmit', '-p', tsconfig], { cwd: ROOT, encoding: 'utf8' });
  expect(tsc.stdout + tsc.stderr).toBe('');
  expect(tsc.status).toBe(0);
}, 120_000);

it('petstore: a required list in the query, and a multipart upload beside a path parameter', async () => {
  const petstore = await clientOf('petstore');
  await petstore.pet.findByStatus({ status: ['available', 'sold'] });
  await petstore.pet.uploadImage({ petId: 7, additionalMetadata: 'front', file: new Blob(['png']) });
  expect(server.seen.map((s) => `${s.method} ${s.url}`)).toEqual(['GET /pet/findByStatus?status=available&status=sold', 'POST /pet/7/uploadImage']);
  expect(server.seen[1]!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
  expect(server.seen[1]!.body.toString()).toMatch(/name="additionalMetadata"\r\n\r\nfront\r\n[\s\S]*name="file"; filename="blob"/);
});

it('train-travel: a path parameter', async () => {
  expect(await (await clientOf('train-travel')).bookings.get({ bookingId: 'b 1' })).toEqual({ echo: true });
  expect(server.seen[0]!.url).toBe('/bookings/b%201');
});

it('openai: a multipart file upload', async () => {
  await sent((await clientOf('openai')).files.create({ file: new Blob(['{"prompt":"x"}']), purpose: 'fine-tune' }));
  expect(server.seen[0]).toMatchObject({ method: 'POST', url: '/files' });
  expect(server.seen[0]!.body.toString()).toMatch(/name="file"; filename="blob"\r\nContent-Type: application\/octet-stream\r\n\r\n\{"prompt":"x"\}/);
});

it('stripe: form bodies with nested fields, deepObject query lists, a PDF as a Blob', async () => {
  const stripe = await clientOf('stripe');
  await sent(stripe.customers.create({ email: 'a@b.test', metadata: { plan: 'pro' }, expand: ['tax'] }));
  await sent(stripe.customers.get({ customer: 'cus_1', expand: ['sources'] }));
  const pdf = await stripe.quotes.pdf({ quote: 'qt_1' });
  const [create, get] = server.seen;
  expect(create!.headers['content-type']).toBe('application/x-www-form-urlencoded');
  expect(decodeURIComponent(create!.body.toString())).toBe('email=a@b.test&metadata[plan]=pro&expand[0]=tax');
  expect(decodeURIComponent(get!.url)).toBe('/v1/customers/cus_1?expand[0]=sources');
  expect(pdf).toBeInstanceOf(Blob);
});

it('jira: a path parameter beside query parameters, lists exploded', async () => {
  await sent((await clientOf('jira')).issue.get({ issueIdOrKey: 'PROJ-1', fields: ['summary', 'status'], expand: 'names' }));
  expect(server.seen[0]!.url).toBe('/rest/api/3/issue/PROJ-1?fields=summary&fields=status&expand=names');
});

it('github: path parameters, a text/plain body with a text answer, a 204 as undefined', async () => {
  const github = await clientOf('github');
  await sent(github.repos.get({ owner: 'octo', repo: 'hello' }));
  expect(await github.markdown.raw('# Hi')).toBe('{"echo":true}');
  expect(await github.repos.delete({ owner: 'octo', repo: 'hello' })).toBeUndefined();
  expect(server.seen.map((s) => `${s.method} ${s.url}`)).toEqual(['GET /repos/octo/hello', 'POST /markdown/raw', 'DELETE /repos/octo/hello']);
  expect(server.seen[1]!.headers['content-type']).toBe('text/plain');
  expect(server.seen[1]!.body.toString()).toBe('# Hi');
});
