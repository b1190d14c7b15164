import { describe, expect, it } from 'vitest';
import { parseMarkers } from '../../src/core/markers';
import type { Snapshot } from '../../src/core/snapshot';
import { addComment, updateIssue } from '../../fake-github/world';
import { comments, emptyWorld, engagementOf, issueByTitle, planOf, step } from './helpers';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();
const engagement = engagementOf();

/** Tracking issues opened early, every reminder posted, and the client answering along the way. */
function lifeUntilDue(): { snapshot: Snapshot; brand: number } {
  let snapshot = step(engagement, emptyWorld(), at('2026-11-02')).snapshot;
  const brand = issueByTitle(snapshot, 'Brand assets').number;
  for (const day of ['2026-11-18', '2026-11-20', '2026-11-24', '2026-11-26']) {
    snapshot = step(engagement, snapshot, at(day)).snapshot;
    snapshot = addComment(snapshot, brand, {
      author: 'lan-bepxanh',
      body: 'Cảm ơn, bên mình đang chuẩn bị.',
      createdAt: at(day, '11:00'),
    });
  }
  return { snapshot, brand };
}

describe('the escalation timeline', () => {
  it('tells each note as it was sent: a 7-day reminder first sent 4 business days before says 4', () => {
    let snapshot = step(engagement, emptyWorld(), at('2026-11-02')).snapshot;
    const brand = issueByTitle(snapshot, 'Brand assets').number;
    const late = step(engagement, snapshot, at('2026-11-23'));
    expect(comments(late.writes).flatMap((write) => parseMarkers(write.body))).toContainEqual(
      expect.objectContaining({ kind: 'reminder', stage: 'before-7' }),
    );
    snapshot = late.snapshot;
    for (const day of ['2026-11-30', '2026-12-02', '2026-12-04']) {
      snapshot = addComment(snapshot, brand, {
        author: 'lan-bepxanh',
        body: 'Bên mình đang xử lý.',
        createdAt: at(day, '08:00'),
      });
      snapshot = step(engagement, snapshot, at(day)).snapshot;
    }
    const timeline = issueByTitle(snapshot, 'Escalation: Brand assets').body;
    expect(timeline).toContain('reminder, 4 business days before the due date');
    expect(timeline).not.toContain('7 business days before');
  });
});

describe('the ladder after the due date', () => {
  it('takes each step once at its business-day offset: friendly, formal notice, escalation', () => {
    const start = lifeUntilDue();
    const brand = start.brand;
    let snapshot = start.snapshot;

    const friendly = step(engagement, snapshot, at('2026-11-30'));
    expect(comments(friendly.writes).map((write) => write.marker.stage)).toEqual(['friendly']);
    expect(comments(friendly.writes)[0]!.body).toContain('**Brand assets and content** đã đến hạn');
    expect(issueByTitle(friendly.snapshot, 'Brand assets').labels).toContain('deadline: overdue');
    snapshot = addComment(friendly.snapshot, brand, {
      author: 'lan-bepxanh',
      body: 'Xin lỗi, bên mình cần thêm vài ngày.',
      createdAt: at('2026-11-30', '10:00'),
    });
    expect(planOf(engagement, snapshot, at('2026-12-01')).writes).toEqual([]);

    const formal = step(engagement, snapshot, at('2026-12-02'));
    const notice = comments(formal.writes)[0]!;
    expect(notice.marker.stage).toBe('formal-notice');
    expect(notice.body).toContain('trễ **3 ngày làm việc**');
    expect(notice.body).toContain('hợp đồng SH-2026-014');
    // Day-for-day: the design moves 3 business days (11 → 16 Dec), its approval too (16 → 21 Dec).
    expect(notice.body).toMatch(/Visual design of key pages\*\*: từ .*11\/12\/2026.* sang .*16\/12\/2026/);
    expect(notice.body).toMatch(/Design approval\*\*: từ .*16\/12\/2026.* sang .*21\/12\/2026/);
    expect(notice.body).toMatch(/Phí trễ hạn theo hợp đồng: \*\*500\.000\s₫\*\*/);
    for (const command of ['/extend YYYY-MM-DD', '/rescope', '/agree'])
      expect(notice.body).toContain(command);
    // The vendor's account manager is copied, by name and role; the file names no client manager.
    expect(notice.body).toContain(
      'Đồng gửi @hoa-songhan, người phụ trách của Sông Hàn Digital, để nắm thông tin.',
    );
    snapshot = formal.snapshot;

    const escalation = step(engagement, snapshot, at('2026-12-04'));
    const opened = escalation.writes.find((write) => write.kind === 'open-issue');
    expect(opened?.kind === 'open-issue' && opened.assignees).toEqual(['hoa-songhan']);
    expect(opened?.kind === 'open-issue' && opened.labels).toEqual(['engagement: escalation']);
    const issue = issueByTitle(escalation.snapshot, 'Escalation: Brand assets');
    expect(issue.body).toContain('@hoa-songhan');
    expect(issue.body).toContain('**5 business days** late');
    expect(issue.body).toContain('reminder, 7 business days before the due date');
    expect(issue.body).toContain('friendly reminder, 1 business day after the due date');
    expect(issue.body).toContain('formal notice, 3 business days after the due date');
    expect(issue.body).toMatch(/\[reply from Lan \(@\u200dlan-bepxanh\) of Bếp Xanh Coffee\]\(https:/);
    expect(issue.body).toMatch(
      /^- \[ \] <!-- engagement-keeper:item dispute:contract-review [0-9a-f]{8} -->Contract review$/mu,
    );
    expect(issue.body).toContain('escalated to @\u200dhoa-songhan;');
    // Only the vendor's account manager is involved here, and every line says so.
    expect(issue.body).not.toMatch(/account managers|cc .*account manager/u);
    const link = comments(escalation.writes).find((write) => write.marker.stage === 'escalation')!;
    expect(link.issue).toEqual({ number: brand });
    expect(escalation.snapshot.issues.find((i) => i.number === brand)!.comments.at(-1)!.body).toContain(
      `#${issue.number}`,
    );
    snapshot = escalation.snapshot;

    // A later reply: the escalation issue is edited in place, nothing else is written.
    snapshot = addComment(snapshot, brand, {
      author: 'quang-songhan',
      association: 'MEMBER',
      body: 'We can help with photos.',
      createdAt: at('2026-12-04', '14:00'),
    });
    const update = step(engagement, snapshot, at('2026-12-04', '15:00'));
    expect(update.writes.map((write) => write.kind)).toEqual(['edit-issue']);
    expect(issueByTitle(update.snapshot, 'Escalation').body).toContain(
      'reply from Quang (@\u200dquang-songhan)',
    );
    // Where the engagement stands follows the ticked dispute step.
    snapshot = updateIssue(update.snapshot, issue.number, (i) => ({
      ...i,
      body: i.body.replace(/- \[ \]( <!--[^>]*-->Negotiation)/u, '- [x]$1'),
    }));
    const stand = step(engagement, snapshot, at('2026-12-04', '16:00'));
    expect(issueByTitle(stand.snapshot, 'Escalation').body).toMatch(
      /Where the engagement stands: \*\*Negotiation/,
    );
  });

  it('after the action was off, the first word about the missed date is the friendly reminder, then the ladder climbs', () => {
    // Nothing ran before 4 December, five business days after the due date: nobody has heard from the
    // action about this date. Not the escalation at once, but the friendly reminder; the formal notice two
    // business days after it, the escalation two after that; nothing on the days between.
    const brandStages = (writes: Parameters<typeof comments>[0]) =>
      comments(writes)
        .filter((write) => write.marker.subject === 'milestone:brand-assets')
        .map((write) => write.marker.stage);
    const first = step(engagement, emptyWorld(), at('2026-12-04'));
    expect(brandStages(first.writes)).toEqual(['friendly']);
    expect(first.writes.filter((write) => write.kind === 'open-issue')).toHaveLength(3); // tracking only
    let snapshot = step(engagement, first.snapshot, at('2026-12-07')).snapshot;
    const formal = step(engagement, snapshot, at('2026-12-08'));
    expect(brandStages(formal.writes)).toEqual(['formal-notice']);
    snapshot = step(engagement, formal.snapshot, at('2026-12-09')).snapshot;
    const escalation = step(engagement, snapshot, at('2026-12-10'));
    expect(brandStages(escalation.writes)).toEqual(['escalation']);
    expect(escalation.writes.filter((write) => write.kind === 'open-issue')).toHaveLength(1);
    expect(planOf(engagement, escalation.snapshot, at('2026-12-10')).writes).toEqual([]);
  });

  it('off again after the friendly reminder: the formal notice comes before any escalation, never skipped', () => {
    const friendly = step(engagement, emptyWorld(), at('2026-11-30'));
    expect(comments(friendly.writes).map((write) => write.marker.stage)).toContain('friendly');
    // The next run is on the 6th business day late: the formal notice, then the escalation two days on.
    const formal = step(engagement, friendly.snapshot, at('2026-12-07'));
    expect(comments(formal.writes).map((write) => write.marker.stage)).toEqual(['formal-notice']);
    expect(formal.writes.some((write) => write.kind === 'open-issue')).toBe(false);
    const escalation = step(engagement, formal.snapshot, at('2026-12-09'));
    expect(comments(escalation.writes).map((write) => write.marker.stage)).toEqual(['escalation']);
    expect(planOf(engagement, escalation.snapshot, at('2026-12-09')).writes).toEqual([]);
  });

  it('a handoff already 5 business days late when the action is adopted climbs from the friendly reminder', () => {
    const adopted = engagementOf({ engagement: { ...engagement.engagement, adopted_on: '2026-12-04' } });
    const brandStages = (writes: Parameters<typeof comments>[0]) =>
      comments(writes)
        .filter((write) => write.marker.subject === 'milestone:brand-assets')
        .map((write) => write.marker.stage);
    const first = step(adopted, emptyWorld(), at('2026-12-04'));
    expect(brandStages(first.writes)).toEqual(['friendly']);
    expect(first.writes.filter((write) => write.kind === 'open-issue')).toHaveLength(3); // tracking only
    // Two business days later the formal notice, two more the escalation; nothing on the days between.
    let snapshot = step(adopted, first.snapshot, at('2026-12-07')).snapshot;
    const formal = step(adopted, snapshot, at('2026-12-08'));
    expect(brandStages(formal.writes)).toEqual(['formal-notice']);
    snapshot = step(adopted, formal.snapshot, at('2026-12-09')).snapshot;
    expect(brandStages(step(adopted, snapshot, at('2026-12-09', '16:00')).writes)).toEqual([]);
    const escalation = step(adopted, snapshot, at('2026-12-10'));
    expect(brandStages(escalation.writes)).toEqual(['escalation']);
    expect(step(adopted, escalation.snapshot, at('2026-12-10', '10:00')).writes).toEqual([]);
  });

  it('the evening of the due day is not late: a silent owner gets no formal notice before working time passes', () => {
    let snapshot = step(engagement, emptyWorld(), at('2026-11-02')).snapshot;
    for (const date of ['2026-11-18', '2026-11-23', '2026-11-26'])
      snapshot = step(engagement, snapshot, at(date)).snapshot;
    // Due Fri 27 Nov 17:30: at 17:31 and on the weekend nothing more goes out; Monday morning it does.
    for (const moment of [at('2026-11-27', '17:31'), at('2026-11-28', '10:00'), at('2026-11-30', '07:00')])
      expect(
        comments(planOf(engagement, snapshot, moment).writes).map((write) => write.marker.stage),
      ).toEqual([]);
    const monday = step(engagement, snapshot, at('2026-11-30', '09:00'));
    expect(comments(monday.writes).map((write) => write.marker.stage)).toEqual(['formal-notice']);
  });

  it('asks the alternates when the owner is silent, then sends the formal notice if still nothing', () => {
    let snapshot = step(engagement, emptyWorld(), at('2026-11-02')).snapshot;
    snapshot = step(engagement, snapshot, at('2026-11-18')).snapshot;
    snapshot = step(engagement, snapshot, at('2026-11-20')).snapshot;
    const alternates = step(engagement, snapshot, at('2026-11-23'));
    const note = comments(alternates.writes)[0]!;
    expect(parseMarkers(note.body).map((marker) => marker.kind)).toEqual(['alternates']);
    expect(note.body).toContain('Chào @minh-bepxanh');
    expect(note.body).toContain('chị Lan (@lan-bepxanh)');
    snapshot = step(engagement, alternates.snapshot, at('2026-11-26')).snapshot;
    // One business day late, but nobody answered the alternates: the formal notice, not the friendly one.
    const formal = step(engagement, snapshot, at('2026-11-30'));
    expect(comments(formal.writes).map((write) => write.marker.stage)).toEqual(['formal-notice']);
  });
});

describe('both account managers in the ladder', () => {
  const withClientManager = engagementOf({
    contacts: {
      client: {
        primary: { handle: '@lan-bepxanh', name: 'Chị Lan' },
        alternates: ['@minh-bepxanh'],
        account_manager: { handle: '@thu-bepxanh', name: 'Chị Thu' },
      },
      vendor: {
        primary: { handle: '@quang-songhan', name: 'Anh Quang' },
        alternates: ['@vy-songhan'],
        account_manager: { handle: '@hoa-songhan', name: 'Chị Hoa' },
      },
    },
  });

  it("copies the client's account manager on the formal notice and names her in the escalation, beside the vendor's", () => {
    let snapshot = step(withClientManager, emptyWorld(), at('2026-11-02')).snapshot;
    const brand = issueByTitle(snapshot, 'Brand assets').number;
    snapshot = addComment(snapshot, brand, {
      author: 'lan-bepxanh',
      body: 'Bên mình đang chuẩn bị.',
      createdAt: at('2026-11-27', '08:00'),
    });
    snapshot = step(withClientManager, snapshot, at('2026-11-30')).snapshot; // the friendly reminder
    const formal = step(withClientManager, snapshot, at('2026-12-02'));
    const notice = comments(formal.writes).find((write) => write.marker.stage === 'formal-notice')!;
    expect(notice.body).toContain(
      'Đồng gửi chị Thu (@thu-bepxanh) và chị Hoa (@hoa-songhan), người phụ trách của hai bên',
    );

    const escalation = step(withClientManager, formal.snapshot, at('2026-12-04'));
    const opened = escalation.writes.find((write) => write.kind === 'open-issue');
    // The vendor's account manager owns it (assigned); the client's is named and copied, not assigned.
    expect(opened?.kind === 'open-issue' && opened.assignees).toEqual(['hoa-songhan']);
    const issue = issueByTitle(escalation.snapshot, 'Escalation: Brand assets');
    expect(issue.body).toMatch(/^Hoa \(@hoa-songhan\), \*\*Brand assets and content\*\*/u);
    expect(issue.body).toContain(
      'cc Thu (@thu-bepxanh), account manager for Bếp Xanh Coffee: copied so that both sides work from the same facts.',
    );
    expect(issue.body).toContain(
      'escalated to Hoa (@\u200dhoa-songhan) and Thu (@\u200dthu-bepxanh); the dispute ladder has not started',
    );
    const link = comments(escalation.writes).find((write) => write.marker.stage === 'escalation')!;
    expect(link.body).toContain(
      'để người phụ trách của hai bên, chị Hoa (@\u200dhoa-songhan) và chị Thu (@\u200dthu-bepxanh), cùng xem xét',
    );
  });

  it('names only the vendor side when the client has no account manager (no plural that is not true)', () => {
    let world = emptyWorld();
    for (const day of ['2026-11-30', '2026-12-02']) world = step(engagement, world, at(day)).snapshot;
    const { writes, snapshot } = step(engagement, world, at('2026-12-04'));
    const link = comments(writes).find((write) => write.marker.stage === 'escalation')!;
    expect(link.body).toContain('để @\u200dhoa-songhan xem xét **Brand assets and content**');
    expect(link.body).not.toContain('hai bên');
    expect(issueByTitle(snapshot, 'Escalation: Brand assets').body).not.toContain('cc ');
  });
});
