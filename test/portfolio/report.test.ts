// The portfolio report from hand-made facts: the headline, one row per engagement (failed ones with
// their reason), what recurs across projects, the vendor's load, in both languages.
import { describe, expect, it } from 'vitest';
import { computePortfolioFigures } from '../../src/portfolio/figures';
import { portfolioReport } from '../../src/portfolio/plan';
import { pairRows } from '../../src/portfolio/rows';
import { weekOf } from '../../src/summary/week';
import { NOW, facts, input, portfolio, threeEngagements } from './support';

function figures(inputs = threeEngagements(), p = portfolio()) {
  const { rows } = pairRows(p, inputs, 'no facts');
  return computePortfolioFigures(p, rows, NOW, weekOf(NOW, p.portfolio.time_zone));
}

describe('the portfolio figures', () => {
  it('count engagements by status, the failed one included', () => {
    expect(figures().counts).toEqual({ on_track: 0, at_risk: 1, late: 1, failed: 1 });
  });

  it('show the engagement with no facts at all as failed, with why', () => {
    const { rows } = pairRows(portfolio(), threeEngagements().slice(0, 2), 'no facts arrived');
    expect(rows.map((r) => (r.outcome.kind === 'failed' ? r.outcome.reason : 'ok'))).toEqual([
      'ok',
      'ok',
      'no facts arrived',
    ]);
  });

  it('take the newest facts of an engagement and set aside facts the portfolio did not ask for', () => {
    const [bepxanh] = threeEngagements();
    const older = facts('songhan/bepxanh-website', {
      generatedAt: '2026-11-30T00:00:00.000Z',
      status: 'on_track',
    });
    const stray = facts('someone/else');
    const { rows, strays } = pairRows(
      portfolio(),
      [input(older, 'old.json'), bepxanh!, input(stray, 'stray.json')],
      '',
    );
    expect(rows[0]?.outcome.kind === 'ok' && rows[0].outcome.facts.status).toBe('late');
    expect(strays).toEqual(['stray.json']);
  });

  it('rank the handoffs furthest behind, count this week’s SLA breaches and find the lowest satisfaction', () => {
    const f = figures();
    expect(f.furthestBehind.map((h) => [h.milestone.id, h.milestone.businessDaysLate])).toEqual([
      ['assets', 3],
    ]);
    expect(f.breachesThisWeek.map((b) => [b.row.entry.id, b.count])).toEqual([['bepxanh', 1]]);
    expect(f.lowestSatisfaction).toMatchObject({ average: 3, count: 1, row: { entry: { id: 'bepxanh' } } });
  });

  it('count root causes, negative topics and slipping clients over the trend weeks only', () => {
    const f = figures();
    // Causes nobody recorded yet come last among equals: they ask for a label, not a lesson.
    expect(f.lateCauses).toEqual([
      { cause: 'late-information', count: 1 },
      { cause: null, count: 1 },
    ]);
    expect(f.negativeTopics).toEqual([
      { topic: 'delivery', count: 1 },
      { topic: 'quality', count: 1 },
    ]);
    expect(f.slippingClients).toEqual([{ client: 'Bếp Xanh Coffee', late: 2, days: 5 }]);
    // With a trend of one week, November's late copy and negative feedback fall out of the window.
    const short = figures(
      threeEngagements(),
      portfolio((raw) => (raw.summary = { trend_weeks: 1 })),
    );
    expect(short.lateCauses).toEqual([]);
    expect(short.negativeTopics).toEqual([{ topic: 'delivery', count: 1 }]);
  });

  it('give on-time rates and response times per account manager and per team', () => {
    const f = figures();
    expect(
      f.byAccountManager.map((g) => [g.name, g.engagements, g.handoffsOnTime, g.handoffsCounted]),
    ).toEqual([
      ['lan-songhan', 1, 0, 2],
      ['minh-songhan', 1, 1, 1],
      ['vy-songhan', 1, 0, 0],
    ]);
    expect(f.byTeam.map((g) => [g.name, g.engagements, g.onTimeRate])).toEqual([
      ['Team Hội An', 2, 1],
      ['Team Huế', 1, 0],
    ]);
    expect(f.byTeam[0]?.firstResponse).toEqual({ median: 120, p90: 120, count: 1 });
  });

  it('list every vendor handoff due in the next 14 business days, per person, spelt either way', () => {
    const f = figures();
    // 14 business days from Wed 2 Dec 2026 on the Vietnamese calendar.
    expect(f.loadUntil).toBe('2026-12-22');
    expect(f.load.map((p) => [p.person, p.handoffs.map((h) => h.milestone.id)])).toEqual([
      ['Quang-Songhan', ['api', 'design']],
    ]);
  });
});

describe('the portfolio report', () => {
  it('has the headline, a row per engagement, the failed one with its reason, and both charts', () => {
    const { title, body } = portfolioReport(portfolio(), threeEngagements(), NOW);
    expect(title).toBe('Sông Hàn Studio — week 2026-W49');
    expect(body).toContain('**0 on track · 1 at risk · 1 late · 1 failed**');
    expect(body).toContain(
      '- [Bếp Xanh website](https://github.com/songhan/bepxanh-website): Brand assets — 3 business days past due (client side)',
    );
    expect(body).toContain('SLA breaches this week: **1**');
    expect(body).toContain(
      'Lowest satisfaction: [Bếp Xanh website](https://github.com/songhan/bepxanh-website), 3 / 5 over 1 rating.',
    );
    expect(body).toMatch(
      /\| maison<br><sub>Team Hội An<\/sub> \| ⚪ failed \| Its run did not finish: the engagement file has 1 error\(s\): .*engagement\.timezone/u,
    );
    expect(body).toContain('[#13](https://github.com/songhan/bepxanh-website/issues/13)');
    expect(body).toContain('| P1 1 |');
    expect(body.match(/```mermaid/gu)).toHaveLength(2);
    expect(body).not.toContain('@');
  });

  it('speaks Vietnamese when the portfolio does', () => {
    const vi = portfolio((raw) => ((raw.portfolio as Record<string, unknown>).locale = 'vi'));
    const { title, body } = portfolioReport(vi, threeEngagements(), NOW);
    expect(title).toBe('Sông Hàn Studio — tuần 2026-W49');
    expect(body).toContain('0 đúng tiến độ · 1 có rủi ro · 1 trễ hạn · 1 chưa chạy được');
    expect(body).toContain('quá hạn 3 ngày làm việc (phía khách hàng)');
    expect(body).toContain('Lần chạy chưa hoàn tất');
    expect(body).not.toMatch(/\b(?:on track|late handoffs|failed)\b/u);
  });

  it('stays short with a hundred engagements', () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ id: `e${i}`, repository: `client-${i}/web` }));
    const p = portfolio((raw) => (raw.engagements = many));
    const inputs = many.map((e) => input(facts(e.repository, threeEngagements()[0]!.facts as never)));
    const { body } = portfolioReport(p, inputs, NOW);
    expect(body.length).toBeLessThan(60_000);
  });
});
