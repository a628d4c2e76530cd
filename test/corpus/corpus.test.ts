// The generator on real public specs (test/corpus/specs.ts), each as shipped: it generates, the
// method surface is pinned, every client type-checks under `strict`, and a few calls per spec go
// over a loopback server with their bodies, query strings, path parameters and non-JSON answers
// as the spec says.
import { execFile, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DEFAULTS, SeamInvalidResponseError } from '../../src/runtime/index.js';
import { outDir, readTree } from '../helpers/generate.js';
import { BIN, ROOT } from '../helpers/paths.js';
import { startRecordingServer, type RecordingServer } from '../helpers/recording-server.js';
import { methodSurface } from '../helpers/surface.js';
import { createFakeSeam, startFakeSeam, FAKE_CREDENTIALS } from '../../src/testing/index.js';
import { SeamNotFoundError } from '../../src/runtime/index.js';
import { CORPUS, CORPUS_CONFIG, materializeCorpus, type CorpusSpec } from './specs.js';
import { clientCore } from '../helpers/client-core.js';

const run = promisify(execFile);
const results = new Map<string, { code: number; stderr: string; dir: string }>();

let server: RecordingServer;

async function generateOne({ name, spec, profile }: CorpusSpec): Promise<void> {
  const dir = outDir(`corpus/${name}`);
  const args = [
    'scripts/run.mjs',
    'scripts/generate.ts',
    '--spec',
    spec,
    '--redocly-config',
    CORPUS_CONFIG,
    '--out',
    dir,
    ...(profile ? ['--profile', profile] : []),
  ];
  try {
    const { stderr } = await run(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    results.set(name, { code: 0, stderr, dir });
  } catch (err) {
    const e = err as { code?: number; stderr?: string };
    results.set(name, { code: e.code ?? 1, stderr: e.stderr ?? String(err), dir });
  }
}

beforeAll(async () => {
  materializeCorpus(ROOT);
  // Two at a time: the machines have two cores.
  const queue = [...CORPUS];
  await Promise.all(
    [0, 1].map(async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await generateOne(next);
    }),
  );
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
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- loaded at run time
async function clientOf(name: string): Promise<any> {
  const { GeneratedClient } = await import(join(results.get(name)!.dir, 'client.ts'));
  return new GeneratedClient(
    clientCore({ ...DEFAULTS, endpoint: server.url, headers: { authorization: 'Bearer t' }, secrets: ['t'] }),
  );
}

describe.each(CORPUS.map((c) => c.name))('%s', (name) => {
  it('generates as shipped', () => {
    const result = results.get(name)!;
    expect(result.stderr.split('\n').filter((l) => !l.includes('warning'))).not.toContainEqual(
      expect.stringMatching(/problem|Error/),
    );
    expect(result.code).toBe(0);
  });

  it('has this method surface', () => {
    expect(methodSurface(readTree(results.get(name)!.dir)['client.ts']!)).toMatchSnapshot();
  });
});

it('every client type-checks under strict', () => {
  const tsconfig = join(ROOT, 'test/.out/corpus/tsconfig.json');
  writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: '../../../tsconfig.json',
      compilerOptions: { types: [] },
      include: ['./*/client.ts'],
      exclude: [],
    }),
  );
  const tsc = spawnSync(BIN('tsc'), ['--noEmit', '-p', tsconfig], { cwd: ROOT, encoding: 'utf8' });
  expect(tsc.stdout + tsc.stderr).toBe('');
  expect(tsc.status).toBe(0);
}, 120_000);

it('petstore: a required list in the query, and a multipart upload beside a path parameter', async () => {
  const petstore = await clientOf('petstore');
  await petstore.pet.findByStatus({ status: ['available', 'sold'] });
  await petstore.pet.uploadImage({ petId: 7, additionalMetadata: 'front', file: new Blob(['png']) });
  expect(server.seen.map((s) => `${s.method} ${s.url}`)).toEqual([
    'GET /pet/findByStatus?status=available&status=sold',
    'POST /pet/7/uploadImage',
  ]);
  expect(server.seen[1]!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
  expect(server.seen[1]!.body.toString()).toMatch(
    /name="additionalMetadata"\r\n\r\nfront\r\n[\s\S]*name="file"; filename="blob"/,
  );
});

it('train-travel: a path parameter', async () => {
  expect(await (await clientOf('train-travel')).bookings.get({ bookingId: 'b 1' })).toEqual({ echo: true });
  expect(server.seen[0]!.url).toBe('/bookings/b%201');
});

it('openai: a multipart file upload', async () => {
  await sent((await clientOf('openai')).files.create({ file: new Blob(['{"prompt":"x"}']), purpose: 'fine-tune' }));
  expect(server.seen[0]).toMatchObject({ method: 'POST', url: '/files' });
  expect(server.seen[0]!.body.toString()).toMatch(
    /name="file"; filename="blob"\r\nContent-Type: application\/octet-stream\r\n\r\n\{"prompt":"x"\}/,
  );
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
  await sent(
    (await clientOf('jira')).issue.get({ issueIdOrKey: 'PROJ-1', fields: ['summary', 'status'], expand: 'names' }),
  );
  expect(server.seen[0]!.url).toBe('/rest/api/3/issue/PROJ-1?fields=summary&fields=status&expand=names');
});

it('github: path parameters, a text/plain body with a text answer, a 204 as undefined', async () => {
  const github = await clientOf('github');
  await sent(github.repos.get({ owner: 'octo', repo: 'hello' }));
  expect(await github.markdown.raw('# Hi')).toBe('{"echo":true}');
  expect(await github.repos.delete({ owner: 'octo', repo: 'hello' })).toBeUndefined();
  expect(server.seen.map((s) => `${s.method} ${s.url}`)).toEqual([
    'GET /repos/octo/hello',
    'POST /markdown/raw',
    'DELETE /repos/octo/hello',
  ]);
  expect(server.seen[1]!.headers['content-type']).toBe('text/plain');
  expect(server.seen[1]!.body.toString()).toBe('# Hi');
});

describe('seam, as Seam publishes it (@seamapi/types/connect)', () => {
  // Its generated client on the testing kit's fake of the same spec: the operations the spec's
  // conventions place in collections keep their state, every other answers from the spec.
  async function seamOnFake() {
    const dir = results.get('seam')!.dir;
    const { operationRoutes, operationResources } = await import(join(dir, 'operations.ts'));
    const { default: spec } = await import(join(dir, 'openapi.json'), { with: { type: 'json' } });
    const fake = createFakeSeam({ spec, operations: operationRoutes, resources: operationResources });
    const { GeneratedClient } = await import(join(dir, 'client.ts'));
    const auth = { authorization: `Bearer ${FAKE_CREDENTIALS.apiKey}` };
    const seam = new GeneratedClient(
      clientCore({
        ...DEFAULTS,
        maxRetries: 0,
        endpoint: fake.endpoint,
        fetch: fake.fetch,
        headers: auth,
        secrets: [FAKE_CREDENTIALS.apiKey],
      }),
    );
    return { fake, seam, operationResources };
  }

  it('names methods by x-fern-sdk-*, groups PUT/PATCH/POST of one name, and reads x-response-key: null as no key', async () => {
    const client = readTree(results.get('seam')!.dir)['client.ts']!;
    expect(client).toMatch(
      /export const AccessCodesUpdateOperation: OperationDescriptor = \{ name: 'accessCodes\.update', path: '\/access_codes\/update', method: 'post', [^}]*\}/,
    );
    expect(client).not.toMatch(/AccessCodesUpdateOperation[^\n]*responseKey/);
    expect(client).toMatch(/export type AccessCodesCreateResult = AccessCodesCreateResponse\['access_code'\];/);
    // x-undocumented operations are in the client, and not in the docs.
    const docs = readTree(join(results.get('seam')!.dir, 'docs'));
    expect(Object.keys(docs).length).toBeGreaterThan(150);
    expect(Object.keys(docs).length).toBeLessThan(316);
  });

  it('the fake keeps create, get, list, update and delete of access codes on shared state', async () => {
    const { seam, fake } = await seamOnFake();
    const device_id = '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d';
    const made = await seam.accessCodes.create({ device_id, name: 'Front door', code: '4321' });
    expect(made).toMatchObject({ device_id, name: 'Front door', code: '4321' });
    await expect(seam.accessCodes.get({ access_code_id: made.access_code_id })).resolves.toMatchObject({
      name: 'Front door',
    });
    expect(
      (await seam.accessCodes.list({ device_id })).map((c: { access_code_id: string }) => c.access_code_id),
    ).toEqual([made.access_code_id]);
    await seam.accessCodes.update({ access_code_id: made.access_code_id, name: 'Back door' });
    await expect(seam.accessCodes.get({ access_code_id: made.access_code_id })).resolves.toMatchObject({
      name: 'Back door',
      code: '4321',
    });
    await seam.accessCodes.delete({ access_code_id: made.access_code_id });
    await expect(seam.accessCodes.get({ access_code_id: made.access_code_id })).rejects.toMatchObject({
      status: 404,
      code: 'access_code_not_found',
    });
    await expect(seam.accessCodes.get({ access_code_id: made.access_code_id })).rejects.toBeInstanceOf(
      SeamNotFoundError,
    );
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toContain('POST /access_codes/create');
  });

  it('every list pages: 65 access codes on one device, listed with limit 20, come back through for await in exactly 4 requests over loopback HTTP', async () => {
    const dir = results.get('seam')!.dir;
    const { operationRoutes, operationResources, operationPagination } = await import(join(dir, 'operations.ts'));
    const { default: spec } = await import(join(dir, 'openapi.json'), { with: { type: 'json' } });
    expect(Object.keys(operationPagination)).toHaveLength(21); // 22 lists page; get_timeline takes no cursor
    const server = await startFakeSeam({
      spec,
      operations: operationRoutes,
      resources: operationResources,
      pagination: operationPagination,
    });
    try {
      const { GeneratedClient } = await import(join(dir, 'client.ts'));
      const seam = new GeneratedClient(
        clientCore({
          ...DEFAULTS,
          maxRetries: 0,
          endpoint: server.url,
          headers: { authorization: `Bearer ${FAKE_CREDENTIALS.apiKey}` },
          secrets: [FAKE_CREDENTIALS.apiKey],
        }),
      );
      const device_id = '6b7c8d9e-0f1a-4b2c-8d3e-4f5a6b7c8d9e';
      const made: string[] = [];
      for (let i = 0; i < 65; i++)
        made.push(
          (await seam.accessCodes.create({ device_id, name: `Code ${i}`, code: String(1000 + i) })).access_code_id,
        );
      await seam.accessCodes.create({ device_id: '7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f', name: 'Elsewhere' });
      const seen: string[] = [];
      for await (const code of seam.accessCodes.list({ device_id, limit: 20 })) seen.push(code.access_code_id);
      expect(seen).toEqual(made);
      const lists = server.requests.filter((r) => r.path === '/access_codes/list');
      expect(lists).toHaveLength(4);
      for (const r of lists) expect(r.body).toMatchObject({ device_id, limit: 20 });
    } finally {
      await server.close();
    }
  });

  it('the fake answers operations outside any collection from the spec, and validates every request', async () => {
    const { seam } = await seamOnFake();
    await expect(seam.devices.list({})).resolves.toEqual([]);
    // No id in its request: the caller's workspace, from its example or schema.
    await expect(seam.workspaces.get()).resolves.toEqual(expect.objectContaining({ workspace_id: expect.any(String) }));
    await expect(seam.accessCodes.create({ device_id: 'not-a-uuid' })).rejects.toMatchObject({ status: 400 });
  });

  it('the fake routes every one of its 522 methods and paths: none is an unknown endpoint or method', async () => {
    const { fake } = await seamOnFake();
    const dir = results.get('seam')!.dir;
    const { operationRoutes } = await import(join(dir, 'operations.ts'));
    const routes = Object.values(operationRoutes as Record<string, string[]>).flat();
    expect(routes).toHaveLength(522);
    const unserved: string[] = [];
    for (const route of routes) {
      const [method, path] = route.split(' ') as [string, string];
      const url = `${fake.endpoint}${path.replace(/\{[^}]+\}/g, 'x')}`;
      const response = await fake.fetch(url, {
        method,
        headers: { authorization: `Bearer ${FAKE_CREDENTIALS.apiKey}`, 'content-type': 'application/json' },
        ...(method === 'GET' ? {} : { body: '{}' }),
      });
      const body = await response.text();
      if (response.status === 404 && body.includes('endpoint_not_found')) unserved.push(route);
      if (response.status === 405) unserved.push(route);
    }
    expect(unserved).toEqual([]);
  });

  it('places most of its create, get, list, update and delete operations in collections by its conventions', async () => {
    const { operationResources } = await seamOnFake();
    const actions = Object.values(operationResources as Record<string, { action: string }>).map((r) => r.action);
    expect(actions.length).toBeGreaterThan(150);
    for (const action of ['create', 'get', 'list', 'update', 'delete']) expect(actions).toContain(action);
    expect(operationResources.accessCodesGet).toEqual(
      expect.objectContaining({
        collection: '/access_codes',
        resource: 'access_code',
        action: 'get',
        id: 'access_code_id',
        itemKey: 'access_code',
      }),
    );
  });
});
