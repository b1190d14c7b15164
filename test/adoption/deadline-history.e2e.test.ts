// Adopting the action on an engagement already under way, end to end on the local GitHub fake: the
// engagement file lists milestones handed over months ago (`handed_over_on`), one still outstanding
// from before the adoption, and one to come; the repository holds deadline issues filed before the
// adoption — by someone who is not a party, with a date already past, without a date, filed and due
// before the adoption, and one still ahead. The first run must say only what is true:
//   - no tracking issue, reminder or ladder note for a milestone the file says was handed over; the
//     kickoff and the weekly summary show it handed over, on time or late by what it really was;
//   - the milestone after a late handover moves by exactly those business days, not by the months
//     between its due date and the adoption;
//   - no reply, months later, to a deadline issue or a command written before the adoption;
//   - a deadline filed and due before the adoption is history: no label, no chasing;
//   - the outstanding milestone is chased from a friendly reminder, and an unchanged rerun writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  botIssue,
  botIssues,
  comment,
  labelsOf,
  startLife,
  thread,
  vn,
  type Life,
} from '../e2e/life-helpers';
import { deadlineForm } from '../deadlines/helpers';
import { plannedWrites } from './helpers';

const ENGAGEMENT = `engagement:
  name: Bếp Xanh website rebuild
  time_zone: Asia/Ho_Chi_Minh
  client_locale: vi
  adopted_on: 2026-11-25
contacts:
  client: { primary: { handle: '@lan-bepxanh', name: Lan, address: chị Lan } }
  vendor: { primary: '@quang-songhan' }
contract:
  day_for_day_shift: true
milestones:
  - id: brief
    title: Brief and brand assets
    owner: client
    due: 2026-03-10
    handed_over_on: 2026-03-12
    deliverables: [Brief, Logo files]
  - id: design
    title: Design mockups
    owner: vendor
    due: 2026-05-15
    handed_over_on: 2026-05-14
    depends_on: [brief]
    deliverables: [Mockups]
  - id: build
    title: Build on staging
    owner: vendor
    due: 2026-10-09
    handed_over_on: 2026-10-13
    depends_on: [design]
    deliverables: [Staging site]
  - id: content
    title: Final copy
    owner: client
    due: 2026-11-20
    deliverables: [Copy]
  - id: launch
    title: Launch
    owner: vendor
    due: 2027-01-15
    depends_on: [build, content]
    deliverables: [Live site]
`;

const form = (due: string): string => deadlineForm(due);

const FILED = '2026-06-01T03:00:00Z';
const FIRST_RUN = vn('2026-12-01', '10:17');

describe('adopting the action on an engagement under way', () => {
  let life: Life;
  const filed: Record<string, number> = {};

  beforeAll(async () => {
    life = await startLife(ENGAGEMENT, FIRST_RUN);
    for (const login of ['lan-bepxanh', 'quang-songhan', 'stranger']) life.fake.repo.user(login);
    const add = (key: string, title: string, body: string, author: string): void => {
      filed[key] = life.fake.repo.addIssue({
        title,
        body,
        author,
        association: 'NONE',
        labels: ['deadline'],
        createdAt: FILED,
        updatedAt: FILED,
      }).number;
    };
    add('stranger', 'Photos for the menu', form('2026-12-20'), 'stranger');
    add('past', 'Old price list', form('2026-05-01'), 'lan-bepxanh');
    add('undated', 'Store photos', form('soon'), 'lan-bepxanh');
    add('history', 'Summer promotion banner', form('2026-07-01'), 'lan-bepxanh');
    add('ahead', 'Tết menu', form('2026-12-20'), 'lan-bepxanh');
    // A refused command written before the adoption: left as it was then.
    comment(life, filed.stranger!, 'stranger', '/confirm', '2026-06-02T03:00:00Z');
    // An extension both sides agreed, and a call noted, in October: they hold, and are not announced
    // on the first run as if they had just happened.
    comment(life, filed.ahead!, 'lan-bepxanh', '/extend 2026-12-23 Chờ ảnh mùa Tết', '2026-10-20T03:00:00Z');
    comment(life, filed.ahead!, 'quang-songhan', '/agree', '2026-10-20T04:00:00Z');
    comment(
      life,
      filed.ahead!,
      'quang-songhan',
      '/note call 2026-10-21 Đã gọi chị Lan về ảnh',
      '2026-10-21T04:00:00Z',
    );
    life.at(FIRST_RUN);
  });
  afterAll(async () => {
    expect(life.fake.violations).toEqual([]);
    await life.close();
  });

  it('plans no reminder, reply or tracking issue for anything settled before the adoption', async () => {
    const dry = await life.run(FIRST_RUN, { 'dry-run': 'true' });
    expect(dry.code, dry.log.join('\n')).toBe(0);
    const writes = plannedWrites(dry.outputs).filter((write) => write.kind !== 'create-label');
    const opened = writes.filter((write) => write.kind === 'open-issue').map((write) => write.reason);
    expect(opened.filter((reason) => reason.startsWith('Milestone'))).toEqual([
      'Milestone "content" of the engagement file has no tracking issue yet.',
      'Milestone "launch" of the engagement file has no tracking issue yet.',
    ]);
    const onFiled = writes.filter((write) => Object.values(filed).includes(write.issue?.number ?? 0));
    expect(onFiled.map((write) => `${write.kind} #${write.issue?.number}`)).toEqual([
      `add-labels #${filed.ahead}`,
    ]);
    const ladder = writes.filter((write) => /ladder step/u.test(write.reason)).map((write) => write.reason);
    expect(ladder).toEqual(['"Final copy" is 7 business day(s) late: ladder step "friendly".']);
  });

  it('shows the handovers as they were, moves what depends on them by no more, then settles', async () => {
    await life.settle(FIRST_RUN);
    expect(botIssues(life, 'tracking').map((issue) => issue.title)).toEqual([
      'Bàn giao: Final copy',
      'Handoff: Launch',
    ]);
    for (const key of ['stranger', 'past', 'undated', 'history'])
      expect(thread(life, filed[key]!), key).toEqual(key === 'stranger' ? ['person:stranger'] : []);
    expect(labelsOf(life, filed.history!)).toEqual(['deadline']);
    expect(labelsOf(life, filed.ahead!)).toEqual(['deadline', 'deadline: upcoming']);
    expect(thread(life, filed.ahead!)).toEqual([
      'person:lan-bepxanh',
      'person:quang-songhan',
      'person:quang-songhan',
    ]);

    const kickoff = botIssue(life, 'kickoff', 'engagement').body;
    expect(kickoff).toContain('18:00 thứ Ba, 10/03/2026 (giờ Việt Nam) · đã bàn giao thứ Năm, 12/03/2026');
    expect(kickoff).toContain('· đã bàn giao thứ Năm, 14/05/2026');
    expect(kickoff).not.toMatch(/Final copy[^\n]*đã bàn giao/u);

    const summary = botIssues(life, 'summary')[0]!.body;
    // Brief two business days late: the dates after it slide by those two days (day for day), not by
    // the months between its due date and the adoption. Design and build were on time against them;
    // launch waits on the final copy, still late, and is projected from it.
    expect(summary).toMatch(
      /\| Brief and brand assets \| Client \| Tue, 10 Mar 2026 \| Tue, 10 Mar 2026 \| ☑️ Done late \| 2 \| 2\/2 \|/u,
    );
    expect(summary).toMatch(
      /\| Design mockups \| Our team \| Fri, 15 May 2026 \| Tue, 19 May 2026 \| ✅ Done on time \| — \| 1\/1 \|/u,
    );
    expect(summary).toMatch(
      /\| Build on staging \| Our team \| Fri, 9 Oct 2026 \| Tue, 13 Oct 2026 \| ✅ Done on time \| — \| 1\/1 \|/u,
    );
    expect(summary).toMatch(
      /\| \[Launch\]\([^)]*\) \| Our team \| Fri, 15 Jan 2027 \| Fri, 15 Jan 2027 \(likely Tue, 26 Jan 2027\) \|/u,
    );
    expect(summary).toMatch(/furthest behind is \[Final copy\]/u);
    // The October extension holds: the Tết menu is due on the 23rd.
    expect(summary).toMatch(/\| \[Tết menu\]\([^)]*\) \| Client \| Sun, 20 Dec 2026 \| Wed, 23 Dec 2026 \|/u);
  });

  it('answers a command written after the adoption on a deadline filed before it', async () => {
    const at = vn('2026-12-01', '14:00');
    comment(life, filed.stranger!, 'stranger', '/confirm', at);
    await life.settle(vn('2026-12-01', '14:17'));
    expect(thread(life, filed.stranger!)).toEqual([
      'person:stranger',
      'person:stranger',
      expect.stringMatching(/^command-reply\//u),
    ]);
    // Still untracked, still without the filing reply it never had.
    expect(labelsOf(life, filed.stranger!)).toEqual(['deadline']);
  });
});
