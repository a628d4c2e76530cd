// The fake keeps state for operations the spec's conventions place in a collection, with no code
// per endpoint: a fixture spec with Seam-style RPC paths (/test_fixture_widgets/create|get|list|
// update|delete, one placed by x-fake-resource) and REST paths (/test_fixture_pets[/{petId}]), generated as a
// maintainer would, then called through its generated client over a real loopback server.
import { join } from 'node:path';
import { DEFAULTS, SeamNotFoundError } from '../../src/runtime/index.js';
import { FAKE_CREDENTIALS, startFakeSeam, type FakeSeamServer } from '../../src/testing/index.js';
import { generate, outDir } from '../helpers/generate.js';
import { clientCore } from '../helpers/client-core.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- spec documents and answers, walked freely by the test
type Json = any;

let server: FakeSeamServer;
let client: Json;

beforeAll(async () => {
  const dir = outDir('crud');
  const run = generate([
    '--spec',
    'test/fixtures/test_fixture_crud.yaml',
    '--redocly-config',
    'test/fixtures/redocly.yaml',
    '--out',
    dir,
  ]);
  if (run.status !== 0) throw new Error(run.stderr);
  const { operationRoutes, operationResources } = await import(join(dir, 'operations.ts'));
  const { default: spec } = await import(join(dir, 'openapi.json'), { with: { type: 'json' } });
  server = await startFakeSeam({ spec, operations: operationRoutes, resources: operationResources });
  const { GeneratedClient } = await import(join(dir, 'client.ts'));
  client = new GeneratedClient(
    clientCore({
      ...DEFAULTS,
      maxRetries: 0,
      endpoint: server.url,
      headers: { authorization: `Bearer ${FAKE_CREDENTIALS.apiKey}` },
      secrets: [FAKE_CREDENTIALS.apiKey],
    }),
  );
}, 60_000);

afterAll(() => server?.close());

const SHELF = '0b9f3c1e-2d4a-4c5b-8e6f-7a8b9c0d1e2f';

it('RPC paths: create, get, list with its filter, update and delete share one collection', async () => {
  const made = await client.testFixtureWidgets.create({ name: 'Sprocket', shelf_id: SHELF, color: 'red' });
  expect(made).toMatchObject({ name: 'Sprocket', shelf_id: SHELF, color: 'red' });
  expect(made.test_fixture_widget_id).toMatch(/^[0-9a-f-]{36}$/);
  const other = await client.testFixtureWidgets.create({
    name: 'Cog',
    shelf_id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  });
  const id = made.test_fixture_widget_id;

  await expect(client.testFixtureWidgets.get({ test_fixture_widget_id: id })).resolves.toEqual(made);
  const listed = await client.testFixtureWidgets.list({ shelf_id: SHELF });
  expect(listed.map((w: Json) => w.test_fixture_widget_id)).toEqual([id]);
  expect((await client.testFixtureWidgets.list({})).map((w: Json) => w.name)).toEqual(['Sprocket', 'Cog']);

  await client.testFixtureWidgets.update({ test_fixture_widget_id: id, name: 'Gear' });
  await expect(client.testFixtureWidgets.get({ test_fixture_widget_id: id })).resolves.toMatchObject({
    name: 'Gear',
    color: 'red',
  });
  // Placed in the collection by x-fake-resource, as the spec's irregular name needs.
  await expect(client.testFixtureWidgets.find({ test_fixture_widget_id: id })).resolves.toMatchObject({ name: 'Gear' });

  await client.testFixtureWidgets.delete({ test_fixture_widget_id: id });
  const gone = await client.testFixtureWidgets.get({ test_fixture_widget_id: id }).catch((e: unknown) => e);
  expect(gone).toBeInstanceOf(SeamNotFoundError);
  expect(gone).toMatchObject({ status: 404, code: 'test_fixture_widget_not_found' });
  expect((await client.testFixtureWidgets.list({})).map((w: Json) => w.test_fixture_widget_id)).toEqual([
    other.test_fixture_widget_id,
  ]);
  expect(server.state.collections.get('/test_fixture_widgets')?.size).toBe(1);
});

it('an unknown id is a 404 for get, update and delete alike', async () => {
  const unknown = { test_fixture_widget_id: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b' };
  for (const call of [
    client.testFixtureWidgets.get(unknown),
    client.testFixtureWidgets.update(unknown),
    client.testFixtureWidgets.delete(unknown),
  ]) {
    await expect(call).rejects.toBeInstanceOf(SeamNotFoundError);
  }
});

it('REST paths: POST and GET on the collection, GET, PATCH and DELETE on /{petId}, numeric ids counting up', async () => {
  const rex = await client.testFixturePets.create({ name: 'Rex', tag: 'dog' });
  const tom = await client.testFixturePets.create({ name: 'Tom' });
  expect([typeof rex.id, tom.id - rex.id]).toEqual(['number', 1]);
  await expect(client.testFixturePets.get({ petId: String(rex.id) })).resolves.toMatchObject({
    id: rex.id,
    name: 'Rex',
    tag: 'dog',
  });
  await client.testFixturePets.update({ petId: String(rex.id), tag: 'good dog' });
  expect((await client.testFixturePets.list()).map((p: Json) => [p.name, p.tag])).toEqual([
    ['Rex', 'good dog'],
    ['Tom', tom.tag],
  ]);
  await client.testFixturePets.delete({ petId: String(tom.id) });
  await expect(client.testFixturePets.get({ petId: String(tom.id) })).rejects.toBeInstanceOf(SeamNotFoundError);
});

it('an operation that fits no convention still answers from its example', async () => {
  await expect(client.testFixtureWidgets.count()).resolves.toEqual({ count: 42 });
});
