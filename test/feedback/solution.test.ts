// From analysis to fix: the team's root cause, `/propose`, the client's `/agree`, `/implemented`,
// each visible as a process state; the resolution role assigned on agreement; the resolution clock
// restarting from the agreement when the engagement says so. Every run goes through the real composer
// and ends with an unchanged rerun that plans nothing; the paths nobody chooses (strangers, the wrong
// side, commands quoted or in code, comments edited or deleted afterwards) are tested too.
import { describe, expect, it } from 'vitest';
import type { Snapshot, SnapshotComment } from '../../src/core/snapshot';
import { addComment, addIssue, makeSnapshot, updateIssue } from '../../fake-github/world';
import { commentsOf, engagementWith, kinds, labelsAdded, plan, run } from './helpers';

const FILED = '2026-11-23T02:00:00Z'; // Mon 09:00 in Hồ Chí Minh City
const ENGAGEMENT = engagementWith({ feedback: { roles: { resolution: ['@tuan-songhan'] } } });
const FROM_AGREEMENT = engagementWith({
  feedback: { roles: { resolution: ['@tuan-songhan'] }, resolution_from_agreement: true },
});

const filed = (): Snapshot =>
  addIssue(makeSnapshot(), {
    number: 7,
    title: 'Ảnh sản phẩm bị mờ',
    body: 'Ảnh sản phẩm trên trang thực đơn bị mờ khi xem trên máy tính, nhìn không chuyên nghiệp. Nhờ bên em xem lại.',
    labels: ['feedback'],
    createdAt: FILED,
  });

let ids = 5000;
const say = (snapshot: Snapshot, author: string, body: string, at: string, id?: number): Snapshot =>
  addComment(snapshot, 7, { id: id ?? ids++, author, body, createdAt: at });

/** The team proposes on Mon 23 Nov 14:00 and the client agrees on Tue 24 Nov 09:00, each run five minutes later. */
function proposeThenAgree(
  from: Snapshot,
  proposal: string,
  agreement: string,
  ids: { readonly propose?: number; readonly agree?: number } = {},
): { proposed: ReturnType<typeof run>; agreed: ReturnType<typeof run> } {
  const proposed = run(
    say(from, 'quang-songhan', `/propose ${proposal}`, '2026-11-23T07:00:00Z', ids.propose),
    '2026-11-23T07:05:00Z',
    ENGAGEMENT,
  );
  const agreed = run(
    say(proposed.snapshot, 'lan-bepxanh', agreement, '2026-11-24T02:00:00Z', ids.agree),
    '2026-11-24T02:05:00Z',
    ENGAGEMENT,
  );
  return { proposed, agreed };
}

const stateLabels = (snapshot: Snapshot): string[] =>
  snapshot.issues
    .find((issue) => issue.number === 7)!
    .labels.filter((label) => label.startsWith('feedback: '));

const comment = (snapshot: Snapshot, id: number): SnapshotComment =>
  snapshot.issues.find((issue) => issue.number === 7)!.comments.find((c) => c.id === id)!;

const changeComment = (
  snapshot: Snapshot,
  id: number,
  change: (c: SnapshotComment) => SnapshotComment | null,
): Snapshot =>
  updateIssue(snapshot, 7, (issue) => ({
    ...issue,
    comments: issue.comments.flatMap((c) => (c.id === id ? (change(c) ?? []) : [c])),
  }));

describe('from analysis to an agreed, implemented solution', () => {
  const acknowledged = run(filed(), '2026-11-23T02:05:00Z', ENGAGEMENT);
  const answered = run(
    say(acknowledged.snapshot, 'quang-songhan', 'Bên em đang kiểm tra ạ.', '2026-11-23T03:00:00Z'),
    '2026-11-23T03:05:00Z',
    ENGAGEMENT,
  );
  const analysedWorld = run(
    say(
      answered.snapshot,
      'vy-songhan',
      '1. Why? Ảnh bị nén hai lần.\n\n**Root cause:** the CMS resizes already compressed photos.\n**What we change:** upload originals.',
      '2026-11-23T06:00:00Z',
    ),
    '2026-11-23T06:05:00Z',
    ENGAGEMENT,
  );
  const PROPOSE_ID = 7001;
  const AGREE_ID = 7002;
  const { proposed, agreed } = proposeThenAgree(
    analysedWorld.snapshot,
    'Tải lại ảnh gốc cho 24 món và tắt nén ảnh lần hai.\n- Kiểm tra trên máy tính và điện thoại',
    'Ok bên em.\n\n/agree',
    { propose: PROPOSE_ID, agree: AGREE_ID },
  );
  const implemented = run(
    say(agreed.snapshot, 'tuan-songhan', '/implemented Đã tải lại 24 ảnh gốc.', '2026-11-25T03:00:00Z'),
    '2026-11-25T03:05:00Z',
    ENGAGEMENT,
  );

  it('moves through in progress, analysed, solution proposed and implemented, one label at a time', () => {
    expect(stateLabels(answered.snapshot)).toEqual(['feedback: in progress']);
    expect(stateLabels(analysedWorld.snapshot)).toEqual(['feedback: analysed']);
    expect(kinds(analysedWorld.writes)).toEqual(['remove-label', 'add-labels']);
    expect(stateLabels(proposed.snapshot)).toEqual(['feedback: solution proposed']);
    expect(stateLabels(agreed.snapshot)).toEqual(['feedback: solution proposed']);
    expect(stateLabels(implemented.snapshot)).toEqual(['feedback: implemented']);
  });

  it('shows the proposal to the client in their words and form of address, with how to accept it', () => {
    const [record] = commentsOf(proposed.writes, 7);
    expect(record?.marker).toMatchObject({
      kind: 'feedback-proposal',
      stage: `comment-${PROPOSE_ID}`,
      data: {
        text: 'Tải lại ảnh gốc cho 24 món và tắt nén ảnh lần hai.\n- Kiểm tra trên máy tính và điện thoại',
        by: 'quang-songhan',
      },
    });
    expect(record?.body).toContain('Chào chị Lan,');
    expect(record?.body).toContain('> Tải lại ảnh gốc cho 24 món');
    expect(record?.body).toContain('> - Kiểm tra trên máy tính và điện thoại');
    expect(record?.body).toContain('chị chỉ cần trả lời `/agree`');
    expect(record?.body).not.toContain('anh/chị');
  });

  it('records the agreement, assigns the resolution role and keeps the committed date (default)', () => {
    const [record] = commentsOf(agreed.writes, 7);
    expect(record?.marker).toMatchObject({
      kind: 'feedback-agreement',
      stage: `comment-${PROPOSE_ID}`,
      data: { agreer: 'lan-bepxanh', agreeId: String(AGREE_ID), agreedAt: '2026-11-24T02:00:00Z' },
    });
    expect(record?.body).toContain('Cảm ơn chị đã đồng ý');
    expect(record?.body).toContain('@tuan-songhan sẽ phụ trách thực hiện');
    // Important feedback: 5 working days from Mon 09:00 → Mon 30/11 09:00, unchanged by the agreement.
    expect(record?.body).toContain(
      'vẫn giữ đúng thời hạn giải quyết đã cam kết: **09:00 thứ Hai, 30/11/2026',
    );
    // The resolution time is 5 business days: the client is told it counts working time.
    expect(record?.body).toContain('Thời hạn giải quyết được tính theo giờ làm việc (08:30–17:30, thứ Hai');
    expect(agreed.writes).toContainEqual(
      expect.objectContaining({ kind: 'assign', assignees: ['tuan-songhan'] }),
    );
  });

  it('tells the client the solution is in place and what changed', () => {
    const [note] = commentsOf(implemented.writes, 7);
    expect(note?.marker.kind).toBe('feedback-implemented');
    expect(note?.body).toContain('Chúng tôi đã thực hiện xong hướng giải quyết');
    expect(note?.body).toContain('> Đã tải lại 24 ảnh gốc.');
    expect(note?.body).toContain('Những gì đã thay đổi:\n\n>');
  });

  it('says the team’s words are quoted in English when a Vietnamese thread quotes English', () => {
    const proposedInEnglish = run(
      say(
        analysedWorld.snapshot,
        'quang-songhan',
        '/propose Upload the original photos and turn off the second compression step.',
        '2026-11-23T07:00:00Z',
        7101,
      ),
      '2026-11-23T07:05:00Z',
      ENGAGEMENT,
    );
    const [proposal] = commentsOf(proposedInEnglish.writes, 7);
    expect(proposal?.body).toContain(
      'chúng tôi xin đề xuất hướng giải quyết như sau (nguyên văn tiếng Anh):\n\n> Upload the original photos',
    );
    const agreedInEnglish = run(
      say(proposedInEnglish.snapshot, 'lan-bepxanh', '/agree', '2026-11-24T02:00:00Z', 7102),
      '2026-11-24T02:05:00Z',
      ENGAGEMENT,
    );
    const [agreement] = commentsOf(agreedInEnglish.writes, 7);
    expect(agreement?.body).toContain('Nội dung đã thống nhất được lưu lại tại đây (nguyên văn tiếng Anh):');
    const done = run(
      say(
        agreedInEnglish.snapshot,
        'tuan-songhan',
        '/implemented The 24 original photos are uploaded.',
        '2026-11-25T03:00:00Z',
      ),
      '2026-11-25T03:05:00Z',
      ENGAGEMENT,
    );
    const [note] = commentsOf(done.writes, 7);
    expect(note?.body).toContain(
      'Những gì đã thay đổi (nguyên văn tiếng Anh):\n\n> The 24 original photos are uploaded.',
    );
  });

  it('resolves and asks for the rating once closed, as before', () => {
    const closed = updateIssue(implemented.snapshot, 7, (issue) => ({
      ...issue,
      state: 'closed',
      stateReason: 'COMPLETED',
      closedAt: '2026-11-25T08:00:00Z',
    }));
    const after = run(closed, '2026-11-25T08:05:00Z', ENGAGEMENT);
    expect(kinds(after.writes)).toContain('comment:feedback-confirm');
    expect(stateLabels(after.snapshot)).toEqual(['feedback: resolved']);
  });

  it('keeps the record when people edit or delete the comments afterwards', () => {
    let world = changeComment(agreed.snapshot, PROPOSE_ID, (c) => ({
      ...c,
      body: '/propose Something else entirely',
      edited: true,
      updatedAt: '2026-11-24T05:00:00Z',
    }));
    world = changeComment(world, AGREE_ID, () => null);
    const after = run(world, '2026-11-24T05:05:00Z', ENGAGEMENT);
    expect(after.writes).toEqual([]);
    expect(stateLabels(after.snapshot)).toEqual(['feedback: solution proposed']);
    expect(comment(after.snapshot, PROPOSE_ID).body).toContain('Something else');
  });

  it('goes back to work after the client reopens it: earlier steps no longer count', () => {
    const closed = updateIssue(implemented.snapshot, 7, (issue) => ({
      ...issue,
      state: 'closed',
      stateReason: 'COMPLETED',
      closedAt: '2026-11-25T08:00:00Z',
    }));
    const asked = run(closed, '2026-11-25T08:05:00Z', ENGAGEMENT);
    const reopened = run(
      say(asked.snapshot, 'lan-bepxanh', 'Vẫn còn lỗi, chưa được giải quyết.', '2026-11-25T09:00:00Z'),
      '2026-11-25T09:05:00Z',
      ENGAGEMENT,
    );
    expect(kinds(reopened.writes)).toContain('reopen-issue');
    expect(stateLabels(reopened.snapshot)).toEqual(['feedback: in progress']);
  });
});

describe('who may propose and agree', () => {
  const base = run(filed(), '2026-11-23T02:05:00Z', ENGAGEMENT).snapshot;

  it("ignores a stranger's /propose and /agree, a client's /propose and the team's own /agree", () => {
    let world = say(base, 'random-person', '/propose Làm lại toàn bộ trang.', '2026-11-23T03:00:00Z');
    world = say(world, 'lan-bepxanh', '/propose Chị muốn đổi ảnh khác.', '2026-11-23T03:10:00Z');
    const quiet = run(world, '2026-11-23T03:15:00Z', ENGAGEMENT);
    expect(commentsOf(quiet.writes, 7)).toEqual([]);

    const proposed = run(
      say(quiet.snapshot, 'quang-songhan', '/propose Thay ảnh gốc.', '2026-11-23T04:00:00Z'),
      '2026-11-23T04:05:00Z',
      ENGAGEMENT,
    );
    expect(kinds(proposed.writes)).toContain('comment:feedback-proposal');
    let after = say(proposed.snapshot, 'random-person', '/agree', '2026-11-23T05:00:00Z');
    after = say(after, 'quang-songhan', '/agree', '2026-11-23T05:01:00Z');
    after = say(after, 'vy-songhan', '/agree', '2026-11-23T05:02:00Z');
    const still = run(after, '2026-11-23T05:05:00Z', ENGAGEMENT);
    expect(still.writes).toEqual([]);
  });

  it('reads no command in code, quotes or mid-sentence, and no /agree written before the proposal', () => {
    let world = say(base, 'lan-bepxanh', '/agree', '2026-11-23T02:30:00Z');
    world = say(world, 'quang-songhan', '```\n/propose Thay ảnh gốc.\n```', '2026-11-23T03:00:00Z');
    world = say(world, 'quang-songhan', '> /propose Thay ảnh gốc.', '2026-11-23T03:01:00Z');
    world = say(world, 'quang-songhan', 'Chị có thể trả lời /agree khi đồng ý.', '2026-11-23T03:02:00Z');
    const quiet = run(world, '2026-11-23T03:05:00Z', ENGAGEMENT);
    expect(commentsOf(quiet.writes, 7)).toEqual([]);

    const proposed = run(
      say(quiet.snapshot, 'quang-songhan', '/propose Thay ảnh gốc.', '2026-11-23T04:00:00Z'),
      '2026-11-23T04:05:00Z',
      ENGAGEMENT,
    );
    // The early /agree agreed to nothing; a quoted one agrees to nothing either.
    expect(kinds(proposed.writes)).not.toContain('comment:feedback-agreement');
    const quoted = run(
      say(proposed.snapshot, 'lan-bepxanh', '> /agree\n\nĐể chị xem đã.', '2026-11-23T05:00:00Z'),
      '2026-11-23T05:05:00Z',
      ENGAGEMENT,
    );
    expect(quoted.writes).toEqual([]);
  });

  it('reads an old comment edited into /agree at its edit time, after the proposal', () => {
    const OLD = 7101;
    let world = say(base, 'lan-bepxanh', 'Để chị hỏi sếp.', '2026-11-23T02:30:00Z', OLD);
    world = run(
      say(world, 'quang-songhan', '/propose Thay ảnh gốc.', '2026-11-23T04:00:00Z'),
      '2026-11-23T04:05:00Z',
      ENGAGEMENT,
    ).snapshot;
    world = changeComment(world, OLD, (c) => ({
      ...c,
      body: '/agree',
      edited: true,
      updatedAt: '2026-11-23T06:00:00Z',
    }));
    const agreed = run(world, '2026-11-23T06:05:00Z', ENGAGEMENT);
    const [record] = commentsOf(agreed.writes, 7);
    expect(record?.marker).toMatchObject({
      kind: 'feedback-agreement',
      data: { agreedAt: '2026-11-23T06:00:00Z', agreeId: String(OLD) },
    });
  });

  it('records two proposals and an agreement written between two runs: only the latest proposal is agreed', () => {
    let world = say(base, 'quang-songhan', '/propose Phương án A.', '2026-11-23T03:00:00Z', 7201);
    world = say(world, 'quang-songhan', '/propose Phương án B.', '2026-11-23T03:30:00Z', 7202);
    world = say(world, 'lan-bepxanh', '/agree', '2026-11-23T04:00:00Z', 7203);
    const both = run(world, '2026-11-23T04:05:00Z', ENGAGEMENT);
    const notes = commentsOf(both.writes, 7);
    // A is recorded as proposed (superseded); B is recorded by its agreement; nothing asks to /agree again.
    expect(notes.map((note) => note.marker.kind)).toEqual(['feedback-proposal', 'feedback-agreement']);
    expect(notes[0]?.marker.stage).toBe('comment-7201');
    expect(notes[1]?.marker.stage).toBe('comment-7202');
    expect(notes[1]?.moreMarkers?.[0]).toMatchObject({ kind: 'feedback-proposal', stage: 'comment-7202' });
    expect(notes[1]?.body).toContain('> Phương án B.');
  });
});

/** The feedback acknowledged, answered by nobody yet, with one proposal of the team (Mon 10:00 ICT). */
const proposedWith = (engagement: typeof ENGAGEMENT): Snapshot => {
  const base = run(filed(), '2026-11-23T02:05:00Z', engagement).snapshot;
  return run(
    say(base, 'quang-songhan', '/propose Thay ảnh gốc.', '2026-11-23T03:00:00Z'),
    '2026-11-23T03:05:00Z',
    engagement,
  ).snapshot;
};

describe('the resolution time from the agreement (feedback.resolution_from_agreement)', () => {
  const proposed = proposedWith(FROM_AGREEMENT);
  // Agreed on Thu 26/11 at 10:00 ICT: five working days from then is Thu 03/12 10:00 ICT (03:00Z).
  const agreed = run(
    say(proposed, 'lan-bepxanh', '/agree', '2026-11-26T03:00:00Z', 7301),
    '2026-11-26T03:05:00Z',
    FROM_AGREEMENT,
  );

  it('says the time now counts from the agreement, with the new date', () => {
    const [record] = commentsOf(agreed.writes, 7);
    expect(record?.body).toContain('được tính lại từ lúc chị đồng ý');
    expect(record?.body).toContain('**10:00 thứ Năm, 03/12/2026');
  });

  it('does not breach at the date counted from the filing, and breaches a minute after the agreed one', () => {
    // From the filing the resolution was due Mon 30/11 09:00 ICT: a minute after, nothing happens.
    expect(plan(agreed.snapshot, '2026-11-30T02:01:00Z', FROM_AGREEMENT)).toEqual([]);
    // The new clock's warning at 75 % of 45 working hours from the agreement: Tue 01/12 16:45 ICT.
    expect(plan(agreed.snapshot, '2026-12-01T09:44:00Z', FROM_AGREEMENT)).toEqual([]);
    const warned = run(agreed.snapshot, '2026-12-01T09:46:00Z', FROM_AGREEMENT);
    expect(kinds(warned.writes)).toEqual(['comment:feedback-sla-warning']);
    expect(commentsOf(warned.writes, 7)[0]?.marker.stage).toBe('resolution-agreed-7301');
    expect(plan(warned.snapshot, '2026-12-03T02:59:00Z', FROM_AGREEMENT)).toEqual([]);
    const breached = run(warned.snapshot, '2026-12-03T03:01:00Z', FROM_AGREEMENT);
    expect(kinds(breached.writes)).toEqual(['add-labels', 'comment:feedback-sla-breach']);
    expect(labelsAdded(breached.writes, 7)).toEqual(['sla: breached']);
  });
});

describe('an agreement and the date it states', () => {
  const agreeAt = (engagement: typeof ENGAGEMENT, at: string): string => {
    const proposed = proposedWith(engagement);
    const later = new Date(Date.parse(at) + 5 * 60_000).toISOString();
    const agreed = run(say(proposed, 'lan-bepxanh', '/agree', at), later, engagement);
    const record = commentsOf(agreed.writes, 7).find((c) => c.marker.kind === 'feedback-agreement');
    return record?.body ?? '';
  };

  it('names a committed date that has already passed as passed, apologises and offers a new date', () => {
    // Committed: Mon 30/11 09:00 ICT (5 working days from the filing). Agreed a day after it.
    const body = agreeAt(ENGAGEMENT, '2026-12-01T02:00:00Z');
    expect(body).toContain('**09:00 thứ Hai, 30/11/2026');
    expect(body).toContain('nay đã qua');
    expect(body).toContain('xin lỗi chị');
    expect(body).toContain('thống nhất với chị một thời hạn mới');
    expect(body).not.toContain('vẫn giữ đúng thời hạn');
    // No working-hours sentence about a date that is no longer a promise.
    expect(body).not.toContain('giờ làm việc');
    expect(body).not.toContain('anh/chị');
  });

  it('says nothing of working hours when the resolution time counts the clock, not working time', () => {
    const wallClock = engagementWith({
      feedback: {
        business_hours: false,
        roles: { resolution: ['@tuan-songhan'] },
        sla: { important: { first_response: '48h', resolution: '7d' } },
      },
    });
    const body = agreeAt(wallClock, '2026-11-24T02:00:00Z');
    // 7 calendar days from Mon 23/11 09:00 ICT.
    expect(body).toContain('vẫn giữ đúng thời hạn giải quyết đã cam kết: **09:00 thứ Hai, 30/11/2026');
    expect(body).not.toContain('giờ làm việc');
  });
});

describe('what counts as analysed', () => {
  const base = run(
    say(
      run(filed(), '2026-11-23T02:05:00Z', ENGAGEMENT).snapshot,
      'quang-songhan',
      'Đang xem ạ.',
      '2026-11-23T03:00:00Z',
    ),
    '2026-11-23T03:05:00Z',
    ENGAGEMENT,
  ).snapshot;

  it('is not the prompt itself, an empty answer, a quoted one, or the client naming a cause', () => {
    let world = say(base, 'vy-songhan', '**Root cause:** …', '2026-11-23T04:00:00Z');
    world = say(world, 'vy-songhan', '> **Root cause:** the CMS', '2026-11-23T04:01:00Z');
    world = say(world, 'lan-bepxanh', 'Root cause: bên em làm ẩu', '2026-11-23T04:02:00Z');
    world = say(world, 'random-person', '/analysed', '2026-11-23T04:03:00Z');
    const after = run(world, '2026-11-23T04:05:00Z', ENGAGEMENT);
    expect(after.writes).toEqual([]);
    expect(stateLabels(after.snapshot)).toEqual(['feedback: in progress']);
  });

  it('is a team /analysed, a filled-in answer in Vietnamese, or a root-cause label', () => {
    const byCommand = run(
      say(base, 'quang-songhan', '/analysed', '2026-11-23T04:00:00Z'),
      '2026-11-23T04:05:00Z',
      ENGAGEMENT,
    );
    expect(stateLabels(byCommand.snapshot)).toEqual(['feedback: analysed']);
    const byAnswer = run(
      say(base, 'vy-songhan', '**Nguyên nhân gốc rễ:** ảnh bị nén hai lần.', '2026-11-23T04:00:00Z'),
      '2026-11-23T04:05:00Z',
      ENGAGEMENT,
    );
    expect(stateLabels(byAnswer.snapshot)).toEqual(['feedback: analysed']);
    const labelled = updateIssue(base, 7, (issue) => ({
      ...issue,
      labels: [...issue.labels, 'root cause: late-information'],
    }));
    expect(stateLabels(run(labelled, '2026-11-23T04:05:00Z', ENGAGEMENT).snapshot)).toEqual([
      'feedback: analysed',
    ]);
  });
});

// What the two sides agreed is shown as it was written, whatever the action does to its own words
// around it (day names that open a sentence are capitalised only in the action's own dates).
describe('an agreed solution is kept as written', () => {
  const acked = run(filed(), '2026-11-23T02:05:00Z', ENGAGEMENT);
  // A sentence of the proposal opens with a day name and a date, as the action writes its own dates.
  const proposal = 'Tải lại ảnh gốc cho 24 món. thứ Hai, 30/11/2026 bên em gửi bản xem thử.';
  const { proposed, agreed } = proposeThenAgree(acked.snapshot, proposal, 'Ok.\n\n/agree');

  it('quotes the proposal as written in the proposal comment', () => {
    const body = commentsOf(proposed.writes, 7)
      .map((comment) => comment.body)
      .join('\n');
    expect(body).toContain(`> ${proposal}`);
  });

  it('quotes the agreed text as written in the agreement record, and a rerun writes nothing', () => {
    const body = commentsOf(agreed.writes, 7)
      .map((comment) => comment.body)
      .join('\n');
    expect(body).toContain('đã thống nhất');
    expect(body).toContain(`> ${proposal}`);
    expect(plan(agreed.snapshot, '2026-11-24T02:06:00Z', ENGAGEMENT)).toEqual([]);
  });
});
