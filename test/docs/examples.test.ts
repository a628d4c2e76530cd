// The examples on every generated docs page work: the TypeScript ones compile against this client,
// and the cURL ones succeed against the loopback server.
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, ROOT } from '../helpers/paths.js';
import { loadSpec, type Json } from '../helpers/spec.js';
import { startTestServer, TEST_CREDENTIALS, type TestServer } from '../server/server.js';

const DOCS = join(ROOT, 'generated/docs');
const pages = readdirSync(DOCS).filter((f) => f !== 'index.md');
const block = (page: string, lang: string): string => {
  const match = new RegExp('```' + lang + '\\n([\\s\\S]*?)\\n```').exec(readFileSync(join(DOCS, page), 'utf8'));
  if (!match) throw new Error(`${page} has no ${lang} example`);
  return match[1]!;
};

it('documents at least the two update operations', () => {
  expect(pages).toEqual(expect.arrayContaining(['accessCodes.update.md', 'accessCodes.updateMultiple.md']));
});

it('every TypeScript example type-checks against the generated client', () => {
  const dir = join(ROOT, 'test/.out/examples');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const page of pages) {
    const source = block(page, 'ts').replace(`from 'seam-connect-client'`, `from '../../../src/index.js'`);
    expect(source).toContain('../../../src/index.js');
    writeFileSync(join(dir, page.replace(/\.md$/, '.ts')), `${source}\nexport {};\n`);
  }
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: '../../../tsconfig.json', include: ['./*.ts'], exclude: [] }));
  const run = spawnSync(BIN('tsc'), ['--noEmit', '-p', join(dir, 'tsconfig.json')], { cwd: ROOT, encoding: 'utf8' });
  expect(run.stdout + run.stderr).toBe('');
  expect(run.status).toBe(0);
});

describe('cURL examples against the loopback server', () => {
  let server: TestServer;
  const spec = loadSpec();
  const exampleValue = (ref: string, name: string): Json =>
    spec.components.requestBodies[ref].content['application/json'].examples[name].value;

  beforeAll(async () => {
    server = await startTestServer();
    // The ids and keys the examples name exist, as they would in a reader's workspace.
    const code = server.store.addAccessCode({ access_code_id: exampleValue('UpdateAccessCode', 'newPinAndName').access_code_id });
    server.store.addAccessCode({ common_code_key: exampleValue('UpdateMultipleAccessCodes', 'reschedule').common_code_key });
    const getExample = spec.paths['/action_attempts/get'].post.requestBody.content['application/json'].examples.byId.value;
    server.store.addActionAttempt(getExample.action_attempt_id, code.access_code_id);
  });
  afterAll(() => server.close());

  it.each(pages)('%s', async (page) => {
    const command = block(page, 'sh').replace(spec.servers[0].url, server.url);
    expect(command).toContain(server.url);
    // Asynchronous: the server answering curl runs in this process.
    const { stdout } = await promisify(execFile)('bash', ['-c', command], {
      encoding: 'utf8',
      timeout: 20_000,
      env: { ...process.env, SEAM_API_KEY: TEST_CREDENTIALS.apiKey },
    });
    expect(JSON.parse(stdout)).toMatchObject({ ok: true });
    expect(server.requests.at(-1)!.headers.authorization).toBe(`Bearer ${TEST_CREDENTIALS.apiKey}`);
  });
});
