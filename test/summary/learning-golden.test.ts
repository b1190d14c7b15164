// Golden files of the asking-and-learning messages, in both languages, run through the real planner:
// the monthly check-in and its thank-you, the handoff rating question and its record, and the
// retrospective at the end. Review a change by reading the diff.
// UPDATE_GOLDEN=1 npx vitest run test/summary/learning-golden.test.ts
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Marker } from '../../src/core/markers';
import type { Snapshot } from '../../src/core/snapshot';
import type { Engagement, Locale } from '../../src/engagement/schema';
import { addComment, tickItem } from '../../fake-github/world';
import {
  bothSidesIn,
  CONTACTS_WITH_MANAGERS,
  emptyWorld,
  engagementOf,
  issueByTitle,
} from '../deadlines/helpers';
import { expectGolden, renderStory } from '../support/golden-story';
import { fullRun } from '../support/runs';

const FIXTURES = fileURLToPath(new URL('../fixtures/learning/', import.meta.url));
const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();

function engagementIn(locale: Locale): Engagement {
  return engagementOf({
    engagement: {
      ...bothSidesIn(locale),
      // Every message is shown, the retrospective's root-cause counts too (in the client repository
      // here, so only when the client may see them: test/adoption/client-visibility.test.ts).
      client_sees: { fees: true, dispute: true, root_causes: true },
    },
    contacts: CONTACTS_WITH_MANAGERS,
    milestones: [
      { id: 'texts', title: 'Page texts', owner: 'client', due: '2026-12-04', deliverables: ['Texts'] },
      {
        id: 'design',
        title: 'Visual design',
        owner: 'vendor',
        due: '2026-12-11',
        deliverables: ['Home page'],
      },
    ],
    pulse: { monthly: true },
  });
}

/** From 30 November: December's check-in and its answer, both handoffs, the design's rating, the end. */
function story(locale: Locale): Snapshot {
  const engagement = engagementIn(locale);
  let snapshot = fullRun(engagement, emptyWorld(), at('2026-11-30')).snapshot;
  snapshot = fullRun(engagement, snapshot, at('2026-12-01', '09:00')).snapshot;
  const checkIn = issueByTitle(snapshot, locale === 'vi' ? 'Trao đổi' : 'Check-in').number;
  snapshot = addComment(snapshot, checkIn, {
    author: 'lan-bepxanh',
    body:
      locale === 'vi'
        ? '/rate 4 Mọi thứ ổn, chỉ mong được báo trước lịch demo sớm hơn.'
        : '/rate 4 All good, we would just like the demo dates a little earlier.',
    createdAt: at('2026-12-01', '14:00'),
  });
  snapshot = fullRun(engagement, snapshot, at('2026-12-01', '15:00')).snapshot;
  snapshot = tickItem(snapshot, issueByTitle(snapshot, 'Page texts').number, 'Texts', at('2026-12-03'));
  const design = issueByTitle(snapshot, 'Visual design').number;
  snapshot = tickItem(snapshot, design, 'Home page', at('2026-12-10', '16:00'));
  snapshot = fullRun(engagement, snapshot, at('2026-12-10', '16:05')).snapshot;
  snapshot = addComment(snapshot, design, {
    author: 'lan-bepxanh',
    body: locale === 'vi' ? '/rate 5 Rất rõ ràng.' : '/rate 5 Very clear.',
    createdAt: at('2026-12-11', '09:00'),
  });
  return fullRun(engagement, snapshot, at('2026-12-11', '10:00')).snapshot;
}

const SHOWN = new Set(['pulse', 'pulse-rating', 'handoff-rating-request', 'handoff-rating', 'retrospective']);
const shows = (marker: Marker): boolean => SHOWN.has(marker.kind);

describe('asking the client and learning as a team: golden files', () => {
  for (const locale of ['vi', 'en'] as const) {
    it(`every message, in ${locale === 'vi' ? 'Vietnamese' : 'English'}`, () => {
      const { text, kinds } = renderStory(story(locale), shows);
      expectGolden(`${FIXTURES}messages.${locale}.md`, text);
      // The story reaches every kind, so none goes unreviewed.
      for (const kind of SHOWN) expect([...kinds], kind).toContain(kind);
    });
  }
});
