// `tsx scripts/release-notes.ts vX.Y.Z [out-file]`: checks the tag against package.json and
// CHANGELOG.md, writes the release notes, and prints `major=` and `prerelease=` lines for
// $GITHUB_OUTPUT. Used by .github/workflows/release.yml; exits 1 with the reasons when they disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { checkRelease } from './release/notes';

const [tagName = '', out] = process.argv.slice(2);
const packageVersion = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const result = checkRelease(tagName, packageVersion, readFileSync('CHANGELOG.md', 'utf8'));
if (!result.ok) {
  for (const problem of result.problems) console.error(`release: ${problem}`);
  process.exit(1);
}
if (out) writeFileSync(out, `${result.notes}\n`);
else console.error(result.notes);
console.log(`major=${result.tag.major}`);
console.log(`prerelease=${result.tag.prerelease}`);
