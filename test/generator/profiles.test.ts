// Which profile the generator writes with: `--spec`/`--out` alone is neutral (a Petstore client
// names nothing Seam, in any file), `--profile seam` is Seam's, `npm run generate`'s own build
// (no --spec, no --out) is Seam's (held byte-identical by `npm run generate -- --check`), and an
// unknown profile is refused. The neutral client runs: its ApiPromise and error names are the
// runtime's exports, and it reads a generic error envelope from a real loopback server.
import { join } from 'node:path';
import createClient from 'openapi-fetch';
import { generate, outDir, readTree } from '../helpers/generate.js';
import { clientCore } from '../helpers/client-core.js';
import { startRecordingServer } from '../helpers/recording-server.js';
import * as runtime from '../../src/runtime/index.js';
import { seam } from '../../src/profiles/seam/index.js';
import { neutral, PROFILES } from '../../scripts/generator/profiles.js';
import { SeamClient } from '../../src/index.js';
import type { AnyClient } from '../../src/runtime/api-client.js';

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

describe('a neutral client, set up as any API other than Seam would set it up', () => {
  const KEY = 'neutral_key_5f3a9c21';
  /** The Petstore client over openapi-fetch, with the neutral profile's auth, errors and logging. */
  async function neutralClient(endpoint: string, logging: { logLevel?: runtime.LogLevel; logger?: runtime.Logger }) {
    const { GeneratedClient } = await import(join(dirs.get('neutral')!, 'client.ts'));
    const auth = runtime.resolveAuth({ apiKey: KEY } as object, {}, runtime.neutralProfile.auth);
    const api = createClient({ baseUrl: endpoint, headers: auth.headers });
    const core = new runtime.ClientCore({
      ...runtime.DEFAULTS,
      api: api as unknown as AnyClient,
      endpoint,
      secrets: auth.secrets,
      profile: runtime.neutralProfile,
      maxRetries: 0,
    });
    api.use(
      ...runtime.loggingFrom(logging, process.env, auth.secrets, runtime.neutralProfile, runtime.neutralLogNames),
    );
    return new GeneratedClient(core);
  }
  function capture() {
    const lines: string[] = [];
    const keep = (line: unknown) => void lines.push(String(line));
    return { lines, error: keep, warn: keep, info: keep, debug: keep };
  }

  it('throws errors whose name says no vendor, the same classes as Seam’s, and sends no seam-* header', async () => {
    const server = await startRecordingServer((_req, res) =>
      res
        .writeHead(404, { 'content-type': 'application/json', 'x-request-id': 'req-3' })
        .end(JSON.stringify({ code: 'pet_not_found', message: 'No pet 7' })),
    );
    try {
      const client = await neutralClient(server.url, {});
      const err = (await client.pets.get({ pet_id: '7' }).catch((e: unknown) => e)) as Error;
      expect(err).toBeInstanceOf(runtime.SeamNotFoundError);
      expect(err).toBeInstanceOf(runtime.SeamApiError);
      expect(err.name).toBe('NotFoundError');
      expect(String(err)).toMatch(/^NotFoundError: pets\.get: No pet 7 \(HTTP 404 pet_not_found, request req-3\)$/);
      expect(err.stack).not.toMatch(/seam/i);
      const sent = Object.keys(server.seen[0]!.headers);
      expect(sent).toContain('authorization');
      expect(sent.filter((name) => /seam/i.test(name))).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('a failed connection is ConnectionError, in the log line (led by api-client) as in what the call throws', async () => {
    const server = await startRecordingServer(() => {});
    const endpoint = server.url;
    await server.close();
    const logger = capture();
    const client = await neutralClient(endpoint, { logLevel: 'error', logger });
    const err = (await client.pets.get({ pet_id: '7' }).catch((e: unknown) => e)) as Error;
    expect(err.name).toBe('ConnectionError');
    expect(logger.lines).toEqual([
      expect.stringMatching(/^api-client: GET \S+\/pets\/7 in \d+ ms \(attempt 1\): ConnectionError: Connection to /),
    ]);
    expect(logger.lines.join('\n')).not.toMatch(/seam/i);
  });

  it('API_LOG turns its logging on, not SEAM_LOG; a value API_LOG does not know is reported under its own name', async () => {
    const server = await startRecordingServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"7","name":"Rex"}'),
    );
    const before = { API_LOG: process.env.API_LOG, SEAM_LOG: process.env.SEAM_LOG };
    try {
      delete process.env.API_LOG;
      process.env.SEAM_LOG = 'info';
      const seamOnly = capture();
      await (await neutralClient(server.url, { logger: seamOnly })).pets.get({ pet_id: '7' });
      expect(seamOnly.lines).toEqual([]);
      delete process.env.SEAM_LOG;
      process.env.API_LOG = 'INFO';
      const on = capture();
      await (await neutralClient(server.url, { logger: on })).pets.get({ pet_id: '7' });
      expect(on.lines).toEqual([expect.stringMatching(/^api-client: GET \S+\/pets\/7 in \d+ ms \(attempt 1\): 200$/)]);
      process.env.API_LOG = 'verbose';
      const off = capture();
      await neutralClient(server.url, { logger: off });
      expect(off.lines).toEqual([
        'api-client: API_LOG must be one of off, error, warn, info, debug; logging stays off.',
      ]);
    } finally {
      for (const [name, value] of Object.entries(before))
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      await server.close();
    }
  });

  it("a token sent in one of the neutral profile's credential headers (x-api-key) is redacted from the error", async () => {
    const other = 'neutral_other_key_8d2e4b61';
    const server = await startRecordingServer((req, res) =>
      res
        .writeHead(400, { 'content-type': 'application/json' })
        .end(JSON.stringify({ code: 'bad_key', message: `you sent ${String(req.headers['x-api-key'])}` })),
    );
    try {
      const client = await neutralClient(server.url, {});
      const err = (await client.pets
        .get({ pet_id: '7' }, { headers: { 'x-api-key': other } })
        .catch((e: unknown) => e)) as Error;
      expect(server.seen[0]!.headers['x-api-key']).toBe(other);
      expect(err.name).toBe('ApiError');
      expect(err.message).toContain('you sent [redacted]');
      expect(JSON.stringify(err)).not.toContain(other);
    } finally {
      await server.close();
    }
  });

  it("Seam's client names the same classes as ever: SeamNotFoundError", async () => {
    const server = await startRecordingServer((_req, res) =>
      res
        .writeHead(404, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { type: 'access_code_not_found', message: 'No code' } })),
    );
    try {
      const seamClient = new SeamClient({ apiKey: 'seam_test_profile_1234', endpoint: server.url, maxRetries: 0 });
      const err = (await seamClient.accessCodes.update({ access_code_id: 'x' }).catch((e: unknown) => e)) as Error;
      expect(err).toBeInstanceOf(runtime.SeamNotFoundError);
      expect(err.name).toBe('SeamNotFoundError');
    } finally {
      await server.close();
    }
  });
});
