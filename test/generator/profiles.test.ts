// Which profile the generator writes with: `--spec`/`--out` alone is neutral (a Petstore client
// names nothing Seam, in any file), `--profile seam` is Seam's, `npm run generate`'s own build
// (no --spec, no --out) is Seam's (held byte-identical by `npm run generate -- --check`), and an
// unknown profile is refused. The neutral client runs: its ApiPromise and error names are the
// runtime's exports, and it reads a generic error envelope from a real loopback server.
import { join } from 'node:path';
import { generate, outDir, readTree } from '../helpers/generate.js';
import { clientCore } from '../helpers/client-core.js';
import { startRecordingServer } from '../helpers/recording-server.js';
import * as runtime from '../../src/runtime/index.js';
import { seam } from '../../src/profiles/seam/index.js';
import { neutral, PROFILES } from '../../scripts/generator/profiles.js';
import { SeamClient } from '../../src/index.js';

const PETSTORE = ['--spec', 'test/fixtures/petstore-3.0.yaml', '--redocly-config', 'test/fixtures/redocly.yaml'];
const trees = new Map<string, Record<string, string>>();
const dirs = new Map<string, string>();

beforeAll(() => {
  for (const [name, extra] of [
    ['neutral', []],
    ['seam', ['--profile', 'seam']],
    ['neutral-named', ['--profile', 'neutral']],
  ] as const) {
    const dir = outDir(`profile-petstore-${name}`);
    const run = generate([...PETSTORE, ...extra, '--out', dir]);
    if (run.status !== 0) throw new Error(`generate ${name} failed:\n${run.stderr}`);
    trees.set(name, readTree(dir));
    dirs.set(name, dir);
  }
});

it('a Petstore client generated with --spec and --out names nothing Seam, in any file', () => {
  const tree = trees.get('neutral')!;
  expect(Object.keys(tree)).toEqual(
    expect.arrayContaining(['client.ts', 'functions.ts', 'operations.ts', 'openapi.yaml', 'docs/pets.get.md']),
  );
  for (const [file, text] of Object.entries(tree))
    expect([file, text.match(/.{0,40}seam.{0,40}/i)?.[0]]).toEqual([file, undefined]);
  expect(tree['client.ts']).toMatch(/ApiPromise<PetsGetResult>/);
  expect(tree['docs/pets.get.md']).toMatch(/`NotFoundError`/);
  expect(tree['docs/pets.get.md']).toMatch(/Every error is a `ClientError`/);
  // --profile neutral says the same explicitly.
  expect(trees.get('neutral-named')).toEqual(tree);
});

it('with --profile seam it names SeamPromise and the Seam error classes', () => {
  const tree = trees.get('seam')!;
  expect(tree['client.ts']).toMatch(/SeamPromise<PetsGetResult>/);
  expect(tree['functions.ts']).toMatch(/SeamPromise</);
  expect(tree['docs/pets.get.md']).toMatch(/`SeamNotFoundError`/);
  expect(tree['openapi.yaml']).toMatch(/SeamApiError/);
});

it('every name a profile writes is one the runtime exports, as the same class', () => {
  const exported = runtime as unknown as Record<string, unknown>;
  const classes = [
    'SeamError',
    'SeamApiError',
    'SeamNotFoundError',
    'SeamEndpointError',
    'SeamInvalidInputError',
    'SeamTimeoutError',
    'SeamActionAttemptFailedError',
  ];
  for (const profile of Object.values(PROFILES)) {
    expect(exported[profile.names.promise]).toBe(runtime.SeamPromise);
    for (const name of classes) expect([name, exported[profile.names.error(name)]]).toEqual([name, exported[name]]);
  }
  expect(neutral.names.error('SeamError')).toBe('ClientError');
});

it("the Seam profile's values are what the package uses", () => {
  // The runtime's part is the one connection.ts hands SeamClient; the sample names are the package's own.
  const client = new SeamClient({ apiKey: 'seam_test_profile_1234' });
  expect(client.endpoint).toBe('https://connect.getseam.com');
  expect(seam.runtime.requestIdHeader).toBe('seam-request-id');
  expect(seam.names.samples).toMatchObject({
    package: 'seam-connect-client',
    client: 'SeamClient',
    instance: 'seam',
    core: 'createSeamCore',
    fetchClient: 'createSeamFetchClient',
  });
  expect(seam.names.promise).toBe('SeamPromise');
});

it('refuses an unknown profile, naming the ones there are', () => {
  const run = generate([...PETSTORE, '--profile', 'acme', '--out', outDir('profile-unknown')]);
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/--profile must be one of seam, neutral, not "acme"/);
});

it('the neutral Petstore client reads a generic error envelope over HTTP, as NotFoundError', async () => {
  const server = await startRecordingServer((_req, res) =>
    res
      .writeHead(404, { 'content-type': 'application/json', 'x-request-id': 'req-9' })
      .end(JSON.stringify({ code: 'pet_not_found', message: 'No pet 7' })),
  );
  try {
    const { GeneratedClient } = await import(join(dirs.get('neutral')!, 'client.ts'));
    const client = new GeneratedClient(
      clientCore({
        ...runtime.DEFAULTS,
        profile: runtime.neutralProfile,
        maxRetries: 0,
        endpoint: server.url,
        headers: {},
        secrets: [],
      }),
    );
    const err = await client.pets.get({ pet_id: '7' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf((runtime as unknown as Record<string, typeof Error>).NotFoundError);
    expect(err).toMatchObject({ code: 'pet_not_found', requestId: 'req-9', status: 404 });
  } finally {
    await server.close();
  }
});
