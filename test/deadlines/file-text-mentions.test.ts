// Text the engagement file writes (the engagement's name, a milestone's title and description, a
// deliverable) is the team's text, not a list of people to notify: `@acme/design` or `@someone` in it is
// shown as written, without pinging, in every comment, issue body and title the action writes. The
// contacts the action addresses on purpose (`mention()`) still ping.
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/snapshot';
import type { Write } from '../../src/core/plan';
import { addComment, tickItem } from '../../fake-github/world';
import { engagementOf, emptyWorld, issueByTitle, planOf, step } from './helpers';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();

/** Handles written in the file's text: none of them may be a live mention anywhere. */
const FILE_HANDLES = ['acme/design', 'brand-lead', 'acme/board', 'copy-writer', 'photo-team'];

const engagement = engagementOf({
  engagement: {
    name: 'Bếp Xanh website for @acme/board',
    client: 'Bếp Xanh Coffee',
    vendor: 'Sông Hàn Digital',
    time_zone: 'Asia/Ho_Chi_Minh',
    locale: 'en',
    client_locale: 'vi',
    client_sees: { fees: true, dispute: true, root_causes: true },
  },
  kickoff: { enabled: true },
  milestones: [
    {
      id: 'brand-assets',
      title: 'Brand assets for @acme/design (ask @brand-lead)',
      description: 'Everything @photo-team shoots goes here.',
      owner: 'client',
      due: '2026-11-27',
      deliverables: ['Logo files from @acme/design', 'Product photos', 'About-us text by @copy-writer'],
    },
    {
      id: 'design',
      title: 'Visual design reviewed by @brand-lead',
      owner: 'vendor',
      due: '2026-12-11',
      depends_on: ['brand-assets'],
      deliverables: ['Home page design'],
    },
  ],
});

/**
 * Every body a write puts on GitHub: comments and issue bodies. Issue titles are plain text on GitHub
 * (no Markdown, no mentions), so they keep the file's words exactly.
 */
function texts(writes: readonly Write[]): string[] {
  return writes.flatMap((write) => {
    switch (write.kind) {
      case 'comment':
      case 'edit-comment':
        return [write.body];
      case 'open-issue':
        return [write.body];
      case 'edit-issue':
        return [write.body ?? ''];
      default:
        return [];
    }
  });
}

/** A live mention of `handle`: `@handle` not preceded by a word character and not broken by a joiner. */
const live = (text: string, handle: string): boolean =>
  new RegExp(`(^|[^\\w\\u200d])@${handle.replace('/', '\\/')}(?![\\w-])`, 'u').test(text);

describe('text from the engagement file never pings', () => {
  it('titles, the engagement name, descriptions and deliverables show their @ without a mention, through a whole handoff', () => {
    const written: string[] = [];
    const kinds = new Set<string>();
    const run = (snapshot: Snapshot, now: string): Snapshot => {
      const result = step(engagement, snapshot, now);
      written.push(...texts(result.writes));
      for (const write of result.writes) if (write.kind === 'comment') kinds.add(write.marker.kind);
      return result.snapshot;
    };
    let snapshot = run(emptyWorld(), at('2026-11-16'));
    const brand = issueByTitle(snapshot, 'Brand assets').number;
    // Reminders, the early warning, the ladder up to the escalation, an agreed extension, completion.
    for (const day of ['2026-11-18', '2026-11-24', '2026-11-26', '2026-11-30', '2026-12-02', '2026-12-04'])
      snapshot = run(snapshot, at(day));
    snapshot = addComment(snapshot, brand, {
      author: 'lan-bepxanh',
      body: '/extend 2026-12-09 ảnh chụp lại',
      createdAt: at('2026-12-07', '09:30'),
    });
    snapshot = addComment(snapshot, brand, {
      author: 'quang-songhan',
      body: '/agree',
      createdAt: at('2026-12-07', '10:00'),
    });
    snapshot = run(snapshot, at('2026-12-07', '11:00'));
    snapshot = tickItem(snapshot, brand, 'Logo files', at('2026-12-08', '10:00'));
    snapshot = tickItem(snapshot, brand, 'Product photos', at('2026-12-08', '10:05'));
    snapshot = tickItem(snapshot, brand, 'About-us text', at('2026-12-08', '10:10'));
    snapshot = run(snapshot, at('2026-12-08', '11:00'));

    // Every kind of note that names the milestone went out.
    expect([...kinds]).toEqual(
      expect.arrayContaining(['reminder', 'ladder', 'amendment', 'completion', 'escalation-closed']),
    );
    const all = written.join('\n');
    expect(all).toContain('Brand assets for @\u200dacme/design');
    for (const handle of FILE_HANDLES) {
      const offending = written.filter((text) => live(text, handle));
      expect(
        offending.map((text) => text.slice(0, 300)),
        `@${handle} pinged`,
      ).toEqual([]);
    }
    // The contacts are addressed on purpose.
    expect(all).toMatch(/(^|[^\w\u200d])@lan-bepxanh/u);

    // The tracking issue shows the file's text otherwise as written, and reads its ticks.
    const body = issueByTitle(snapshot, 'Brand assets').body;
    expect(body).toContain('**Brand assets for @\u200dacme/design (ask @\u200dbrand-lead)**');
    expect(body).toContain('- [x] Logo files from @\u200dacme/design');
    expect(planOf(engagement, snapshot, at('2026-12-08', '11:00')).writes).toEqual([]);
  });

  it('a tracking issue written before mentions were broken keeps its ticks, and is rewritten once', () => {
    let snapshot = step(engagement, emptyWorld(), at('2026-11-16')).snapshot;
    const brand = issueByTitle(snapshot, 'Brand assets').number;
    // The body as the action wrote it before: the file's `@` as written, one box ticked by a person.
    snapshot = {
      ...snapshot,
      issues: snapshot.issues.map((issue) =>
        issue.number === brand
          ? {
              ...issue,
              body: issue.body
                .replace(/@\u200d/gu, '@')
                .replace('- [ ] Logo files from @acme/design', '- [x] Logo files from @acme/design'),
            }
          : issue,
      ),
    };
    const rewritten = step(engagement, snapshot, at('2026-11-17'));
    const body = issueByTitle(rewritten.snapshot, 'Brand assets').body;
    expect(body).toContain('- [x] Logo files from @\u200dacme/design');
    expect(body).toContain('- [ ] About-us text by @\u200dcopy-writer');
    expect(live(body, 'acme/design')).toBe(false);
    expect(planOf(engagement, rewritten.snapshot, at('2026-11-17')).writes).toEqual([]);
  });
});
