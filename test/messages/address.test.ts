// A form of address without a Vietnamese word of address (`Ms Jane`, `Mr John`, `Dr Smith`), read by
// the client in Vietnamese: the greeting names them as a Vietnamese office would (`chị Jane`, `bà
// Smith`, `anh John`; `Dr Smith` as written) and every other sentence says the pronoun that goes with
// it (`chị` for Ms, `bà` for Mrs, `anh` for Mr, the neutral `anh/chị` when the title says nothing),
// never the name again and again
// ("Cảm ơn Ms Jane đã báo …, phản hồi Ms Jane …, cập nhật cho Ms Jane …"). Vietnamese forms
// (`chị Lan`, `anh Minh`) read exactly as before.
import { describe, expect, it } from 'vitest';
import type { Contact, EngagementInput } from '../../src/engagement/schema';
import { addressOf, groupAddressOf, nameInSentence } from '../../src/messages/address';
import { MESSAGE_KEYS, messageText } from '../../src/messages/catalogue';
import { buildContext } from '../../src/plan/planner';
import { addIssue, makeSnapshot } from '../../fake-github/world';
import { bothSidesIn, comments, emptyWorld, engagementOf, issueByTitle, step } from '../deadlines/helpers';
import { commentsOf, engagementWith, plan } from '../feedback/helpers';

const contact = (address: string | undefined, name?: string): Contact => ({
  handle: 'someone',
  ...(name ? { name } : {}),
  ...(address ? { address } : {}),
});

const engagement = engagementWith();
const ctx = buildContext(engagement, makeSnapshot(), new Date('2026-11-23T02:00:00Z'));
const vi = (address: string | undefined, name?: string) => addressOf(ctx, contact(address, name), 'vi');

describe('a form of address in Vietnamese', () => {
  it('greets by the pronoun an English title implies, as a Vietnamese office says it, and says it after', () => {
    expect(vi('Ms Jane', 'Jane Doe')).toMatchObject({
      name: 'chị Jane',
      words: { you: 'chị', you_cap: 'Chị' },
    });
    // Mrs with a (sur)name reads as `bà Smith`, and `bà` stands for her after it.
    expect(vi('Mrs Smith')).toMatchObject({ name: 'bà Smith', words: { you: 'bà', you_cap: 'Bà' } });
    expect(vi('Mrs. Smith')).toMatchObject({ name: 'bà Smith', words: { you: 'bà' } });
    expect(vi(undefined, 'Mrs Smith')).toMatchObject({ name: 'bà Smith', words: { you: 'bà' } });
    expect(vi('Miss Anna')).toMatchObject({ name: 'chị Anna', words: { you: 'chị' } });
    expect(vi('Mr John')).toMatchObject({ name: 'anh John', words: { you: 'anh', you_cap: 'Anh' } });
    expect(vi('MR. JOHN')).toMatchObject({ name: 'anh JOHN', words: { you: 'anh' } });
    // A name the file wrote with its title, without an address, is greeted the same way.
    expect(vi(undefined, 'Mr John')).toMatchObject({ name: 'anh John', words: { you: 'anh' } });
    expect(vi(undefined, 'Dr Smith')).toMatchObject({ name: 'Dr Smith', words: { you: 'anh/chị' } });
  });

  it('says the neutral `anh/chị` after a form whose title says nothing of the person, or that has none', () => {
    expect(vi('Dr Smith')).toMatchObject({ name: 'Dr Smith', words: { you: 'anh/chị', you_cap: 'Anh/chị' } });
    expect(vi('Jane')).toMatchObject({ name: 'Jane', words: { you: 'anh/chị' } });
    // A title alone is not a name: it stays the greeting as written.
    expect(vi('Ms')).toMatchObject({ name: 'Ms', words: { you: 'anh/chị' } });
  });

  it('keeps Vietnamese forms exactly as they were', () => {
    expect(vi('chị Lan', 'Nguyễn Thị Lan')).toMatchObject({ name: 'chị Lan', words: { you: 'chị' } });
    expect(vi('Anh Minh')).toMatchObject({ name: 'anh Minh', words: { you: 'anh' } });
    expect(vi(undefined, 'Chị Lan')).toMatchObject({ name: 'chị Lan', words: { you: 'chị' } });
    expect(vi(undefined, 'Jane Doe')).toMatchObject({ name: 'anh/chị Jane Doe', words: { you: 'anh/chị' } });
    expect(vi(undefined)).toMatchObject({ name: null, words: { you: 'anh/chị' } });
  });

  it('keeps English as it was: the English form as written, a Vietnamese word of address dropped', () => {
    const en = (address: string) => addressOf(ctx, contact(address), 'en');
    expect(en('Ms Jane')).toMatchObject({ name: 'Ms Jane', words: { you: 'you' } });
    expect(en('chị Lan')).toMatchObject({ name: 'Lan', words: { you: 'you' } });
  });

  it('addresses a group by the pronouns their forms imply', () => {
    const group = (...addresses: string[]) =>
      groupAddressOf(
        ctx,
        addresses.map((address) => contact(address)),
        'vi',
      ).words.you;
    expect(group('Ms Jane', 'chị Mai')).toBe('các chị');
    expect(group('Mrs Smith', 'bà Hạnh')).toBe('các bà');
    expect(group('Mr John', 'anh Minh')).toBe('các anh');
    expect(group('Ms Jane', 'Mr John')).toBe('anh chị');
    expect(group('Dr Smith', 'chị Mai')).toBe('anh chị');
  });

  it('never repeats the name where a pronoun stands: no Vietnamese template, filled for Ms Jane, names her', () => {
    const words = vi('Ms Jane', 'Jane Doe').words;
    const offending = MESSAGE_KEYS.map((key) => {
      const template = messageText(engagement, 'vi', key);
      const filler = Object.fromEntries(
        [...template.matchAll(/\{([a-z_]+)\}/gu)].map((match) => [match[1]!, 'X']),
      );
      return { key, text: messageText(engagement, 'vi', key, { ...filler, ...words }) };
    }).filter(({ text }) => text.includes('Jane'));
    expect(offending).toEqual([]);
  });
});

// Lists, timelines and records speak of a person rather than to them: the same name the greeting of
// the message would use, without the neutral `anh/chị` a greeting needs for a plain name.
describe('a name inside a sentence that speaks of the person', () => {
  it('in Vietnamese: the word of address in lower case, an English title as the pronoun it implies', () => {
    const vi = (name: string) => nameInSentence(name, 'vi');
    expect(vi('Mrs Smith')).toBe('bà Smith');
    expect(vi('Ms. Jane')).toBe('chị Jane');
    expect(vi('Mr. John')).toBe('anh John');
    expect(vi('Chị Lan')).toBe('chị Lan');
    expect(vi('anh Minh')).toBe('anh Minh');
    // A title that implies nothing, a plain name and a handle are as written: no `anh/chị` before them.
    expect(vi('Dr Smith')).toBe('Dr Smith');
    expect(vi('Nguyễn Thị Lan')).toBe('Nguyễn Thị Lan');
    expect(vi('lan-bepxanh')).toBe('lan-bepxanh');
    expect(vi('Mrs')).toBe('Mrs');
  });

  it('in English: a Vietnamese word of address dropped, everything else as written', () => {
    const en = (name: string) => nameInSentence(name, 'en');
    expect(en('Chị Lan')).toBe('Lan');
    expect(en('anh Minh')).toBe('Minh');
    expect(en('Mrs Smith')).toBe('Mrs Smith');
    expect(en('Ms. Jane')).toBe('Ms. Jane');
    expect(en('Dr Smith')).toBe('Dr Smith');
    expect(en('Nguyễn Thị Lan')).toBe('Nguyễn Thị Lan');
    expect(en('lan-bepxanh')).toBe('lan-bepxanh');
    // A word of address alone is a name, not a word to drop.
    expect(en('Chị')).toBe('Chị');
  });

  it('agrees with the greeting wherever the greeting names the person as written', () => {
    for (const name of ['Mrs Smith', 'Ms. Jane', 'Mr John', 'Chị Lan', 'anh Minh', 'Dr Smith']) {
      for (const locale of ['en', 'vi'] as const)
        expect(nameInSentence(name, locale)).toBe(addressOf(ctx, contact(name), locale).name);
    }
  });
});

describe('messages to Ms Jane, written in Vietnamese', () => {
  const complaint = addIssue(makeSnapshot(), {
    number: 2,
    title: 'Không thanh toán được',
    body: 'Trang thanh toán báo lỗi khi bấm nút Đặt hàng, khách không mua được. Nhờ bên em xử lý gấp giúp.',
    labels: ['feedback'],
    createdAt: '2026-11-23T02:00:00Z',
  });

  it('acknowledge feedback naming her once, in the greeting, and calling her `chị` after it', () => {
    const jane = engagementWith({
      contacts: { client: { primary: { handle: '@lan-bepxanh', name: 'Jane Doe', address: 'Ms Jane' } } },
    });
    const body = commentsOf(plan(complaint, '2026-11-23T02:05:00Z', jane), 2)[0]?.body ?? '';
    expect(body).toMatch(/^Chào chị Jane,\n/u);
    expect(body.match(/Jane/gu)).toHaveLength(1);
    expect(body).not.toMatch(/Ms Jane/u);
    expect(body).toContain('Cảm ơn chị đã báo cho chúng tôi biết.');
    expect(body).toContain('sẽ phản hồi chị chậm nhất');
    expect(body).toContain('cập nhật tiến độ cho chị ngay tại đây');
    expect(body).not.toMatch(/anh\/chị|(?:^|\s)[Aa]nh(?=[\s,.?]|$)/u);
  });

  it('acknowledge Mrs Smith as `bà Smith`, and `bà` all through, never `chị`', () => {
    const smith = engagementWith({
      contacts: { client: { primary: { handle: '@lan-bepxanh', address: 'Mrs Smith' } } },
    });
    const body = commentsOf(plan(complaint, '2026-11-23T02:05:00Z', smith), 2)[0]?.body ?? '';
    expect(body).toMatch(/^Chào bà Smith,\n/u);
    expect(body.match(/Smith/gu)).toHaveLength(1);
    expect(body).toContain('Cảm ơn bà đã báo cho chúng tôi biết.');
    expect(body).toContain('sẽ phản hồi bà chậm nhất');
    expect(body).toContain('cập nhật tiến độ cho bà ngay tại đây');
    expect(body).not.toMatch(/anh\/chị|(?:^|\s)[Cc]hị(?=[\s,.?]|$)|(?:^|\s)[Aa]nh(?=[\s,.?]|$)/u);
  });

  it('acknowledge Mr John as `anh` after the greeting', () => {
    const john = engagementWith({
      contacts: { client: { primary: { handle: '@lan-bepxanh', address: 'Mr John' } } },
    });
    const body = commentsOf(plan(complaint, '2026-11-23T02:05:00Z', john), 2)[0]?.body ?? '';
    expect(body).toMatch(/^Chào anh John,\n/u);
    expect(body.match(/John/gu)).toHaveLength(1);
    expect(body).toContain('Cảm ơn anh đã báo cho chúng tôi biết.');
    expect(body).not.toMatch(/anh\/chị|(?:^|\s)[Cc]hị(?=[\s,.?]|$)/u);
  });

  it('remind her of a handoff naming her in the greeting only; in English the greeting is as before', () => {
    const at = (date: string): string => new Date(`${date}T09:00:00+07:00`).toISOString();
    const contacts = (language: 'vi' | 'en'): EngagementInput['contacts'] => ({
      client: {
        primary: { handle: '@lan-bepxanh', name: 'Jane Doe', address: 'Ms Jane', language },
        alternates: ['@minh-bepxanh'],
      },
      vendor: { primary: { handle: '@quang-songhan', name: 'Anh Quang' } },
    });
    const reminderTo = (language: 'vi' | 'en'): string => {
      const file = engagementOf({ contacts: contacts(language) });
      const world = step(file, emptyWorld(), at('2026-11-02')).snapshot;
      const brand = issueByTitle(world, 'Brand assets').number;
      const written = comments(step(file, world, at('2026-11-18')).writes);
      return written.find((write) => 'number' in write.issue && write.issue.number === brand)?.body ?? '';
    };
    const vietnamese = reminderTo('vi');
    expect(vietnamese).toMatch(/^Chào chị Jane \(@lan-bepxanh\),\n/u);
    expect(vietnamese.match(/Jane/gu)).toHaveLength(1);
    expect(vietnamese).toContain('Nếu có điểm nào chưa rõ hoặc chị cần hỗ trợ chuẩn bị, chị cứ trả lời');
    expect(reminderTo('en')).toMatch(/^Hi Ms Jane \(@lan-bepxanh\),\n/u);
  });

  it('write to Mrs Smith as `bà` in every handoff message, the kickoff included, never `chị`', () => {
    const at = (date: string): string => new Date(`${date}T09:00:00+07:00`).toISOString();
    const file = engagementOf({
      engagement: { ...bothSidesIn('vi'), voice: 'chúng tôi' },
      contacts: {
        client: {
          primary: { handle: '@lan-bepxanh', address: 'Mrs Smith' },
          alternates: [{ handle: '@minh-bepxanh', address: 'Mrs Brown' }],
        },
        vendor: { primary: { handle: '@quang-songhan', name: 'Anh Quang' } },
      },
      kickoff: { enabled: true },
    });
    let world = emptyWorld();
    const written: string[] = [];
    let kickoff = '';
    // The kickoff, a reminder, the early warning, the alternates, the friendly reminder, the formal notice.
    for (const date of ['2026-11-02', '2026-11-05', '2026-11-18', '2026-11-23', '2026-11-30', '2026-12-02']) {
      const next = step(file, world, at(date));
      world = next.snapshot;
      for (const write of next.writes)
        if (
          (write.kind === 'comment' || write.kind === 'open-issue') &&
          write.body.startsWith('Chào bà Smith')
        ) {
          written.push(write.body);
          if (write.kind === 'open-issue') kickoff = write.body;
        }
    }
    expect(written.length).toBeGreaterThanOrEqual(4);
    // The kickoff's schedule and contacts list her again, by the same name as its greeting.
    expect(kickoff).toContain('bà Smith (@\u200dlan-bepxanh) (đầu mối chính)');
    expect(kickoff.match(/Smith/gu)?.length).toBe(kickoff.match(/bà Smith/gu)?.length);
    for (const body of written) {
      // Every other message names her once, in its greeting.
      if (body !== kickoff) expect(body.match(/bà Smith/gu)).toHaveLength(1);
      expect(body).not.toContain('Mrs');
      expect(body).toMatch(/(?:^|\s)(?:bà|Bà)(?=[\s,.?]|$)/u);
      expect(body).not.toMatch(/anh\/chị|(?:^|\s)[Cc]hị(?=[\s,.?]|$)/u);
    }
    expect(written.join('\n')).toContain('Đồng gửi bà Brown (@minh-bepxanh)');
  });

  it('write to the alternate as the alternate all through, the list of missing items included', () => {
    const at = (date: string): string => new Date(`${date}T09:00:00+07:00`).toISOString();
    const file = engagementOf({
      engagement: bothSidesIn('vi'),
      contacts: {
        client: {
          primary: { handle: '@lan-bepxanh', address: 'chị Lan' },
          alternates: [{ handle: '@minh-bepxanh', address: 'anh Minh' }],
        },
        vendor: { primary: { handle: '@quang-songhan', name: 'Anh Quang' } },
      },
    });
    let world = emptyWorld();
    let toAlternate = '';
    for (const date of [
      '2026-11-02',
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-23',
    ]) {
      const next = step(file, world, at(date));
      world = next.snapshot;
      for (const write of next.writes)
        if (write.kind === 'comment' && write.body.startsWith('Chào anh Minh')) toAlternate = write.body;
    }
    expect(toAlternate).toContain('phản hồi từ chị Lan (@lan-bepxanh)');
    expect(toAlternate).toContain('Các hạng mục chưa được đánh dấu là đã nhận');
    // Greeted as "anh", never "chị" after it: chị Lan is spoken of, not to.
    expect(toAlternate.replace('chị Lan', '')).not.toMatch(/anh\/chị|(?:^|\s)[Cc]hị(?=[\s,.?]|$)/u);
    expect(toAlternate).toMatch(/, anh có thể đánh dấu/u);
  });
});
