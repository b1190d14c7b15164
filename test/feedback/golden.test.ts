// Golden files of every feedback message, as the client and the team read them: a week of a small
// engagement (praise, an urgent bug, a request, a report too thin to act on, two opposite requests,
// a blurry photo, a typo, a client's phone call filed by the team) lived through the real planner, once with the client writing Vietnamese and
// once English. Every comment the action posts is kept in order, without its hidden marker. Read the
// files to review the wording; any change fails here until they are regenerated on purpose:
// UPDATE_GOLDEN=1 npx vitest run test/feedback/golden.test.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ClosingChange, Snapshot } from '../../src/core/snapshot';
import type { Locale } from '../../src/engagement/schema';
import { KIND } from '../../src/feedback/kinds';
import { addComment, addIssue, makeSnapshot, updateIssue } from '../../fake-github/world';
import { engagementWith, plan, run } from './helpers';

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const FIXTURES = fileURLToPath(new URL('../fixtures/feedback/', import.meta.url));
const FILED = '2026-11-23T02:00:00Z'; // Mon 09:00 in Ho Chi Minh City

type Texts = Record<number, [title: string, body: string]>;
const TEXTS: Record<Locale, Texts> = {
  vi: {
    1: ['Cảm ơn cả nhóm', 'Thiết kế trang chủ mới rất đẹp, cả công ty đều thích. Cảm ơn cả nhóm!'],
    2: [
      'Nút thanh toán trên điện thoại không bấm được',
      'Từ sáng nay khách hàng không bấm được nút thanh toán trên điện thoại, đơn hàng bị mất. Nhờ bên em xử lý gấp.',
    ],
    3: [
      'Thêm số điện thoại ở chân trang',
      'Nhờ bên em thêm số hotline 1900 1234 vào chân trang của tất cả các trang.',
    ],
    4: ['Trang chủ', 'Trang chủ không ổn.'],
    5: ['Logo ở đầu trang', 'Logo hiện tại hơi nhỏ, nhờ bên em làm logo to hơn một chút.'],
    6: ['Logo đầu trang', 'Logo đang chiếm nhiều chỗ quá, bên em làm logo nhỏ hơn giúp chị.'],
    7: [
      'Ảnh sản phẩm bị mờ',
      'Ảnh sản phẩm trên trang thực đơn bị mờ khi xem trên máy tính, nhìn không chuyên nghiệp.',
    ],
    8: [
      'Lỗi chính tả ở trang giới thiệu',
      'Trang giới thiệu viết sai chữ "cà phê" thành "cafe", nhờ bên em sửa lại.',
    ],
  },
  en: {
    1: [
      'Thank you all',
      'The new home page design looks great, everyone at the company loves it. Thank you!',
    ],
    2: [
      'Checkout button does not work on mobile',
      'Since this morning customers cannot tap the checkout button on their phones and we are losing orders. Please fix it urgently.',
    ],
    3: [
      'Add the phone number to the footer',
      'Could you please add our hotline 1900 1234 to the footer of every page?',
    ],
    4: ['Home page', 'Home page not ok.'],
    5: ['Logo in the header', 'The logo looks a bit small, please make the logo bigger.'],
    6: ['Header logo', 'The logo takes too much space, please make the logo smaller.'],
    7: [
      'Product photos are blurry',
      'The product photos on the menu page look blurry on desktop, it does not look professional.',
    ],
    8: ['Typo on the about page', 'The about page spells "coffee" as "cofee", please correct it.'],
  },
};
// Filed by a team member for the client, who called: the team's /agree there is not the client's.
const RELAYED: Record<Locale, { title: string; body: string; propose: string }> = {
  vi: {
    title: 'Chị Lan gọi điện: giờ mở cửa ở chân trang',
    body: 'Chị Lan gọi điện báo: chân trang đang ghi giờ mở cửa 8:00–20:00, đúng ra là 7:00–21:00. Chị nhờ sửa lại.',
    propose: '/propose Sửa giờ mở cửa ở chân trang thành 7:00–21:00 trên tất cả các trang.',
  },
  en: {
    title: 'Lan called: opening hours in the footer',
    body: 'Lan called: the footer shows opening hours 8:00–20:00, they should be 7:00–21:00. She asks us to correct them.',
    propose: '/propose Change the opening hours in the footer to 7:00–21:00 on every page.',
  },
};

const REPLIES: Record<
  Locale,
  { notResolved: string; vendor: string; propose: string; implemented: string; details: string }
> = {
  vi: {
    notResolved: 'Chị vừa thử lại, vẫn còn lỗi, chưa được giải quyết.',
    vendor: 'Bên em đang xem ạ.',
    propose: '/propose Tải lại ảnh gốc cho 24 món trong thực đơn và tắt bước nén ảnh thứ hai.',
    implemented: '/implemented Đã tải lại 24 ảnh gốc; trang thực đơn hiển thị rõ trên máy tính.',
    details:
      'Trang chủ tải rất chậm trên điện thoại, khoảng 10 giây mới hiện ảnh bìa. Mong trang mở nhanh như trước.',
  },
  en: {
    notResolved: 'I just tried again: still broken, not resolved.',
    vendor: 'We are looking into it.',
    propose: '/propose Upload the original photos of the 24 dishes and turn off the second compression step.',
    implemented: '/implemented The 24 original photos are uploaded; the menu page is sharp on desktop.',
    details:
      'The home page loads very slowly on phones, the cover image takes about 10 seconds. It should open as fast as before.',
  },
};

// What closed each resolved piece, as the shell reads it: a pull request, by hand, by hand after the
// team's `/implemented` note, a commit.
const CLOSED_WITH: Record<number, ClosingChange | null> = {
  2: {
    kind: 'pull-request',
    number: 31,
    title: 'Checkout: make the pay button tappable on small screens',
    url: 'https://github.com/songhan/bepxanh-website/pull/31',
  },
  3: null,
  7: null,
  8: {
    kind: 'commit',
    sha: '9c41e07',
    title: 'About page: fix the spelling of the coffee name',
    url: 'https://github.com/songhan/bepxanh-website/commit/9c41e07b2d',
  },
};

const closed = (snapshot: Snapshot, number: number, at: string): Snapshot =>
  updateIssue(snapshot, number, (issue) => ({
    ...issue,
    state: 'closed',
    stateReason: 'COMPLETED',
    closedAt: at,
    closedWith: CLOSED_WITH[number] ?? null,
  }));

/** A week of feedback lived through the planner; returns the repository at its end. */
function live(locale: Locale): Snapshot {
  // The team reads the same language here, so that its messages are reviewed in both languages too.
  const engagement = engagementWith({ engagement: { locale } });
  let world = makeSnapshot();
  for (const [number, [title, body]] of Object.entries(TEXTS[locale])) {
    world = addIssue(world, { number: Number(number), title, body, labels: ['feedback'], createdAt: FILED });
  }
  world = addIssue(world, {
    number: 9,
    title: RELAYED[locale].title,
    body: RELAYED[locale].body,
    author: 'vy-songhan',
    labels: ['feedback'],
    createdAt: FILED,
  });
  const step = (now: string): void => {
    world = run(world, now, engagement).snapshot;
  };
  step('2026-11-23T02:05:00Z'); // acknowledgements, 5 whys, review requests, the contradiction
  step('2026-11-23T05:10:00Z'); // the urgent bug's first-response warning
  step('2026-11-23T06:10:00Z'); // its breach and escalation
  for (const number of [2, 3, 7, 8]) {
    world = addComment(world, number, {
      body: REPLIES[locale].vendor,
      author: 'quang-songhan',
      association: 'MEMBER',
      createdAt: '2026-11-23T06:30:00Z',
    });
  }
  // The blurry photos: the team proposes a solution, the client agrees, the team puts it in place.
  world = addComment(world, 7, {
    body: REPLIES[locale].propose,
    author: 'quang-songhan',
    createdAt: '2026-11-23T08:00:00Z',
  });
  world = addComment(world, 9, {
    body: RELAYED[locale].propose,
    author: 'quang-songhan',
    createdAt: '2026-11-23T08:00:00Z',
  });
  step('2026-11-23T08:05:00Z'); // the proposals, shown to the client
  world = addComment(world, 7, { body: '/agree', createdAt: '2026-11-24T02:00:00Z' });
  // The team member who filed #9 agrees in the client's place: told calmly who gives it.
  world = addComment(world, 9, { body: '/agree', author: 'vy-songhan', createdAt: '2026-11-24T02:00:00Z' });
  world = addComment(world, 7, {
    body: REPLIES[locale].implemented,
    author: 'quang-songhan',
    createdAt: '2026-11-24T06:00:00Z',
  });
  step('2026-11-24T07:00:00Z'); // the urgent bug's resolution warning; the agreement; in place
  for (const number of [2, 3, 7, 8]) world = closed(world, number, '2026-11-24T08:00:00Z');
  step('2026-11-24T08:05:00Z'); // confirmation requests, the escalation closes
  world = addComment(world, 3, { body: '/rate 5', createdAt: '2026-11-24T09:00:00Z' });
  world = addComment(world, 8, { body: '/rate 3', createdAt: '2026-11-24T09:00:00Z' });
  world = addComment(world, 7, { body: '/rate 2', createdAt: '2026-11-24T09:00:00Z' });
  world = addComment(world, 2, { body: REPLIES[locale].notResolved, createdAt: '2026-11-24T09:00:00Z' });
  step('2026-11-24T10:05:00Z'); // ratings answered, the bug reopened
  step('2026-11-26T03:00:00Z'); // the nudge on the report too thin to act on
  world = addComment(world, 4, { body: REPLIES[locale].details, createdAt: '2026-11-26T04:00:00Z' });
  step('2026-11-26T04:05:00Z'); // the thin report answered: accepted, with its dates
  expect(plan(world, '2026-11-26T04:05:00Z', engagement)).toEqual([]);
  return world;
}

const MARKER = /\s*<!-- engagement-keeper (\{.*?\}) -->/gu;

/** Every comment and issue the action wrote, in order, as markdown a reviewer reads top to bottom. */
function render(world: Snapshot): { text: string; kinds: Set<string> } {
  const kinds = new Set<string>();
  const parts: string[] = [];
  for (const issue of world.issues) {
    const bot = issue.author.login === world.botLogin;
    const comments = issue.comments.filter((comment) => comment.author.login === world.botLogin);
    if (!bot && comments.length === 0) continue;
    parts.push(`# #${issue.number} ${issue.title}${bot ? ' (opened by the action)' : ''}`);
    const markersOf = (body: string): string[] => {
      const found = [...body.matchAll(MARKER)].map((m) => (JSON.parse(m[1]!) as { kind: string }).kind);
      for (const kind of found) kinds.add(kind);
      return found;
    };
    if (bot) {
      markersOf(issue.body);
      parts.push(issue.body.replace(MARKER, '').trim());
    }
    for (const comment of comments) {
      parts.push(`## ${markersOf(comment.body).join(', ')}`, comment.body.replace(MARKER, '').trim());
    }
  }
  return { text: `${parts.join('\n\n')}\n`, kinds };
}

describe('feedback golden files', () => {
  for (const locale of ['vi', 'en'] as const) {
    it(`every feedback message, client writing ${locale === 'vi' ? 'Vietnamese' : 'English'}`, () => {
      const { text, kinds } = render(live(locale));
      const file = `${FIXTURES}week.${locale}.md`;
      if (UPDATE || !existsSync(file)) {
        if (!UPDATE) throw new Error(`${file} is missing: run with UPDATE_GOLDEN=1 to create it`);
        writeFileSync(file, text);
      }
      expect(text).toBe(readFileSync(file, 'utf8'));
      // The week reaches every kind of feedback message, so none goes unreviewed.
      expect([...kinds].sort()).toEqual(Object.values(KIND).sort());
    });
  }
});
