// `npm run changelog`: writes CHANGELOG.md's section for package.json's version, from the changes
// since the latest release before it (releases/). `npm run release` does this too; this is for
// previewing it. Running it again for the same version replaces that section.
import { writeChangelogSection } from './release/changelog.js';
import { latestRelease, packageVersion } from './release/versions.js';

const root = process.cwd();
const version = packageVersion(root);
const release = latestRelease(root, version);
await writeChangelogSection(root, version, release);
console.log(
  `changelog: wrote the ${version} section of CHANGELOG.md${release ? ` (compared with release ${release.version})` : ''}`,
);
