import { describe, expect, it } from 'vitest';
import { ADDRESS_PLACEHOLDERS } from '../../src/feedback/address';
import { FEEDBACK_EN as en } from '../../src/messages/en/feedback';
import { FEEDBACK_VI as vi } from '../../src/messages/vi/feedback';
import { addIssue, makeSnapshot } from '../../fake-github/world';
import { commentsOf, engagementWith, plan } from './helpers';

const praise = (body: string, author = 'lan-bepxanh') =>
  addIssue(makeSnapshot(), {
    number: 1,
    title: 'Thanks',
    body,
    author,
    labels: ['feedback'],
    createdAt: '2026-11-23T02:00:00Z',
  });
const world = praise('Great work on the new design, the whole team loves it. Thank you!');
const vietnamese = praise('Giao diện mới đẹp quá, cả công ty chị ai cũng khen. Cảm ơn các em nhiều!');
const complaint = addIssue(makeSnapshot(), {
  number: 2,
  title: 'Không thanh toán được',
  body: 'Trang thanh toán báo lỗi khi bấm nút Đặt hàng, khách không mua được. Nhờ bên em xử lý gấp giúp.',
  labels: ['feedback'],
  createdAt: '2026-11-23T02:00:00Z',
});

const firstBody = (snapshot: typeof world, engagement = engagementWith(), number = 1): string =>
  commentsOf(plan(snapshot, '2026-11-23T02:05:00Z', engagement), number)[0]?.body ?? '';

describe('feedback messages', () => {
  it('exist in both languages with the same placeholders (the reader’s and the team’s words aside)', () => {
    const placeholders = (text: string): string[] =>
      [...text.matchAll(/\{([a-z_]+)\}/gu)]
        .map((m) => m[1]!)
        .filter((name) => !(ADDRESS_PLACEHOLDERS as readonly string[]).includes(name))
        .sort();
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(placeholders(vi[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('answer in the language the client wrote in, whatever the engagement’s client locale', () => {
    expect(firstBody(world)).toContain('Thank you so much for these kind words;');
    expect(firstBody(vietnamese, engagementWith({ engagement: { client_locale: 'en' } }))).toContain(
      'Cảm ơn chị rất nhiều — những lời của chị thật sự rất ý nghĩa',
    );
  });

  it('thank for praise without claiming it was already passed on: they say what really happens', () => {
    // With the weekly summary on, the praise is quoted there (the kudos section); off, it is only labelled.
    const withSummary = firstBody(vietnamese);
    expect(withSummary).toContain(
      'Chúng tôi sẽ chuyển lời khen của chị tới cả nhóm trong bản tổng kết hằng tuần của nhóm.',
    );
    expect(withSummary).not.toContain('đã chuyển');
    const without = firstBody(vietnamese, engagementWith({ summary: { enabled: false } }));
    expect(without).toContain('đã ghi nhận lời khen này cho cả nhóm.');
    expect(without).not.toContain('tổng kết');
    expect(firstBody(world, engagementWith({ summary: { enabled: false } }))).toContain(
      'We have noted them for the team.',
    );
    for (const body of [withSummary, without, firstBody(world)])
      // "will pass them on in the weekly summary" says what will happen; "passed on" would claim it had.
      expect(body).not.toMatch(/passed (them )?on|(have|has|was|were) shared|đã chia sẻ|đã chuyển/iu);
  });

  it('answer in the contact’s own language when the file sets it', () => {
    const english = engagementWith({
      contacts: { client: { primary: { handle: '@lan-bepxanh', name: 'Lan Tran', language: 'en' } } },
    });
    const body = firstBody(vietnamese, english);
    expect(body).toMatch(/^Hello Lan Tran,/u);
    expect(body).toContain('Thank you so much');
  });

  it('can be replaced by key in the engagement file', () => {
    const custom = engagementWith({
      messages: { vi: { 'feedback.ack.thanks.positive': 'Cả nhóm cảm ơn {you} rất nhiều!' } },
    });
    const body = firstBody(vietnamese, custom);
    expect(body).toContain('Cả nhóm cảm ơn chị rất nhiều!');
    expect(body).not.toContain('chân thành');
  });
});

describe('forms of address and the team’s voice', () => {
  it('use the configured address in the greeting and as the pronoun of every sentence after it', () => {
    const minh = engagementWith({
      contacts: { client: { primary: { handle: '@lan-bepxanh', name: 'Trần Minh', address: 'anh Minh' } } },
    });
    const body = firstBody(complaint, minh, 2);
    expect(body).toMatch(/^Chào anh Minh,/u);
    expect(body).toContain('Cảm ơn anh đã báo cho chúng tôi biết.');
    expect(body).toContain('sẽ phản hồi anh chậm nhất');
    expect(body).not.toMatch(/anh\/chị|Anh\/chị|(?:^|\s)[Cc]hị(?=[\s,.?]|$)/u);
  });

  it('say `anh/chị` throughout to a client the file does not name', () => {
    const body = firstBody(
      addIssue(makeSnapshot(), {
        number: 2,
        title: 'Không thanh toán được',
        body: 'Trang thanh toán báo lỗi khi bấm nút Đặt hàng, khách không mua được. Nhờ bên em xử lý gấp giúp.',
        author: 'someone-else',
        labels: ['feedback'],
        createdAt: '2026-11-23T02:00:00Z',
      }),
      engagementWith(),
      2,
    );
    expect(body).toMatch(/^Chào anh\/chị,/u);
    expect(body).toContain('Cảm ơn anh/chị đã báo');
    expect(body).not.toMatch(/(?:^|\s)[Cc]hị(?=[\s,.?]|$)/u);
  });

  it('put the neutral `anh/chị` before a name that carries no form of address', () => {
    const named = engagementWith({
      contacts: { client: { primary: { handle: '@lan-bepxanh', name: 'Jane Doe' } } },
    });
    const body = firstBody(complaint, named, 2);
    expect(body).toMatch(/^Chào anh\/chị Jane Doe,/u);
    expect(body).toContain('Cảm ơn anh/chị đã báo');
  });

  it('greet by the English form of address, and drop a Vietnamese one in English', () => {
    const jane = engagementWith({
      contacts: { client: { primary: { handle: '@lan-bepxanh', name: 'Jane Doe', address: 'Ms Jane' } } },
    });
    expect(firstBody(world, jane)).toMatch(/^Hello Ms Jane,/u);
    expect(firstBody(world)).toMatch(/^Hello Lan,/u);
  });

  it('speak as `bên em` when the file says so, and never also as `chúng tôi`', () => {
    const warm = engagementWith({ engagement: { voice: 'bên em' } });
    for (const body of [firstBody(vietnamese, warm), firstBody(complaint, warm, 2)]) {
      expect(body).toMatch(/Bên em|bên em/u);
      expect(body).not.toMatch(/chúng tôi/iu);
    }
  });

  it('refuse an unknown voice with the choices', () => {
    expect(() => engagementWith({ engagement: { voice: 'tụi em' } })).toThrow(/chúng tôi.*bên em/u);
  });
});
