// The docs of every operation, whatever its method, body or parameters, as the generator wrote
// them: the TypeScript examples compile against this client, and succeed against the loopback
// server as the cURL examples do, on a fake holding what the docs name (its seeds, planted before
// each page as a reader's workspace would have them); and every page is well-formed
// GitHub-flavoured Markdown (each table row has as many cells as its header).
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Lexer, type Tokens } from 'marked';
import { BIN, ROOT } from '../helpers/paths.js';
import { loadSpec, type Json } from '../helpers/spec.js';
import { startFakeSeam, FAKE_CREDENTIALS, type FakeSeamServer } from '../../src/testing/index.js';
import { HTTP_METHODS } from '../../src/openapi/operations.js';
import { operationRoutes } from '../../generated/operations.js';

const DOCS = join(ROOT, 'generated/docs');
const METHODS = HTTP_METHODS;
// One page per operation; events.md (the events and their webhook handler) is checked by
// test/webhooks/handler-example.test.ts, and with every page by the Markdown check below.
const pages = readdirSync(DOCS).filter((f) => f !== 'index.md' && f !== 'events.md');
const text = (page: string): string => readFileSync(join(DOCS, page), 'utf8');
const blocks = (page: string, lang: string): string[] =>
  new Lexer()
    .lex(text(page))
    .flatMap((t) => (t.type === 'code' && (t as Tokens.Code).lang === lang ? [(t as Tokens.Code).text] : []));

it('has a page for every method of the client, each operation of the spec is one of them, and an index', () => {
  // One page per client method: the alternative HTTP methods of one operation (PUT and PATCH beside
  // POST, or Seam's POST and GET of one method name) share it. The model decides that grouping, so
  // the test reads the generated client and routes rather than deciding it again.
  const methods = [
    ...readFileSync(join(ROOT, 'generated/client.ts'), 'utf8').matchAll(/OperationDescriptor = \{ name: '([^']+)'/g),
  ].map((m) => `${m[1]}.md`);
  expect([...pages].sort()).toEqual(methods.sort());
  const routes = new Set(Object.values<readonly string[]>(operationRoutes).flat());
  const spec = loadSpec();
  const operations = Object.entries<Json>(spec.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((m) => `${m.toUpperCase()} ${path}`),
  );
  expect(operations.filter((route) => !routes.has(route))).toEqual([]);
  expect(readdirSync(DOCS)).toContain('index.md');
});

it('every TypeScript example (method, standalone function, openapi-fetch) type-checks against the generated client', () => {
  const dir = join(ROOT, 'test/.out/examples');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const page of pages) {
    // One sample for each way in: the client's method, its standalone function, openapi-fetch.
    const sources = blocks(page, 'ts');
    expect(sources).toHaveLength(3);
    sources.forEach((source, i) => {
      const local = source
        .replace(/from '[^']+\/fetch'/, `from '../../../src/fetch.js'`)
        .replace(/from '[^'./]+'/, `from '../../../src/index.js'`);
      writeFileSync(join(dir, page.replace(/\.md$/, `.${i}.ts`)), `${local}\nexport {};\n`);
    });
  }
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ extends: '../../../tsconfig.json', include: ['./*.ts'], exclude: [] }),
  );
  const run = spawnSync(BIN('tsc'), ['--noEmit', '-p', join(dir, 'tsconfig.json')], { cwd: ROOT, encoding: 'utf8' });
  expect(run.stdout + run.stderr).toBe('');
  expect(run.status).toBe(0);
});

/**
 * What a page's samples name exists, as it would in a reader's workspace: every id the docs' samples
 * pass (the generator's seeds, planted again where an earlier page deleted one), and what the rules
 * of the fake read from a body (a group's common_code_key, a device).
 */
function prepare(server: FakeSeamServer, page: string): void {
  server.seed.examples();
  const body = /-d '(.*)'$/m.exec(blocks(page, 'sh')[0] ?? '')?.[1];
  if (body) server.seed.fromExample(JSON.parse(body.replace(/'\\''/g, "'")));
}

describe('cURL examples against the loopback server', () => {
  let server: FakeSeamServer;
  const spec = loadSpec();

  beforeAll(async () => {
    server = await startFakeSeam();
  });
  afterAll(() => server.close());

  it.each(pages)('%s', async (page) => {
    const [command] = blocks(page, 'sh');
    expect(command).toContain(spec.servers[0].url);
    const local = command!.replace(spec.servers[0].url, server.url);
    prepare(server, page);
    // Asynchronous: the server answering curl runs in this process.
    const { stdout } = await promisify(execFile)('bash', ['-c', `${local} -w '\\n%{http_code}'`], {
      encoding: 'utf8',
      timeout: 20_000,
      env: { ...process.env, SEAM_API_KEY: FAKE_CREDENTIALS.apiKey },
    });
    const status = Number(stdout.trim().split('\n').at(-1));
    expect({ status, body: stdout }).toMatchObject({ status: expect.any(Number) });
    expect(status).toBeGreaterThanOrEqual(200);
    expect(status).toBeLessThan(300);
    expect(server.requests.at(-1)!.headers.authorization).toBe(`Bearer ${FAKE_CREDENTIALS.apiKey}`);
  });
});

describe('TypeScript examples against the loopback server', () => {
  let server: FakeSeamServer;
  const dir = join(ROOT, 'test/.out/examples-run');
  const saved = { ...process.env };
  let logged: unknown[][] = [];

  beforeAll(async () => {
    server = await startFakeSeam();
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    // The samples read the token (and this package's client the endpoint) from the environment.
    Object.assign(process.env, { SEAM_API_KEY: FAKE_CREDENTIALS.apiKey, SEAM_ENDPOINT: server.url });
    jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void logged.push(args));
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    process.env = saved;
    await server.close();
  });

  /** A sample as a module whose default export runs it: its imports first, the package's entry points as the local sources. */
  function runnable(page: string, i: number, source: string): string {
    const lines = source.split('\n');
    const file = join(dir, page.replace(/\.md$/, `.${i}.ts`));
    const imports = lines
      .filter((l) => l.startsWith('import '))
      .map((l) =>
        l
          .replace(/from '[^']+\/fetch'/, `from '../../../src/fetch.js'`)
          .replace(/from '[^'./]+'/, `from '../../../src/index.js'`),
      );
    writeFileSync(
      file,
      [
        ...imports,
        'export default async function run(): Promise<void> {',
        ...lines.filter((l) => !l.startsWith('import ')),
        '}',
        '',
      ].join('\n'),
    );
    return file;
  }

  it.each(pages)('%s: the method, the standalone function and openapi-fetch each succeed', async (page) => {
    const sources = blocks(page, 'ts');
    expect(sources).toHaveLength(3);
    for (const [i, source] of sources.entries()) {
      prepare(server, page);
      logged = [];
      const before = server.requests.length;
      const { default: run } = await import(runnable(page, i, source));
      // The method and the function throw a typed error on any failure; openapi-fetch logs the status first.
      await run();
      expect(server.requests.length).toBeGreaterThan(before);
      if (i === 2) expect([page, logged[0]?.[0]]).toEqual([page, expect.any(Number)]);
      if (i === 2) expect(logged[0]![0] as number).toBeLessThan(300);
    }
  });
});

describe('GitHub-flavoured Markdown', () => {
  it.each(readdirSync(DOCS))("%s: every table row has its header's cells", (page) => {
    const source = text(page);
    const tables = new Lexer({ gfm: true }).lex(source).filter((t): t is Tokens.Table => t.type === 'table');
    // Each table the source writes (a line of `| --- |` cells) is parsed as one.
    expect(tables).toHaveLength(source.match(/^\| ---( \| ---)* \|$/gm)?.length ?? 0);
    for (const table of tables) {
      const rows = table.raw.trim().split('\n').slice(2);
      expect(table.rows).toHaveLength(rows.length);
      // A `|` that ends a cell too early (inside backticks) would leave text outside the cells.
      for (const row of table.rows) expect(row.map((c) => c.text).join(' ')).not.toMatch(/^\s*$/);
      table.rows.forEach((row, i) => expect(rows[i]!.split(/(?<!\\)\|/).length - 2).toBe(row.length));
    }
  });
});
