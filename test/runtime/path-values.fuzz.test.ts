// A path value is a string, a number, a bigint or a boolean, one whole segment, or the call is
// refused (SeamOptionsError) before anything is sent: on every client surface that fills a path.
// An object, a Date, a Map or a list would otherwise be written as an empty string (or as
// `key,value` pairs), and `DELETE /test_fixture_pets/{petId}` would go to the collection. The
// generated method and function come from a fixture spec with a path parameter (the package's own
// operations have none), generated as a maintainer would; all four talk to a loopback server.
import { join } from 'node:path';
import fc from 'fast-check';
import { createSeamCore, SeamClient, SeamOptionsError } from '../../src/index.js';
import { createSeamFetchClient } from '../../src/fetch.js';
import { generate, outDir } from '../helpers/generate.js';
import { startRecordingServer, type RecordingServer } from '../helpers/recording-server.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the generated modules, loaded at run time
type Json = any;

const KEY = 'seam_test_path_values_1234';
const PATH = '/test_fixture_pets/{petId}';
let server: RecordingServer;
let fixture: { GeneratedClient: Json; testFixturePetsDelete: Json };

beforeAll(async () => {
  const dir = outDir('path-values');
  const run = generate([
    '--spec',
    'test/fixtures/test_fixture_crud.yaml',
    '--redocly-config',
    'test/fixtures/redocly.yaml',
    '--out',
    dir,
  ]);
  if (run.status !== 0) throw new Error(run.stderr);
  const [{ GeneratedClient }, { testFixturePetsDelete }] = await Promise.all([
    import(join(dir, 'client.ts')),
    import(join(dir, 'functions.ts')),
  ]);
  fixture = { GeneratedClient, testFixturePetsDelete };
  server = await startRecordingServer((_, res) => res.writeHead(204).end());
}, 60_000);
afterAll(() => server?.close());

/** One DELETE of a pet by `petId`, through each client surface that fills a path. */
const SURFACES: Record<string, (petId: unknown) => Promise<unknown>> = {
  method: (petId) =>
    new fixture.GeneratedClient(
      createSeamCore({ apiKey: KEY, endpoint: server.url, maxRetries: 0 }),
    ).testFixturePets.delete({ petId }),
  function: (petId) =>
    fixture.testFixturePetsDelete(createSeamCore({ apiKey: KEY, endpoint: server.url, maxRetries: 0 }), { petId }),
  'seam.api': async (petId) => {
    const api = new SeamClient({ apiKey: KEY, endpoint: server.url }).api as Json;
    await api.DELETE(PATH, { params: { path: { petId } } });
  },
  '/fetch': async (petId) => {
    const api = createSeamFetchClient({ apiKey: KEY, endpoint: server.url }) as Json;
    await api.DELETE(PATH, { params: { path: { petId } } });
  },
};
const surfaces = Object.keys(SURFACES);

/** What the surface did with `petId`: refused it (nothing sent), or sent it; the paths that reached the server. */
async function send(surface: string, petId: unknown): Promise<{ refused: boolean; paths: string[] }> {
  server.seen.length = 0;
  const refused = await SURFACES[surface]!(petId).then(
    () => false,
    (err: unknown) => (err instanceof SeamOptionsError ? true : Promise.reject(err)),
  );
  return { refused, paths: server.seen.map((s) => s.url) };
}

it.each(surfaces)(
  '%s: an object, a Date, a Map, a list or a function as a path value is refused, and nothing is sent',
  async (surface) => {
    for (const petId of [
      {},
      { a: 1 },
      new Date(0),
      new Map([['a', 1]]),
      new Set([1]),
      [],
      ['a', 'b'],
      () => 'x',
      Symbol('x'),
      null,
      undefined,
    ]) {
      const { refused, paths } = await send(surface, petId);
      expect({ petId, refused, paths }).toEqual({ petId, refused: true, paths: [] });
    }
  },
);

const allowed = fc.oneof(
  fc.string(),
  fc.constantFrom('.', '..', '', '../x', '%2e%2e', '/', '?a=1', '#f'),
  fc.integer(),
  fc.double(),
  fc.bigInt(),
  fc.boolean(),
);
const refusedValues = fc.oneof(
  fc.object(),
  fc.array(fc.anything()),
  fc.date().map((d) => d as unknown),
  fc.constantFrom<unknown>(null, undefined, new Map(), new Set(), /x/, Symbol.iterator, () => 1),
);

it("on every surface, a value of any type reaches the pet's own path as one segment spelling it, or is refused with nothing sent (property)", async () => {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...surfaces), fc.oneof(allowed, refusedValues), async (surface, petId) => {
      const { refused, paths } = await send(surface, petId);
      const primitive = ['string', 'number', 'bigint', 'boolean'].includes(typeof petId);
      if (refused) {
        expect(paths).toEqual([]);
        expect(primitive ? ['', '.', '..'].includes(String(petId)) : true).toBe(true);
        return;
      }
      expect(primitive).toBe(true);
      expect(paths).toHaveLength(1);
      const segments = paths[0]!.split('?')[0]!.split('/');
      expect(segments).toHaveLength(3);
      expect(segments[1]).toBe('test_fixture_pets');
      expect(decodeURIComponent(segments[2]!)).toBe(String(petId));
    }),
    { seed: 20261207, numRuns: Number(process.env.FUZZ_RUNS ?? 120) },
  );
}, 120_000);
