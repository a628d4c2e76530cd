// Releases and version discipline, in a throwaway git repository holding a copy of the project's
// spec (the project's own scripts, runtime and packages linked in): `npm run release` records
// releases, refuses a bump the changes do not allow, and writes the changelog; `spec:diff
// --check-version` holds the version to the changes since the latest recorded release.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { ROOT, RUN_SCRIPT } from '../helpers/paths.js';

let repo: string;
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.email=ci@example.invalid', '-c', 'user.name=ci', ...args], {
    cwd: repo,
    encoding: 'utf8',
  }).trim();
const script = (name: string, args: string[] = []) =>
  spawnSync(RUN_SCRIPT[0], [RUN_SCRIPT[1], join(ROOT, 'scripts', name), ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
  });
const version = () => JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version as string;
const specVersion = () => String(parse(readFileSync(join(repo, 'spec/openapi.yaml'), 'utf8')).info.version);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a spec document, edited freely by the test
function editSpec(mutate: (spec: any) => void) {
  const spec = parse(readFileSync(join(repo, 'spec/openapi.yaml'), 'utf8'));
  mutate(spec);
  writeFileSync(join(repo, 'spec/openapi.yaml'), stringify(spec));
  git('commit', '-qam', 'edit the spec');
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'seam-release-'));
  mkdirSync(join(repo, 'spec'));
  copyFileSync(join(ROOT, 'spec/openapi.yaml'), join(repo, 'spec/openapi.yaml'));
  for (const f of ['redocly.yaml', 'redocly.diff.yaml']) copyFileSync(join(ROOT, f), join(repo, f));
  for (const d of ['node_modules', 'scripts', 'src']) symlinkSync(join(ROOT, d), join(repo, d));
  writeFileSync(join(repo, '.gitignore'), 'node_modules\nscripts\nsrc\n');
  writeFileSync(
    join(repo, 'package.json'),
    JSON.stringify({ name: 'fixture', version: specVersion() }, null, 2) + '\n',
  );
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'start');
});

it('before any release, --check-version only holds package.json and info.version together', () => {
  const run = script('spec-diff.ts', ['--check-version']);
  expect(run.stdout).toMatch(/nothing released yet \(releases\/ is empty\)/);
  expect(run.status).toBe(0);
});

it('the first release records the current spec, with a changelog section, a commit and a tag', () => {
  const first = version();
  const run = script('release.ts', ['patch', '--no-publish']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(version()).toBe(first);
  expect(existsSync(join(repo, 'releases', first, 'openapi.json'))).toBe(true);
  expect(readFileSync(join(repo, 'CHANGELOG.md'), 'utf8')).toMatch(
    new RegExp(`^## ${first.replace(/\./g, '\\.')}\\n\\nThe first recorded release\\.`, 'm'),
  );
  expect(git('log', '-1', '--format=%s')).toBe(`Release ${first}`);
  expect(git('tag', '--list')).toBe(`v${first}`);
  expect(git('status', '--porcelain')).toBe('');
});

it('a breaking change fails --check-version until it is released, and names the bump it needs (0.x: minor)', () => {
  editSpec((s) => (s.components.schemas.UpdateAccessCodeRequest.properties.code.maxLength = 8));
  const run = script('spec-diff.ts', ['--check-version']);
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/need a minor release, but the version is \d+\.\d+\.\d+\. Run `npm run release -- minor`/);
});

it('release refuses a smaller bump than the changes need, and changes nothing', () => {
  const before = version();
  const run = script('release.ts', ['patch', '--no-publish']);
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/need at least a minor release, not patch/);
  expect(version()).toBe(before);
  expect(git('status', '--porcelain')).toBe('');
});

it('release -- auto takes the bump the changes need and updates every version, the changelog and the record', () => {
  const before = version();
  const [major, minor] = before.split('.').map(Number);
  const next = `${major}.${minor! + 1}.0`;
  const run = script('release.ts', ['auto', '--no-publish']);
  expect(run.stderr).toBe('');
  expect(run.stdout).toContain(`${before} → ${next}`);
  expect([version(), specVersion()]).toEqual([next, next]);
  expect(existsSync(join(repo, 'releases', next, 'openapi.json'))).toBe(true);
  const log = readFileSync(join(repo, 'CHANGELOG.md'), 'utf8');
  expect(log).toContain(`## ${next}\n\nCompared with release ${before}.`);
  expect(log).toMatch(
    /### Breaking changes \(1\)\n\n- `accessCodes\.update` request code: `maxLength` of `code` changed from '9' to '8'/,
  );
  expect(readFileSync(join(repo, 'generated/openapi.yaml'), 'utf8')).toContain(`"version": "${next}"`);
  expect(script('spec-diff.ts', ['--check-version']).status).toBe(0);
  expect(git('tag', '--list', '--sort=v:refname').split('\n').at(-1)).toBe(`v${next}`);
});

it("npm run changelog rewrites the version's section in place", () => {
  expect(script('changelog.ts').status).toBe(0);
  expect(script('changelog.ts').status).toBe(0);
  const log = readFileSync(join(repo, 'CHANGELOG.md'), 'utf8');
  expect(log.match(new RegExp(`^## ${version().replace(/\./g, '\\.')}$`, 'gm'))).toHaveLength(1);
});

it('release refuses a work tree with uncommitted changes', () => {
  writeFileSync(join(repo, 'spec/notes.txt'), 'draft\n');
  const run = script('release.ts', ['minor']);
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/uncommitted changes/);
});

it('release without a bump is a usage error', () => {
  const run = script('release.ts', []);
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/Usage: npm run release -- <patch\|minor\|major\|auto>/);
});
