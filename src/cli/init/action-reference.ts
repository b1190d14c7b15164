// The action reference `init --uses` takes, checked the way GitHub Actions (and actionlint) read a
// step's `uses:`: `owner/repo@ref` or `owner/repo/path@ref`. A reference without its ref is refused
// here, before anything is written, instead of in a workflow that fails on its first run.

export interface ActionReference {
  /** `owner/repo`: where the docs, the schema and the command line of this version live. */
  readonly repository: string;
  /** The tag, branch or full commit SHA after `@`. */
  readonly ref: string;
}

const NAME = /^[A-Za-z0-9_.-]+$/u;
const FULL_SHA = /^[0-9a-f]{40}$/u;
const SHORT_SHA = /^[0-9a-f]{7,39}$/u;

export function isFullSha(ref: string): boolean {
  return FULL_SHA.test(ref);
}

/** The reference, or what is wrong with it and what to write instead (no flag name in front). */
export function parseActionReference(
  uses: string,
): { ok: true; reference: ActionReference } | { ok: false; problem: string } {
  const formats = 'write it as owner/repo@ref, e.g. OWNER/engagement-keeper@v1';
  if (uses.trim() === '') return { ok: false, problem: `is empty: ${formats}` };
  if (/\s/u.test(uses)) return { ok: false, problem: `\`${uses}\` contains a space: ${formats}` };
  if (uses.startsWith('./') || uses.startsWith('docker://')) {
    return {
      ok: false,
      problem: `\`${uses}\` is not a repository: init writes a workflow that takes the action from its repository; ${formats}`,
    };
  }
  const at = uses.indexOf('@');
  const target = at < 0 ? uses : uses.slice(0, at);
  const ref = at < 0 ? '' : uses.slice(at + 1);
  const segments = target.split('/');
  if (segments.length < 2 || segments.some((segment) => !NAME.test(segment)) || ref.includes('@')) {
    return { ok: false, problem: `\`${uses}\` is not an action reference: ${formats}` };
  }
  if (ref === '') {
    return {
      ok: false,
      problem:
        `\`${uses}\` has no ref after \`@\`, and GitHub Actions refuses a step without one ` +
        `(actionlint: "ref is missing"): write ${target}@v1 (every 1.x release), ` +
        `or ${target}@<full 40-character commit SHA> to pin it`,
    };
  }
  if (SHORT_SHA.test(ref)) {
    return {
      ok: false,
      problem:
        `\`${ref}\` looks like a shortened commit SHA, which GitHub Actions does not resolve: ` +
        `write the full 40 characters (${target}@<commit SHA>), or ${target}@v1`,
    };
  }
  return { ok: true, reference: { repository: `${segments[0]}/${segments[1]}`, ref } };
}
