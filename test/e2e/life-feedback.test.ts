// A week of client feedback lived end to end on the local HTTP fake of GitHub, with the real action
// run in-process on a schedule. The client files three pieces of feedback on Monday morning (one
// urgent and negative through the issue form, one unclear, one positive); the team answers the
// urgent one after its first-response time, the client answers the questions on the unclear one,
// and the urgent one is resolved, confirmed and rated. After every run, a second run at the same
// time must write nothing. The engagement is examples/engagement.yml with the weekly summary
// switched off, so these assertions are about the feedback rules alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveFeedbackFacts } from '../../src/feedback';
import { formBody } from '../feedback/helpers';
import {
  BOT_LOGIN,
  botComments,
  botIssues,
  closeIssue,
  comment,
  contextFromFake,
  exampleEngagement,
  fileIssue,
  labelsOf,
  startLife,
  thread,
  type Life,
} from './life-helpers';

const PEOPLE = ['lan-bepxanh', 'minh-bepxanh', 'thu-bepxanh', 'quang-songhan', 'vy-songhan', 'hoa-songhan'];

describe('three pieces of feedback, one answered late, on the HTTP fake', () => {
  let life: Life;
  const numbers = { urgent: 0, unclear: 0, positive: 0 };
  const writesPerRun: number[] = [];
  const settle = async (now: string): Promise<void> => {
    writesPerRun.push(Number((await life.settle(now)).outputs.writes));
  };

  beforeAll(async () => {
    const example = await exampleEngagement();
    const engagement = example.replace('summary:\n  day: mon', 'summary:\n  enabled: false\n  day: mon');
    expect(engagement).not.toBe(example);
    life = await startLife(engagement, '2026-11-23T01:00:00Z');
    for (const login of PEOPLE) life.fake.repo.user(login);

    await settle('2026-11-23T01:00:00Z'); // Monday 08:00: the milestones' tracking issues
    numbers.urgent = fileIssue(life, {
      title: 'Không thanh toán được',
      author: 'lan-bepxanh',
      labels: ['feedback'],
      at: '2026-11-23T02:00:00Z',
      body: formBody({
        topic: 'Product quality / Chất lượng sản phẩm',
        importance: 'Urgent / Khẩn cấp',
        type: 'Negative — something is wrong / Tiêu cực — có vấn đề',
        what: 'Từ sáng nay khách không thanh toán được bằng thẻ, trang báo lỗi 500. @quang-songhan <b>gấp</b>',
        expected: 'Khách thanh toán bằng thẻ như trước.',
      }),
    });
    numbers.unclear = fileIssue(life, {
      title: 'Trang chủ',
      author: 'lan-bepxanh',
      labels: ['feedback'],
      at: '2026-11-23T02:10:00Z',
      body: 'Trang chủ không ổn.',
    });
    numbers.positive = fileIssue(life, {
      title: 'Cảm ơn',
      author: 'lan-bepxanh',
      labels: ['feedback'],
      at: '2026-11-23T02:20:00Z',
      body: 'Thiết kế trang sản phẩm rất đẹp, cả nhóm bên mình đều thích. Cảm ơn các bạn!',
    });
    await settle('2026-11-23T02:30:00Z'); // 09:30: acknowledgements
    await settle('2026-11-23T05:00:00Z'); // 12:00: the urgent one's first response is 75% used
    await settle('2026-11-23T06:05:00Z'); // 13:05: it passed at 13:00
    comment(
      life,
      numbers.urgent,
      'vy-songhan',
      'Chúng tôi đã tìm ra lỗi ở cổng thanh toán và đang sửa.',
      '2026-11-23T07:00:00Z',
    );
    await settle('2026-11-23T07:05:00Z');
    comment(
      life,
      numbers.unclear,
      'lan-bepxanh',
      'Ảnh sản phẩm trên trang chủ bị vỡ trên điện thoại. Mong ảnh hiển thị rõ như trên máy tính.',
      '2026-11-24T03:00:00Z',
    );
    await settle('2026-11-24T03:05:00Z');
    comment(
      life,
      numbers.unclear,
      'quang-songhan',
      'Cảm ơn chị, chúng tôi sẽ tối ưu ảnh trong hôm nay.',
      '2026-11-24T04:00:00Z',
    );
    await settle('2026-11-24T04:05:00Z');
    comment(
      life,
      numbers.urgent,
      'vy-songhan',
      'Đã sửa xong cổng thanh toán, khách đã thanh toán bằng thẻ được.',
      '2026-11-24T08:00:00Z',
    );
    closeIssue(life, numbers.urgent, '2026-11-24T08:01:00Z');
    await settle('2026-11-24T08:30:00Z');
    comment(
      life,
      numbers.urgent,
      'lan-bepxanh',
      '/rate 5 Cảm ơn các bạn đã xử lý nhanh.',
      '2026-11-24T09:00:00Z',
    );
    await settle('2026-11-24T09:30:00Z');
  });
  afterAll(async () => {
    await life.close();
  });

  it('ends with exactly the right labels and assignees', () => {
    expect(labelsOf(life, numbers.urgent)).toEqual([
      'feedback',
      'feedback: confirmed',
      'importance: urgent',
      'priority: P1',
      'sla: breached',
      'topic: quality',
      'type: negative',
    ]);
    expect(labelsOf(life, numbers.unclear)).toEqual([
      'feedback',
      'feedback: in progress',
      'importance: important',
      'priority: P2',
      // The client's answer (product photos broken on phones: how it looks) confirms the topic
      // guessed from two words.
      'topic: design',
      'triage: needs review',
      'type: negative',
    ]);
    expect(labelsOf(life, numbers.positive)).toEqual([
      'feedback',
      'feedback: acknowledged',
      'importance: low',
      'kudos',
      'priority: P4',
      'topic: design',
      'type: positive',
    ]);
    // The triage role takes everything; the analysis role what is accepted for work (not praise).
    for (const number of [numbers.urgent, numbers.unclear]) {
      expect(life.fake.repo.issues.get(number)!.assignees, `#${number}`).toEqual([
        'quang-songhan',
        'vy-songhan',
      ]);
    }
    expect(life.fake.repo.issues.get(numbers.positive)!.assignees).toEqual(['quang-songhan']);
    expect(life.fake.repo.labels.get('sla: breached')).toMatchObject({ color: 'b60205' });
  });

  it('ends with exactly the right comments, each once', () => {
    expect(thread(life, numbers.urgent)).toEqual([
      'feedback-ack/negative',
      'feedback-5whys',
      'feedback-sla-warning/first_response',
      'feedback-sla-breach/first_response',
      'person:vy-songhan',
      'person:vy-songhan',
      'feedback-confirm/closed-2026-11-24T08:01:00Z',
      'person:lan-bepxanh',
      'feedback-rating/closed-2026-11-24T08:01:00Z',
    ]);
    expect(thread(life, numbers.unclear)).toEqual([
      'feedback-ack/unclear',
      'feedback-triage-review',
      'person:lan-bepxanh',
      'feedback-accepted',
      'feedback-5whys',
      'person:quang-songhan',
    ]);
    expect(thread(life, numbers.positive)).toEqual(['feedback-ack/positive']);
  });

  it('speaks to the client in Vietnamese with the SLA time, and to the team in English', () => {
    const [ack, fiveWhys, warning, breach] = botComments(life, numbers.urgent);
    expect(ack!.body).toContain('Chào chị Lan');
    expect(ack!.body).toContain('chậm nhất vào **13:00 thứ Hai, 23/11/2026 (giờ Việt Nam)**');
    expect(ack!.marker.data).toMatchObject({ priority: 'P1', firstResponseDue: '2026-11-23T06:00:00.000Z' });
    expect(fiveWhys!.body).toMatch(/^@vy-songhan .*“5 whys”/u);
    expect(warning!.body).toMatch(
      /^@quang-songhan .*first-response time .* ends at \*\*Mon, 23 Nov 2026, 13:00/u,
    );
    expect(breach!.body).toMatch(/^@quang-songhan @hoa-songhan /u);
    const unclear = botComments(life, numbers.unclear)[0]!;
    expect(unclear.body).toContain('Chị mong muốn kết quả như thế nào');
    expect(botComments(life, numbers.positive)[0]!.body).toContain(
      'Cảm ơn chị rất nhiều — những lời của chị thật sự rất ý nghĩa',
    );
  });

  it('opened exactly one escalation, for the urgent breach, assigned to the account manager, and closed it once the feedback was resolved', () => {
    const escalations = [...life.fake.repo.issues.values()].filter(
      (issue) => issue.labels.includes('engagement: escalation') || issue.title.startsWith('Escalation'),
    );
    expect(escalations).toHaveLength(1);
    const escalation = escalations[0]!;
    expect(botIssues(life, 'escalation', `issue:${numbers.urgent}`)).toEqual([escalation]);
    expect(escalation).toMatchObject({
      author: BOT_LOGIN,
      title: `Escalation: feedback #${numbers.urgent} passed its first-response time`,
      assignees: ['hoa-songhan'],
      labels: ['engagement: escalation'],
      state: 'closed',
    });
    const closing = botComments(life, escalation.number);
    expect(closing.map((c) => c.marker.kind)).toEqual(['feedback-escalation-closed']);
    expect(closing[0]!.body).toContain(`#${numbers.urgent}`);
    // The client's words are quoted without pinging anyone or rendering HTML.
    expect(escalation.body).toContain('> Từ sáng nay khách không thanh toán được bằng thẻ');
    expect(escalation.body).toContain('trang báo lỗi 500. @\u200dquang-songhan &lt;b&gt;gấp&lt;/b&gt;');
    expect(escalation.body).not.toContain('<b>');
    const breach = botComments(life, numbers.urgent).find((c) => c.marker.kind === 'feedback-sla-breach')!;
    expect(breach.body).toContain(`The escalation is tracked in #${escalation.number}.`);
  });

  it('every run wrote something and every rerun nothing; every request was valid', () => {
    expect(writesPerRun.every((count) => count > 0)).toBe(true);
    expect(life.fake.violations).toEqual([]);
  });

  it('leaves the figures the weekly summary needs derivable from GitHub alone', async () => {
    const facts = deriveFeedbackFacts(await contextFromFake(life, '2026-11-24T09:30:00Z'));
    const byNumber = new Map(facts.map((fact) => [fact.number, fact]));
    expect(facts).toHaveLength(3);
    expect(byNumber.get(numbers.urgent)).toMatchObject({
      processState: 'confirmed',
      escalated: true,
      rating: 5,
      firstResponse: { met: false, minutesTaken: 300 },
    });
    expect(byNumber.get(numbers.unclear)).toMatchObject({
      processState: 'in_progress',
      firstResponse: { met: true },
    });
    expect(byNumber.get(numbers.positive)!.kudos).toContain('Thiết kế trang sản phẩm rất đẹp');
  });
});
