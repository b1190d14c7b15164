// Who may set a deadline by filing an issue (#11): a deadline filed by someone who is not a party waits
// until a party confirms it with `/confirm`, and the confirmation is an immutable record; a date that
// had passed when it was filed is refused with a reply, and no lateness is ever counted from it. Each
// case asserts the exact outcome, and every run ends with an unchanged rerun that plans nothing
// (`step` checks it).
import { describe, expect, it } from 'vitest';
import { parseMarkers } from '../../src/core/markers';
import type { Write } from '../../src/core/plan';
import type { Snapshot } from '../../src/core/snapshot';
import { deriveMilestoneFacts } from '../../src/deadlines';
import { isConfirm } from '../../src/deadlines/filing';
import { addComment, addIssue, updateIssue } from '../../fake-github/world';
import { comments, contextOf, deadlineForm, emptyWorld, engagementOf, step } from '../deadlines/helpers';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();
const engagement = engagementOf({ milestones: [] });
const ISSUE = 40;

const form = deadlineForm;

function filed(options: {
  author: string;
  due: string;
  createdAt: string;
  title?: string;
  deliverables?: string;
}): Snapshot {
  return addIssue(emptyWorld(), {
    number: ISSUE,
    title: options.title ?? 'Bàn giao ảnh sản phẩm',
    body: form(options.due, undefined, options.deliverables),
    labels: ['deadline'],
    author: options.author,
    createdAt: options.createdAt,
    updatedAt: options.createdAt,
  });
}

const say = (snapshot: Snapshot, id: number, author: string, body: string, when: string): Snapshot =>
  addComment(snapshot, ISSUE, { id, author, body, createdAt: when });

const editComment = (snapshot: Snapshot, id: number, body: string, when: string): Snapshot =>
  updateIssue(snapshot, ISSUE, (issue) => ({
    ...issue,
    comments: issue.comments.map((comment) =>
      comment.id === id ? { ...comment, body, edited: true, updatedAt: when } : comment,
    ),
  }));

const deleteComment = (snapshot: Snapshot, id: number): Snapshot =>
  updateIssue(snapshot, ISSUE, (issue) => ({
    ...issue,
    comments: issue.comments.filter((comment) => comment.id !== id),
  }));

/** Every write but the labels' first creation, as `kind:marker-kind:stage` (labels as `add-labels:…`). */
const described = (writes: readonly Write[]): string[] =>
  writes
    .filter((write) => write.kind !== 'create-label')
    .map((write) =>
      write.kind === 'comment'
        ? `comment:${write.marker.kind}${write.marker.stage ? `:${write.marker.stage}` : ''}`
        : write.kind === 'add-labels'
          ? `add-labels:${write.labels.join(',')}`
          : write.kind,
    );

const bodies = (writes: readonly Write[]): string[] =>
  comments(writes).map((write) => write.body.replace(/\u200d/gu, ''));

const tracked = (snapshot: Snapshot, now: string): string[] =>
  deriveMilestoneFacts(contextOf(engagement, snapshot, now)).map(
    (fact) => `${fact.id} due ${fact.currentDue}`,
  );

const labelsOf = (snapshot: Snapshot): readonly string[] =>
  snapshot.issues.find((issue) => issue.number === ISSUE)!.labels;

/** A stranger files a deadline due 10 Dec on 1 Dec, and the first run answers it. */
function strangerFiled(): Snapshot {
  const world = filed({ author: 'khach-la', due: '2026-12-10', createdAt: at('2026-12-01', '08:00') });
  return step(engagement, world, at('2026-12-01', '08:30')).snapshot;
}

/** …and the client's primary contact confirms it (comment 901) on 1 Dec at 10:00. */
function confirmed(): Snapshot {
  const world = say(strangerFiled(), 901, 'lan-bepxanh', '/confirm', at('2026-12-01', '10:00'));
  return step(engagement, world, at('2026-12-01', '10:30')).snapshot;
}

describe('a deadline filed by someone who is not a party waits for a party to confirm it', () => {
  it('is not tracked: one calm reply in the filer’s language says what happens next, and whom it waits for', () => {
    const world = filed({ author: 'khach-la', due: '2026-12-10', createdAt: at('2026-12-01', '08:00') });
    const { snapshot, writes } = step(engagement, world, at('2026-12-01', '08:30'));
    expect(described(writes)).toEqual(['comment:deadline-unconfirmed']);
    const [reply] = bodies(writes);
    // Vietnamese words of their own: a Vietnamese reply; the filer is not a contact (anh/chị), the
    // client's primary is addressed by her form of address and asked to confirm (a ping).
    expect(reply).toContain('Cảm ơn anh/chị @khach-la đã tạo mốc bàn giao này.');
    expect(reply).toContain('nên hiện mốc này chưa được theo dõi');
    expect(reply).toContain(
      'Nhờ chị Lan (@lan-bepxanh) xem giúp: mốc này có hạn 17:30 thứ Năm, 10/12/2026 (giờ Việt Nam); nếu cần theo dõi mốc này,',
    );
    expect(reply).toContain('nếu cần theo dõi mốc này, vui lòng trả lời `/confirm` trên một dòng riêng');
    expect(labelsOf(snapshot)).toEqual(['deadline']);
    expect(tracked(snapshot, at('2026-12-01', '08:30'))).toEqual([]);
    // Days later, past its date: still nothing — no reminder, no lateness, no escalation.
    expect(step(engagement, snapshot, at('2026-12-14')).writes).toEqual([]);
  });

  it('answers an English filer in English, naming the contact without the Vietnamese kinship word', () => {
    const world = filed({
      author: 'new-intern',
      due: '2026-12-10',
      createdAt: at('2026-12-01', '08:00'),
      title: 'Final product photos',
      deliverables: '- [ ] Photos of the new menu',
    });
    const { writes } = step(engagement, world, at('2026-12-01', '08:30'));
    const [reply] = bodies(writes);
    expect(reply).toContain(
      'Thank you for filing this deadline, @new-intern. A deadline filed here is tracked once',
    );
    expect(reply).toContain(
      'Lan (@lan-bepxanh), this deadline is due Thu, 10 Dec 2026, 17:30 (Vietnam time). If it should be tracked,',
    );
    expect(reply).toContain('reply `/confirm` on a line of its own');
  });

  it("a party's /confirm records the confirmation and the deadline is tracked from that run on", () => {
    const world = say(strangerFiled(), 901, 'lan-bepxanh', '/confirm', at('2026-12-01', '10:00'));
    const { snapshot, writes } = step(engagement, world, at('2026-12-01', '10:30'));
    // Tracked in the run that confirms it: its label, and the reminder due 7 business days before.
    expect(described(writes)).toEqual([
      'add-labels:deadline: upcoming',
      'comment:deadline-confirmed:901',
      'comment:reminder:before-7',
    ]);
    const record = comments(writes).find((write) => write.marker.kind === 'deadline-confirmed')!;
    expect(record.marker.data).toMatchObject({
      by: 'lan-bepxanh',
      side: 'client',
      confirmedAt: at('2026-12-01', '10:00'),
      to: '2026-12-10',
    });
    // The client owns it and reads Vietnamese.
    expect(record.body).toContain(
      '**Đã xác nhận mốc bàn giao**: chị Lan (@\u200dlan-bepxanh) bên Bếp Xanh Coffee',
    );
    expect(record.body).toContain('Hạn bàn giao là **17:30 thứ Năm, 10/12/2026 (giờ Việt Nam)**');
    expect(tracked(snapshot, at('2026-12-01', '10:30'))).toEqual(['issue-40 due 2026-12-10T10:30:00.000Z']);
    // From then on it is tracked like any deadline: the next reminder comes 3 business days before.
    const before = step(engagement, snapshot, at('2026-12-07'));
    const markers = comments(before.writes).flatMap((write) => parseMarkers(write.body));
    expect(markers.map((marker) => `${marker.kind}:${marker.stage ?? ''}`)).toContain('reminder:before-3');
  });

  it('a vendor team member with write access can confirm it too', () => {
    const world = say(
      { ...strangerFiled(), writers: ['dev-songhan'] },
      902,
      'dev-songhan',
      '/confirm',
      at('2026-12-01', '10:00'),
    );
    const { snapshot, writes } = step(engagement, world, at('2026-12-01', '10:30'));
    const record = comments(writes).find((write) => write.marker.kind === 'deadline-confirmed')!;
    expect(record.marker).toMatchObject({ stage: '902', data: { by: 'dev-songhan', side: 'vendor' } });
    expect(tracked(snapshot, at('2026-12-01', '10:30'))).toHaveLength(1);
  });

  it('editing the /confirm away after the record changes nothing', () => {
    const world = editComment(confirmed(), 901, 'Hmm, let me check first.', at('2026-12-02'));
    const { snapshot, writes } = step(engagement, world, at('2026-12-02', '09:00'));
    expect(writes).toEqual([]);
    expect(tracked(snapshot, at('2026-12-02', '09:00'))).toEqual(['issue-40 due 2026-12-10T10:30:00.000Z']);
  });

  it('deleting the /confirm after the record changes nothing', () => {
    const world = deleteComment(confirmed(), 901);
    const { snapshot, writes } = step(engagement, world, at('2026-12-02', '09:00'));
    expect(writes).toEqual([]);
    expect(tracked(snapshot, at('2026-12-02', '09:00'))).toEqual(['issue-40 due 2026-12-10T10:30:00.000Z']);
  });

  it('editing the filed date after the confirmation does not move it: the confirmed date stands', () => {
    const world = updateIssue(confirmed(), ISSUE, (issue) => ({ ...issue, body: form('2026-11-20') }));
    const { snapshot, writes } = step(engagement, world, at('2026-12-02', '09:00'));
    expect(writes).toEqual([]);
    expect(tracked(snapshot, at('2026-12-02', '09:00'))).toEqual(['issue-40 due 2026-12-10T10:30:00.000Z']);
  });

  it('an old comment edited into /confirm confirms at its edit time, never back-dated', () => {
    let world = say(strangerFiled(), 903, 'lan-bepxanh', 'Để chị kiểm tra lại.', at('2026-12-01', '09:00'));
    world = step(engagement, world, at('2026-12-01', '09:30')).snapshot;
    world = editComment(world, 903, '/confirm', at('2026-12-02', '14:00'));
    const { writes } = step(engagement, world, at('2026-12-02', '14:30'));
    const record = comments(writes).find((write) => write.marker.kind === 'deadline-confirmed')!;
    expect(record.marker.data?.confirmedAt).toBe(at('2026-12-02', '14:00'));
  });

  it("a stranger's /confirm confirms nothing and gets one calm reply naming them and the command", () => {
    let world = say(strangerFiled(), 904, 'nguoi-qua-duong', '/confirm', at('2026-12-01', '10:00'));
    world = say(world, 905, 'nguoi-qua-duong', '/confirm', at('2026-12-01', '10:05'));
    const { snapshot, writes } = step(engagement, world, at('2026-12-01', '10:30'));
    // One reply a day to the same person, however many times they ask.
    expect(described(writes)).toEqual(['comment:command-reply:904']);
    const [reply] = bodies(writes);
    expect(reply).toMatch(/^Gửi @nguoi-qua-duong, về lệnh `\/confirm`: Cảm ơn anh\/chị\./u);
    expect(reply).toContain('Người liên hệ được chỉ định: chị Lan (@lan-bepxanh)');
    expect(tracked(snapshot, at('2026-12-01', '10:30'))).toEqual([]);
  });

  it('the filer confirming their own deadline, not being a party, confirms nothing', () => {
    const world = say(strangerFiled(), 906, 'khach-la', '/confirm', at('2026-12-01', '10:00'));
    const { snapshot, writes } = step(engagement, world, at('2026-12-01', '10:30'));
    expect(described(writes)).toEqual(['comment:command-reply:906']);
    expect(bodies(writes)[0]).toMatch(/^Gửi @khach-la, về lệnh `\/confirm`: /u);
    expect(tracked(snapshot, at('2026-12-01', '10:30'))).toEqual([]);
  });

  it('a /confirm in a code block or a quote is someone explaining, not confirming: nothing at all', () => {
    expect(isConfirm('Reply with\n```\n/confirm\n```')).toBe(false);
    expect(isConfirm('> /confirm')).toBe(false);
    expect(isConfirm('/confirmed')).toBe(false);
    expect(isConfirm('Ok.\n/confirm')).toBe(true);
    let world = say(
      strangerFiled(),
      907,
      'lan-bepxanh',
      'Gõ như sau:\n```\n/confirm\n```',
      at('2026-12-01', '10:00'),
    );
    world = say(world, 908, 'quang-songhan', '> /confirm\nWhich one?', at('2026-12-01', '10:10'));
    const { snapshot, writes } = step(engagement, world, at('2026-12-01', '10:30'));
    expect(writes).toEqual([]);
    expect(tracked(snapshot, at('2026-12-01', '10:30'))).toEqual([]);
  });

  it('a party confirming after the date has passed is told so, and nothing is tracked or counted late', () => {
    const world = say(strangerFiled(), 909, 'lan-bepxanh', '/confirm', at('2026-12-11', '09:00'));
    const { snapshot, writes } = step(engagement, world, at('2026-12-11', '09:30'));
    expect(described(writes)).toEqual(['comment:command-reply:909']);
    expect(bodies(writes)[0]).toContain('hạn bàn giao của mốc này (17:30 thứ Năm, 10/12/2026');
    expect(tracked(snapshot, at('2026-12-11', '09:30'))).toEqual([]);
  });
});

describe('a filed date that had already passed is refused with a reply', () => {
  it('refuses it once, says what to do instead, and never counts lateness or escalates', () => {
    // The client's own contact files a date 32 business days in the past.
    const world = filed({ author: 'lan-bepxanh', due: '2026-10-15', createdAt: at('2026-12-01', '08:00') });
    const { snapshot, writes } = step(engagement, world, at('2026-12-01', '08:30'));
    expect(described(writes)).toEqual(['comment:deadline-past']);
    const [reply] = bodies(writes);
    // A named contact is addressed by her form of address all through.
    expect(reply).toContain('Cảm ơn chị Lan (@lan-bepxanh) đã tạo mốc bàn giao này.');
    expect(reply).toContain(
      'Hạn bàn giao 17:30 thứ Năm, 15/10/2026 (giờ Việt Nam) đã qua vào lúc mốc được tạo',
    );
    expect(reply).toContain('nhờ chị tạo lại mốc với một ngày chưa tới');
    expect(reply).toContain('chị hãy bình luận `/extend YYYY-MM-DD lý do` trong issue theo dõi của mốc đó');
    expect(labelsOf(snapshot)).toEqual(['deadline']);
    expect(tracked(snapshot, at('2026-12-01', '08:30'))).toEqual([]);
    expect(step(engagement, snapshot, at('2026-12-15')).writes).toEqual([]);
  });

  it('answers in English when the filer wrote in English', () => {
    const world = filed({
      author: 'lan-bepxanh',
      due: '2026-10-15',
      createdAt: at('2026-12-01', '08:00'),
      title: 'Send the final logo files',
      deliverables: '- [ ] Logo files',
    });
    const [reply] = bodies(step(engagement, world, at('2026-12-01', '08:30')).writes);
    expect(reply).toContain(
      'Thank you for filing this deadline, Lan (@lan-bepxanh). Its due date, Thu, 15 Oct 2026, 17:30',
    );
    expect(reply).toContain('please file it again with a date that is still ahead');
    expect(reply).toContain('comment `/extend YYYY-MM-DD reason` on its tracking issue');
  });

  it('a stranger filing a past date is refused for the date (a confirmation could not help)', () => {
    const world = filed({ author: 'khach-la', due: '2026-10-15', createdAt: at('2026-12-01', '08:00') });
    expect(described(step(engagement, world, at('2026-12-01', '08:30')).writes)).toEqual([
      'comment:deadline-past',
    ]);
  });

  it('editing the refused date to a later one does not start tracking; a party’s /confirm then does', () => {
    const world = filed({ author: 'lan-bepxanh', due: '2026-10-15', createdAt: at('2026-12-01', '08:00') });
    let snapshot = step(engagement, world, at('2026-12-01', '08:30')).snapshot;
    snapshot = updateIssue(snapshot, ISSUE, (issue) => ({ ...issue, body: form('2026-12-18') }));
    const edited = step(engagement, snapshot, at('2026-12-01', '09:00'));
    expect(edited.writes).toEqual([]);
    snapshot = say(edited.snapshot, 910, 'quang-songhan', '/confirm', at('2026-12-01', '09:30'));
    const { snapshot: after, writes } = step(engagement, snapshot, at('2026-12-01', '10:00'));
    expect(described(writes)).toContain('comment:deadline-confirmed:910');
    expect(tracked(after, at('2026-12-01', '10:00'))).toEqual(['issue-40 due 2026-12-18T10:30:00.000Z']);
  });

  describe('one minute either side of midnight in the engagement’s time zone (UTC+7)', () => {
    const outcome = (due: string, filedAt: string): string[] => {
      const world = filed({ author: 'lan-bepxanh', due, createdAt: filedAt });
      const { writes } = step(engagement, world, new Date(Date.parse(filedAt) + 30_000).toISOString());
      return described(writes);
    };

    // Tracked: nothing is ticked a minute (or a working day) before its date, so it is at risk.
    const TRACKED = ['add-labels:deadline: at risk', 'comment:early-warning'];

    it('due at 00:00 on 10 Dec, filed at 23:59 on 9 Dec: tracked (a minute ahead)', () => {
      expect(outcome('2026-12-10 00:00', at('2026-12-09', '23:59'))).toEqual(TRACKED);
    });

    it('due at 00:00 on 10 Dec, filed at 00:01 on 10 Dec: refused', () => {
      expect(outcome('2026-12-10 00:00', at('2026-12-10', '00:01'))).toEqual(['comment:deadline-past']);
    });

    it('due 9 Dec (end of its working day), filed at 00:01 on 10 Dec — still 9 Dec in UTC: refused', () => {
      expect(outcome('2026-12-09', at('2026-12-10', '00:01'))).toEqual(['comment:deadline-past']);
    });

    it('due 10 Dec, filed at 23:59 on 9 Dec: tracked', () => {
      expect(outcome('2026-12-10', at('2026-12-09', '23:59'))).toEqual(TRACKED);
    });
  });
});

describe("the filer's title in the title of an escalation issue", () => {
  it('loses the characters that reorder or hide what a reader sees, on one line within GitHub’s limit', () => {
    // U+202E turns the rest of a line around; U+200B hides; a newline cannot be in a title at all.
    const title = `Ảnh sản phẩm \u202Egnp.exe\u202C cho\u200B trang chủ ${'rất '.repeat(60)}gấp`;
    let world = filed({ author: 'lan-bepxanh', due: '2026-12-10', createdAt: at('2026-12-01'), title });
    // Nothing handed over: the ladder climbs to the escalation five business days after the date.
    for (const day of ['2026-12-11', '2026-12-14', '2026-12-16', '2026-12-18'])
      world = step(engagement, world, at(day, '10:00')).snapshot;
    const escalation = world.issues.find((issue) => issue.title.startsWith('Escalation:'));
    expect(escalation?.title).toBeDefined();
    expect(escalation!.title).not.toMatch(/[\u202E\u202C\u200B]/u);
    expect(escalation!.title).toMatch(/^Escalation: Ảnh sản phẩm gnp\.exe cho trang chủ rất rất/u);
    expect(escalation!.title.length).toBeLessThanOrEqual(256);
  });
});
