// An `/extend` proposed on an engagement of the portfolio: the reply names what the same vendor
// people already owe on other engagements in the new window — dates only, never another client.
import { describe, expect, it } from 'vitest';
import { planDeadlines } from '../../src/deadlines';
import type { PortfolioLoad } from '../../src/core/portfolio-load';
import { addComment } from '../../fake-github/world';
import { contextOf, emptyWorld, engagementOf, issueByTitle, step } from '../deadlines/helpers';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();
const engagement = engagementOf();

const owed = (person: string, repository: string, due: string) => ({
  person,
  repository,
  engagement: 'Thuyền booking app',
  milestone: 'api',
  title: 'Booking API',
  due,
  url: null,
});

const LOAD: PortfolioLoad = {
  format: 'engagement-keeper/portfolio-load',
  version: 1,
  generatedAt: at('2026-11-30', '08:00'),
  owed: [
    owed('quang-songhan', 'thuyen-travel/booking-app', at('2026-12-02', '17:00')),
    owed('Quang-Songhan', 'maison-ceramics/shop', at('2026-12-03', '17:00')),
    // After the proposed date, someone not on this engagement, and this engagement's own: none counts.
    owed('quang-songhan', 'maison-ceramics/shop', at('2026-12-10', '17:00')),
    owed('outsider-x', 'maison-ceramics/shop', at('2026-12-02', '17:00')),
    owed('quang-songhan', 'songhan/bepxanh-website', at('2026-12-02', '17:00')),
  ],
};

function proposal(load: PortfolioLoad | undefined) {
  let snapshot = step(engagement, emptyWorld(), at('2026-11-26')).snapshot;
  const brand = issueByTitle(snapshot, 'Brand assets').number;
  snapshot = addComment(snapshot, brand, {
    id: 501,
    author: 'lan-bepxanh',
    body: '/extend 2026-12-04 Ảnh sản phẩm đang chụp lại',
    createdAt: at('2026-11-30', '10:00'),
  });
  const ctx = { ...contextOf(engagement, snapshot, at('2026-11-30', '11:00')), portfolioLoad: load };
  const reply = planDeadlines(ctx).find((w) => w.kind === 'comment' && w.marker.kind === 'proposal');
  if (!reply || reply.kind !== 'comment') throw new Error('the proposal should be answered');
  return reply.body;
}

describe('an /extend in a portfolio', () => {
  it('names what the same vendor people owe on other engagements in the new window', () => {
    const body = proposal(LOAD);
    // The vendor contact is asked to agree, in the vendor's language; one person however spelt.
    expect(body).toContain(
      'in this new window `quang-songhan` already owes 2 handoffs on other engagements (due Wed, 2 Dec 2026, Thu, 3 Dec 2026; as of Mon, 30 Nov 2026).',
    );
    expect(body).not.toMatch(/Thuyền|maison|booking|outsider-x/iu);
  });

  it('says nothing more without a load file, or when nobody owes anything in the window', () => {
    const plain = proposal(undefined);
    expect(plain).not.toContain('other engagements');
    expect(proposal({ ...LOAD, owed: LOAD.owed.slice(2) })).toBe(plain);
  });
});
