// Golden files of the messages #14 added to deadlines, in both languages, run through the real planner:
// the kickoff issue and its baseline record, reminder and replies; `/note` records and refusals; the
// formal notice and the escalation with both account managers and the dispute ladder. Review a change
// by reading the diff.
// UPDATE_GOLDEN=1 npx vitest run test/deadlines/kickoff-golden.test.ts
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Marker } from '../../src/core/markers';
import type { Snapshot } from '../../src/core/snapshot';
import type { Engagement, Locale } from '../../src/engagement/schema';
import { addComment } from '../../fake-github/world';
import { expectGolden, renderStory } from '../support/golden-story';
import { bothSidesIn, CONTACTS_WITH_MANAGERS, emptyWorld, engagementOf, issueByTitle, step } from './helpers';

const FIXTURES = fileURLToPath(new URL('../fixtures/kickoff/', import.meta.url));
const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();

/**
 * Both sides read `locale`; the client has an account manager and a form of address, and may read the
 * dispute ladder (the default steps, in the kickoff's terms and the escalation's checklist).
 */
function engagementIn(locale: Locale): Engagement {
  return engagementOf({
    engagement: { ...bothSidesIn(locale), client_sees: { dispute: true } },
    contacts: CONTACTS_WITH_MANAGERS,
    contract: {
      reference: 'SH-2026-014',
      extension_policy: 'Extensions are agreed in writing before the due date where possible.',
      late_fee: { amount: 500000, currency: 'VND', grace: '2 business days', cap: 10000000 },
    },
    kickoff: { enabled: true },
  });
}

const vendor = { association: 'MEMBER' } as const;

function live(locale: Locale): Snapshot {
  const engagement = engagementIn(locale);
  let snapshot = step(engagement, emptyWorld(), at('2026-11-02', '08:00')).snapshot;
  const kickoff = issueByTitle(snapshot, locale === 'vi' ? 'Khởi động' : 'Kickoff').number;
  const brand = issueByTitle(snapshot, 'Brand assets').number;
  snapshot = addComment(snapshot, kickoff, {
    author: 'random-passer',
    body: '/agree',
    createdAt: at('2026-11-02', '10:00'),
  });
  snapshot = addComment(snapshot, kickoff, {
    ...vendor,
    author: 'quang-songhan',
    body: '/agree',
    createdAt: at('2026-11-02', '10:05'),
  });
  snapshot = step(engagement, snapshot, at('2026-11-02', '11:00')).snapshot;
  snapshot = step(engagement, snapshot, at('2026-11-05', '09:00')).snapshot;
  snapshot = addComment(snapshot, kickoff, {
    author: 'lan-bepxanh',
    body: '/agree',
    createdAt: at('2026-11-05', '10:00'),
  });
  snapshot = step(engagement, snapshot, at('2026-11-05', '11:00')).snapshot;
  snapshot = addComment(snapshot, brand, {
    ...vendor,
    author: 'quang-songhan',
    body: '/note call 2026-11-19 answer: photos come next week',
    createdAt: at('2026-11-20', '10:00'),
  });
  snapshot = addComment(snapshot, brand, {
    author: 'random-passer',
    body: '/note call they promised',
    createdAt: at('2026-11-20', '10:01'),
  });
  snapshot = addComment(snapshot, brand, {
    ...vendor,
    author: 'vy-songhan',
    body: '/note fax sent',
    createdAt: at('2026-11-20', '10:02'),
  });
  snapshot = addComment(snapshot, brand, {
    ...vendor,
    author: 'hoa-songhan',
    body: '/note meeting 2026-11-30 next steps',
    createdAt: at('2026-11-20', '10:03'),
  });
  snapshot = step(engagement, snapshot, at('2026-11-20', '11:00')).snapshot;
  snapshot = addComment(snapshot, brand, {
    author: 'lan-bepxanh',
    body: '/note email Đã gửi logo',
    createdAt: at('2026-11-23', '10:00'),
  });
  for (const day of ['2026-11-23', '2026-11-30', '2026-12-02', '2026-12-04'])
    snapshot = step(engagement, snapshot, at(day)).snapshot;
  snapshot = addComment(snapshot, brand, {
    author: 'lan-bepxanh',
    body: '/extend 2026-12-18 Ảnh sản phẩm cần chụp lại',
    createdAt: at('2026-12-04', '10:00'),
  });
  snapshot = addComment(snapshot, brand, {
    ...vendor,
    author: 'quang-songhan',
    body: '/agree',
    createdAt: at('2026-12-04', '10:30'),
  });
  return step(engagement, snapshot, at('2026-12-04', '11:00')).snapshot;
}

/** The kinds whose words this file holds (the ladder: only its formal notice and escalation link). */
const SHOWN = new Set([
  'kickoff',
  'kickoff-baseline',
  'kickoff-reminder',
  'kickoff-reply',
  'contact-note',
  'contact-note-refused',
  'escalation',
  'escalation-closed',
]);

/** Every kind of SHOWN, and of the ladder only its formal notice and escalation. */
const shows = (marker: Marker): boolean =>
  SHOWN.has(marker.kind) ||
  (marker.kind === 'ladder' && ['formal-notice', 'escalation'].includes(marker.stage ?? ''));

describe('kickoff, notes and account managers: golden files', () => {
  for (const locale of ['vi', 'en'] as const) {
    it(`every new message, in ${locale === 'vi' ? 'Vietnamese' : 'English'}`, () => {
      const { text, kinds } = renderStory(live(locale), shows);
      expectGolden(`${FIXTURES}messages.${locale}.md`, text);
      // The story reaches every new kind, so none goes unreviewed.
      for (const kind of SHOWN) expect([...kinds], kind).toContain(kind);
    });
  }
});
