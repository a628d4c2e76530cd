// The package as other teams get it: built, packed, installed from the tarball into a fresh
// project, then used from ESM TypeScript and CommonJS JavaScript against the loopback server.
import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BIN, ROOT } from '../helpers/paths.js';
import { startFakeSeam, FAKE_CREDENTIALS, type FakeSeamServer } from '../../src/testing/index.js';

const run = promisify(execFile);
const CONSUMER = join(ROOT, 'test/package/consumer');
let project: string;
let server: FakeSeamServer;
let env: NodeJS.ProcessEnv;
let tsc: { status: number | null; output: string };

function sh(cmd: string, args: string[], cwd: string) {
  const result = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'seam-consumer-'));
  sh('npm', ['run', '-s', 'build'], ROOT);
  sh('npm', ['pack', '--pack-destination', project, '--silent'], ROOT);
  const tarball = readdirSync(project).find((f) => f.endsWith('.tgz'))!;
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  // Beside the package: what a team's test suite has, msw for the MSW handlers and Node's types for node:test.
  const dev = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).devDependencies;
  const extras = ['msw', '@types/node'].map((name) => `${name}@${dev[name]}`);
  sh('npm', ['install', `./${tarball}`, ...extras, '--no-audit', '--no-fund', '--prefer-offline'], project);
  for (const f of readdirSync(CONSUMER)) copyFileSync(join(CONSUMER, f), join(project, f));
  // Compiled here, since the ESM tests run its output; its verdict is asserted by a test below.
  // The client without Node's types (it needs none); the team's node:test suite with them; a
  // project on moduleResolution node10, which finds the subpaths through typesVersions.
  const compiled = ['tsconfig.json', 'tsconfig.testing.json', 'tsconfig.node10.json'].map((config) =>
    spawnSync(BIN('tsc'), ['-p', join(project, config)], { cwd: project, encoding: 'utf8' }),
  );
  tsc = {
    status: Math.max(...compiled.map((c) => c.status ?? 1)),
    output: compiled.map((c) => c.stdout + c.stderr).join(''),
  };
  writeSnippets();

  server = await startFakeSeam();
  const code = server.seed.accessCode();
  server.seed.accessCode({ common_code_key: 'linked-group' });
  env = {
    PATH: process.env.PATH,
    SEAM_API_KEY: FAKE_CREDENTIALS.apiKey,
    SEAM_ENDPOINT: server.url,
    ACCESS_CODE_ID: code.access_code_id,
    COMMON_CODE_KEY: 'linked-group',
  };
}, 180_000);

afterAll(() => server?.close());

/** The documents whose code a reader copies; every `ts` and `js` block of them is checked as written. */
const DOCUMENTS = ['README.md', 'docs/client.md'];
const snippets: { file: string; from: string }[] = [];

/** Each block in a file of its own (its first line may name it: `// readme.test.mjs`), and a tsconfig that checks them all, JavaScript included. */
function writeSnippets(): void {
  mkdirSync(join(project, 'snippets'));
  for (const doc of DOCUMENTS) {
    const blocks = [...readFileSync(join(ROOT, doc), 'utf8').matchAll(/^```(ts|js)\n([\s\S]*?)^```$/gm)];
    blocks.forEach(([, lang, code], i) => {
      const named = /^\/\/ ([\w.-]+\.(?:mjs|ts))\n/.exec(code!)?.[1];
      const file = named ?? `${doc.replace(/\W/g, '-')}-${i + 1}.${lang === 'js' ? 'mjs' : 'ts'}`;
      writeFileSync(join(project, 'snippets', file), code!);
      snippets.push({ file, from: `${doc}, block ${i + 1}` });
    });
  }
  const compilerOptions = {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    allowJs: true,
    checkJs: true,
    noEmit: true,
    types: ['node'],
    lib: ['ES2022', 'DOM'],
  };
  writeFileSync(join(project, 'tsconfig.snippets.json'), JSON.stringify({ compilerOptions, include: ['snippets'] }));
}

it('ships only dist/, package.json and the docs its README links to: ESM, CJS and declarations of the main entry, /fetch, /testing, /msw and /webhooks', () => {
  const all = sh('tar', ['-tzf', readdirSync(project).find((f) => f.endsWith('.tgz'))!], project)
    .trim()
    .split('\n');
  // The docs, so that the README's links work from node_modules (test/package/registry-release.test.ts follows them).
  const docs = [
    'CHANGELOG.md',
    'SECURITY.md',
    'docs/benchmarks.md',
    'docs/client.md',
    'docs/maintaining.md',
    ...readdirSync(join(ROOT, 'generated/docs')).map((f) => `generated/docs/${f}`),
  ];
  expect(all.filter((f) => /\.md$/.test(f) && f !== 'package/README.md').sort()).toEqual(
    docs.map((f) => `package/${f}`).sort(),
  );
  const files = all
    .filter((f) => !/\.md$/.test(f) || f === 'package/README.md')
    // Declarations the entries share go to chunks rollup names after a module in them, with a content hash.
    .map((f) => f.replace(/-[\w-]{8}\.d\.(c?)ts$/, '-[hash].d.$1ts'))
    .sort();
  expect(files).toEqual([
    'package/README.md',
    'package/dist/client-[hash].d.cts',
    'package/dist/client-[hash].d.cts',
    'package/dist/client-[hash].d.ts',
    'package/dist/client-[hash].d.ts',
    // Shared by /testing and /msw: the Seam fake's types (src/profiles/seam/fake.ts).
    'package/dist/fake-types-[hash].d.cts',
    'package/dist/fake-types-[hash].d.ts',
    'package/dist/fetch.cjs',
    'package/dist/fetch.d.cts',
    'package/dist/fetch.d.ts',
    'package/dist/fetch.js',
    'package/dist/index.cjs',
    'package/dist/index.d.cts',
    'package/dist/index.d.ts',
    'package/dist/index.js',
    'package/dist/msw.cjs',
    'package/dist/msw.d.cts',
    'package/dist/msw.d.ts',
    'package/dist/msw.js',
    'package/dist/operations-[hash].d.cts',
    'package/dist/operations-[hash].d.ts',
    'package/dist/schema-[hash].d.cts',
    'package/dist/schema-[hash].d.ts',
    'package/dist/testing.cjs',
    'package/dist/testing.d.cts',
    'package/dist/testing.d.ts',
    'package/dist/testing.js',
    'package/dist/webhooks.cjs',
    'package/dist/webhooks.d.cts',
    'package/dist/webhooks.d.ts',
    'package/dist/webhooks.js',
    'package/package.json',
  ]);
});

it('installs with openapi-fetch as its only runtime dependency, msw an optional peer (the testing kit bundles the rest)', () => {
  const pkg = JSON.parse(readFileSync(join(project, 'node_modules/seam-connect-client/package.json'), 'utf8'));
  expect(Object.keys(pkg.dependencies)).toEqual(['openapi-fetch']);
  expect(pkg.peerDependenciesMeta).toEqual({ msw: { optional: true } });
  expect(pkg.sideEffects).toBe(false);
});

it('the ESM TypeScript consumer (without Node types), the testing suite and a node10-resolution project compile with tsc --strict, and each @ts-expect-error is a real error', () => {
  expect(tsc.output).toBe('');
  expect(tsc.status).toBe(0);
});

const ESM_RESULT = {
  status: 'success',
  code: '4444',
  multiple: { ok: true },
  viaFunction: { ok: true },
  viaFetch: { ok: true },
  notFound: 'access_code_not_found',
  errorName: 'SeamNotFoundError',
  raw: { ok: true, status: 200, requestId: 'string', seen: ['/access_codes/update_multiple'] },
};

it('the ESM consumer calls both operations, one also as a standalone function and through /fetch', async () => {
  const { stdout } = await run('node', [join(project, 'out/esm-consumer.js')], { cwd: project, env });
  expect(JSON.parse(stdout)).toEqual(ESM_RESULT);
});

it('a minified bundle of the ESM consumer works the same, error names included', async () => {
  // Minifiers rename classes; the errors' names must not depend on them.
  const bundle = join(project, 'out/bundle.mjs');
  const args = [
    join(project, 'out/esm-consumer.js'),
    '--bundle',
    '--minify',
    '--format=esm',
    '--platform=node',
    `--outfile=${bundle}`,
  ];
  sh(BIN('esbuild'), args, project);
  const fresh = { ...env, ACCESS_CODE_ID: server.seed.accessCode().access_code_id };
  const { stdout } = await run('node', [bundle], { cwd: project, env: fresh });
  expect(JSON.parse(stdout)).toEqual(ESM_RESULT);
});

it('the CommonJS consumer calls both operations', async () => {
  const { stdout } = await run('node', [join(project, 'cjs-consumer.cjs')], { cwd: project, env });
  expect(JSON.parse(stdout)).toEqual({ status: 'success', multiple: { ok: true }, notFound: 'access_code_not_found' });
  expect(server.requests.some((r) => r.headers['seam-sdk-name'] === 'seam-connect-client')).toBe(true);
});

it('an ESM TypeScript team tests its own code with the testing kit (node:test, in-process fake)', async () => {
  const { stdout } = await run('node', ['--test', '--test-reporter=tap', join(project, 'out/esm-testing.js')], {
    cwd: project,
    env: { PATH: process.env.PATH },
  });
  expect(stdout).toMatch(/^# pass 2$/m);
  expect(stdout).toMatch(/^# fail 0$/m);
});

it('every TypeScript and JavaScript snippet of the README and docs/client.md type-checks as written against the installed package', () => {
  expect(snippets.length).toBeGreaterThanOrEqual(7);
  const result = spawnSync(BIN('tsc'), ['-p', join(project, 'tsconfig.snippets.json')], {
    cwd: project,
    encoding: 'utf8',
  });
  expect({
    output: result.stdout + result.stderr,
    snippets: snippets.map((s) => `${s.file} (${s.from})`),
  }).toMatchObject({ output: '' });
  expect(result.status).toBe(0);
});

it("the README's test runs as written: node --test readme.test.mjs passes, on the in-process fake", async () => {
  expect(snippets.map((s) => s.file)).toContain('readme.test.mjs');
  const { stdout } = await run('node', ['--test', '--test-reporter=tap', join(project, 'snippets/readme.test.mjs')], {
    cwd: project,
    env: { PATH: process.env.PATH },
  });
  expect(stdout).toMatch(/^# pass 1$/m);
  expect(stdout).toMatch(/^# fail 0$/m);
});

it('a CommonJS team uses the testing kit over loopback HTTP and under MSW', async () => {
  const { stdout } = await run('node', [join(project, 'cjs-testing.cjs')], {
    cwd: project,
    env: { PATH: process.env.PATH },
  });
  expect(JSON.parse(stdout)).toEqual({ overHttp: '2468', viaMsw: { ok: true }, name: 'MSW' });
});
