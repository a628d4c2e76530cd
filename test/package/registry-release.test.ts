// A release reaches a registry and a team installs it by name: a real npm registry (Verdaccio, from
// its own pinned install, test/registry/) on loopback, with throwaway storage and no uplink, so
// nothing leaves the machine. A copy of the project releases twice with `npm run release`, which
// ends in `npm publish` (prepublishOnly builds, then lints the tarball with publint and
// arethetypeswrong); the second release follows a breaking spec change. A fresh app installs
// `seam-connect-client@<version>` by name from that registry, calls the fake with it, and upgrades;
// the changelog with the breaking-change report comes with the package, and every relative link of
// the shipped README and reference resolves inside node_modules.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { copyProject } from '../helpers/project-copy.js';
import { BIN, ROOT } from '../helpers/paths.js';

const VERDACCIO = join(ROOT, 'test/registry/node_modules/verdaccio');
const NAME = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).name as string;

let work: string;
let url: string;
let registry: ChildProcess | undefined;
let project: string;
let app: string;
let env: NodeJS.ProcessEnv;

const freePort = () =>
  new Promise<number>((done, fail) => {
    const probe = createServer().once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });

/** Runs a command; on failure, throws with its output, so the test says what went wrong. */
function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, {
      cwd,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${e.stdout ?? ''}\n${e.stderr ?? String(err)}`, {
      cause: err,
    });
  }
}

/** The packages openapi-fetch needs at run time, from the root lockfile: what a team's registry would mirror. */
function runtimeTree(): string[] {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')).packages as Record<
    string,
    { dependencies?: Record<string, string> }
  >;
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const dep of Object.keys(lock[`node_modules/${name}`]?.dependencies ?? {})) visit(dep);
  };
  for (const dep of Object.keys(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).dependencies)) visit(dep);
  return [...seen];
}

beforeAll(async () => {
  if (!existsSync(join(VERDACCIO, 'package.json'))) {
    throw new Error(
      'Verdaccio, the registry this test publishes to, is not installed: run `npm ci --prefix test/registry` (or `bash scripts/install.sh`).',
    );
  }
  work = mkdtempSync(join(tmpdir(), 'seam-registry-'));
  const port = await freePort();
  url = `http://127.0.0.1:${port}/`;
  // No uplinks: the registry serves only what is published to it, and reaches nothing else.
  writeFileSync(
    join(work, 'config.yaml'),
    [
      `storage: ${join(work, 'storage')}`,
      'auth:',
      '  htpasswd:',
      `    file: ${join(work, 'htpasswd')}`,
      '    max_users: 10',
      'uplinks: {}',
      'packages:',
      "  '**':",
      '    access: $all',
      '    publish: $authenticated',
      'web:',
      '  enable: false',
      'log: { type: stdout, format: pretty, level: warn }',
      '',
    ].join('\n'),
  );
  registry = spawn(
    process.execPath,
    [join(VERDACCIO, 'bin/verdaccio'), '--config', join(work, 'config.yaml'), '--listen', `127.0.0.1:${port}`],
    { stdio: 'ignore' },
  );
  for (let i = 0; ; i++) {
    const ok = await fetch(`${url}-/ping`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (i > 300) throw new Error('Verdaccio did not start within 30 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  // A user to publish as, as a team's CI would have; its token goes in the publisher's .npmrc.
  const user = await fetch(`${url}-/user/org.couchdb.user:release`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'release', password: 'release-password-1', email: 'release@example.com' }),
  });
  const { token } = (await user.json()) as { token: string };
  const host = url.replace(/^http:/, '');
  writeFileSync(join(work, 'publisher.npmrc'), `registry=${url}\n${host}:_authToken=${token}\n`);
  // npm reads the user's config from here, and caches into a folder of its own: the installs below
  // come from the registry, not from this machine's cache.
  env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Release',
    GIT_AUTHOR_EMAIL: 'release@example.com',
    GIT_COMMITTER_NAME: 'Release',
    GIT_COMMITTER_EMAIL: 'release@example.com',
    NPM_CONFIG_USERCONFIG: join(work, 'publisher.npmrc'),
    npm_config_cache: join(work, 'npm-cache'),
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    REDOCLY_TELEMETRY: 'off',
    NO_COLOR: '1',
  };
  // The team's registry mirrors the package's one runtime dependency and what it needs.
  for (const name of runtimeTree())
    run('npm', ['publish', join(ROOT, 'node_modules', name), '--ignore-scripts', '--registry', url], work);

  project = copyProject('seam-release-registry-');
  run('git', ['init', '-q', '-b', 'main'], project);
  run(
    'git',
    ['-c', 'user.name=Release', '-c', 'user.email=release@example.com', 'commit', '-q', '--allow-empty', '-m', 'start'],
    project,
  );
  run('git', ['add', '-A'], project);
  run(
    'git',
    ['-c', 'user.name=Release', '-c', 'user.email=release@example.com', 'commit', '-q', '-m', 'the project'],
    project,
  );
  app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'team-app', private: true, type: 'module' }, null, 2),
  );
  // The team's app names its registry in its own .npmrc, as the README says.
  writeFileSync(join(app, '.npmrc'), `registry=${url}\n`);
  writeFileSync(
    join(app, 'app.mjs'),
    [
      `import { SeamClient } from '${NAME}';`,
      `import { startFakeSeam, FAKE_CREDENTIALS } from '${NAME}/testing';`,
      'const server = await startFakeSeam();',
      'const code = server.seed.accessCode();',
      'const seam = new SeamClient({ apiKey: FAKE_CREDENTIALS.apiKey, endpoint: server.url });',
      "const attempt = await seam.accessCodes.update({ access_code_id: code.access_code_id, name: 'Front door' });",
      'console.log(JSON.stringify({ status: attempt.status, action_type: attempt.action_type }));',
      'await server.close();',
      '',
    ].join('\n'),
  );
}, 120_000);

afterAll(() => {
  registry?.kill();
  if (work) rmSync(work, { recursive: true, force: true });
  if (project) rmSync(project, { recursive: true, force: true });
});

const git = (...args: string[]) =>
  run('git', ['-c', 'user.name=Release', '-c', 'user.email=release@example.com', ...args], project);
const release = (bump: string) => run(BIN('tsx'), ['scripts/release.ts', bump, '--registry', url], project);
const installed = () =>
  JSON.parse(readFileSync(join(app, 'node_modules', NAME, 'package.json'), 'utf8')) as { version: string };
const changelog = () => readFileSync(join(app, 'node_modules', NAME, 'CHANGELOG.md'), 'utf8');
const useIt = () => JSON.parse(run(process.execPath, ['app.mjs'], app).trim());
const versionOf = () => JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')).version as string;

let first: string;

it('npm run release publishes to the registry --registry names, after prepublishOnly built and linted the tarball', () => {
  const out = release('patch');
  first = versionOf();
  expect(out).toContain(`npm publish to ${url}`);
  expect(out).toContain('check:package: publint --strict: ok');
  expect(out).toContain('check:package: arethetypeswrong: ok');
  expect(out).toContain(`published ${NAME}@${first}`);
  expect(JSON.parse(run('npm', ['view', NAME, 'versions', '--json', '--registry', url], work))).toEqual([first]);
}, 600_000);

it('a fresh app installs it by name from its registry and calls the fake with it', () => {
  run('npm', ['install', `${NAME}@${first}`], app);
  expect(installed().version).toBe(first);
  expect(useIt()).toEqual({ status: 'success', action_type: 'UPDATE_ACCESS_CODE' });
  expect(changelog()).toContain(`## ${first}\n`);
  // Its dependency came from the team's registry too (which has no uplink): the tarball the app
  // locked is the one that registry serves.
  const lock = JSON.parse(readFileSync(join(app, 'package-lock.json'), 'utf8'));
  const served = run(
    'npm',
    [
      'view',
      `openapi-fetch@${lock.packages['node_modules/openapi-fetch'].version}`,
      'dist.integrity',
      '--registry',
      url,
    ],
    work,
  ).trim();
  expect(lock.packages['node_modules/openapi-fetch'].integrity).toBe(served);
}, 300_000);

it('after a breaking spec change, the next release is published, and the app upgrades to it with its changelog and breaking-change report', () => {
  const spec = join(project, 'spec/openapi.yaml');
  // A request field removed: breaking, so a 0.x release is a minor one.
  const text = readFileSync(spec, 'utf8');
  const edited = text.replace(/\n {8}use_offline_access_code:\n(?: {10}.*\n)+/, '\n');
  expect(edited).not.toBe(text);
  writeFileSync(spec, edited);
  run(process.execPath, ['scripts/run.mjs', 'scripts/generate.ts'], project);
  git('commit', '-qam', 'Spec: drop use_offline_access_code');
  release('auto');
  const second = versionOf();
  expect(second.split('.')[1]).toBe(String(Number(first.split('.')[1]) + 1));
  expect(JSON.parse(run('npm', ['view', NAME, 'versions', '--json', '--registry', url], work))).toEqual([
    first,
    second,
  ]);

  run('npm', ['install', `${NAME}@${second}`], app);
  expect(installed().version).toBe(second);
  const log = changelog();
  const section = log.slice(log.indexOf(`## ${second}\n`), log.indexOf(`## ${first}\n`));
  expect(section).toContain(`Compared with release ${first}.`);
  expect(section).toMatch(/breaking/i);
  expect(section).toContain('use_offline_access_code');
  expect(useIt()).toEqual({ status: 'success', action_type: 'UPDATE_ACCESS_CODE' });
}, 600_000);

it('every relative link of the shipped README and reference resolves inside node_modules', () => {
  const pkg = join(app, 'node_modules', NAME);
  const docs = [
    'README.md',
    'docs/client.md',
    ...readdirSync(join(pkg, 'generated/docs')).map((f) => `generated/docs/${f}`),
  ];
  const broken: string[] = [];
  let links = 0;
  for (const doc of docs) {
    for (const [, target] of readFileSync(join(pkg, doc), 'utf8').matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target!) || target!.startsWith('#')) continue;
      links++;
      const file = resolve(dirname(join(pkg, doc)), target!.split('#')[0]!);
      if (!file.startsWith(pkg) || !existsSync(file)) broken.push(`${doc}: ${target}`);
    }
  }
  expect(broken).toEqual([]);
  expect(links).toBeGreaterThan(5);
});
