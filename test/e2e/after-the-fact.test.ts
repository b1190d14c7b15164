// What people do to the action's work after the fact, lived on the local HTTP fake of GitHub with the
// real action: a note of the action deleted by a team member (the run reads the deletion from the
// issue's timeline and does not post the note again), a completed handoff whose tracking issue the
// client reopens (the record stands, the issue stays open), and two runs racing at the moment of a
// completion (the next run keeps one record). Every run is followed by an unchanged rerun that must
// write nothing (the harness does it).
import { afterEach, describe, expect, it } from 'vitest';
import { deriveMilestoneFacts } from '../../src/deadlines';
import { formBody } from '../feedback/helpers';
import {
  BOT_LOGIN,
  botIssue,
  closeIssue,
  comment,
  contextFromFake,
  exampleEngagement,
  fileIssue,
  labelsOf,
  startLife,
  thread,
  tick,
  vn,
  type Life,
} from './life-helpers';

const ITEMS = ['Logo files', 'Brand guidelines PDF', 'Product photos', 'About-us text'];

async function newLife(): Promise<Life> {
  const example = await exampleEngagement();
  const life = await startLife(
    example.replace('summary:\n  day: mon', 'summary:\n  enabled: false\n  day: mon'),
    vn('2026-11-02', '08:00'),
  );
  for (const login of ['lan-bepxanh', 'minh-bepxanh', 'quang-songhan', 'vy-songhan', 'hoa-songhan'])
    life.fake.repo.user(login);
  life.fake.repo.grant('quang-songhan', 'write');
  return life;
}

const lastBotComment = (life: Life, number: number) =>
  life.fake.repo
    .commentsOf(number)
    .filter((comment) => comment.author === BOT_LOGIN)
    .at(-1)!;

describe('after the fact, on the HTTP fake', () => {
  const lives: Life[] = [];
  afterEach(async () => {
    for (const life of lives.splice(0)) await life.close();
  });

  it('a reminder a team member deletes is not posted again; the next step still comes', async () => {
    const life = await newLife();
    lives.push(life);
    await life.settle(vn('2026-11-02', '08:00'));
    const brand = botIssue(life, 'tracking', 'milestone:brand-assets').number;
    await life.settle(vn('2026-11-18'));
    await life.settle(vn('2026-11-24'));
    const before = thread(life, brand);
    expect(before.at(-1)).toMatch(/^early-warning/u);
    life.fake.repo.deleteComment(lastBotComment(life, brand).id, 'quang-songhan', vn('2026-11-24', '10:00'));
    await life.settle(vn('2026-11-24', '11:00'));
    await life.settle(vn('2026-11-25'));
    expect(thread(life, brand)).toEqual(before.slice(0, -1));
    // The deletions are read from the issue's timeline, for the issue about to get a note only.
    const reads = life.fake.requests.filter((request) =>
      (request.query ?? '').includes('EngagementKeeperDeletedNotes'),
    );
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((request) => Object.values(request.variables ?? {}).includes(brand))).toBe(true);
    await life.settle(vn('2026-11-26'));
    expect(thread(life, brand).at(-1)).toBe('reminder/before-1');
    expect(life.fake.violations).toEqual([]);
  }, 60_000);

  it('a completed handoff the client reopens stays open and stays handed over on time', async () => {
    const life = await newLife();
    lives.push(life);
    await life.settle(vn('2026-11-02', '08:00'));
    const brand = botIssue(life, 'tracking', 'milestone:brand-assets').number;
    for (const item of ITEMS) tick(life, brand, item, vn('2026-11-20', '10:00'));
    await life.settle(vn('2026-11-20', '11:00'));
    const issue = life.fake.repo.issues.get(brand)!;
    expect(issue.state).toBe('closed');
    expect(thread(life, brand).at(-1)).toBe('completion');
    // The client reopens it: one photo has to be replaced.
    life.at(vn('2026-11-23', '10:00'));
    issue.state = 'open';
    issue.stateReason = 'reopened';
    issue.closedAt = null;
    issue.updatedAt = vn('2026-11-23', '10:00');
    const reopened = { name: 'issues', payload: { action: 'reopened', issue: { number: brand } } };
    await life.settle(vn('2026-11-23', '10:01'), {}, reopened);
    for (const now of [vn('2026-11-24'), vn('2026-11-27', '18:00'), vn('2026-12-02')]) await life.settle(now);
    expect(issue.state).toBe('open');
    expect(thread(life, brand).at(-1)).toBe('completion');
    expect(labelsOf(life, brand)).toEqual(['deadline: done on time', 'engagement: milestone']);
    const facts = deriveMilestoneFacts(await contextFromFake(life, vn('2026-12-02')));
    expect(facts.find((fact) => fact.id === 'brand-assets')).toMatchObject({
      status: 'done_on_time',
      completedAt: vn('2026-11-20', '10:00').replace('Z', '.000Z'),
    });
  }, 60_000);

  it('two runs racing at a completion both record it; the next run keeps the earliest record', async () => {
    const life = await newLife();
    lives.push(life);
    await life.settle(vn('2026-11-02', '08:00'));
    const brand = botIssue(life, 'tracking', 'milestone:brand-assets').number;
    closeIssue(life, brand, vn('2026-11-20', '10:00'));
    const raced = await Promise.all([
      life.run(vn('2026-11-20', '11:00')),
      life.run(vn('2026-11-20', '11:00')),
    ]);
    for (const run of raced) expect(run.code).toBe(0);
    // The race really happened: both runs read before either wrote, and both recorded the handoff.
    expect(thread(life, brand).filter((entry) => entry === 'completion')).toHaveLength(2);
    await life.settle(vn('2026-11-20', '12:00'));
    expect(thread(life, brand).filter((entry) => entry === 'completion')).toHaveLength(1);
    expect(life.fake.violations).toEqual([]);
  }, 60_000);
  it("the client's /extend edited to a later date and the vendor's /agree deleted after the record: the agreed date stands", async () => {
    const life = await newLife();
    lives.push(life);
    await life.settle(vn('2026-11-02', '08:00'));
    const brand = botIssue(life, 'tracking', 'milestone:brand-assets').number;
    comment(
      life,
      brand,
      'lan-bepxanh',
      '/extend 2026-12-03 Ảnh sản phẩm đang chụp lại',
      vn('2026-11-24', '10:00'),
    );
    comment(life, brand, 'quang-songhan', '/agree', vn('2026-11-24', '14:00'));
    await life.settle(vn('2026-11-24', '15:00'));
    expect(thread(life, brand).filter((entry) => entry.startsWith('amendment/'))).toHaveLength(1);
    const before = thread(life, brand);
    const [proposal, agreement] = life.fake.repo
      .commentsOf(brand)
      .filter((entry) => entry.author === 'lan-bepxanh' || entry.author === 'quang-songhan');
    life.at(vn('2026-11-25', '10:00'));
    proposal!.body = '/extend 2026-12-18 Cần thêm thời gian';
    proposal!.updatedAt = vn('2026-11-25', '10:00');
    proposal!.lastEditedAt = proposal!.updatedAt;
    life.fake.repo.deleteComment(agreement!.id, 'quang-songhan', vn('2026-11-25', '10:05'));
    const edited = {
      name: 'issue_comment',
      payload: { action: 'edited', issue: { number: brand }, comment: { id: proposal!.id } },
    };
    await life.settle(vn('2026-11-25', '10:06'), {}, edited);
    await life.settle(vn('2026-11-26'));
    // Nothing new about the agreement: no second record, no reply, no proposal note.
    const aboutAgreements = (entries: readonly string[]) =>
      entries.filter((entry) => /^(amendment|proposal|proposal-closed|command-reply)\//u.test(entry));
    expect(aboutAgreements(thread(life, brand))).toEqual(aboutAgreements(before));
    expect(life.fake.repo.issues.get(brand)!.body).toContain('03/12/2026');
    const facts = deriveMilestoneFacts(await contextFromFake(life, vn('2026-11-26')));
    expect(facts.find((fact) => fact.id === 'brand-assets')!.currentDue).toBe('2026-12-03T10:30:00.000Z');
  }, 60_000);

  it('a feedback acknowledgement a team member deletes, or edits to drop the marker, is not posted again', async () => {
    const life = await newLife();
    lives.push(life);
    await life.settle(vn('2026-11-23', '08:00'));
    const file = (title: string, at: string): number =>
      fileIssue(life, {
        title,
        author: 'lan-bepxanh',
        labels: ['feedback'],
        at,
        body: formBody({
          topic: 'Product quality / Chất lượng sản phẩm',
          importance: 'Important / Quan trọng',
          type: 'Negative — something is wrong / Tiêu cực — có vấn đề',
          what: 'Sau khi thanh toán, trang trắng và báo lỗi.',
          expected: 'Thanh toán xong thì hiện trang xác nhận đơn hàng.',
        }),
      });
    const deleted = file('Lỗi sau khi thanh toán', vn('2026-11-23', '09:00'));
    const edited = file('Trang xác nhận không hiện', vn('2026-11-23', '09:05'));
    await life.settle(vn('2026-11-23', '09:10'));
    const before = { deleted: thread(life, deleted), edited: thread(life, edited) };
    const labels = { deleted: labelsOf(life, deleted), edited: labelsOf(life, edited) };
    expect(before.deleted[0]).toMatch(/^feedback-ack/u);
    expect(labels.deleted).toContain('feedback: acknowledged');
    // A team member deletes the one acknowledgement (the client was called) and rewrites the other.
    const ackOf = (number: number) =>
      life.fake.repo.commentsOf(number).find((entry) => entry.body.includes('"kind":"feedback-ack"'))!;
    life.fake.repo.deleteComment(ackOf(deleted).id, 'quang-songhan', vn('2026-11-23', '09:30'));
    life.at(vn('2026-11-23', '09:31'));
    const rewritten = ackOf(edited);
    rewritten.body = 'Bên em đã gọi điện cho chị Lan.';
    rewritten.updatedAt = vn('2026-11-23', '09:31');
    rewritten.lastEditedAt = rewritten.updatedAt;
    const reads = () =>
      life.fake.requests.filter((request) => (request.query ?? '').includes('EngagementKeeperDeletedNotes'));
    const readsBefore = reads().length;
    await life.settle(vn('2026-11-23', '10:00'));
    await life.settle(vn('2026-11-23', '11:00'));
    expect(thread(life, deleted)).toEqual(before.deleted.slice(1));
    expect(thread(life, edited)).toEqual(['bot:unmarked', ...before.edited.slice(1)]);
    expect(labelsOf(life, deleted)).toEqual(labels.deleted);
    expect(labelsOf(life, edited)).toEqual(labels.edited);
    // The deletions are read from the timeline, for the issues about to get a note only.
    const asked = reads().slice(readsBefore);
    expect(asked.length).toBeGreaterThan(0);
    expect(
      asked.every((request) =>
        Object.values(request.variables ?? {}).some((n) => n === deleted || n === edited),
      ),
    ).toBe(true);
    expect(life.fake.violations).toEqual([]);
  }, 60_000);
});
