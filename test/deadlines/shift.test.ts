// Day-for-day shift: when a dependency slips, the dependant's reminders, status, ladder, lateness and
// fee run on its moved (effective) date; with `day_for_day_shift: false` the agreed date governs.
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/snapshot';
import { deriveMilestoneFacts } from '../../src/deadlines';
import type { Engagement, EngagementInput } from '../../src/engagement/schema';
import { addComment, tickItem } from '../../fake-github/world';
import { comments, contextOf, emptyWorld, engagementOf, issueByTitle, step } from './helpers';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();

// Brand assets (client) due Fri 4 Dec; the design (vendor, English) due Fri 11 Dec depends on them;
// the approval (client) due Wed 16 Dec depends on the design. 17:30 in Ho Chi Minh City is 10:30Z.
const MILESTONES: EngagementInput['milestones'] = [
  {
    id: 'brand-assets',
    title: 'Brand assets and content',
    owner: 'client',
    due: '2026-12-04',
    deliverables: ['Logo files', 'Product photos'],
  },
  {
    id: 'design',
    title: 'Visual design of key pages',
    owner: 'vendor',
    due: '2026-12-11',
    depends_on: ['brand-assets'],
    deliverables: ['Home page design'],
  },
  {
    id: 'design-approval',
    title: 'Design approval',
    owner: 'client',
    due: '2026-12-16',
    depends_on: ['design'],
    deliverables: ['Written approval'],
  },
];

const shifting = engagementOf({ milestones: MILESTONES });
const fixed = engagementOf({
  milestones: MILESTONES,
  contract: { reference: 'SH-2026-014', day_for_day_shift: false },
});

interface World {
  snapshot: Snapshot;
  brand: number;
  design: number;
}

function notesOn(writes: Parameters<typeof comments>[0], issue: number): ReturnType<typeof comments> {
  return comments(writes).filter((write) => 'number' in write.issue && write.issue.number === issue);
}

function factsOf(engagement: Engagement, snapshot: Snapshot, now: string, id: string) {
  return deriveMilestoneFacts(contextOf(engagement, snapshot, now)).find((facts) => facts.id === id)!;
}

/** The delivery team answers on the design issue (so the silence rules stay out of the way). */
function vendorReplies(snapshot: Snapshot, design: number, createdAt: string): Snapshot {
  return addComment(snapshot, design, { author: 'quang-songhan', body: 'Noted, thank you.', createdAt });
}

/** Issues opened; the design's first reminder (for 11 Dec) posted on 2 Dec; brand extended to 18 Dec on 3 Dec. */
function extendedBrand(engagement: Engagement): World {
  let snapshot = step(engagement, emptyWorld(), at('2026-11-02')).snapshot;
  const brand = issueByTitle(snapshot, 'Brand assets').number;
  const design = issueByTitle(snapshot, 'Visual design').number;
  const early = step(engagement, snapshot, at('2026-12-02'));
  const [firstReminder] = notesOn(early.writes, design);
  expect(firstReminder?.marker).toMatchObject({
    kind: 'reminder',
    stage: 'before-7',
    data: { due: '2026-12-11T10:30:00.000Z' },
  });
  snapshot = vendorReplies(early.snapshot, design, at('2026-12-02', '11:00'));
  snapshot = addComment(snapshot, brand, {
    author: 'lan-bepxanh',
    body: '/extend 2026-12-18 Ảnh sản phẩm cần chụp lại',
    createdAt: at('2026-12-03', '10:00'),
  });
  snapshot = addComment(snapshot, brand, {
    author: 'quang-songhan',
    body: '/agree',
    createdAt: at('2026-12-03', '14:00'),
  });
  const agreed = step(engagement, snapshot, at('2026-12-03', '15:00'));
  expect(notesOn(agreed.writes, design)).toEqual([]);
  return { snapshot: agreed.snapshot, brand, design };
}

describe('day-for-day shift of dependent milestones', () => {
  it("counts the dependant's reminders to its shifted date, and says why the date moved", () => {
    const { design, ...world } = extendedBrand(shifting);
    let snapshot = world.snapshot;
    // Brand moved 10 business days (4 → 18 Dec): the design moves from 11 to 25 Dec, the approval to 30 Dec.
    const body = issueByTitle(snapshot, 'Visual design').body;
    expect(body).toContain(
      '| Due | Fri, 25 Dec 2026, 17:30 (Vietnam time) (moved from Fri, 11 Dec 2026 because the date of Brand assets and content moved) |',
    );
    expect(issueByTitle(snapshot, 'Design approval').body).toContain(
      '(dời từ thứ Tư, 16/12/2026 vì hạn của Visual design of key pages đã được dời)',
    );

    // The old date's remaining stages (before-3 on 8 Dec, before-1 on 10 Dec) and its ladder do not happen.
    for (const day of ['2026-12-08', '2026-12-10', '2026-12-14']) {
      const run = step(shifting, snapshot, at(day));
      expect(notesOn(run.writes, design)).toEqual([]);
      snapshot = run.snapshot;
    }
    expect(issueByTitle(snapshot, 'Visual design').labels).toContain('deadline: upcoming');

    // 7 business days before 25 Dec: the first reminder for the new date, once.
    const reminded = step(shifting, snapshot, at('2026-12-16'));
    const [reminder, ...others] = notesOn(reminded.writes, design);
    expect(others).toEqual([]);
    expect(reminder?.marker).toMatchObject({
      kind: 'reminder',
      stage: 'before-7',
      data: { due: '2026-12-25T10:30:00.000Z' },
    });
    expect(reminder?.body).toContain(
      '**Fri, 25 Dec 2026, 17:30 (Vietnam time)** (moved from Fri, 11 Dec 2026 because the date of Brand assets and content moved) (7 business days to go)',
    );
    expect(factsOf(shifting, reminded.snapshot, at('2026-12-16'), 'design')).toMatchObject({
      baselineDue: '2026-12-11T10:30:00.000Z',
      // The date every surface states: the settled shift, as the tracking issue and the reminder say.
      currentDue: '2026-12-25T10:30:00.000Z',
      projectedDue: '2026-12-25T10:30:00.000Z',
      status: 'upcoming',
      businessDaysLate: 0,
    });
    expect(factsOf(shifting, reminded.snapshot, at('2026-12-16'), 'design-approval')).toMatchObject({
      currentDue: '2026-12-30T10:30:00.000Z',
      projectedDue: '2026-12-30T10:30:00.000Z',
      status: 'upcoming',
    });
  });

  it('does not label or escalate the dependant while it is within its shifted date; the ladder starts after it', () => {
    const { brand, design, ...world } = extendedBrand(shifting);
    let snapshot = world.snapshot;
    snapshot = tickItem(snapshot, brand, 'Logo files', at('2026-12-18', '09:50'));
    snapshot = tickItem(snapshot, brand, 'Product photos', at('2026-12-18', '09:50'));
    snapshot = step(shifting, snapshot, at('2026-12-18', '10:00')).snapshot; // brand complete, on time
    for (const day of ['2026-12-21', '2026-12-23', '2026-12-25']) {
      snapshot = vendorReplies(snapshot, design, at(day, '08:00'));
      const run = step(shifting, snapshot, at(day));
      expect(run.writes.filter((write) => write.kind === 'open-issue')).toEqual([]);
      expect(notesOn(run.writes, design).map((note) => note.marker.kind)).not.toContain('ladder');
      expect(issueByTitle(run.snapshot, 'Visual design').labels).not.toContain('deadline: overdue');
      snapshot = run.snapshot;
    }
    const late = step(shifting, snapshot, at('2026-12-28'));
    expect(notesOn(late.writes, design).map((note) => `${note.marker.kind}:${note.marker.stage}`)).toEqual([
      'ladder:friendly',
    ]);
    expect(notesOn(late.writes, design)[0]!.body).toContain(
      'was due on **Fri, 25 Dec 2026, 17:30 (Vietnam time)** (moved from Fri, 11 Dec 2026 because the date of Brand assets and content moved)',
    );
    expect(issueByTitle(late.snapshot, 'Visual design').labels).toContain('deadline: overdue');
    expect(factsOf(shifting, late.snapshot, at('2026-12-28'), 'design')).toMatchObject({
      status: 'overdue',
      businessDaysLate: 1,
      projectedDue: '2026-12-25T10:30:00.000Z',
    });
  });

  it('holds the dependant while its dependency is late and not handed over, then settles the date', () => {
    let snapshot = step(shifting, emptyWorld(), at('2026-11-02')).snapshot;
    const brand = issueByTitle(snapshot, 'Brand assets').number;
    const design = issueByTitle(snapshot, 'Visual design').number;
    snapshot = step(shifting, snapshot, at('2026-12-02')).snapshot;
    // Brand is past its date: the design's date moves on every business day, so nothing chases it and
    // its issue keeps showing the agreed date with a note, rather than being edited daily.
    for (const day of ['2026-12-08', '2026-12-09', '2026-12-10']) {
      const run = step(shifting, snapshot, at(day));
      const onDesign = run.writes.filter(
        (write) => 'issue' in write && 'number' in write.issue && write.issue.number === design,
      );
      // The first day the date starts moving: the body notes it and the status label follows; then nothing.
      if (day === '2026-12-08') expect(onDesign.map((write) => write.kind)).not.toContain('comment');
      else expect(onDesign).toEqual([]);
      snapshot = run.snapshot;
    }
    expect(issueByTitle(snapshot, 'Visual design').body).toContain(
      '| Due | Fri, 11 Dec 2026, 17:30 (Vietnam time) (this date moves day for day while we wait for Brand assets and content',
    );
    expect(issueByTitle(snapshot, 'Visual design').labels).not.toContain('deadline: overdue');
    // Design approval waits on the design, which only moves with the brand assets: the one past its
    // date is the brand assets, and that is the one named — never the design, which is not late.
    const approval = issueByTitle(snapshot, 'Design approval').body;
    expect(approval).toContain('vì Brand assets and content đã quá hạn mà chưa được bàn giao');
    expect(approval).not.toContain('vì Visual design of key pages đã quá hạn');

    // Handed over 4 business days late on 10 Dec: the design settles on 17 Dec.
    snapshot = tickItem(snapshot, brand, 'Logo files', at('2026-12-10', '10:50'));
    snapshot = tickItem(snapshot, brand, 'Product photos', at('2026-12-10', '10:50'));
    const settled = step(shifting, snapshot, at('2026-12-10', '11:00'));
    expect(issueByTitle(settled.snapshot, 'Visual design').body).toContain(
      '| Due | Thu, 17 Dec 2026, 17:30 (Vietnam time) (moved from Fri, 11 Dec 2026 because Brand assets and content was handed over late) |',
    );
    // Once settled the design is chased again, for the new date, in one note rather than a burst.
    const [note, ...more] = notesOn(settled.writes, design);
    expect(more).toEqual([]);
    expect(note?.marker).toMatchObject({ kind: 'early-warning', data: { due: '2026-12-17T10:30:00.000Z' } });
    expect(factsOf(shifting, settled.snapshot, at('2026-12-10', '11:00'), 'design')).toMatchObject({
      projectedDue: '2026-12-17T10:30:00.000Z',
      status: 'at_risk',
      businessDaysLate: 0,
    });
  });

  it('an extension of the dependant agreed after the delay was known governs instead of the shift', () => {
    const { brand, design, ...world } = extendedBrand(shifting);
    let snapshot = world.snapshot;
    snapshot = addComment(snapshot, design, {
      author: 'quang-songhan',
      body: '/extend 2026-12-18 Chúng tôi làm song song phần khung trang',
      createdAt: at('2026-12-04', '10:00'),
    });
    snapshot = addComment(snapshot, design, {
      author: 'lan-bepxanh',
      body: '/agree',
      createdAt: at('2026-12-04', '11:00'),
    });
    snapshot = step(shifting, snapshot, at('2026-12-04', '12:00')).snapshot;
    snapshot = tickItem(snapshot, brand, 'Logo files', at('2026-12-18', '09:50'));
    snapshot = tickItem(snapshot, brand, 'Product photos', at('2026-12-18', '09:50'));
    snapshot = step(shifting, snapshot, at('2026-12-18', '10:00')).snapshot; // brand complete, on time
    expect(factsOf(shifting, snapshot, at('2026-12-04', '12:00'), 'design')).toMatchObject({
      currentDue: '2026-12-18T10:30:00.000Z',
      projectedDue: '2026-12-18T10:30:00.000Z',
    });
    expect(issueByTitle(snapshot, 'Visual design').body).toContain(
      '| Due | Fri, 18 Dec 2026, 17:30 (Vietnam time) |',
    );
    const late = step(shifting, snapshot, at('2026-12-21'));
    expect(notesOn(late.writes, design).map((note) => note.marker.stage)).toEqual(['friendly']);
  });

  it('with day_for_day_shift false the agreed date governs: the dependant is overdue and chased as before', () => {
    const { snapshot, design } = extendedBrand(fixed);
    expect(issueByTitle(snapshot, 'Visual design').body).not.toContain('moved from');
    const late = step(fixed, snapshot, at('2026-12-14'));
    expect(notesOn(late.writes, design).map((note) => note.marker.stage)).toEqual(['friendly']);
    expect(notesOn(late.writes, design)[0]!.body).toContain(
      'was due on **Fri, 11 Dec 2026, 17:30 (Vietnam time)** and has not been handed over yet',
    );
    expect(issueByTitle(late.snapshot, 'Visual design').labels).toContain('deadline: overdue');
    expect(factsOf(fixed, late.snapshot, at('2026-12-14'), 'design')).toMatchObject({
      currentDue: '2026-12-11T10:30:00.000Z',
      projectedDue: '2026-12-25T10:30:00.000Z',
      status: 'overdue',
      businessDaysLate: 1,
    });
  });
});
