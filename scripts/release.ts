// `npm run release -- <patch|minor|major|auto>`: one command for a release. It compares the spec
// with the latest release (releases/), refuses a bump smaller than the changes need (`auto` takes
// exactly what they need; scripts/release/versions.ts has the policy), then sets the version in
// package.json and the spec's info.version, regenerates, writes that version's CHANGELOG.md
// section, records the release (releases/<version>/openapi.json), commits, tags vX.Y.Z, and
// publishes with `npm publish` to the registry `--registry <url>` names, else the one the
// project's (or the user's) .npmrc names; npm's prepublishOnly builds and checks the tarball first
// (publint, arethetypeswrong: `npm run check:package`). `--no-publish` stops after the tag (publish
// later with `npm publish`). `--dry-run` prints what it would do and changes nothing.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { writeChangelogSection } from './release/changelog.js';
import {
  bumpVersion,
  isAtLeast,
  latestRelease,
  packageVersion,
  recordRelease,
  requiredBump,
  type Bump,
} from './release/versions.js';
import { bundleFile, compareSpecs } from './spec-diff/compare.js';

const ROOT = process.cwd();
const SPEC = 'spec/openapi.yaml';
const USAGE =
  'Usage: npm run release -- <patch|minor|major|auto> [--registry <url>] [--no-publish] [--dry-run] [--no-commit]';

const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      'no-commit': { type: 'boolean', default: false },
      'no-publish': { type: 'boolean', default: false },
      registry: { type: 'string' },
    },
  });
  const asked = positionals[0];
  if (!['patch', 'minor', 'major', 'auto'].includes(asked ?? '') || positionals.length !== 1) {
    console.error(`release: say which part of the version to bump.\n${USAGE}`);
    return 2;
  }
  const commit = !values['dry-run'] && !values['no-commit'];
  // Only what was committed and tagged is published, so that the registry holds a version the repository can rebuild.
  const publish = commit && !values['no-publish'];
  if (values.registry !== undefined && !/^https?:\/\/[^\s]+$/.test(values.registry)) {
    console.error(`release: --registry must be an http(s) URL.\n${USAGE}`);
    return 2;
  }
  if (commit && git('status', '--porcelain')) {
    console.error(
      'release: the work tree has uncommitted changes; commit or stash them first, so the release commit holds only the release.',
    );
    return 1;
  }
  const current = packageVersion(ROOT);
  const release = latestRelease(ROOT);
  const report = release ? await compareSpecs(ROOT, release.spec, resolve(SPEC)) : undefined;
  const from = release?.version ?? current;
  const needed = report
    ? requiredBump(from, { breaking: report.breaking.length, added: report.surface.methodsAdded.length })
    : 'patch';
  const bump: Bump = asked === 'auto' ? needed : (asked as Bump);
  const next = release ? bumpVersion(from, bump) : current;
  if (release && !isAtLeast(from, next, needed)) {
    console.error(
      `release: the changes since ${from} (${report!.breaking.length} breaking) need at least a ${needed} release, not ${bump}.`,
    );
    return 1;
  }
  console.log(
    `release: ${release ? `${from} → ${next} (${bump}; the changes need ${needed})` : `${next}, the first recorded release`}`,
  );
  if (values['dry-run']) return 0;

  writeFileSync(
    resolve(ROOT, 'package.json'),
    readFileSync(resolve(ROOT, 'package.json'), 'utf8').replace(/"version": "[^"]*"/, `"version": "${next}"`),
  );
  // Only the info.version line changes, so the hand-written spec keeps its comments, aliases and layout.
  const text = readFileSync(resolve(ROOT, SPEC), 'utf8');
  const edited = text.replace(/^(info:[ \t]*\n(?:(?:[ \t]+.*)?\n)*?[ \t]+version:[ \t]*).*$/m, `$1${next}`);
  if (String(parse(edited)?.info?.version) !== next)
    throw new Error(`cannot find info.version in ${SPEC} to set it; set it to ${next} by hand`);
  writeFileSync(resolve(ROOT, SPEC), edited);
  const generate = spawnSync(process.execPath, ['scripts/run.mjs', 'scripts/generate.ts'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (generate.status !== 0) throw new Error('npm run generate failed');
  await writeChangelogSection(ROOT, next, release);
  recordRelease(ROOT, next, await bundleFile(ROOT, resolve(ROOT, SPEC)));
  if (commit) {
    git('add', '-A');
    git('commit', '-q', '-m', `Release ${next}`);
    git('tag', `v${next}`);
    console.log(
      `release: committed and tagged v${next}. Push main (the releases/ record is what later checks read; the tag is a convenience).`,
    );
  }
  if (publish) {
    const registry = values.registry ? ['--registry', values.registry] : [];
    console.log(
      `release: npm publish${values.registry ? ` to ${values.registry}` : ' to the registry .npmrc names'} (prepublishOnly builds and checks the tarball)`,
    );
    const published = spawnSync('npm', ['publish', ...registry], { cwd: ROOT, stdio: 'inherit' });
    if (published.status !== 0) {
      console.error(
        `release: ${next} is committed and tagged, but npm publish failed; fix what it says, then run \`npm publish${registry.length ? ` --registry ${values.registry}` : ''}\`.`,
      );
      return 1;
    }
    console.log(`release: published ${JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).name}@${next}.`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`release: ${(err as Error).message}`);
    process.exit(1);
  },
);
