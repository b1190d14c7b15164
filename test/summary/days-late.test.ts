// A handoff late by less than a business day (handed over late on its due day, or overdue the same day)
// is counted 0 business days late by the deadline rules, and their messages say "less than a business
// day". The summary says the same, in every place days late appear: the headline, the escalations
// waiting for a decision, the milestone table, the learning figures and the retrospective.
import { describe, expect, it } from 'vitest';
import type { SummaryFacts } from '../../src/summary';
import { renderSummary } from '../../src/summary';
import { planRetrospective } from '../../src/summary/retrospective';
import { context, milestone, tracked } from './support';

/** Wednesday 25 November 2026, 10:00 in Ho Chi Minh City (UTC+7). */
const NOW = new Date('2026-11-25T03:00:00Z');
const local = (date: string, time: string): string => new Date(`${date}T${time}:00+07:00`).toISOString();

function sameDayLate(): SummaryFacts {
  return {
    milestones: [
      // Due on Tuesday at 12:00, handed over at 15:00 the same day: late, by less than a business day.
      milestone({
        id: 'photos',
        title: 'Product photos',
        due: local('2026-11-24', '12:00'),
        ...tracked(1),
        status: 'done_late',
        completedAt: local('2026-11-24', '15:00'),
        businessDaysLate: 0,
      }),
      // Due this morning at 09:00 and not in at 10:00: late, by less than a business day, escalated.
      milestone({
        id: 'copy',
        title: 'Page copy',
        due: local('2026-11-25', '09:00'),
        ...tracked(2),
        status: 'overdue',
        businessDaysLate: 0,
        escalation: {
          issueNumber: 9,
          url: 'https://github.com/songhan/bepxanh-website/issues/9',
          open: true,
        },
      }),
      milestone({ id: 'design', title: 'Visual design', owner: 'vendor', due: local('2026-12-11', '17:30') }),
    ],
    feedback: [],
    pulses: [],
  };
}

const rowOf = (body: string, title: string): string =>
  body.split('\n').find((line) => line.startsWith(`| [${title}]`) || line.startsWith(`| ${title} |`)) ?? '';

describe('late by less than a business day', () => {
  it('reads "less than a business day" wherever days late appear, never "0 business days" (en)', () => {
    const body = renderSummary(context({ now: NOW, locale: 'en' }), sameDayLate(), '2026-W48').body;
    expect(body).toMatch(
      /1 handoff is past due; the furthest behind is \[Page copy\]\([^)]+\) \(Client\), less than a business day late\./u,
    );
    expect(body).toContain(
      'Escalation open for [Page copy](https://github.com/songhan/bepxanh-website/issues/2) (less than a business day late)',
    );
    expect(rowOf(body, 'Page copy')).toContain('| 🔴 Late | less than a business day |');
    expect(rowOf(body, 'Product photos')).toContain('| ☑️ Done late | less than a business day |');
    // Not late: a dash, as before.
    expect(rowOf(body, 'Visual design')).toContain('| — |');
    expect(body).toMatch(/\| Average delay of late handoffs \| less than a business day \|/u);
    expect(body).not.toMatch(/\b0 business days?\b/u);
  });

  it('says it in Vietnamese too: "chưa tới một ngày làm việc"', () => {
    const body = renderSummary(context({ now: NOW, locale: 'vi' }), sameDayLate(), '2026-W48').body;
    expect(body).toMatch(
      /\[Page copy\]\([^)]+\) \([^)]+\) đang trễ nhiều nhất: chưa tới một ngày làm việc\./u,
    );
    expect(body).toContain('(trễ chưa tới một ngày làm việc)');
    expect(rowOf(body, 'Page copy')).toContain('| chưa tới một ngày làm việc |');
    expect(rowOf(body, 'Product photos')).toContain('| chưa tới một ngày làm việc |');
    expect(body).toMatch(/\| Số ngày trễ trung bình \| chưa tới một ngày làm việc \|/u);
    expect(body).not.toMatch(/(^|[^0-9.,])0 ngày làm việc/mu);
  });

  it('keeps counting whole days from one on: 1 business day, and an average with its decimal', () => {
    const facts = sameDayLate();
    const later: SummaryFacts = {
      ...facts,
      milestones: facts.milestones.map((m) =>
        m.id === 'copy'
          ? { ...m, businessDaysLate: 1 }
          : m.id === 'photos'
            ? { ...m, businessDaysLate: 1 }
            : m,
      ),
    };
    const body = renderSummary(context({ now: NOW }), later, '2026-W48').body;
    expect(body).toContain('(Client), 1 business day late.');
    expect(rowOf(body, 'Page copy')).toContain('| 🔴 Late | 1 |');
    expect(body).toMatch(/\| Average delay of late handoffs \| 1 business day \|/u);
  });

  it('the retrospective states the average delay of the late ones the same way', () => {
    const done: SummaryFacts = {
      milestones: [
        milestone({
          id: 'photos',
          title: 'Product photos',
          due: local('2026-11-24', '12:00'),
          status: 'done_late',
          completedAt: local('2026-11-24', '15:00'),
          businessDaysLate: 0,
        }),
      ],
      feedback: [],
      pulses: [],
    };
    // The engagement began with the action's adoption, before the handoff.
    const ctx = { ...context({ now: NOW }), adoptedAt: new Date(local('2026-11-02', '00:00')) };
    const writes = planRetrospective(ctx, done);
    const open = writes.find((write) => write.kind === 'open-issue');
    expect(open?.kind === 'open-issue' && open.body).toContain('less than a business day');
    expect(open?.kind === 'open-issue' && open.body).not.toMatch(/\b0 business days?\b/u);
  });
});
