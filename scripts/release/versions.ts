// Versions and releases. The package's version lives in package.json alone: the spec's
// info.version is set from it by `npm run release`, and the SDK version the client sends is read
// from it at build time (tsup.config.ts). Which spec each version was released from is kept in
// releases/<version>/openapi.json (the bundled spec, aliases expanded), committed, so "the latest
// release" is known on any clone, tags or not.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const RELEASES = 'releases';
export type Bump = 'major' | 'minor' | 'patch';

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;

export function parseVersion(version: string): [number, number, number] {
  const m = SEMVER.exec(version);
  if (!m) throw new Error(`"${version}" is not a version of the form X.Y.Z`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const compare = (a: string, b: string): number => {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};

export function bumpVersion(version: string, bump: Bump): string {
  const [major, minor, patch] = parseVersion(version);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/**
 * The bump a set of changes needs. From 1.0.0 on: a breaking change is major, an addition minor,
 * anything else a patch. Before 1.0.0 (0.x), as npm's caret ranges read it (^0.2.0 never takes
 * 0.3.0): a breaking change is a minor bump, anything else a patch.
 */
export function requiredBump(version: string, changes: { breaking: number; added: number }): Bump {
  const zero = parseVersion(version)[0] === 0;
  if (changes.breaking > 0) return zero ? 'minor' : 'major';
  if (changes.added > 0 && !zero) return 'minor';
  return 'patch';
}

const RANK: Record<Bump, number> = { patch: 0, minor: 1, major: 2 };
/** Whether going from `from` to `to` is at least a `bump`. */
export function isAtLeast(from: string, to: string, bump: Bump): boolean {
  const [a, b] = [parseVersion(from), parseVersion(to)];
  const actual: Bump | undefined =
    b[0] > a[0]
      ? 'major'
      : b[0] === a[0] && b[1] > a[1]
        ? 'minor'
        : b[0] === a[0] && b[1] === a[1] && b[2] > a[2]
          ? 'patch'
          : undefined;
  return actual !== undefined && RANK[actual] >= RANK[bump];
}

export const packageVersion = (root: string): string =>
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

/** The newest recorded release (older than `before`, when given): its version and the bundled spec it was made from. */
export function latestRelease(root: string, before?: string): { version: string; spec: string } | undefined {
  const dir = join(root, RELEASES);
  if (!existsSync(dir)) return undefined;
  const versions = readdirSync(dir).filter(
    (v) =>
      SEMVER.test(v) && existsSync(join(dir, v, 'openapi.json')) && (before === undefined || compare(v, before) < 0),
  );
  const version = versions.sort(compare).at(-1);
  return version ? { version, spec: join(dir, version, 'openapi.json') } : undefined;
}

export function recordRelease(root: string, version: string, bundledSpec: unknown): string {
  const dir = join(root, RELEASES, version);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'openapi.json');
  writeFileSync(file, `${JSON.stringify(bundledSpec, null, 2)}\n`);
  return file;
}
