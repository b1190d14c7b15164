// Text from issues, as it comes back out of the action: in the workflow log (no workflow command can
// be formed), in quotes (nothing hidden or reordered, no backlinks to other issues), and in bodies
// and titles (always within GitHub's limits).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { coreIO } from '../../src/action/core-io';
import { logFragment, logSafe } from '../../src/action/log-safe';
import { writeTarget } from '../../src/action/plan-report';
import { fitBody, fitTitle, fitToGitHub, GITHUB_LIMITS } from '../../src/plan/github-limits';
import { renderMarker } from '../../src/core/markers';
import type { Write } from '../../src/core/plan';
import { inlineSafely, quoteSafely } from '../../src/messages/format';
import { builtInTranslator } from '../../src/messages/catalogue';
import { makeIssue, makeSnapshot } from '../../fake-github/world';

const ZWJ = '\u200d';
const WJ = '\u2060';

/** What @actions/core prints for one call, as the runner reads it. */
function printed(call: () => void): string {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    call();
  } finally {
    spy.mockRestore();
  }
  return chunks.join('');
}

/** The lines a runner would read as workflow commands. */
const commandLines = (text: string) => text.split(/\r?\n/u).filter((line) => /^\s*(?:::|##\[)/u.test(line));

afterEach(() => {
  delete process.env.GITHUB_OUTPUT;
});

describe('the workflow log', () => {
  const title = 'Deadline\n::error file=.github/workflows/ci.yml,line=1::Deploy key leaked\n::add-mask::x';

  it('prints a filed title with a newline and ::error as one inert line', () => {
    const out = printed(() => coreIO.info(`ok      open-issue → ${writeTarget(openIssue(title))}`));
    expect(out).toBe(
      `ok      open-issue → new issue "Deadline ::error file=.github/workflows/ci.yml,line=1::Deploy key leaked ::add-mask::x"\n`,
    );
    expect(commandLines(out)).toEqual([]);
  });

  it('keeps multi-line info readable but no line of it a command', () => {
    const out = printed(() => coreIO.info(`plan:\n${title}\n  ##[error]old form\n::stop-commands::tok`));
    expect(out).toBe(
      `plan:\nDeadline\n:${WJ}:error file=.github/workflows/ci.yml,line=1::Deploy key leaked\n:${WJ}:add-mask::x\n  #${WJ}#[error]old form\n:${WJ}:stop-commands::tok\n`,
    );
    expect(commandLines(out)).toEqual([]);
  });

  it('turns a carriage return into a line break instead of letting it rewrite the line', () => {
    const out = printed(() => coreIO.info('safe line\r::add-mask::secret'));
    expect(commandLines(out)).toEqual([]);
    expect(out).toBe(`safe line\n:${WJ}:add-mask::secret\n`);
  });

  it('escapes annotations: a notice with a newline stays one annotation', () => {
    const out = printed(() => coreIO.notice('Filed: x\n::error::y'));
    expect(out).toBe(`::notice::Filed: x%0A:${WJ}:error::y\n`);
  });

  it('removes bidi overrides and other hidden characters from log lines', () => {
    expect(logSafe('invoice\u202Efdp.exe\u2066\u200B\uFEFF\u0007 end')).toBe('invoicefdp.exe end');
    expect(logFragment('a\n\tb   cd', 5)).toBe('a b …');
  });
});

function openIssue(title: string, body = 'text'): Write {
  return {
    kind: 'open-issue',
    key: 'k',
    title,
    body,
    marker: { kind: 'summary', subject: 'week:2026-W49' },
    labels: [],
    assignees: [],
    reason: 'test',
  };
}

describe('quoted client text', () => {
  it('drops bidi overrides, isolates, zero-width and control characters', () => {
    expect(quoteSafely('Pay \u202Eexe.pdf\u202C now\u2067x\u2069\u200B\u0000\u001b[31m')).toBe(
      '> Pay exe.pdf nowx[31m',
    );
    expect(inlineSafely('a\u200Fb\u061Cc\u00ADd')).toBe('abcd');
  });

  it('keeps #N, owner/repo#N and GH-N from becoming references', () => {
    expect(inlineSafely('see #12, acme/site#3 and GH-45 or gh-6')).toBe(
      `see #${ZWJ}12, acme/site#${ZWJ}3 and GH${ZWJ}-45 or gh${ZWJ}-6`,
    );
  });

  it('keeps issue and pull-request links from becoming references', () => {
    expect(inlineSafely('https://github.com/acme/site/issues/7 and www.github.com/acme/site/pull/8')).toBe(
      `https:/${ZWJ}/github${ZWJ}.com/acme/site/issues/7 and www${ZWJ}.github${ZWJ}.com/acme/site/pull/8`,
    );
    expect(quoteSafely('[fix](https://GitHub.com/a/b/pull/1)')).toBe(
      `> [fix]${ZWJ}(https:/${ZWJ}/GitHub${ZWJ}.com/a/b/pull/1)`,
    );
  });

  it('shows Markdown links and images as written, never as links to where they point', () => {
    expect(quoteSafely('[pay the late fee here](//evil.example/pay) ![](//evil.example/t.png)')).toBe(
      `> [pay the late fee here]${ZWJ}(//evil.example/pay) ![]${ZWJ}(//evil.example/t.png)`,
    );
    expect(inlineSafely('[here]: //evil.example/pay')).toBe(`[here]${ZWJ}: //evil.example/pay`);
  });

  it('still neutralises mentions, HTML and the executor placeholder', () => {
    expect(inlineSafely('@lan <b>x</b> {{ref:k}}')).toBe(`@${ZWJ}lan &lt;b&gt;x&lt;/b&gt; {${ZWJ}{ref:k}}`);
  });

  it('leaves text with nothing to neutralise as written', () => {
    expect(quoteSafely('Trang chủ bị lỗi font, cần sửa gấp 😊')).toBe(
      '> Trang chủ bị lỗi font, cần sửa gấp 😊',
    );
  });
});

describe("GitHub's length limits on what the action writes", () => {
  const IN_EN = { locale: 'en', t: builtInTranslator('en') } as const;
  const IN_VI = { locale: 'vi', t: builtInTranslator('vi') } as const;
  const marker = renderMarker({ kind: 'escalation', subject: 'milestone:copy' });

  it('cuts a 224,048-character body to 65,536 with "and N more" and keeps its marker', () => {
    const lines = Array.from(
      { length: 1_500 },
      (_, i) => `- entry ${String(i).padStart(4, '0')} ${'x'.repeat(140)}`,
    );
    const body = `# Escalation\n\n${lines.join('\n')}\n\n${marker}`;
    expect(body.length).toBeGreaterThan(224_000);
    const fitted = fitBody(body, IN_EN);
    expect(fitted.length).toBeLessThanOrEqual(GITHUB_LIMITS.body);
    expect(fitted.startsWith('# Escalation\n\n- entry 0000')).toBe(true);
    expect(fitted).toMatch(
      /\n\n_…and 1,0\d\d more lines, cut here to stay within GitHub's limit of 65,536 characters\._\n<!-- engagement-keeper /u,
    );
    expect(fitted.endsWith(marker)).toBe(true);
    expect(fitBody(fitted, IN_EN)).toBe(fitted);
  });

  it('says where it cut in Vietnamese for a Vietnamese engagement', () => {
    const fitted = fitBody(`${'dòng\n'.repeat(20_000)}${marker}`, IN_VI);
    expect(fitted).toContain(
      '_…và 6.928 dòng nữa, được lược bớt tại đây để không vượt giới hạn 65.536 ký tự của GitHub._',
    );
    expect(fitted.length).toBeLessThanOrEqual(GITHUB_LIMITS.body);
  });

  it('cuts a body that is one enormous line', () => {
    const fitted = fitBody('y'.repeat(200_000), IN_EN);
    expect(fitted.length).toBeLessThanOrEqual(GITHUB_LIMITS.body);
    expect(fitted).toMatch(/^y+\n\n_…and 0 more lines/u);
  });

  it('leaves a body of exactly 65,536 characters alone', () => {
    const body = 'z'.repeat(GITHUB_LIMITS.body);
    expect(fitBody(body, IN_EN)).toBe(body);
  });

  it('cuts titles to 256 characters with "and N more characters", N exact', () => {
    const cut = fitTitle('t'.repeat(300), IN_EN);
    expect(cut).toBe(`${'t'.repeat(230)}… (and 70 more characters)`);
    expect(cut.length).toBe(GITHUB_LIMITS.title);
    expect(fitTitle('t'.repeat(256), IN_EN)).toBe('t'.repeat(256));
    // The count's digits take room too: 10,000 characters cut to 256 still says exactly what was left out.
    const long = fitTitle('u'.repeat(10_000), IN_EN);
    const dropped = Number(/and ([\d,]+) more/u.exec(long)![1]!.replace(/,/gu, ''));
    expect(long.length).toBeLessThanOrEqual(GITHUB_LIMITS.title);
    expect(long.indexOf('…') + dropped).toBe(10_000);
  });

  it('says where it cut a title in Vietnamese, and never splits an emoji in two', () => {
    const cut = fitTitle(`Bàn giao: ${'🎉'.repeat(200)}`, IN_VI);
    expect(cut.length).toBeLessThanOrEqual(GITHUB_LIMITS.title);
    expect(cut).toMatch(/^Bàn giao: (🎉)+… \(và \d+ ký tự nữa\)$/u);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u);
  });

  it('fits every write of a plan, and drops an edit that the cut makes a no-op', () => {
    const long = `${'line\n'.repeat(20_000)}${marker}`;
    const cut = fitBody(long, IN_EN);
    const snapshot = makeSnapshot({ issues: [makeIssue({ number: 5, body: cut })] });
    const writes: Write[] = [
      { kind: 'edit-issue', issue: { number: 5 }, body: long, reason: 'same text, cut the same way' },
      {
        kind: 'comment',
        issue: { number: 5 },
        body: long,
        marker: { kind: 'reminder', subject: 's' },
        reason: 'r',
      },
      openIssue('T'.repeat(400), long),
    ];
    const fitted = fitToGitHub(writes, snapshot, IN_EN);
    expect(fitted.map((write) => write.kind)).toEqual(['comment', 'open-issue']);
    for (const write of fitted) {
      expect('body' in write && write.body !== undefined && write.body.length).toBeLessThanOrEqual(
        GITHUB_LIMITS.body,
      );
    }
    expect(fitted[1]!.kind === 'open-issue' && fitted[1]!.title.length).toBe(GITHUB_LIMITS.title);
  });
});
