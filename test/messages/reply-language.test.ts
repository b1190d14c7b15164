// Replies to the kickoff's `/agree` and to `/note` follow the language the writer wrote in, as the
// other command replies do; a contact's own `language` setting wins, and words that do not tell
// (`/agree` alone) leave the side's language.
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/snapshot';
import type { Locale } from '../../src/engagement/schema';
import { addComment } from '../../fake-github/world';
import { CONTACTS_WITH_MANAGERS, emptyWorld, engagementOf, issueByTitle, step } from '../deadlines/helpers';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();

function engagementIn(locale: Locale, lanLanguage?: Locale) {
  const client = CONTACTS_WITH_MANAGERS!.client;
  return engagementOf({
    engagement: { name: 'Bếp Xanh', time_zone: 'Asia/Ho_Chi_Minh', locale, client_locale: locale },
    contacts: {
      ...CONTACTS_WITH_MANAGERS,
      client: {
        ...client,
        primary: {
          handle: '@lan-bepxanh',
          name: 'Nguyễn Thị Lan',
          address: 'chị Lan',
          ...(lanLanguage ? { language: lanLanguage } : {}),
        },
      },
    },
    kickoff: { enabled: true },
  });
}

/** The action's reply to one comment on the kickoff issue (or on a milestone's tracking issue). */
function replyTo(
  locale: Locale,
  where: 'kickoff' | 'Brand assets',
  comment: { author: string; body: string },
  lanLanguage?: Locale,
): string {
  const engagement = engagementIn(locale, lanLanguage);
  let snapshot: Snapshot = step(engagement, emptyWorld(), at('2026-11-02', '08:00')).snapshot;
  const title = where === 'kickoff' ? (locale === 'vi' ? 'Khởi động' : 'Kickoff') : where;
  const number = issueByTitle(snapshot, title).number;
  snapshot = addComment(snapshot, number, { ...comment, createdAt: at('2026-11-02', '10:00') });
  const { writes } = step(engagement, snapshot, at('2026-11-02', '11:00'));
  const reply = writes.find(
    (write): write is Extract<typeof write, { kind: 'comment' }> =>
      write.kind === 'comment' && 'number' in write.issue && write.issue.number === number,
  );
  expect(reply, `a reply on #${number}`).toBeDefined();
  return reply!.body;
}

describe('replies follow the language the writer wrote in', () => {
  it('a stranger’s Vietnamese /agree on an English kickoff is answered in Vietnamese, and English in English', () => {
    const vi = replyTo('en', 'kickoff', { author: 'random-passer', body: '/agree\nEm đồng ý với kế hoạch.' });
    expect(vi).toMatch(/^Cảm ơn anh\/chị @‍?random-passer\. Nội dung khởi động trở thành cơ sở chung/u);
    const en = replyTo('vi', 'kickoff', { author: 'random-passer', body: '/agree\nWe agree with the plan.' });
    expect(en).toMatch(/^@‍?random-passer, thank you\. The kickoff becomes the baseline/u);
  });

  it('an /agree alone is answered in the side’s language', () => {
    expect(replyTo('vi', 'kickoff', { author: 'random-passer', body: '/agree' })).toMatch(
      /^Cảm ơn anh\/chị/u,
    );
    expect(replyTo('en', 'kickoff', { author: 'random-passer', body: '/agree' })).toMatch(/, thank you\./u);
  });

  it('a /note in English on a Vietnamese engagement is recorded in English; refused ones answered in English', () => {
    const recorded = replyTo('vi', 'Brand assets', {
      author: 'lan-bepxanh',
      body: '/note call 2026-11-02 answer: the photos are ready, we send them by Friday',
    });
    expect(recorded).toMatch(/^\*\*Call on Mon, 2 Nov 2026\*\*/u);
    const refused = replyTo('vi', 'Brand assets', {
      author: 'lan-bepxanh',
      body: '/note fax we need to send the files',
    });
    expect(refused).toMatch(/^Lan \(@‍?lan-bepxanh\), thank you — we could not record this note/u);
  });

  it('a contact’s own language setting wins over the words', () => {
    const recorded = replyTo(
      'en',
      'Brand assets',
      {
        author: 'lan-bepxanh',
        body: '/note call 2026-11-02 answer: the photos are ready, we send them by Friday',
      },
      'vi',
    );
    expect(recorded).toMatch(/^\*\*Cuộc gọi ngày/u);
  });
});
