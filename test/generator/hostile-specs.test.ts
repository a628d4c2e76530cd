// The spec is untrusted input to the generator and the docs (SECURITY.md): it never makes the
// generator reach the network, cannot exhaust the machine, and none of its text runs as code or as
// a shell command, whatever the generated files and docs samples hold it in.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import { stringify } from 'yaml';
import { generate, outDir } from '../helpers/generate.js';
import { ROOT } from '../helpers/paths.js';
import { startRecordingServer, type RecordingServer } from '../helpers/recording-server.js';

const CONFIG = join(ROOT, 'test/fixtures/corpus.redocly.yaml');
const dir = mkdtempSync(join(tmpdir(), 'seam-hostile-spec-'));
let server: RecordingServer;
beforeAll(async () => {
  server = await startRecordingServer((_req, res) =>
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end('{"type":"object","properties":{"leaked":{"type":"string"}}}'),
  );
});
afterAll(() => server.close());

/** A small valid spec; `patch` changes it before it is written. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a spec document, patched freely by the test
function spec(patch: (doc: Record<string, any>) => void = () => {}): Record<string, any> {
  const doc = {
    openapi: '3.1.0',
    info: { title: 'Hostile', version: '1.0.0' },
    servers: [{ url: 'https://api.example.com' }],
    paths: {
      '/pets': {
        post: {
          operationId: 'createPet',
          summary: 'Create a pet',
          description: 'Makes one.',
          security: [{ key: [] }],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' }, example: { name: 'Rex' } } },
          },
          responses: {
            '200': {
              description: 'OK',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } },
            },
          },
        },
      },
    },
    components: {
      securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'x-api-key' } },
      schemas: { Pet: { type: 'object', properties: { name: { type: 'string', description: 'A name.' } } } },
    },
  };
  patch(doc);
  return doc;
}

function run(name: string, text: string, file = `${name}.yaml`, timeout?: number) {
  const path = join(dir, file);
  writeFileSync(path, text);
  const out = outDir(`hostile-${name}`);
  return { ...generate(['--spec', path, '--redocly-config', CONFIG, '--out', out], { timeout }), out };
}

/** Parses a generated TypeScript file; its syntax errors, and any top-level statement that is not a declaration. */
function unsafeStatements(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const problems = (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics.map(
    (d) => `syntax: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
  );
  for (const statement of source.statements) {
    if (!(
      ts.isImportDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement) ||
      ts.isInterfaceDeclaration(statement) ||
      ts.isClassDeclaration(statement) ||
      ts.isFunctionDeclaration(statement) ||
      ts.isVariableStatement(statement) ||
      ts.isExportDeclaration(statement)
    )) {
      problems.push(`statement: ${statement.getText().slice(0, 80)}`);
    }
  }
  return problems;
}

describe('the network', () => {
  it('a $ref to a URL is a located error, and nothing is fetched', () => {
    const result = run(
      'remote-ref',
      stringify(spec((d) => (d.components.schemas.Pet = { $ref: `${server.url}/pet.json` }))),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /remote-ref-ref\.yaml|remote-ref\.yaml:\d+:\d+ .*remote-ref: \$ref http:\/\/127\.0\.0\.1:\d+\/pet\.json is a URL/,
    );
    expect(server.seen).toEqual([]);
  });

  it('so is one in a file the spec refers to', () => {
    writeFileSync(
      join(dir, 'pet.yaml'),
      stringify({ type: 'object', properties: { kind: { $ref: `${server.url}/kind.json` } } }),
    );
    const result = run('remote-in-file', stringify(spec((d) => (d.components.schemas.Pet = { $ref: './pet.yaml' }))));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/is a URL: the generator never reaches the network/);
    expect(server.seen).toEqual([]);
  });
});

describe('resources', () => {
  it('a YAML alias bomb is refused at once, saying which limit it hit', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const bomb = `${stringify(spec())}x-bomb:\n${levels.map((l) => `  ${l}`).join('\n')}\n`;
    const started = Date.now();
    const result = run('alias-bomb', bomb);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/yaml-alias-limit: YAML aliases expand to more than 10000 nodes/);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  // `^(a+)+$` against forty `a`s and a `!` backtracks through 2^40 paths in JavaScript's RegExp.
  const backtracking = (pattern: string, example: string) =>
    stringify(
      spec((d) => {
        d.components.schemas.Pet.properties.name.pattern = pattern;
        d.paths['/pets'].post.requestBody.content['application/json'].example = { name: example };
      }),
    );

  it('a 600-byte spec with a backtracking pattern and an almost-matching example generates, its example reported as not matching', () => {
    const text = backtracking('^(a+)+$', `${'a'.repeat(40)}!`);
    expect(text.length).toBeLessThan(1000);
    const result = run('redos', text, undefined, 60_000);
    expect(result.signal).toBeNull();
    expect(result.status).toBe(0);
    expect(result.stderr + result.stdout).toMatch(
      /no-invalid-media-type-examples: Example value must conform to the schema: `name` property must match pattern "\^\(a\+\)\+\$"/,
    );
  });

  it('a pattern the linear-time engine cannot take (a lookahead, a backreference) is an error located at the pattern', () => {
    for (const pattern of ['^(?=a)(a+)+$', '^(a)\\1$']) {
      const result = run('unsupported-pattern', backtracking(pattern, 'aa'), undefined, 60_000);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(
        /unsupported-pattern\.yaml:\d+:\d+ \(#\/components\/schemas\/Pet\/properties\/name\/pattern\) unsupported-pattern: pattern .* cannot be matched in linear time/,
      );
    }
  });

  it("a document nested deeper than the parser's 100 levels is refused where it goes too deep", () => {
    const result = run(
      'deep',
      JSON.stringify(spec((d) => (d['x-deep'] = JSON.parse(`${'{"a":'.repeat(300)}1${'}'.repeat(300)}`)))),
      'deep.json',
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/deep\.json:1:\d+ invalid-yaml: nesting exceeded maxDepth \(100\)/);
  });
});

describe('spec text never runs', () => {
  it.each([
    ['package', "x'; require('child_process').execSync('touch pwned'); '"],
    ['client', 'Client(); process.exit(1); new X'],
    ['tokenEnv', 'X}$(touch pwned)${Y'],
  ])('x-sdk.%s that is not a plain name is a located error', (key, value) => {
    const result = run(`sdk-${key}`, stringify(spec((d) => (d.info['x-sdk'] = { [key]: value }))));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`invalid-extension: x-sdk\\.${key} must be`));
  });

  it("a security scheme's header name reaches the cURL sample single-quoted: pasted into bash, it runs nothing (property)", () => {
    const curlDir = mkdtempSync(join(tmpdir(), 'seam-curl-'));
    let pasted = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom('$(touch pwned)', '`touch pwned`', "x'; touch pwned; '", 'a"b$HOME', '\\'),
          fc.string({ minLength: 1, maxLength: 12 }),
        ),
        (name) => {
          const result = run('header-name', stringify(spec((d) => (d.components.securitySchemes.key.name = name))));
          if (result.status !== 0) return; // refused by Redocly's rules: nothing generated to paste
          const [pageName] = readdirSync(join(result.out, 'docs')).filter((f) => f !== 'index.md');
          const page = readFileSync(join(result.out, 'docs', pageName!), 'utf8');
          const sample = /```sh\n([\s\S]*?)```/.exec(page)![1]!;
          // curl is a function that writes down what it was given: the sample runs, and nothing else does.
          execFileSync('bash', ['-c', `curl() { printf '%s\\n' "$@" > args; }\n${sample}`], {
            cwd: curlDir,
            env: { PATH: process.env.PATH, API_TOKEN: 'token' },
          });
          expect(existsSync(join(curlDir, 'pwned'))).toBe(false);
          expect(readFileSync(join(curlDir, 'args'), 'utf8')).toContain(`${name}: token`);
          pasted++;
        },
      ),
      {
        numRuns: Number(process.env.FUZZ_RUNS ?? 8),
        seed: 42,
        examples: [['$(touch pwned)'], ['`touch pwned`'], ["x'; touch pwned; '"]],
      },
    );
    // The hostile names were generated and pasted, not all refused before there was a sample.
    expect(pasted).toBeGreaterThanOrEqual(3);
  }, 120_000);

  it('schema names, summaries and descriptions of any text give TypeScript that parses and declares only what the generator declares (property)', () => {
    const text = fc.oneof(
      fc.constantFrom(
        "Pet'Kind",
        "X']; globalThis.pwned = 1; type Y = components['schemas']['Z",
        '*/ pwned(); /*',
        '\\',
        '${pwned}',
        '</script>',
      ),
      fc.string({ maxLength: 20 }),
    );
    fc.assert(
      fc.property(text, text, text, (name, summary, description) => {
        // eslint-disable-next-line no-control-regex -- names with control characters are refused elsewhere
        fc.pre(!/[\u0000-\u001f\u007f\u2028\u2029]/.test(name) && name.length > 0);
        const doc = spec((d) => {
          d.components.schemas[name] = d.components.schemas.Pet;
          delete d.components.schemas.Pet;
          const ref = `#/components/schemas/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
          d.paths['/pets'].post.requestBody.content['application/json'].schema.$ref = ref;
          d.paths['/pets'].post.responses['200'].content['application/json'].schema.$ref = ref;
          d.paths['/pets'].post.summary = summary || 'S';
          d.paths['/pets'].post.description = description || 'D';
        });
        const result = run('names', JSON.stringify(doc), 'names.json');
        if (result.status !== 0) return expect(result.stderr).toMatch(/problem\(s\); nothing was written/);
        for (const file of readdirSync(result.out).filter((f) => f.endsWith('.ts')))
          expect(unsafeStatements(join(result.out, file))).toEqual([]);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 8), seed: 42 },
    );
  }, 180_000);

  it('a newline in the spec file name stays inside the header comment, and the folder can be generated into again', () => {
    const first = run('newline', stringify(spec()), 'new\nline(); x.yaml');
    expect(first.status).toBe(0);
    const header = readFileSync(join(first.out, 'client.ts'), 'utf8').split('\n')[0]!;
    expect(header).toMatch(/^\/\/ Generated from .*new\\u000aline\(\); x\.yaml by scripts\/generate\.ts/);
    expect(unsafeStatements(join(first.out, 'client.ts'))).toEqual([]);
    const again = generate([
      '--spec',
      join(dir, 'new\nline(); x.yaml'),
      '--redocly-config',
      CONFIG,
      '--out',
      first.out,
    ]);
    expect(again.stderr).not.toMatch(/unsafe-out-dir/);
    expect(again.status).toBe(0);
  });
});

it('an --out under a path that is a file is a one-line error', () => {
  const file = join(dir, 'afile');
  writeFileSync(file, 'not a folder');
  mkdirSync(join(dir, 'spec'), { recursive: true });
  writeFileSync(join(dir, 'spec/ok.yaml'), stringify(spec()));
  const result = generate([
    '--spec',
    join(dir, 'spec/ok.yaml'),
    '--redocly-config',
    CONFIG,
    '--out',
    join(file, 'sub'),
  ]);
  expect(result.status).toBe(1);
  // The spec's own warnings aside, one line: no stack trace.
  const lines = result.stderr
    .trim()
    .split('\n')
    .filter((l) => !l.startsWith('warning:'));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^generate: cannot \w+ .*afile.*: (EEXIST|ENOTDIR); nothing was written\.$/);
});
