// Every id a docs sample names exists on the fake once its seeds are planted (`seed.examples()`):
// a fixture spec whose examples name ids (a create's answer, a get's request and answer, a
// delete's request no answer shows, the schema's example) beside a REST DELETE with a `format:
// uuid` path parameter and no example, generated as a maintainer would; each page's cURL sample
// then succeeds against the loopback fake, where on an unseeded fake the get and both deletes are
// 404s. Then the planting itself, on the package's own spec: what it keeps, and what it leaves.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SeamClient } from '../../src/index.js';
import {
  createFakeSeam,
  FAKE_CREDENTIALS,
  startFakeSeam,
  type ExampleSeed,
  type FakeSeamServer,
} from '../../src/testing/index.js';
import { exampleSeeds as packageSeeds } from '../../generated/operations.js';
import { curlSample, operationPages, runCurl } from '../helpers/docs-samples.js';
import { generate, outDir } from '../helpers/generate.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the generated manifest of a fixture, imported at run time
type Json = any;

const SERVER = 'https://api.test-fixture.test';
const SAMPLED_UUID = '3f2d6a4e-8c1b-4e5f-9a7d-0b1c2d3e4f50'; // what the samples build for `format: uuid` (src/openapi/sample.ts)
let dir: string;
let manifest: { spec: Json; operations: Json; resources: Json; seeds: ExampleSeed[] };

beforeAll(async () => {
  dir = outDir('example-ids');
  const run = generate([
    '--spec',
    'test/fixtures/test_fixture_example_ids.yaml',
    '--redocly-config',
    'test/fixtures/redocly.yaml',
    '--out',
    dir,
  ]);
  if (run.status !== 0) throw new Error(run.stderr);
  const { operationRoutes, operationResources, exampleSeeds } = await import(join(dir, 'operations.ts'));
  const { default: spec } = await import(join(dir, 'openapi.json'), { with: { type: 'json' } });
  manifest = { spec, operations: operationRoutes, resources: operationResources, seeds: exampleSeeds };
}, 60_000);

const fixtureFake = (): Promise<FakeSeamServer> =>
  startFakeSeam({
    spec: manifest.spec,
    operations: manifest.operations,
    resources: manifest.resources,
    seeds: manifest.seeds,
  });
const curl = (server: FakeSeamServer, page: string) =>
  runCurl(curlSample(join(dir, 'docs'), page, SERVER, server.url), { API_TOKEN: FAKE_CREDENTIALS.apiKey });

it('the manifest lists each id the samples pass and each the examples show, each record from an example', () => {
  const byId = Object.fromEntries(manifest.seeds.map((s) => [s.id, s]));
  expect(new Set(manifest.seeds.map((s) => s.collection))).toEqual(new Set(['/test_fixture_hooks']));
  expect(Object.keys(byId).sort()).toEqual(
    [
      '1a1a1a1a-0000-4000-8000-000000000001', // the create's answer
      '2b2b2b2b-0000-4000-8000-000000000002', // the get's request and answer
      '3c3c3c3c-0000-4000-8000-000000000003', // the delete's request alone
      '4d4d4d4d-0000-4000-8000-000000000004', // the schema's example
      SAMPLED_UUID, // the REST DELETE's path parameter, with no example
    ].sort(),
  );
  // An id an example item shows is that item; an id only a request names takes the first example item's fields.
  expect(byId['2b2b2b2b-0000-4000-8000-000000000002']!.item).toEqual({
    test_fixture_hook_id: '2b2b2b2b-0000-4000-8000-000000000002',
    url: 'https://example.com/from-get',
    event_types: ['lock.unlocked'],
    created_at: '2025-02-02T00:00:00.000Z',
  });
  expect(byId['4d4d4d4d-0000-4000-8000-000000000004']!.item).toMatchObject({ url: 'https://example.com/from-schema' });
  for (const id of ['3c3c3c3c-0000-4000-8000-000000000003', SAMPLED_UUID]) {
    expect(byId[id]!.item).toEqual({
      test_fixture_hook_id: id,
      url: 'https://example.com/hooks',
      event_types: ['lock.locked'],
      created_at: '2025-01-01T00:00:00.000Z',
    });
  }
  // The ids are exactly the ones the pages' cURL samples pass, where a sample names one.
  const curls = operationPages(join(dir, 'docs')).map((page) =>
    curlSample(join(dir, 'docs'), page, SERVER, 'http://x'),
  );
  expect(curls.join('\n')).toContain(`/test_fixture_hooks/${SAMPLED_UUID}'`);
  expect(curls.join('\n')).toContain('"test_fixture_hook_id":"3c3c3c3c-0000-4000-8000-000000000003"');
});

describe("each page's cURL sample against the loopback fake", () => {
  let seeded: FakeSeamServer;
  let bare: FakeSeamServer;
  beforeAll(async () => {
    [seeded, bare] = await Promise.all([fixtureFake(), fixtureFake()]);
  });
  afterAll(() => Promise.all([seeded?.close(), bare?.close()]));

  it('succeeds once the seeds are planted, each page as a reader would run it first', async () => {
    const pages = operationPages(join(dir, 'docs'));
    expect(pages).toHaveLength(5);
    for (const page of pages) {
      // Planted again before each page: a delete's sample removes what the next get's names.
      seeded.seed.examples();
      const { status, body } = await curl(seeded, page);
      expect({ page, status, body }).toEqual({ page, status: expect.any(Number), body: expect.any(String) });
      expect([page, status >= 200 && status < 300]).toEqual([page, true]);
    }
  });

  it('is a 404 for the get and both deletes on a fake whose seeds are not planted', async () => {
    const statuses = Object.fromEntries(
      await Promise.all(operationPages(join(dir, 'docs')).map(async (page) => [page, (await curl(bare, page)).status])),
    );
    expect(statuses).toEqual({
      'testFixtureHooks.create.md': 200,
      'testFixtureHooks.list.md': 200,
      'testFixtureHooks.get.md': 404,
      'testFixtureHooksDelete.md': 404,
      'testFixtureHooksRemove.md': 404,
    });
  });
});

describe('planting', () => {
  const clientOf = (fake: ReturnType<typeof createFakeSeam>) =>
    new SeamClient({
      apiKey: FAKE_CREDENTIALS.apiKey,
      fetch: fake.fetch,
      waitForActionAttempt: { timeout: 2000, pollingInterval: 1 },
    });

  it('keeps nothing until asked: a fake starts empty', () => {
    const fake = createFakeSeam();
    expect([...fake.state.collections.values()].every((items) => items.size === 0)).toBe(true);
  });

  it("makes the package docs' ids answer: the update's access code and the action attempt, with no other seeding", async () => {
    const fake = createFakeSeam();
    expect(fake.seed.examples().sort()).toEqual(packageSeeds.map((s) => s.id).sort());
    const seam = clientOf(fake);
    const [code] = packageSeeds.filter((s) => s.collection === '/access_codes');
    await expect(seam.accessCodes.update({ access_code_id: code!.id, name: 'Garage' })).resolves.toMatchObject({
      status: 'success',
    });
    const [attempt] = packageSeeds.filter((s) => s.collection === '/action_attempts');
    await expect(seam.actionAttempts.get({ action_attempt_id: attempt!.id })).resolves.toMatchObject({
      action_attempt_id: attempt!.id,
    });
  });

  it('leaves a record the test changed as it is', async () => {
    const fake = createFakeSeam();
    fake.seed.examples();
    const [code] = packageSeeds.filter((s) => s.collection === '/access_codes');
    await clientOf(fake).accessCodes.update({ access_code_id: code!.id, name: 'Garage' });
    expect(fake.seed.examples()).toEqual([]);
    expect(fake.state.accessCodes.get(code!.id)?.name).toBe('Garage');
    // The record was a copy: the seed is as the spec wrote it.
    expect(code!.item.name).not.toBe('Garage');
  });

  it('plants a deleted record again, as the seed has it', async () => {
    const server = await fixtureFake();
    try {
      const call = (path: string, body: object) =>
        fetch(`${server.url}${path}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${FAKE_CREDENTIALS.apiKey}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const id = '2b2b2b2b-0000-4000-8000-000000000002';
      expect(server.seed.examples()).toHaveLength(5);
      expect(server.seed.examples()).toEqual([]);
      expect((await call('/test_fixture_hooks/delete', { test_fixture_hook_id: id })).status).toBe(200);
      expect((await call('/test_fixture_hooks/get', { test_fixture_hook_id: id })).status).toBe(404);
      expect(server.seed.examples()).toEqual([id]);
      const got = await (await call('/test_fixture_hooks/get', { test_fixture_hook_id: id })).json();
      expect(got.test_fixture_hook).toEqual(manifest.seeds.find((s) => s.id === id)!.item);
    } finally {
      await server.close();
    }
  });

  it("delivers no webhook to a record planted from the spec's examples: only a URL the test registered gets events", async () => {
    const hits = { planted: 0, registered: 0 };
    const receiver = createServer((req, res) => {
      hits[req.url === '/planted' ? 'planted' : 'registered'] += 1;
      res.writeHead(204).end();
    });
    await new Promise<void>((done) => receiver.listen(0, '127.0.0.1', done));
    const base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    const secret = `whsec_${Buffer.from('a planted webhook').toString('base64')}`;
    try {
      const hook: ExampleSeed = {
        collection: '/webhooks',
        id: 'wh_1',
        item: { webhook_id: 'wh_1', url: `${base}/planted`, secret },
      };
      const fake = createFakeSeam({ seeds: [...packageSeeds, hook] });
      fake.seed.examples();
      fake.addWebhook({ url: `${base}/registered`, secret });
      const [code] = packageSeeds.filter((s) => s.collection === '/access_codes');
      await clientOf(fake).accessCodes.update({ access_code_id: code!.id, name: 'Garage' });
      await fake.webhooksSettled();
      expect(fake.state.collections.get('/webhooks')?.get('wh_1')).toMatchObject({ url: `${base}/planted` });
      expect(hits.registered).toBeGreaterThan(0);
      expect(hits.planted).toBe(0);
    } finally {
      await new Promise((done) => receiver.close(done));
    }
  });

  it("keeps a seed's `__proto__` and `constructor` keys as fields, and Object.prototype as it was", async () => {
    const item = JSON.parse(
      '{"test_fixture_hook_id":"5e5e5e5e-0000-4000-8000-000000000005","__proto__":{"polluted":true},"constructor":"x"}',
    );
    const fake = createFakeSeam({
      spec: manifest.spec,
      operations: manifest.operations,
      resources: manifest.resources,
      seeds: [{ collection: '/test_fixture_hooks', id: item.test_fixture_hook_id, item }],
    });
    expect(fake.seed.examples()).toEqual([item.test_fixture_hook_id]);
    const kept = fake.state.collections.get('/test_fixture_hooks')!.get(item.test_fixture_hook_id)!;
    expect(Object.getPrototypeOf(kept)).toBe(Object.prototype);
    expect(Object.hasOwn(kept, '__proto__')).toBe(true);
    expect(({} as Json).polluted).toBeUndefined();
  });
});
