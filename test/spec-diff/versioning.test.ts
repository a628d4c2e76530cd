// Version discipline and the changelog, in a throwaway git repository with a release tag.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { BIN, ROOT } from '../helpers/paths.js';

let repo: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
const script = (name: string, args: string[] = []) =>
  spawnSync(BIN('tsx'), [join(ROOT, 'scripts', name), ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off' } });

function setVersions(pkgVersion: string, specVersion: string, mutate: (spec: any) => void = () => undefined) {
  const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  writeFileSync(join(repo, 'package.json'), JSON.stringify({ ...pkg, version: pkgVersion }, null, 2));
  const spec = parse(readFileSync(join(repo, 'spec/openapi.yaml'), 'utf8'));
  spec.info.version = specVersion;
  mutate(spec);
  writeFileSync(join(repo, 'spec/openapi.yaml'), stringify(spec));
}

const narrowCode = (spec: any) => (spec.components.schemas.UpdateAccessCodeRequest.properties.code.maxLength = 8);

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'seam-release-'));
  mkdirSync(join(repo, 'spec'));
  copyFileSync(join(ROOT, 'spec/openapi.yaml'), join(repo, 'spec/openapi.yaml'));
  writeFileSync(join(repo, 'package.json'), JSON.stringify({ name: 'seam-connect-client', version: '0.1.0' }, null, 2));
  git('init', '-q', '-b', 'main');
  git('-c', 'user.email=ci@example.invalid', '-c', 'user.name=ci', 'commit', '-q', '--allow-empty', '-m', 'root');
  git('add', '-A');
  git('-c', 'user.email=ci@example.invalid', '-c', 'user.name=ci', 'commit', '-q', '-m', 'release 0.1.0');
  git('tag', 'v0.1.0');
});

it('passes with no change since the release tag', () => {
  const run = script('spec-diff.ts', ['--check-version']);
  expect(run.stdout + run.stderr).toMatch(/version 0\.1\.0 fits the changes since v0\.1\.0 \(0 breaking\)/);
  expect(run.status).toBe(0);
});

it('spec:diff defaults to the latest release tag', () => {
  setVersions('0.1.0', '0.1.0', narrowCode);
  const run = script('spec-diff.ts');
  expect(run.stdout).toMatch(/## Spec changes since v0\.1\.0 \(the latest release tag\)/);
  expect(run.status).toBe(1);
});

it('fails on a breaking change without a major bump', () => {
  setVersions('0.2.0', '0.2.0', narrowCode);
  const run = script('spec-diff.ts', ['--check-version']);
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/1 breaking change\(s\) since v0\.1\.0 \(version 0\.1\.0\), but the version is 0\.2\.0\. Bump the major version/);
});

it('fails when package.json and info.version are out of step', () => {
  setVersions('1.0.0', '0.2.0', narrowCode);
  const run = script('spec-diff.ts', ['--check-version']);
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/package\.json version 1\.0\.0 and spec\/openapi\.yaml info\.version 0\.2\.0 differ/);
});

it('passes after a major bump of both', () => {
  setVersions('1.0.0', '1.0.0', narrowCode);
  const run = script('spec-diff.ts', ['--check-version']);
  expect(run.stdout + run.stderr).toMatch(/version 1\.0\.0 fits the changes since v0\.1\.0 \(1 breaking\)/);
  expect(run.status).toBe(0);
});

it('npm run changelog writes one section for the version, from the same report', () => {
  setVersions('1.0.0', '1.0.0', narrowCode);
  expect(script('changelog.ts').status).toBe(0);
  expect(script('changelog.ts').status).toBe(0); // again: replaces, does not duplicate
  const log = readFileSync(join(repo, 'CHANGELOG.md'), 'utf8');
  expect(log.match(/^## 1\.0\.0$/gm)).toHaveLength(1);
  expect(log).toMatch(/^# Changelog/);
  expect(log).toMatch(/Compared with v0\.1\.0 \(the latest release tag\)/);
  expect(log).toMatch(/### Breaking changes \(1\)\n\n- `accessCodes\.update` request code: `maxLength` of `code` changed from '9' to '8'/);
});
