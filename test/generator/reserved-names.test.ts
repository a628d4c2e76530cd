// Names from the spec that would break the client they become: a group named `api` (the client's
// escape hatch), groups and methods named like Object.prototype members (toString, valueOf,
// hasOwnProperty, __proto__, constructor), and an `x-response-key` that only Object.prototype
// has. Each is renamed with a located warning, or refused with a located error, and the
// generated client type-checks. No descriptor the generator writes holds such a response key, so the
// runtime's `body[key]` never reaches Object.prototype.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { stringify } from 'yaml';
import { generate, outDir } from '../helpers/generate.js';
import { ROOT } from '../helpers/paths.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- spec documents and answers, walked freely by the test
type Json = any;

const CONFIG = join(ROOT, 'test/fixtures/corpus.redocly.yaml');
const dir = mkdtempSync(join(tmpdir(), 'seam-reserved-names-'));

function operation(id: string, extra: Json = {}): Json {
  return {
    operationId: id,
    summary: id,
    description: id,
    responses: {
      '200': {
        description: 'OK',
        content: {
          'application/json': {
            schema: {
              type: 'object',
              properties: { pet: { type: 'object', properties: { name: { type: 'string' } } } },
            },
          },
        },
      },
    },
    ...extra,
  };
}

function run(name: string, paths: Json) {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(
    file,
    stringify({
      openapi: '3.1.0',
      info: { title: 'Reserved', version: '1.0.0' },
      servers: [{ url: 'https://api.example.com' }],
      paths,
    }),
  );
  const out = outDir(`reserved-${name}`);
  return { ...generate(['--spec', file, '--redocly-config', CONFIG, '--out', out]), out };
}

const fern = (group: string[], method: string) => ({
  'x-fern-sdk-group-name': group,
  'x-fern-sdk-method-name': method,
});

it('a group named api and groups or methods named like Object.prototype members are renamed, each with a located warning, and the client type-checks', () => {
  const result = run('renamed', {
    '/api/list': { get: operation('apiList', fern(['api'], 'list')) },
    '/a': { get: operation('a', fern(['pets'], 'toString')) },
    '/b': { get: operation('b', fern(['valueOf'], 'get')) },
    '/c': { get: operation('c', fern(['pets'], 'hasOwnProperty')) },
    '/e': { get: operation('e', fern(['pets'], 'constructor')) },
  });
  expect(result.status).toBe(0);
  for (const [name, why] of [
    ['api', 'is a member of the client itself'],
    ['toString', 'cannot be a member name'],
    ['valueOf', 'cannot be a member name'],
    ['hasOwnProperty', 'cannot be a member name'],
    ['constructor', 'cannot be a member name'],
  ]) {
    expect(result.stderr).toMatch(
      new RegExp(`renamed\\.yaml:\\d+:\\d+ \\(#/paths/[^)]*\\) renamed-method: "${name}" ${why}.*uses "${name}_"`),
    );
  }
  const client = readFileSync(join(result.out, 'client.ts'), 'utf8');
  expect(client).toMatch(/readonly api_: /);
  expect(client).not.toMatch(/readonly api: /);
  expect(client).toMatch(/toString_\(/);
  // The generated client compiles against the runtime, as the package's own does.
  const program = ts.createProgram([join(result.out, 'client.ts'), join(result.out, 'functions.ts')], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
  });
  const diagnostics = ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  expect(diagnostics).toEqual([]);
}, 120_000);

it('x-response-key naming an Object.prototype member is a located error, whether the response declares it or not', () => {
  const declared = {
    '200': {
      description: 'OK',
      content: { 'application/json': { schema: { type: 'object', properties: { toString: { type: 'string' } } } } },
    },
  };
  for (const [name, responses] of [
    ['response-key', undefined],
    ['response-key-declared', declared],
  ] as const) {
    const result = run(name, {
      '/pets/get': {
        post: operation('petsGet', { 'x-response-key': 'toString', ...(responses ? { responses } : {}) }),
      },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(
        `${name}\\.yaml:\\d+:\\d+ \\(#/paths/~1pets~1get/post/x-response-key\\) reserved-response-key: x-response-key "toString" is a member every object has`,
      ),
    );
  }
});
