// Golden files of the summary's markdown for fixed facts: a quiet week, a bad week, an empty new
// engagement and a huge one, in English and Vietnamese. Any change to the text fails here until the
// golden files are regenerated on purpose: UPDATE_GOLDEN=1 npx vitest run test/summary
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/engagement/schema';
import { renderSummary } from '../../src/summary';
import { computeFigures, feedbackOpenAt, slaBreachedAt } from '../../src/summary/figures';
import { FIXTURES, SCENARIOS, context } from './support';

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const GITHUB_BODY_LIMIT = 65_536;

describe('summary golden files', () => {
  for (const [name, facts] of Object.entries(SCENARIOS)) {
    for (const locale of LOCALES) {
      it(`${name} week, ${locale}`, () => {
        const { title, body } = renderSummary(context({ locale }), facts(), '2026-W48');
        const text = `<!-- title: ${title} -->\n${body}`;
        const file = `${FIXTURES}${name}.${locale}.md`;
        if (UPDATE || !existsSync(file)) {
          if (!UPDATE) throw new Error(`${file} is missing: run with UPDATE_GOLDEN=1 to create it`);
          writeFileSync(file, text);
        }
        expect(text).toBe(readFileSync(file, 'utf8'));
        expect(body.length).toBeLessThan(GITHUB_BODY_LIMIT - 200);
      });
    }
  }
});

describe('what the summary says', () => {
  it('titles the issue per locale, with the configured template when the team wrote one', () => {
    expect(renderSummary(context({ locale: 'en' }), SCENARIOS.empty!(), '2026-W48').title).toBe(
      'Bếp Xanh website rebuild — week 2026-W48',
    );
    expect(renderSummary(context({ locale: 'vi' }), SCENARIOS.empty!(), '2026-W48').title).toBe(
      'Bếp Xanh website rebuild — tuần 2026-W48',
    );
  });

  it('gives a quiet week a green headline and a bad week a red one with its reason', () => {
    const quiet = renderSummary(context(), SCENARIOS.quiet!(), '2026-W48').body;
    expect(quiet).toContain('## 🟢 On track');
    expect(quiet).toContain('Nothing needs a decision this week.');
    const bad = renderSummary(context(), SCENARIOS.bad!(), '2026-W48').body;
    expect(bad).toContain('## 🔴 Late');
    expect(bad).toMatch(
      /1 handoff is past due; the furthest behind is \[Brand assets and content\]\([^)]+\/issues\/1\) \(Client\), 3 business days late\./u,
    );
    expect(bad).toContain('[#40](https://github.com/songhan/bepxanh-website/issues/40)');
    expect(bad).toContain('Waiting for our team to agree to a new date');
    // A proposal still waiting is linked as the proposal, never as an agreement recorded.
    const waiting = bad.split('\n').find((line) => line.includes('Waiting for our team to agree')) ?? '';
    expect(waiting).toMatch(/— \[see the proposal\]\(/u);
    expect(waiting).not.toContain('agreement recorded');
    expect(bad).toContain('[#30 Checkout page crashes on iPhone]');
  });

  it('"needs a decision now" names every broken agreed time of open feedback that the figures count', () => {
    const facts = SCENARIOS.bad!();
    const ctx = context();
    const body = renderSummary(ctx, facts, '2026-W48').body;
    const decisions = body.slice(body.indexOf('### Needs a decision now'), body.indexOf('### Milestones'));
    // #25 broke both its first-response and its resolution time: both are named, not only the first.
    expect(decisions).toContain('/issues/25) (P2) is past its first-response and resolution times');
    expect(decisions).toContain('/issues/30) (P1) is past its first-response time\n');
    // The same count as the figures: each broken time of an open feedback issue appears once.
    const figures = computeFigures(facts.milestones, facts.feedback, {
      asOf: ctx.now,
      start: new Date('2026-11-22T17:00:00Z'),
      end: new Date('2026-11-29T17:00:00Z'),
      factsTime: ctx.now,
    });
    const open = facts.feedback.filter((f) => feedbackOpenAt(f, ctx.now));
    const brokenOpen = (kind: 'firstResponse' | 'resolution'): number =>
      open.filter((f) =>
        slaBreachedAt(f[kind], kind === 'firstResponse' ? f.firstResponseAt : f.resolvedAt, ctx.now),
      ).length;
    const brokenAll = figures.firstResponseSla.decided - figures.firstResponseSla.met;
    expect(brokenAll).toBeGreaterThanOrEqual(brokenOpen('firstResponse'));
    expect(decisions.match(/first-response/gu)?.length).toBe(brokenOpen('firstResponse'));
    expect(decisions.match(/resolution times?/gu)?.length).toBe(brokenOpen('resolution'));
    expect(brokenOpen('resolution')).toBeGreaterThan(0);
    const vi = renderSummary(context({ locale: 'vi' }), facts, '2026-W48').body;
    expect(vi).toContain('(P2) đã quá thời gian phản hồi đầu tiên và thời gian giải quyết');
  });

  it('quotes kudos safely: no mention, no HTML', () => {
    const body = renderSummary(context(), SCENARIOS.quiet!(), '2026-W48').body;
    expect(body).toContain('> Chị rất thích màu sắc mới');
    expect(body).not.toMatch(/@quang-songhan/u);
    expect(body).not.toContain('<b>');
  });

  it('cuts long lists on a huge engagement with a link to an issue search', () => {
    const body = renderSummary(context(), SCENARIOS.huge!(), '2026-W48').body;
    expect(body).toMatch(
      /…and \d+ more: \[see them all\]\(https:\/\/github\.com\/songhan\/bepxanh-website\/issues\?q=is%3Aissue%20label%3A%22engagement%3A%20milestone%22\)/u,
    );
    expect(body).not.toContain('@everyone');
    expect(body).not.toContain('<script>');
  });

  it('keeps the body the same whenever it is rendered within the same unchanged day', () => {
    const a = renderSummary(context({ now: new Date('2026-11-25T03:00:00Z') }), SCENARIOS.bad!(), '2026-W48');
    const b = renderSummary(context({ now: new Date('2026-11-25T03:47:00Z') }), SCENARIOS.bad!(), '2026-W48');
    expect(b).toEqual(a);
  });

  it('rejects a week that is not an ISO week', () => {
    expect(() => renderSummary(context(), SCENARIOS.empty!(), '2026-W54')).toThrow(/not an ISO week/u);
  });
});

describe('the size limit', () => {
  it('shortens every list, and still closes its charts, when the body would not fit', () => {
    const full = renderSummary(context(), SCENARIOS.huge!(), '2026-W48').body;
    const tight = renderSummary(context(), SCENARIOS.huge!(), '2026-W48', 20_000).body;
    expect(full.length).toBeGreaterThan(40_000);
    expect(tight.length).toBeLessThanOrEqual(20_000);
    for (const heading of ['## Milestones', '## Deadlines this week', '## Client feedback', '## Learning']) {
      expect(tight).toContain(heading);
    }
    expect((tight.match(/^```/gmu) ?? []).length % 2).toBe(0);
    expect(tight).toMatch(/…and \d+ more: \[see them all\]/u);
  });

  it('cuts even an absurd budget without leaving a chart fence open', () => {
    const body = renderSummary(context(), SCENARIOS.bad!(), '2026-W48', 1_800).body;
    expect(body.length).toBeLessThanOrEqual(1_800);
    expect((body.match(/^```/gmu) ?? []).length % 2).toBe(0);
  });
});
