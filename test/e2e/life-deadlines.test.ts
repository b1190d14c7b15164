// One handoff lived end to end on the local HTTP fake of GitHub, with the real action run in-process
// on a schedule: reminders, early warning, lateness, the formal notice, the escalation issue, an
// extension proposed by the client and agreed by the vendor, the ladder again for the new date,
// completion late, and a root cause picked. After every run, a second run at the same time must
// write nothing. The engagement is examples/engagement.yml with the weekly summary switched off, so
// these assertions are about the deadline rules alone (the summary lives in life-summary.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addLabel,
  botComments,
  botIssue,
  botIssues,
  closeIssue,
  comment,
  exampleEngagement,
  labelsOf,
  startLife,
  thread,
  tick,
  vn,
  type Life,
} from './life-helpers';

const PEOPLE = ['lan-bepxanh', 'minh-bepxanh', 'thu-bepxanh', 'quang-songhan', 'vy-songhan', 'hoa-songhan'];

async function withoutSummary(): Promise<string> {
  const example = await exampleEngagement();
  const changed = example.replace('summary:\n  day: mon', 'summary:\n  enabled: false\n  day: mon');
  expect(changed).not.toBe(example);
  return changed;
}

async function newLife(): Promise<Life> {
  const life = await startLife(await withoutSummary(), vn('2026-11-02', '08:00'));
  // People GitHub knows (and can assign): the fake ignores assignees it never saw.
  for (const login of PEOPLE) life.fake.repo.user(login);
  return life;
}

/** The brand-assets thread after the agreed extension, shared by the life and the dependants check. */
async function throughTheExtension(life: Life): Promise<number> {
  await life.settle(vn('2026-11-02', '08:00'));
  const brand = botIssue(life, 'tracking', 'milestone:brand-assets').number;
  await life.settle(vn('2026-11-18'));
  comment(life, brand, 'lan-bepxanh', 'Dạ, bên mình đang chuẩn bị.', vn('2026-11-19', '10:00'));
  await life.settle(vn('2026-11-20'));
  comment(life, brand, 'lan-bepxanh', 'Ảnh sản phẩm đang được chụp.', vn('2026-11-23', '10:00'));
  await life.settle(vn('2026-11-24'));
  comment(life, brand, 'lan-bepxanh', 'Cảm ơn anh.', vn('2026-11-24', '15:00'));
  await life.settle(vn('2026-11-26'));
  await life.settle(vn('2026-11-27', '18:00'));
  await life.settle(vn('2026-11-30'));
  comment(life, brand, 'lan-bepxanh', 'Xin lỗi anh, cuối tuần bên mình gửi.', vn('2026-11-30', '11:00'));
  await life.settle(vn('2026-12-02'));
  await life.settle(vn('2026-12-04'));
  comment(
    life,
    brand,
    'lan-bepxanh',
    '/extend 2026-12-18 Ảnh sản phẩm cần chụp lại',
    vn('2026-12-04', '10:00'),
  );
  await life.settle(vn('2026-12-04', '11:00'));
  comment(life, brand, 'tuan-stranger', '/agree', vn('2026-12-04', '12:00'));
  await life.settle(vn('2026-12-04', '13:00'));
  comment(life, brand, 'quang-songhan', '/agree', vn('2026-12-04', '14:00'));
  await life.settle(vn('2026-12-04', '15:00'));
  return brand;
}

describe('a handoff through its whole life, on the HTTP fake', () => {
  let life: Life;
  beforeAll(async () => {
    life = await newLife();
  });
  afterAll(async () => {
    await life.close();
  });

  it('reminders, lateness, notice, escalation, extension agreed, completion late, root cause; every rerun writes nothing', async () => {
    const brand = await throughTheExtension(life);
    const tracking = life.fake.repo.issues.get(brand)!;
    expect(tracking.title).toBe('Bàn giao: Brand assets and content');
    expect(thread(life, brand)).toEqual([
      'reminder/before-7',
      'person:lan-bepxanh',
      'early-warning',
      'person:lan-bepxanh',
      'reminder/before-3',
      'person:lan-bepxanh',
      'reminder/before-1',
      'ladder/friendly',
      'person:lan-bepxanh',
      'ladder/formal-notice',
      'ladder/escalation',
      'person:lan-bepxanh',
      expect.stringMatching(/^proposal\/\d+$/u),
      'person:tuan-stranger',
      expect.stringMatching(/^command-reply\/\d+$/u),
      'person:quang-songhan',
      expect.stringMatching(/^amendment\/\d+$/u),
    ]);
    const notes = botComments(life, brand);
    const formal = notes.find((note) => note.marker.stage === 'formal-notice')!.body;
    expect(formal).toContain('trễ **3 ngày làm việc**');
    expect(formal).toContain('**Visual design of key pages**: từ 17:30 thứ Sáu, 11/12/2026');
    // The example keeps `client_sees.fees: false`: the client's notice names no fee (docs/install.md).
    expect(formal).not.toMatch(/Phí trễ hạn|₫|late fee/iu);
    expect(formal).toContain('`/extend YYYY-MM-DD lý do`');

    // The escalation issue: opened on the 5th business day late, assigned to the vendor's account
    // manager, linked from the tracking issue, kept up to date in place while the handoff is late, and
    // closed with a note once the agreed date makes it no longer late.
    const escalation = botIssue(life, 'escalation', 'milestone:brand-assets');
    expect(escalation.assignees).toEqual(['hoa-songhan']);
    expect(escalation.labels).toEqual(['engagement: escalation']);
    expect(notes.find((note) => note.marker.stage === 'escalation')!.body).toContain(`#${escalation.number}`);
    expect(escalation.body).toContain('### Timeline');
    expect(escalation.body).toMatch(/Fri, 4 Dec 2026, 10:00 .*reply from Lan \(/u);
    expect(escalation.body).toContain('is **5 business days** late');
    expect(escalation.body).not.toContain('less than a business day');
    expect(escalation.state).toBe('closed');
    const ended = life.fake.repo.commentsOf(escalation.number).at(-1)!.body;
    expect(ended).toContain('is now due on **Fri, 18 Dec 2026, 17:30 (Vietnam time)**');
    expect(ended).toContain(
      `as recorded on #${brand}, so it is no longer late and this escalation is closed`,
    );
    // Kept in the client's repository (no internal_repository): the dispute ladder stays out of it.
    expect(escalation.body).not.toMatch(/mediation|arbitration|VIAC|Dispute ladder/iu);

    // The stranger's /agree changed nothing and got one short reply; the primary's /agree recorded
    // the amendment in a comment and in the tracking issue, and the new date governs.
    const refusal = notes.find((note) => note.marker.kind === 'command-reply')!;
    expect(refusal.body).not.toContain('@tuan-stranger');
    const amendment = notes.find((note) => note.marker.kind === 'amendment')!;
    expect(amendment.marker.data).toMatchObject({ change: 'extend', to: '2026-12-18' });
    expect(amendment.body).toContain('dời hạn bàn giao sang 17:30 thứ Sáu, 18/12/2026');
    expect(tracking.body).toContain('| Hạn bàn giao | 17:30 thứ Sáu, 18/12/2026 (giờ Việt Nam) |');
    expect(tracking.body).toMatch(
      /### Các thay đổi đã thống nhất\n- Thứ Sáu, 04\/12\/2026: dời hạn bàn giao sang 17:30 thứ Sáu, 18\/12\/2026 .*Lý do: “Ảnh sản phẩm cần chụp lại”/u,
    );
    expect(labelsOf(life, brand)).toEqual(['deadline: upcoming', 'engagement: milestone']);

    // The ladder starts again for the agreed date.
    await life.settle(vn('2026-12-15'));
    expect(labelsOf(life, brand)).toEqual(['deadline: at risk', 'engagement: milestone']);
    await life.settle(vn('2026-12-17'));
    await life.settle(vn('2026-12-21'));
    expect(labelsOf(life, brand)).toEqual(['deadline: overdue', 'engagement: milestone']);
    expect(thread(life, brand).slice(17)).toEqual(['early-warning', 'reminder/before-1', 'ladder/friendly']);
    const secondFriendly = botComments(life, brand).at(-1)!;
    expect(secondFriendly.marker.data?.due).toBe('2026-12-18T10:30:00.000Z');
    expect(secondFriendly.body).toContain('17:30 thứ Sáu, 18/12/2026');
    // The client was silent for three business days after the 15 December note: the alternate is copied.
    expect(secondFriendly.body).toContain('@minh-bepxanh');

    // Every box ticked and the issue closed by the client: completed 2 business days late.
    for (const item of ['Logo files', 'Brand guidelines PDF', 'Product photos', 'About-us text']) {
      tick(life, brand, item, vn('2026-12-22', '10:00'));
    }
    closeIssue(life, brand, vn('2026-12-22', '10:05'));
    await life.settle(vn('2026-12-22', '11:00'));
    expect(labelsOf(life, brand)).toEqual(['deadline: done late', 'engagement: milestone']);
    expect(life.fake.repo.issues.get(brand)!.state).toBe('closed');
    expect(life.fake.repo.issues.get(brand)!.body).toContain('- [x] Product photos for 24 products');
    const completion = botComments(life, brand).at(-1)!;
    expect(completion.marker).toMatchObject({ kind: 'completion', data: { late: 'true', days: '2' } });
    expect(completion.body).toContain('trễ 2 ngày làm việc');
    expect(completion.body).toContain('`root cause: late-information`');
    expect(life.fake.repo.labels.has('root cause: late-information')).toBe(true);
    expect(escalation.state).toBe('closed');
    expect(thread(life, escalation.number)).toEqual(['escalation-closed/moved']);

    // The client picks a root cause: nothing more is written about this handoff.
    addLabel(life, brand, 'root cause: late-information', vn('2026-12-22', '15:00'));
    const before = life.fake.repo.commentsOf(brand).length;
    await life.settle(vn('2026-12-23'));
    expect(life.fake.repo.commentsOf(brand)).toHaveLength(before);
    expect(labelsOf(life, brand)).toEqual([
      'deadline: done late',
      'engagement: milestone',
      'root cause: late-information',
    ]);
    expect(botIssues(life, 'escalation', 'milestone:brand-assets')).toHaveLength(1);
    expect(life.fake.violations).toEqual([]);
  }, 120_000); // a long life on a shared machine: about 40 s of requests checked against the schemas
});

// With `contract.day_for_day_shift: true` the action tells both sides that dependent milestones move
// ("Các mốc phụ thuộc cũng được dời theo: …" in the amendment, "move by the same number of business
// days" in the notice); their reminders, status labels and ladder must then run on the moved date,
// not on the unshifted one (a regression test: "Visual design of key pages" was once chased on 15 Dec
// and escalated on 21 Dec while its input was handed over only on 22 Dec).
describe('milestones that depend on a late handoff', () => {
  let life: Life;
  beforeAll(async () => {
    life = await newLife();
  });
  afterAll(async () => {
    await life.close();
  });

  it('day-for-day shift: a dependant is not chased against the date the action said had moved', async () => {
    await life.settle(vn('2026-11-02', '08:00'));
    const brand = botIssue(life, 'tracking', 'milestone:brand-assets').number;
    const design = botIssue(life, 'tracking', 'milestone:design').number;
    comment(
      life,
      brand,
      'lan-bepxanh',
      '/extend 2026-12-18 Ảnh sản phẩm cần chụp lại',
      vn('2026-12-04', '10:00'),
    );
    comment(life, brand, 'quang-songhan', '/agree', vn('2026-12-04', '14:00'));
    await life.settle(vn('2026-12-04', '15:00'));
    // What the action told both sides: the design milestone moves to January.
    const amendment = botComments(life, brand).find((note) => note.marker.kind === 'amendment')!;
    expect(amendment.body).toMatch(
      /\*\*Visual design of key pages\*\*: từ 17:30 thứ Sáu, 11\/12\/2026 \(giờ Việt Nam\) sang .*\/01\/2027/u,
    );
    await life.settle(vn('2026-12-21'));
    expect(labelsOf(life, design)).not.toContain('deadline: overdue');
    expect(thread(life, design).filter((kind) => kind.startsWith('ladder/'))).toEqual([]);
    expect(botIssues(life, 'escalation', 'milestone:design')).toEqual([]);
  });
});
