// A `$ref` is a URI fragment, and specs write its pointer percent-encoded (Codat's
// `#/paths/~1companies~1%7BcompanyId%7D/parameters/0`): every step resolves it as Redocly's lint
// and bundle do, where openapi-typescript alone crashed on it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { follow, keysOf, pointerOf } from '../../src/openapi/refs.js';
import { DEFAULTS } from '../../src/runtime/index.js';
import { generate, outDir } from '../helpers/generate.js';
import { startRecordingServer } from '../helpers/recording-server.js';
import { clientCore } from '../helpers/client-core.js';

it.each<[string, string[]]>([
  ['#/paths/~1companies~1%7BcompanyId%7D/parameters/0', ['paths', '/companies/{companyId}', 'parameters', '0']],
  ['#/components/schemas/Caf%C3%A9', ['components', 'schemas', 'Café']],
  ['#/components/schemas/a~0b~1c', ['components', 'schemas', 'a~b/c']],
  ['#/components/schemas/50%', ['components', 'schemas', '50%']],
])('keysOf(%j) is %j', (pointer, keys) => {
  expect(keysOf(pointer)).toEqual(keys);
});

it('pointerOf writes the plain spelling back', () => {
  expect(pointerOf(...keysOf('#/paths/~1companies~1%7BcompanyId%7D'))).toBe('#/paths/~1companies~1{companyId}');
});

it("follows a $ref through a document's own keys and list items only: a name Object.prototype has leads nowhere", () => {
  const doc = { components: { schemas: { pet: { type: 'object' } } }, tags: [{ name: 'a' }] };
  expect(follow(doc, { $ref: '#/components/schemas/pet' })).toEqual({
    node: { type: 'object' },
    pointer: '#/components/schemas/pet',
  });
  expect(follow(doc, { $ref: '#/tags/0' }).node).toEqual({ name: 'a' });
  for (const ref of ['#/components/schemas/constructor', '#/components/__proto__', '#/tags/length', '#/tags/01'])
    expect(() => follow(doc, { $ref: ref })).toThrow(`dangling $ref ${ref}`);
});

it('generates a client from percent-encoded $refs, which sends the parameter they lead to', async () => {
  const dir = outDir('encoded-refs');
  const spec = join(dir, '..', 'encoded-refs.yaml');
  const companyId = { name: 'companyId', in: 'path', required: true, schema: { type: 'string' } };
  // `%65` is an e: a whole component named in encoded form.
  const ok = {
    '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Caf%65' } } } },
  };
  writeFileSync(
    spec,
    stringify({
      openapi: '3.1.0',
      info: { title: 'Encoded refs', version: '1.0.0' },
      servers: [{ url: 'https://api.example.test' }],
      security: [],
      paths: {
        '/companies/{companyId}': {
          get: { operationId: 'getCompany', summary: 'Get a company', parameters: [companyId], responses: ok },
        },
        '/companies/{companyId}/sync': {
          post: {
            operationId: 'syncCompany',
            summary: 'Sync a company',
            parameters: [{ $ref: '#/paths/~1companies~1%7BcompanyId%7D/get/parameters/0' }],
            responses: ok,
          },
        },
      },
      components: { schemas: { Cafe: { type: 'object', properties: { id: { type: 'string' } } } } },
    }),
  );
  const run = generate(['--spec', spec, '--redocly-config', 'test/fixtures/corpus.redocly.yaml', '--out', dir]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);

  const server = await startRecordingServer(
    (_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"c1"}'),
  );
  try {
    const { GeneratedClient } = await import(join(dir, 'client.ts'));
    const client = new GeneratedClient(
      clientCore({ ...DEFAULTS, endpoint: server.url, headers: { authorization: 'Bearer t' }, secrets: ['t'] }),
    );
    await expect(client.companies.sync({ companyId: 'c 1' })).resolves.toEqual({ id: 'c1' });
    expect(server.seen.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /companies/c%201/sync']);
  } finally {
    await server.close();
  }
}, 60_000);
