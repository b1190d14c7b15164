// The release check and notes: a `vX.Y.Z` tag must match package.json's version and have its own
// section in CHANGELOG.md; that section becomes the GitHub Release's notes.

export interface ReleaseTag {
  readonly version: string;
  /** `v1` for `v1.2.3`: the tag that moves to every stable release of that major version. */
  readonly major: string;
  /** `v1.2.0-rc.1` and the like: released as a pre-release, the major tag stays where it is. */
  readonly prerelease: boolean;
}

const TAG = /^v(?<major>0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?<pre>-[0-9A-Za-z.-]+)?$/u;

export function parseReleaseTag(tag: string): ReleaseTag | null {
  const match = TAG.exec(tag);
  if (!match?.groups) return null;
  return { version: tag.slice(1), major: `v${match.groups.major}`, prerelease: Boolean(match.groups.pre) };
}

/** The body of `## [version] - date` up to the next `## ` heading, or null when there is none. */
export function changelogSection(changelog: string, version: string): string | null {
  const lines = changelog.replace(/\r\n?/gu, '\n').split('\n');
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const heading = new RegExp(`^## \\[?${escaped}\\]?(?:\\s|$)`, 'u');
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) return null;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => /^## /u.test(line));
  const body = (end < 0 ? rest : rest.slice(0, end)).join('\n').trim();
  return body.length > 0 ? body : null;
}

export type ReleaseCheck =
  | { readonly ok: true; readonly tag: ReleaseTag; readonly notes: string }
  | { readonly ok: false; readonly problems: readonly string[] };

export function checkRelease(tagName: string, packageVersion: string, changelog: string): ReleaseCheck {
  const tag = parseReleaseTag(tagName);
  if (!tag) return { ok: false, problems: [`"${tagName}" is not a release tag: write vMAJOR.MINOR.PATCH.`] };
  const problems: string[] = [];
  if (packageVersion !== tag.version) {
    problems.push(
      `package.json says version ${packageVersion}, the tag says ${tag.version}: run \`npm version ${tag.version} --no-git-tag-version\`, commit, and tag that commit.`,
    );
  }
  const notes = changelogSection(changelog, tag.version);
  if (!notes) {
    problems.push(
      `CHANGELOG.md has no notes under "## [${tag.version}] - YYYY-MM-DD": move the Unreleased notes there.`,
    );
  }
  return problems.length > 0 || !notes ? { ok: false, problems } : { ok: true, tag, notes };
}
