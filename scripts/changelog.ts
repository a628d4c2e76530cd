// `npm run changelog`: writes CHANGELOG.md's section for package.json's version, from the changes
// since the latest release before it (releases/). `npm run release` does this too; this is for
// previewing it. Running it again for the same version replaces that section.
import { writeChangelogSection } from './release/changelog.js';
import { latestRelease, packageVersion } from './release/versions.js';

const root = process.cwd();
const version = packageVersion(root);
const release = latestRelease(root, version);
// A promise chain, not a top-level await: scripts/run.mjs runs the script as CommonJS.
writeChangelogSection(root, version, release).then(
  () =>
    console.log(
      `changelog: wrote the ${version} section of CHANGELOG.md${release ? ` (compared with release ${release.version})` : ''}`,
    ),
  (err: unknown) => {
    console.error(`changelog: ${(err as Error).message}`);
    process.exit(1);
  },
);
