// Adopting the action on a repository with history, end to end on the local GitHub fake: 1,000
// feedback issues filed over the months before the engagement file was committed (800 closed, 200
// still open), no `adopted_on` in the file, so the adoption date is learnt from the file's first
// commit. The first run plans what a person would find reasonable — exactly:
//   - every label the action and its forms use that the repository lacks;
//   - for each of the 200 open old issues, its triage labels and its process-state label (two
//     label writes), and nothing else: no acknowledgement, no assignment, no SLA warning or breach,
//     no five whys, no contradiction note;
//   - nothing at all on the 800 closed ones;
//   - the week's summary issue;
//   - the engagement's one kickoff issue (on by default), pinned: once, as for a new engagement.
// Feedback filed after the adoption is answered as usual, and an unchanged rerun plans 0 writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedbackLabelCatalogue } from '../../src/feedback/labels';
import { deadlineLabels } from '../../src/deadlines/labels';
import { summaryLabels } from '../../src/summary';
import { loadEngagement } from '../../src/engagement/load';
import { formBody } from '../feedback/helpers';
import { startLife, thread, type Life } from '../e2e/life-helpers';
import { countByKind, plannedWrites } from './helpers';

const ENGAGEMENT = `engagement:
  name: Bếp Xanh website rebuild
  time_zone: Asia/Ho_Chi_Minh
  client_locale: vi
contacts:
  client: { primary: { handle: '@lan-bepxanh', name: Chị Lan } }
  vendor: { primary: '@quang-songhan' }
`;

const ADOPTED_COMMIT = '2026-11-25T03:00:00Z'; // Wednesday 10:00 in Hanoi: the file is committed
const FIRST_RUN = '2026-11-30T03:00:00Z'; // the next Monday, 10:00 in Hanoi (after the summary's 09:00)

const TEXTS = [
  'Trang chủ tải rất chậm trên điện thoại, khách phàn nàn nhiều. Mong anh chị xem giúp sớm.',
  'The checkout page shows an error when paying by card; customers cannot finish their orders.',
  'Màu nút đặt hàng chưa đúng màu thương hiệu, nhờ bên mình chỉnh lại giúp chị nhé.',
  'Thank you, the new product photos look wonderful and the team is very happy with them.',
];

function seedHistory(life: Life): { open: number[]; closed: number[] } {
  const open: number[] = [];
  const closed: number[] = [];
  const start = new Date('2026-03-02T02:00:00Z').getTime();
  for (let i = 0; i < 1000; i += 1) {
    const createdAt = new Date(start + i * 5.8 * 3600_000).toISOString().replace(/\.\d{3}Z$/u, 'Z');
    const isClosed = i % 5 !== 4; // 800 closed, 200 open
    const body =
      i % 2 === 0
        ? formBody({
            topic: 'Product quality / Chất lượng sản phẩm',
            importance: 'Important / Quan trọng',
            type: 'Negative — something is wrong / Tiêu cực — có vấn đề',
            what: TEXTS[i % TEXTS.length],
            expected: 'Sửa giúp chị trong tuần.',
          })
        : TEXTS[i % TEXTS.length]!;
    const closedAt = isClosed
      ? new Date(new Date(createdAt).getTime() + 3 * 86_400_000).toISOString().replace(/\.\d{3}Z$/u, 'Z')
      : null;
    const issue = life.fake.repo.addIssue({
      title: `Góp ý ${i + 1}`,
      body,
      author: i % 3 === 0 ? 'minh-bepxanh' : 'lan-bepxanh',
      association: 'NONE',
      labels: ['feedback'],
      createdAt,
      updatedAt: closedAt ?? createdAt,
      state: isClosed ? 'closed' : 'open',
      stateReason: isClosed ? 'completed' : null,
      closedAt,
    });
    if (i % 7 === 0) {
      life.fake.repo.addComment({
        issueNumber: issue.number,
        author: 'quang-songhan',
        association: 'MEMBER',
        body: 'Bên em đã nhận và đang kiểm tra ạ.',
        createdAt,
      });
    }
    (isClosed ? closed : open).push(issue.number);
  }
  return { open, closed };
}

describe('adoption on a repository with 1,000 historic feedback issues', () => {
  let life: Life;
  let history: { open: number[]; closed: number[] };

  beforeAll(async () => {
    life = await startLife(ENGAGEMENT, FIRST_RUN);
    for (const login of ['lan-bepxanh', 'minh-bepxanh', 'quang-songhan']) life.fake.repo.user(login);
    history = seedHistory(life);
    life.fake.repo.fileCommits.set('.github/engagement.yml', [
      { sha: 'c'.repeat(40), date: ADOPTED_COMMIT },
      { sha: 'd'.repeat(40), date: '2026-11-27T08:00:00Z' },
    ]);
  }, 120_000);
  afterAll(async () => {
    expect(life.fake.violations).toEqual([]);
    await life.close();
  });

  it('plans exactly the labels of the open old issues, the missing labels, the summary and the kickoff', async () => {
    const loaded = loadEngagement(ENGAGEMENT, '.github/engagement.yml');
    if (!loaded.ok) throw new Error('invalid');
    const dry = await life.run(FIRST_RUN, { 'dry-run': 'true', 'operations-per-run': '5000' });
    expect(dry.code, dry.log.join('\n')).toBe(0);
    expect(dry.log.join('\n')).toContain('taken as 2026-11-25, when .github/engagement.yml first appears');
    const writes = plannedWrites(dry.outputs);
    const catalogue = new Set(
      [
        ...feedbackLabelCatalogue(loaded.engagement),
        ...deadlineLabels(loaded.engagement),
        ...summaryLabels(loaded.engagement),
      ]
        .map((spec) => spec.name.toLowerCase())
        .filter((name) => name !== 'feedback'), // the history has it already
    );
    expect(countByKind(writes)).toEqual({
      'create-label': catalogue.size,
      'add-labels': 2 * history.open.length,
      'open-issue': 2,
      'pin-issue': 1,
    });
    const closed = new Set(history.closed);
    const open = new Set(history.open);
    for (const write of writes.filter((w) => w.kind === 'add-labels')) {
      const number = write.issue?.number ?? 0;
      expect(closed.has(number), `#${number} was closed before the adoption`).toBe(false);
      expect(open.has(number)).toBe(true);
    }
    const perIssue = new Map<number, number>();
    for (const write of writes)
      if (write.issue?.number) perIssue.set(write.issue.number, (perIssue.get(write.issue.number) ?? 0) + 1);
    expect(perIssue.size).toBe(history.open.length);
    const opened = writes.filter((w) => w.kind === 'open-issue').map((w) => w.reason);
    expect(opened).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/summary/iu),
        expect.stringMatching(/no kickoff issue yet/iu),
      ]),
    );
  }, 180_000);

  it('applies that plan, answers feedback filed after the adoption as usual, then settles', async () => {
    // The first run on the history, then at once an unchanged rerun that must write nothing.
    await life.settle(FIRST_RUN, { 'operations-per-run': '5000' });
    for (const number of history.closed.slice(0, 50)) {
      expect(life.fake.repo.commentsOf(number).filter((c) => c.author.endsWith('[bot]'))).toEqual([]);
      expect(life.fake.repo.issues.get(number)?.labels).toEqual(['feedback']);
    }
    const old = life.fake.repo.issues.get(history.open[0]!)!;
    expect(old.labels).toContain('feedback: received');
    expect(old.labels.some((label) => label.startsWith('priority: '))).toBe(true);
    expect(thread(life, old.number).filter((entry) => !entry.startsWith('person:'))).toEqual([]);
    expect(old.assignees).toEqual([]);

    life.at('2026-11-30T04:00:00Z');
    const fresh = life.fake.repo.addIssue({
      title: 'Không đặt hàng được',
      body: 'Từ sáng nay khách không đặt hàng được, trang báo lỗi khi bấm thanh toán. Mong bên mình sửa gấp.',
      author: 'lan-bepxanh',
      labels: ['feedback'],
      createdAt: '2026-11-30T04:00:00Z',
      updatedAt: '2026-11-30T04:00:00Z',
    });
    await life.settle('2026-11-30T04:10:00Z', { 'operations-per-run': '5000' });
    expect(thread(life, fresh.number)[0]).toMatch(/^feedback-ack\//u);
    expect(life.fake.repo.issues.get(fresh.number)?.assignees).toEqual(['quang-songhan']);
  }, 240_000);
});
