import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/snapshot';
import { addComment, addIssue, makeSnapshot, updateIssue } from '../../fake-github/world';
import { commentsOf, kinds, labelsAdded, plan, run } from './helpers';

const FILED = '2026-11-23T02:00:00Z'; // Mon 09:00 ICT
const file = (snapshot: Snapshot, number: number, title: string, body: string, createdAt = FILED): Snapshot =>
  addIssue(snapshot, { number, title, body, labels: ['feedback'], createdAt });
const labelsOf = (snapshot: Snapshot, number: number): string[] =>
  [...(snapshot.issues.find((issue) => issue.number === number)?.labels ?? [])].sort();

describe('positive feedback', () => {
  const world = file(
    makeSnapshot(),
    3,
    'Cảm ơn cả nhóm',
    'Thiết kế trang chủ mới rất đẹp, cả công ty đều thích. Cảm ơn cả nhóm!',
  );

  it('gets a thank-you and the kudos label, and no deadline to answer', () => {
    const first = run(world, '2026-11-23T02:05:00Z');
    expect(labelsAdded(first.writes, 3)).toEqual(
      expect.arrayContaining(['type: positive', 'kudos', 'topic: design', 'feedback: acknowledged']),
    );
    const ack = commentsOf(first.writes, 3)[0];
    expect(ack?.body).toContain('Cảm ơn chị rất nhiều — những lời của chị thật sự rất ý nghĩa');
    expect(ack?.body).not.toContain('chậm nhất');
    // A week later, unanswered: still no warning, breach or escalation.
    expect(plan(first.snapshot, '2026-12-01T02:00:00Z')).toEqual([]);
  });

  it('is not asked to confirm a resolution when closed', () => {
    const done = updateIssue(run(world, '2026-11-23T02:05:00Z').snapshot, 3, (issue) => ({
      ...issue,
      state: 'closed',
      stateReason: 'COMPLETED',
      closedAt: '2026-11-24T02:00:00Z',
    }));
    const writes = plan(done, '2026-11-24T03:00:00Z');
    expect(kinds(writes)).toEqual(['remove-label', 'add-labels']);
    expect(labelsAdded(writes, 3)).toEqual(['feedback: resolved']);
  });
});

describe('negative feedback', () => {
  it('gets an apology and a resolution commitment; P4 gets no 5 whys prompt', () => {
    const world = file(
      makeSnapshot(),
      4,
      'Admin slow',
      'The product list in the admin is slow to load: a minor quality issue, not urgent. It would be nice if it loaded faster.',
    );
    const writes = plan(world, '2026-11-23T02:05:00Z');
    const [ack, ...rest] = commentsOf(writes, 4);
    expect(ack?.marker.data).toMatchObject({ type: 'negative', importance: 'not_important', priority: 'P4' });
    // Written in English, so answered in English, though the engagement's client locale is Vietnamese.
    expect(ack?.body).toContain('we are sorry for the trouble');
    expect(ack?.body).toContain('We commit to resolving it by');
    expect(ack?.marker.data).toMatchObject({ lang: 'en' });
    expect(rest).toEqual([]);
  });
});

describe('unclear feedback', () => {
  const world = file(makeSnapshot(), 5, 'Trang chủ', 'Trang chủ không ổn.');
  const asked = run(world, '2026-11-23T02:05:00Z');

  it('asks open questions for exactly what is missing and waits for the client', () => {
    const ack = commentsOf(asked.writes, 5)[0];
    expect(ack?.marker).toMatchObject({ stage: 'unclear', data: { waiting: 'yes' } });
    expect(ack?.body).toContain('Điều gì đã xảy ra?');
    expect(ack?.body).toContain('Chị mong muốn kết quả như thế nào');
    // The topic is never asked: it is the triage role's to settle.
    expect(ack?.body).not.toContain('Góp ý này liên quan đến phần việc nào?');
    expect(ack?.body).not.toContain('chậm nhất');
    expect(labelsOf(asked.snapshot, 5)).toContain('feedback: waiting for client');
  });

  it('lets the clock stand still while waiting: no warning or breach', () => {
    expect(plan(asked.snapshot, '2026-11-24T09:00:00Z')).toEqual([]);
  });

  it('nudges once, politely, after the configured three business days', () => {
    expect(plan(asked.snapshot, '2026-11-26T02:00:00Z')).toEqual([]);
    const nudged = run(asked.snapshot, '2026-11-26T02:10:00Z');
    expect(kinds(nudged.writes)).toEqual(['comment:feedback-nudge']);
    expect(nudged.writes[0]?.kind === 'comment' && nudged.writes[0].body).toContain('nhắc nhẹ');
    expect(plan(nudged.snapshot, '2026-12-10T02:00:00Z')).toEqual([]);
  });

  it('resumes state and clock by itself when the author answers', () => {
    const answered = addComment(asked.snapshot, 5, {
      body: 'Ảnh sản phẩm trên trang chủ bị vỡ trên điện thoại. Mong ảnh hiển thị rõ như trên máy tính.',
      createdAt: '2026-11-24T07:00:00Z',
    });
    const resumed = run(answered, '2026-11-24T07:05:00Z');
    // Two words named no topic, so it was filed under `other`; the answer (product images broken on
    // phones: how it looks) reads as design, and the label the action guessed follows it. It is
    // accepted now: the analysis role takes it and the client hears who has it and the dates.
    expect(kinds(resumed.writes)).toEqual([
      'assign',
      'remove-label',
      'remove-label',
      'add-labels',
      'add-labels',
      'comment:feedback-accepted',
      'comment:feedback-5whys',
    ]);
    const accepted = commentsOf(resumed.writes, 5).find((c) => c.marker.kind === 'feedback-accepted');
    expect(accepted?.body).toContain('@vy-songhan');
    // 16 working hours: 5 minutes used before the question, the rest from Tue 14:00 → Thu 11:55.
    expect(accepted?.body).toMatch(/chậm nhất vào \*\*11:55 thứ Năm, 26\/11\/2026/u);
    // Both clocks count working hours here, and the note says so, as the acknowledgement would.
    expect(accepted?.body).toContain(
      'Cả hai mốc thời gian được tính theo giờ làm việc (08:30–17:30, thứ Hai đến thứ Sáu).',
    );
    expect(resumed.writes).toContainEqual(
      expect.objectContaining({ kind: 'assign', assignees: ['vy-songhan'] }),
    );
    expect(labelsAdded(resumed.writes, 5)).toEqual(['topic: design', 'feedback: acknowledged']);
    // Important: 16 working hours, 5 minutes used before the question, the rest from Tue 14:00.
    // Warning at 75% (12h): Wed 16:55 ICT; without the pause it would have come on Tuesday.
    expect(plan(resumed.snapshot, '2026-11-25T09:50:00Z')).toEqual([]);
    expect(kinds(plan(resumed.snapshot, '2026-11-25T10:00:00Z'))).toEqual(['comment:feedback-sla-warning']);
  });
});

describe('a typo', () => {
  it('gets a quick answer but no "5 whys", even while the classifier takes the more urgent reading', () => {
    // The golden week's typo, whose importance the classifier is unsure of.
    const world = file(
      makeSnapshot(),
      4,
      'Typo on the about page',
      'The about page spells "coffee" as "cofee", please correct it.',
    );
    const writes = run(world, '2026-11-23T02:05:00Z').writes;
    expect(kinds(writes)).toContain('comment:feedback-ack');
    expect(kinds(writes)).not.toContain('comment:feedback-5whys');
  });
});

describe('contradictory feedback', () => {
  const world = file(
    file(
      makeSnapshot(),
      8,
      'Logo',
      'Logo trên trang chủ nên to hơn để khách dễ thấy thương hiệu, mong chỉnh lại thiết kế.',
    ),
    9,
    'Logo quá to',
    'Logo trong thiết kế trang chủ chiếm nhiều chỗ, mong làm nhỏ hơn cho gọn.',
    '2026-11-23T03:00:00Z',
  );

  it('labels both, links them, and asks the client by name which stands — once', () => {
    const first = run(world, '2026-11-23T03:05:00Z');
    expect(labelsAdded(first.writes, 8)).toContain('feedback: contradiction');
    expect(labelsAdded(first.writes, 9)).toContain('feedback: contradiction');
    const ask = commentsOf(first.writes, 9).find(
      (comment) => comment.marker.kind === 'feedback-contradiction',
    )!.body;
    expect(ask).toMatch(/^Chào chị Lan,\n\n/u);
    // Each request in one sentence of the client's own words.
    expect(ask).toContain(
      '- #8: “Logo trên trang chủ nên to hơn để khách dễ thấy thương hiệu, mong chỉnh lại thiết kế.”',
    );
    expect(ask).toContain(
      '- Góp ý này (#9): “Logo trong thiết kế trang chủ chiếm nhiều chỗ, mong làm nhỏ hơn cho gọn.”',
    );
    // The options, and the truth about the clocks.
    expect(ask).toContain('1. Giữ #8, chúng tôi sẽ đóng lại góp ý này.');
    expect(ask).toContain('2. Giữ góp ý này, chúng tôi sẽ đóng lại #8.');
    expect(ask).toContain('3. Kết hợp cả hai');
    expect(ask).toContain('các mốc thời gian chúng tôi đã hẹn cho cả hai góp ý vẫn giữ nguyên');
    // Written to its author, chị Lan, who is the client primary: no one else to copy, no "anh/chị".
    expect(ask).not.toMatch(/@lan-bepxanh|anh\/chị|Đồng gửi/u);
    const link = commentsOf(first.writes, 8).find(
      (comment) => comment.marker.kind === 'feedback-contradiction',
    )!.body;
    expect(link).toMatch(/^Chào chị Lan,\n\nGóp ý #9 cũng về \*\*Thiết kế\*\*/u);
    expect(plan(first.snapshot, '2026-11-23T03:10:00Z')).toEqual([]);
  });

  it('asks an author who is not a contact neutrally, in their language, and copies the client primary', () => {
    const byStranger = updateIssue(world, 9, (issue) => ({
      ...issue,
      author: { ...issue.author, login: 'kim-bepxanh' },
      title: 'Logo too big',
      body: 'The logo on the home page design takes a lot of space, please make it smaller.',
    }));
    const ask = commentsOf(plan(byStranger, '2026-11-23T03:05:00Z'), 9).find(
      (comment) => comment.marker.kind === 'feedback-contradiction',
    )!.body;
    expect(ask).toMatch(/^Hello,\n\n/u);
    expect(ask).toContain(
      '- This one (#9): “The logo on the home page design takes a lot of space, please make it smaller.”',
    );
    expect(ask).toContain('cc @lan-bepxanh, so that everyone decides from the same facts.');
  });

  it('holds neither clock while the question waits: both still get their first-response warning', () => {
    const asked = run(world, '2026-11-23T03:05:00Z').snapshot;
    expect(asked.issues.find((issue) => issue.number === 9)!.labels).not.toContain(
      'feedback: waiting for client',
    );
    // Later the same week, well before an answer: each issue's SLA notes are still planned.
    const later = plan(asked, '2026-11-30T09:00:00Z');
    for (const number of [8, 9])
      expect(
        commentsOf(later, number).some((comment) => comment.marker.kind.startsWith('feedback-sla')),
        `#${number}`,
      ).toBe(true);
  });

  it('does not see a conflict across topics or with closed feedback', () => {
    const closed = updateIssue(world, 8, (issue) => ({
      ...issue,
      state: 'closed',
      stateReason: 'COMPLETED',
      closedAt: FILED,
    }));
    expect(kinds(plan(closed, '2026-11-23T03:05:00Z'))).not.toContain('comment:feedback-contradiction');
    const otherTopic = updateIssue(world, 8, (issue) => ({
      ...issue,
      labels: [...issue.labels, 'topic: quality'],
    }));
    expect(kinds(plan(otherTopic, '2026-11-23T03:05:00Z'))).not.toContain('comment:feedback-contradiction');
  });

  it('does not call praise a contradiction of a request or a complaint on the same topic', () => {
    // Written for this test: praise of a design next to a change request and a complaint about it.
    const praised = file(
      world,
      10,
      'Bộ màu mới',
      'Cả nhà chị đều mê tông màu kem mới của trang, nhìn sang hẳn. Cảm ơn các em nhiều!',
      '2026-11-23T04:00:00Z',
    );
    const withComplaint = file(
      praised,
      11,
      'Chữ trên ảnh bìa',
      'Chữ trắng đè lên ảnh bìa sáng màu nên gần như không đọc được, khách cứ phải nheo mắt.',
      '2026-11-23T04:30:00Z',
    );
    const writes = plan(withComplaint, '2026-11-23T05:00:00Z');
    const notes = commentsOf(writes, 10)
      .concat(commentsOf(writes, 11))
      .filter((comment) => comment.marker.kind === 'feedback-contradiction');
    expect(notes).toEqual([]);
    expect(labelsAdded(writes, 10)).not.toContain('feedback: contradiction');
  });

  it('compares a new request with a handful of the latest opposite requests only', () => {
    let many = makeSnapshot();
    for (let n = 1; n <= 8; n += 1) {
      many = file(
        many,
        n,
        `Logo ${n}`,
        'Logo trên trang chủ nên to hơn để khách dễ thấy thương hiệu.',
        `2026-11-23T0${n}:00:00Z`,
      );
    }
    many = file(
      many,
      9,
      'Logo quá to',
      'Logo chiếm nhiều chỗ, mong làm nhỏ hơn cho gọn.',
      '2026-11-23T09:30:00Z',
    );
    const asks = commentsOf(plan(many, '2026-11-23T10:00:00Z'), 9).filter(
      (comment) => comment.marker.kind === 'feedback-contradiction',
    );
    // One note, naming the latest opposite request: never one per earlier request (issue #16: at most
    // one open contradiction note per issue; contradiction-bounds.test.ts holds the rest).
    expect(asks.map((comment) => comment.marker.stage)).toEqual(['with-8']);
  });
});
