// Undoing an agreement is its own command, `/undo`, and needs both sides again: one side alone, a
// stranger, or deleting the record's comments never brings the old date back. Each case asserts the
// exact outcome and ends with an unchanged rerun that plans nothing (`step` checks it).
import { describe, expect, it } from 'vitest';
import type { Write } from '../../src/core/plan';
import type { Snapshot } from '../../src/core/snapshot';
import { deriveMilestoneFacts } from '../../src/deadlines';
import { parseCommand } from '../../src/deadlines/commands';
import { addComment } from '../../fake-github/world';
import { comments, contextOf, emptyWorld, engagementOf, issueByTitle, step } from '../deadlines/helpers';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();
const engagement = engagementOf();
const BASELINE = '2026-11-27T10:30:00.000Z'; // 17:30 in Ho Chi Minh City, the file's date
const EXTENDED = '2026-12-03T10:30:00.000Z';

const currentDue = (snapshot: Snapshot, when: string): string =>
  deriveMilestoneFacts(contextOf(engagement, snapshot, when))[0]!.currentDue;
/** A person's comment on the tracking issue. */
const say = (
  snapshot: Snapshot,
  issue: number,
  id: number,
  author: string,
  body: string,
  when: string,
): Snapshot => addComment(snapshot, issue, { id, author, body, createdAt: when });
const texts = (writes: readonly Write[]): string[] => comments(writes).map((write) => write.body);

/** Brand assets extended to 3 Dec: the client proposed (501), the vendor agreed (502), recorded. */
function extended(): { snapshot: Snapshot; brand: number } {
  let snapshot = step(engagement, emptyWorld(), at('2026-11-23')).snapshot;
  const brand = issueByTitle(snapshot, 'Brand assets').number;
  snapshot = say(
    snapshot,
    brand,
    501,
    'lan-bepxanh',
    '/extend 2026-12-03 Ảnh sản phẩm đang chụp lại',
    at('2026-11-24', '10:00'),
  );
  snapshot = say(snapshot, brand, 502, 'quang-songhan', '/agree', at('2026-11-24', '11:00'));
  snapshot = step(engagement, snapshot, at('2026-11-24', '12:00')).snapshot;
  expect(currentDue(snapshot, at('2026-11-24', '12:00'))).toBe(EXTENDED);
  return { snapshot, brand };
}

describe('/undo: taking back an agreed change needs both sides again', () => {
  it('reads `/undo` with or without a reason, on its own line only', () => {
    expect(parseCommand('/undo')).toEqual({ kind: 'undo', reason: '' });
    expect(parseCommand('/undo ảnh đã có sớm hơn')).toEqual({ kind: 'undo', reason: 'ảnh đã có sớm hơn' });
    expect(parseCommand('> /undo')).toBeUndefined();
    expect(parseCommand('```\n/undo\n```')).toBeUndefined();
  });

  it('one side asking to undo changes nothing yet: the proposal is noted, naming the change it takes back', () => {
    const { snapshot, brand } = extended();
    const asked = say(
      snapshot,
      brand,
      601,
      'lan-bepxanh',
      '/undo ảnh đã có sớm hơn dự kiến',
      at('2026-11-25', '09:00'),
    );
    const { snapshot: after, writes } = step(engagement, asked, at('2026-11-25', '10:00'));
    expect(currentDue(after, at('2026-11-25', '10:00'))).toBe(EXTENDED);
    const [noted] = texts(writes).filter((body) => body.includes('"kind":"proposal"'));
    // The team reads English; the client's proposal waits for the vendor, addressed in English.
    expect(noted).toContain('Proposal noted: undo the change agreed on');
    expect(noted).toContain('move the due date to');
    expect(noted).toContain('It takes effect when a named contact of Sông Hàn Digital replies `/agree`');
  });

  it('both sides agreeing to the undo brings the earlier date back, recorded as its own record', () => {
    const { snapshot, brand } = extended();
    let world = say(snapshot, brand, 601, 'quang-songhan', '/undo', at('2026-11-25', '09:00'));
    world = step(engagement, world, at('2026-11-25', '10:00')).snapshot;
    world = say(world, brand, 602, 'lan-bepxanh', '/agree', at('2026-11-25', '11:00'));
    const { snapshot: after, writes } = step(engagement, world, at('2026-11-25', '12:00'));
    expect(currentDue(after, at('2026-11-25', '12:00'))).toBe(BASELINE);
    const records = texts(writes).filter((body) => body.includes('"kind":"amendment"'));
    expect(records).toHaveLength(1);
    expect(records[0]).toContain('"change":"undo"');
    expect(records[0]).toContain('"undoes":"501"');
    // The client owns the milestone and reads Vietnamese: the record says the old date is back.
    expect(records[0]).toContain('Thay đổi trước đó không còn áp dụng: hạn bàn giao trở lại là');
    expect(issueByTitle(after, 'Brand assets').body).toContain('27/11/2026');
    // The record lists the dependent milestones the undo moves back, from the extended projection.
    expect(records[0]).toContain('Các mốc phụ thuộc cũng trở về ngày trước đó:');
    expect(records[0]).toMatch(
      /- \*\*Visual design of key pages\*\*: từ .*17\/12\/2026.* sang .*11\/12\/2026/u,
    );
    expect(records[0]).toMatch(/- \*\*Design approval\*\*: từ .*22\/12\/2026.* sang .*16\/12\/2026/u);
  });

  it('an undo that moves no dependant back says nothing about dependants', () => {
    // Only Design approval depends on Design: undoing an extension of Design approval moves nothing.
    let snapshot = step(engagement, emptyWorld(), at('2026-11-23')).snapshot;
    const approval = issueByTitle(snapshot, 'Design approval').number;
    snapshot = say(snapshot, approval, 801, 'lan-bepxanh', '/extend 2026-12-18 nghỉ lễ', at('2026-11-24'));
    snapshot = say(snapshot, approval, 802, 'quang-songhan', '/agree', at('2026-11-24', '10:00'));
    snapshot = step(engagement, snapshot, at('2026-11-24', '11:00')).snapshot;
    snapshot = say(snapshot, approval, 803, 'quang-songhan', '/undo', at('2026-11-25'));
    snapshot = say(snapshot, approval, 804, 'lan-bepxanh', '/agree', at('2026-11-25', '10:00'));
    const { writes } = step(engagement, snapshot, at('2026-11-25', '11:00'));
    const [record] = texts(writes).filter((body) => body.includes('"change":"undo"'));
    expect(record).toContain('Thay đổi trước đó không còn áp dụng');
    expect(record).not.toContain('Các mốc phụ thuộc');
  });

  it('the same side agreeing to its own undo is refused calmly and the extension stands', () => {
    const { snapshot, brand } = extended();
    let world = say(snapshot, brand, 601, 'lan-bepxanh', '/undo', at('2026-11-25', '09:00'));
    world = say(world, brand, 602, 'minh-bepxanh', '/agree', at('2026-11-25', '09:30'));
    const { snapshot: after, writes } = step(engagement, world, at('2026-11-25', '10:00'));
    expect(currentDue(after, at('2026-11-25', '10:00'))).toBe(EXTENDED);
    expect(texts(writes).filter((body) => body.includes('"kind":"amendment"'))).toEqual([]);
  });

  it("a stranger's /undo changes nothing and gets one calm reply naming them and the command", () => {
    const { snapshot, brand } = extended();
    const world = say(snapshot, brand, 601, 'random-passerby', '/undo', at('2026-11-25', '09:00'));
    const { snapshot: after, writes } = step(engagement, world, at('2026-11-25', '10:00'));
    expect(currentDue(after, at('2026-11-25', '10:00'))).toBe(EXTENDED);
    const replies = texts(writes).filter((body) => body.includes('"kind":"command-reply"'));
    expect(replies).toHaveLength(1);
    // A stranger is answered in the client's language (no side of theirs to read it from).
    expect(replies[0]).toContain('Gửi @\u200drandom-passerby, về lệnh `/undo`:');
    expect(replies[0]).toContain('nên hiện chưa có gì thay đổi');
  });

  it('/undo with nothing agreed gets a reply saying so, in the language of the person who asked', () => {
    let snapshot = step(engagement, emptyWorld(), at('2026-11-23')).snapshot;
    const brand = issueByTitle(snapshot, 'Brand assets').number;
    snapshot = say(snapshot, brand, 701, 'lan-bepxanh', '/undo', at('2026-11-24', '09:00'));
    const { writes } = step(engagement, snapshot, at('2026-11-24', '10:00'));
    const replies = texts(writes).filter((body) => body.includes('"kind":"command-reply"'));
    expect(replies).toHaveLength(1);
    expect(replies[0]).toContain('Gửi chị Lan (@\u200dlan-bepxanh), về lệnh `/undo`:');
    expect(replies[0]).toContain('chưa có thay đổi nào được hai bên thống nhất để hủy');
    expect(replies[0]).toContain('27/11/2026');
  });

  it('a /decline of the undo keeps the extension', () => {
    const { snapshot, brand } = extended();
    let world = say(snapshot, brand, 601, 'quang-songhan', '/undo', at('2026-11-25', '09:00'));
    world = say(world, brand, 602, 'lan-bepxanh', '/decline', at('2026-11-25', '09:30'));
    const { snapshot: after } = step(engagement, world, at('2026-11-25', '10:00'));
    expect(currentDue(after, at('2026-11-25', '10:00'))).toBe(EXTENDED);
  });
});
