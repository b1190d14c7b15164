// One form of address and one team voice through every message: with a named contact (`chị Lan`) and
// the voice `bên em`, no Vietnamese text the action writes says the neutral "anh/chị" or the other
// voice "chúng tôi" — first template by template over the whole catalogue, then in what the planner
// really writes over a handoff's life (reminders, the ladder, the escalation, replies to commands,
// completion) and a week of feedback, where a mixed thread would show.
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/snapshot';
import type { Engagement, EngagementInput } from '../../src/engagement/schema';
import { addressOf } from '../../src/messages/address';
import { MESSAGE_KEYS, messageText } from '../../src/messages/catalogue';
import { buildContext } from '../../src/plan/planner';
import { addComment, addIssue, makeSnapshot, tickItem } from '../../fake-github/world';
import { emptyWorld, engagementOf, issueByTitle, step } from '../deadlines/helpers';
import { engagementWith, run as feedbackRun } from '../feedback/helpers';

const NEUTRAL = /anh\/chị/iu;
const OTHER_VOICE: Record<'bên em' | 'chúng tôi', RegExp> = {
  'bên em': /chúng tôi/iu,
  'chúng tôi': /bên em/iu,
};

/** Every placeholder but the reader's and the team's words, filled with a word that cannot offend. */
function fillerFor(template: string): Record<string, string> {
  const names = [...template.matchAll(/\{([a-z_]+)\}/gu)].map((match) => match[1]!);
  return Object.fromEntries(names.map((name) => [name, 'X']));
}

const CONTACTS: EngagementInput['contacts'] = {
  client: {
    primary: { handle: '@lan-bepxanh', name: 'Nguyễn Thị Lan', address: 'chị Lan' },
    alternates: [
      { handle: '@minh-bepxanh', address: 'anh Minh' },
      { handle: '@mai-bepxanh', address: 'chị Mai' },
    ],
    account_manager: { handle: '@thu-bepxanh', address: 'chị Thu' },
  },
  vendor: {
    primary: { handle: '@quang-songhan', address: 'anh Quang' },
    alternates: [{ handle: '@vy-songhan', address: 'chị Vy' }],
    account_manager: { handle: '@hoa-songhan', address: 'chị Hoa' },
  },
};

function deadlineEngagement(voice: 'bên em' | 'chúng tôi'): Engagement {
  const base = engagementOf();
  return engagementOf({
    engagement: { ...base.engagement, locale: 'vi', client_locale: 'vi', voice },
    contacts: CONTACTS,
  } as Partial<EngagementInput>);
}

describe('one form of address and one voice', () => {
  for (const voice of ['bên em', 'chúng tôi'] as const) {
    it(`every Vietnamese template, to chị Lan in the voice “${voice}”, says neither anh/chị nor the other voice`, () => {
      const engagement = deadlineEngagement(voice);
      const ctx = buildContext(engagement, makeSnapshot(), new Date('2026-11-23T02:00:00Z'));
      const words = addressOf(ctx, engagement.contacts.client.primary, 'vi').words;
      expect(words).toEqual({
        you: 'chị',
        you_cap: 'Chị',
        we: voice,
        we_cap: voice === 'bên em' ? 'Bên em' : 'Chúng tôi',
      });
      const offending: string[] = [];
      for (const key of MESSAGE_KEYS) {
        const template = messageText(engagement, 'vi', key);
        const text = messageText(engagement, 'vi', key, { ...fillerFor(template), ...words });
        if (NEUTRAL.test(text) || OTHER_VOICE[voice].test(text)) offending.push(`${key}: ${text}`);
      }
      expect(offending).toEqual([]);
    });
  }

  it('a handoff’s whole life in Vietnamese, voice “bên em”: every text the action writes holds it', () => {
    const engagement = deadlineEngagement('bên em');
    const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();
    let world: Snapshot = step(engagement, emptyWorld(), at('2026-11-02')).snapshot;
    const brand = issueByTitle(world, 'Brand assets').number;
    const say = (date: string, author: string, body: string): void => {
      world = addComment(world, brand, { author, body, createdAt: at(date, '10:00') });
    };
    for (const date of ['2026-11-18', '2026-11-20', '2026-11-24', '2026-11-26', '2026-11-30']) {
      world = step(engagement, world, at(date)).snapshot;
    }
    say('2026-11-30', 'stranger-x', '/extend 2026-12-20 chờ ảnh');
    say('2026-11-30', 'lan-bepxanh', '/extend 2026-13-40 chờ ảnh');
    for (const date of ['2026-12-01', '2026-12-02', '2026-12-04', '2026-12-08', '2026-12-10']) {
      world = step(engagement, world, at(date)).snapshot;
    }
    say('2026-12-10', 'lan-bepxanh', '/extend 2026-12-18 đang chờ ảnh sản phẩm');
    world = step(engagement, world, at('2026-12-11')).snapshot;
    say('2026-12-11', 'quang-songhan', '/agree');
    world = step(engagement, world, at('2026-12-14')).snapshot;
    for (const item of ['Logo files', 'Brand guidelines PDF', 'Product photos', 'About-us text']) {
      world = tickItem(world, brand, item, at('2026-12-14', '16:00'));
    }
    world = step(engagement, world, at('2026-12-15')).snapshot;

    // Someone the file does not name is addressed with the neutral form, which is right for them only.
    const toStranger = ({ text }: { text: string }): boolean => text.includes('stranger-x,');
    const stranger = botTexts(world).filter(toStranger);
    expect(stranger.map(({ text }) => text.split(',')[0])).toEqual(['Gửi @\u200dstranger-x']);
    expect(stranger.filter(({ text }) => /chúng tôi/iu.test(text))).toEqual([]);
    const texts = botTexts(world).filter((text) => !toStranger(text));
    expect(texts.map(({ text }) => text).join('\n')).toContain(
      'Gửi chị Lan (@\u200dlan-bepxanh), về lệnh `/extend`',
    );
    // The life reached the messages it is meant to check.
    expect(texts.length).toBeGreaterThan(12);
    const all = texts.map(({ text }) => text).join('\n\n');
    for (const expected of ['Chào chị Lan (@lan-bepxanh)', 'Bên em', 'anh Minh', 'chị Hoa', 'cảm ơn chị']) {
      expect(all).toContain(expected);
    }
    expect(texts.filter(({ text }) => NEUTRAL.test(text) || /chúng tôi/iu.test(text))).toEqual([]);
    expect(all).not.toMatch(/Chào Chị/u);
  });

  it('a week of feedback in Vietnamese, voice “bên em”: every text the action writes holds it', () => {
    const engagement = engagementWith({
      engagement: { locale: 'vi', voice: 'bên em' },
      contacts: CONTACTS,
    });
    let world = makeSnapshot();
    const filed = '2026-11-23T02:00:00Z';
    const issues: Array<[string, string]> = [
      ['Cảm ơn cả nhóm', 'Thiết kế trang chủ mới rất đẹp, cả công ty đều thích.'],
      [
        'Nút thanh toán không bấm được',
        'Khách không bấm được nút thanh toán trên điện thoại, cần xử lý gấp.',
      ],
      ['Trang chủ', 'Trang chủ không ổn.'],
      ['Logo to hơn', 'Logo hơi nhỏ, nhờ bên em làm logo to hơn.'],
      ['Logo nhỏ hơn', 'Logo chiếm nhiều chỗ quá, bên em làm logo nhỏ hơn giúp chị.'],
    ];
    issues.forEach(([title, body], index) => {
      world = addIssue(world, { number: index + 1, title, body, labels: ['feedback'], createdAt: filed });
    });
    for (const now of ['2026-11-23T02:05:00Z', '2026-11-23T06:10:00Z', '2026-11-26T03:00:00Z']) {
      world = feedbackRun(world, now, engagement).snapshot;
    }
    const texts = botTexts(world);
    expect(texts.length).toBeGreaterThan(6);
    expect(texts.map(({ text }) => text).join('\n')).toContain('Chào chị Lan');
    expect(texts.filter(({ text }) => NEUTRAL.test(text) || /chúng tôi/iu.test(text))).toEqual([]);
  });
});

/** Every issue body and comment the action wrote. */
function botTexts(world: Snapshot): Array<{ issue: number; text: string }> {
  return world.issues.flatMap((issue) => [
    ...(issue.author.login === world.botLogin ? [{ issue: issue.number, text: issue.body }] : []),
    ...issue.comments
      .filter((comment) => comment.author.login === world.botLogin)
      .map((comment) => ({ issue: issue.number, text: comment.body })),
  ]);
}
