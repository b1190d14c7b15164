// `/note <channel> [date] <text>`: off-GitHub contacts kept as the action's own record, in the
// escalation evidence, ending an unresponsive wait when they record the owner's answer.
import { describe, expect, it } from 'vitest';
import { parseMarkers } from '../../src/core/markers';
import type { Snapshot } from '../../src/core/snapshot';
import { parseNote } from '../../src/deadlines/contact-notes';
import { addComment, updateIssue } from '../../fake-github/world';
import { bothSidesIn, comments, emptyWorld, engagementOf, issueByTitle, planOf, step } from './helpers';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();
const engagement = engagementOf();

/** Tracking issues open, the 7-day reminder for the brand assets sent on 18 Nov, no answer since. */
function afterFirstReminder(): { snapshot: Snapshot; brand: number } {
  let snapshot = step(engagement, emptyWorld(), at('2026-11-02')).snapshot;
  snapshot = step(engagement, snapshot, at('2026-11-18')).snapshot;
  return { snapshot, brand: issueByTitle(snapshot, 'Brand assets').number };
}

const kinds = (body: string): string[] => parseMarkers(body).map((marker) => marker.kind);

describe('/note parsing', () => {
  it('reads the channel, an optional date and the text; refuses what it cannot read', () => {
    expect(parseNote('/note call 2026-11-19 answer: photos on Friday')).toEqual({
      ok: true,
      channel: 'call',
      date: '2026-11-19',
      text: 'answer: photos on Friday',
    });
    expect(parseNote('/note họp Đã thống nhất nội dung trang chủ')).toMatchObject({
      ok: true,
      channel: 'meeting',
    });
    expect(parseNote('/note E-mail sent the brief')).toMatchObject({ ok: true, channel: 'email' });
    expect(parseNote('/note fax hello')).toEqual({ ok: false });
    expect(parseNote('/note call')).toEqual({ ok: false });
    expect(parseNote('/note call 2026-02-30 hello')).toEqual({ ok: false });
    // Quoted or in a code block: someone explaining the command, not giving it.
    expect(parseNote('Write it like this:\n```\n/note call hello\n```')).toBeUndefined();
    expect(parseNote('> /note call hello')).toBeUndefined();
  });
});

describe('/note on a tracking issue', () => {
  it("keeps a party's note as a record, and an answer noted by the vendor ends the client's silence", () => {
    const { snapshot: start, brand } = afterFirstReminder();
    let snapshot = addComment(start, brand, {
      author: 'quang-songhan',
      association: 'MEMBER',
      body: '/note call 2026-11-19 answer: chị Lan gửi ảnh sản phẩm vào thứ Sáu',
      createdAt: at('2026-11-20', '10:00'),
    });
    const recorded = step(engagement, snapshot, at('2026-11-20', '11:00'));
    const record = comments(recorded.writes)[0]!;
    expect(kinds(record.body)).toEqual(['contact-note']);
    // The team reads English, but anh Quang wrote his note in Vietnamese: the record follows the writer.
    expect(record.body).toContain(
      '**Cuộc gọi ngày thứ Năm, 19/11/2026**, do anh Quang (@\u200dquang-songhan) bên Sông Hàn Digital ghi lại:',
    );
    expect(record.body).toContain('> chị Lan gửi ảnh sản phẩm vào thứ Sáu');
    expect(record.body).toContain('được tính là phản hồi của Bếp Xanh Coffee');
    snapshot = recorded.snapshot;

    // Without the note, the alternates are asked on 23 Nov (3 business days of silence after the
    // reminder, the "ladder" test); with it, the silence starts again from 19 Nov and no ping since.
    const quiet = step(engagement, snapshot, at('2026-11-23'));
    expect(comments(quiet.writes).flatMap((write) => kinds(write.body))).not.toContain('alternates');
    const control = step(engagement, start, at('2026-11-23'));
    expect(comments(control.writes).flatMap((write) => kinds(write.body))).toContain('alternates');
  });

  it('does not end the silence with a note that only records an attempt', () => {
    const { snapshot: start, brand } = afterFirstReminder();
    const snapshot = addComment(start, brand, {
      author: 'quang-songhan',
      association: 'MEMBER',
      body: '/note call 2026-11-19 no answer, left a voicemail',
      createdAt: at('2026-11-20', '10:00'),
    });
    const recorded = step(engagement, snapshot, at('2026-11-20', '11:00'));
    expect(comments(recorded.writes)[0]!.body).toContain('Kept as evidence');
    const later = step(engagement, recorded.snapshot, at('2026-11-23'));
    expect(comments(later.writes).flatMap((write) => kinds(write.body))).toContain('alternates');
  });

  it('keeps the record as written when the note is edited or deleted afterwards', () => {
    const { snapshot: start, brand } = afterFirstReminder();
    let snapshot = addComment(start, brand, {
      id: 9001,
      author: 'lan-bepxanh',
      body: '/note meeting Đã gửi logo qua email cho anh Quang',
      createdAt: at('2026-11-20', '10:00'),
    });
    snapshot = step(engagement, snapshot, at('2026-11-20', '11:00')).snapshot;
    const recordOf = (world: Snapshot): string =>
      issueByTitle(world, 'Brand assets').comments.find((comment) =>
        kinds(comment.body).includes('contact-note'),
      )!.body;
    const recordBody = recordOf(snapshot);
    // The client reads Vietnamese: her own note is recorded in her language.
    expect(recordBody).toMatch(/\*\*Cuộc họp ngày .*20\/11\/2026\*\*, do chị Lan \(@\u200dlan-bepxanh\)/u);

    const edited = updateIssue(snapshot, brand, (issue) => ({
      ...issue,
      comments: issue.comments.map((comment) =>
        comment.id === 9001
          ? {
              ...comment,
              body: '/note meeting 2026-11-10 Chưa gửi gì',
              edited: true,
              updatedAt: at('2026-11-21', '09:00'),
            }
          : comment,
      ),
    }));
    expect(planOf(engagement, edited, at('2026-11-21', '09:05')).writes).toEqual([]);
    const deleted = updateIssue(snapshot, brand, (issue) => ({
      ...issue,
      comments: issue.comments.filter((comment) => comment.id !== 9001),
    }));
    expect(planOf(engagement, deleted, at('2026-11-21', '09:05')).writes).toEqual([]);
    expect(recordOf(deleted)).toBe(recordBody);
    expect(recordOf(edited)).toBe(recordBody);
  });

  it('answers a stranger, a date in the future and an unknown channel once each; a note in a code block is not a note', () => {
    const { snapshot: start, brand } = afterFirstReminder();
    let snapshot = addComment(start, brand, {
      author: 'random-passer',
      body: '/note call 2026-11-19 answer: they promised everything',
      createdAt: at('2026-11-20', '10:00'),
    });
    snapshot = addComment(snapshot, brand, {
      author: 'quang-songhan',
      association: 'MEMBER',
      body: '/note call 2026-11-25 answer: will send on Friday',
      createdAt: at('2026-11-20', '10:05'),
    });
    snapshot = addComment(snapshot, brand, {
      author: 'vy-songhan',
      association: 'MEMBER',
      body: '/note fax sent the brief',
      createdAt: at('2026-11-20', '10:10'),
    });
    snapshot = addComment(snapshot, brand, {
      author: 'quang-songhan',
      association: 'MEMBER',
      body: 'To record a call, write:\n```\n/note call 2026-11-19 answer: …\n```',
      createdAt: at('2026-11-20', '10:15'),
    });
    const answered = step(engagement, snapshot, at('2026-11-20', '11:00'));
    const replies = comments(answered.writes).filter((write) => write.marker.kind.startsWith('contact-note'));
    expect(replies.map((write) => write.marker.kind)).toEqual([
      'contact-note-refused',
      'contact-note-refused',
      'contact-note-refused',
    ]);
    expect(replies.every((write) => write.priority === 'low')).toBe(true);
    const [stranger, future, unknown] = replies.map((write) => write.body);
    expect(stranger).toContain('Cảm ơn anh/chị @random-passer — ghi chú này chưa được ghi nhận');
    // Inside the sentence, the word of address is lower case.
    expect(stranger).toContain('Người liên hệ được chỉ định: chị Lan (@\u200dlan-bepxanh)');
    expect(future).toContain(
      'Wed, 25 Nov 2026 is later than the day the note was written (Fri, 20 Nov 2026)',
    );
    expect(unknown).toContain('`/note call|email|meeting|chat [YYYY-MM-DD] what was said`');
    // A refused "answer" from a stranger or from the future ends no silence.
    const later = step(engagement, answered.snapshot, at('2026-11-23'));
    expect(comments(later.writes).flatMap((write) => kinds(write.body))).toContain('alternates');
  });

  it('answers a teammate of the vendor without the team’s client-facing voice (“bên em”)', () => {
    const ours = engagementOf({ engagement: bothSidesIn('vi') });
    expect(ours.engagement.voice).toBe('bên em');
    let snapshot = step(ours, emptyWorld(), at('2026-11-02')).snapshot;
    snapshot = step(ours, snapshot, at('2026-11-18')).snapshot;
    const brand = issueByTitle(snapshot, 'Brand assets').number;
    snapshot = addComment(snapshot, brand, {
      author: 'vy-songhan',
      association: 'MEMBER',
      body: '/note fax đã gửi bản tóm tắt cho khách hàng hôm qua',
      createdAt: at('2026-11-20', '10:10'),
    });
    const answered = step(ours, snapshot, at('2026-11-20', '11:00'));
    const [reply] = comments(answered.writes).filter((write) => write.marker.kind === 'contact-note-refused');
    expect(reply?.body).toContain('Cảm ơn anh/chị @vy-songhan — ghi chú này chưa được ghi nhận');
    expect(reply?.body).not.toMatch(/bên em|chúng tôi/u);
  });

  it('lists the note in the escalation timeline at the day of the contact, not again as a reply', () => {
    let snapshot = step(engagement, emptyWorld(), at('2026-11-02')).snapshot;
    const brand = issueByTitle(snapshot, 'Brand assets').number;
    // The ladder climbs: the friendly reminder (30 Nov), the formal notice (2 Dec), the escalation (4 Dec).
    snapshot = step(engagement, snapshot, at('2026-11-30')).snapshot;
    snapshot = step(engagement, snapshot, at('2026-12-02')).snapshot;
    snapshot = addComment(snapshot, brand, {
      author: 'quang-songhan',
      association: 'MEMBER',
      body: '/note email 2026-12-01 sent the photo checklist again',
      createdAt: at('2026-12-03', '09:00'),
    });
    const escalation = step(engagement, snapshot, at('2026-12-04'));
    const body = issueByTitle(escalation.snapshot, 'Escalation: Brand assets').body;
    expect(body).toContain(
      '- Tue, 1 Dec 2026 — E-mail noted by Quang (@\u200dquang-songhan) of Sông Hàn Digital: “sent the photo checklist again”',
    );
    expect(body).not.toContain('reply from Quang');
    const lines = body.split('\n');
    const noteLine = lines.findIndex((line) => line.includes('E-mail noted by'));
    const formalLine = lines.findIndex((line) => line.includes('formal notice'));
    expect(formalLine).toBeGreaterThanOrEqual(0);
    expect(noteLine).toBeLessThan(formalLine);
  });
});
