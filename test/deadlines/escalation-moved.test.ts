// An escalation open when both sides agree a later date: the handoff is no longer late, so the
// escalation closes with a note saying why (never "late less than a business day"), and reopens
// for the new date only if that date passes and the ladder reaches its escalation step again.
import { describe, expect, it } from 'vitest';
import { deriveMilestoneFacts } from '../../src/deadlines';
import type { Snapshot } from '../../src/core/snapshot';
import { addComment, tickItem } from '../../fake-github/world';
import { contextOf, emptyWorld, engagementOf, issueByTitle, planOf, step } from './helpers';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();
const engagement = engagementOf();
const vendor = { association: 'MEMBER' as const };

function escalated(): { snapshot: Snapshot; brand: number } {
  let snapshot = step(engagement, emptyWorld(), at('2026-11-02')).snapshot;
  const brand = issueByTitle(snapshot, 'Brand assets').number;
  for (const day of ['2026-11-18', '2026-11-24', '2026-11-30', '2026-12-02', '2026-12-04']) {
    snapshot = addComment(snapshot, brand, {
      author: 'lan-bepxanh',
      body: 'Bên mình đang xử lý.',
      createdAt: at(day, '08:00'),
    });
    snapshot = step(engagement, snapshot, at(day)).snapshot;
  }
  expect(issueByTitle(snapshot, 'Escalation: Brand assets').state).toBe('open');
  return { snapshot, brand };
}

function agreeExtension(snapshot: Snapshot, brand: number, date: string): Snapshot {
  const proposed = addComment(snapshot, brand, {
    author: 'lan-bepxanh',
    body: `/extend ${date} Ảnh sản phẩm cần chụp lại`,
    createdAt: at('2026-12-04', '10:00'),
  });
  return addComment(proposed, brand, {
    ...vendor,
    author: 'quang-songhan',
    body: '/agree',
    createdAt: at('2026-12-04', '10:30'),
  });
}

describe('an open escalation after an agreed extension', () => {
  it('closes with a note naming the new date, instead of calling the handoff late', () => {
    const start = escalated();
    const before = issueByTitle(start.snapshot, 'Escalation: Brand assets');
    const agreed = step(
      engagement,
      agreeExtension(start.snapshot, start.brand, '2026-12-18'),
      at('2026-12-04', '11:00'),
    );

    const escalation = issueByTitle(agreed.snapshot, 'Escalation: Brand assets');
    expect(escalation.state).toBe('closed');
    // The body keeps what was true when it was last written; it never says "less than a business day".
    expect(escalation.body).toBe(before.body);
    expect(escalation.body).not.toContain('less than a business day');
    const note = escalation.comments.at(-1)!.body;
    expect(note).toContain(
      '**Brand assets and content** is now due on **Fri, 18 Dec 2026, 17:30 (Vietnam time)**',
    );
    expect(note).toContain(
      `as recorded on #${start.brand}, so it is no longer late and this escalation is closed`,
    );
    // The summary's facts: one escalation opened, one closed, and none open.
    const facts = deriveMilestoneFacts(contextOf(engagement, agreed.snapshot, at('2026-12-04', '11:00')));
    const brandFacts = facts.find((fact) => fact.id === 'brand-assets')!;
    expect(brandFacts.escalation?.open).toBe(false);
    expect(
      brandFacts.events.filter((event) => event.kind.startsWith('escalation')).map((e) => e.kind),
    ).toEqual(['escalation-opened', 'escalation-closed']);
  });

  it('a person who reopens it after that note keeps it open; the action adds nothing', () => {
    const start = escalated();
    let snapshot = step(
      engagement,
      agreeExtension(start.snapshot, start.brand, '2026-12-18'),
      at('2026-12-04', '11:00'),
    ).snapshot;
    const number = issueByTitle(snapshot, 'Escalation: Brand assets').number;
    snapshot = {
      ...snapshot,
      issues: snapshot.issues.map((issue) =>
        issue.number === number
          ? { ...issue, state: 'open', stateReason: 'reopened', closedAt: null }
          : issue,
      ),
    };
    expect(
      planOf(engagement, snapshot, at('2026-12-07')).writes.filter(
        (w) => 'issue' in w && 'number' in w.issue && w.issue.number === number,
      ),
    ).toEqual([]);
  });

  it('reopens for the new date once the ladder reaches escalation again, and closes when handed over', () => {
    const start = escalated();
    let snapshot = step(
      engagement,
      agreeExtension(start.snapshot, start.brand, '2026-12-18'),
      at('2026-12-04', '11:00'),
    ).snapshot;
    // The new date passes with nothing handed over: friendly (21 Dec), formal (23 Dec), escalation (25 Dec).
    for (const day of ['2026-12-11', '2026-12-17', '2026-12-21', '2026-12-23']) {
      snapshot = step(engagement, snapshot, at(day)).snapshot;
      expect(issueByTitle(snapshot, 'Escalation: Brand assets').state, day).toBe('closed');
    }
    snapshot = step(engagement, snapshot, at('2026-12-25')).snapshot;
    const reopened = issueByTitle(snapshot, 'Escalation: Brand assets');
    expect(reopened.state).toBe('open');
    expect(reopened.title).toBe('Escalation: Brand assets and content (due Fri, 18 Dec 2026)');
    expect(reopened.body).toContain(
      'it was due on **Fri, 18 Dec 2026, 17:30 (Vietnam time)** and is **5 business days** late',
    );

    for (const item of ['Logo files', 'Brand guidelines PDF', 'Product photos', 'About-us text'])
      snapshot = tickItem(snapshot, start.brand, item, at('2026-12-28', '10:00'));
    snapshot = step(engagement, snapshot, at('2026-12-28', '11:00')).snapshot;
    const closed = issueByTitle(snapshot, 'Escalation: Brand assets');
    expect(closed.state).toBe('closed');
    expect(closed.comments.at(-1)!.body).toContain('is complete (6 business days late)');
    const facts = deriveMilestoneFacts(contextOf(engagement, snapshot, at('2026-12-28', '11:00')));
    expect(
      facts
        .find((fact) => fact.id === 'brand-assets')!
        .events.filter((e) => e.kind.startsWith('escalation'))
        .map((e) => e.kind),
    ).toEqual(['escalation-opened', 'escalation-closed', 'escalation-opened', 'escalation-closed']);
  });
});
