// #13: `engagement.internal_repository` moves the escalations and the weekly summary to a repository
// only the vendor team reads. These tests plan on the in-memory world (test/support/world.ts), which
// numbers the two repositories apart; the end-to-end run on the fake is in internal-repository.e2e.
import { describe, expect, it } from 'vitest';
import { forInternal } from '../../src/core/internal-text';
import { parseMarkers } from '../../src/core/markers';
import { engagementTag } from '../../src/core/places';
import type { Write } from '../../src/core/plan';
import type { Snapshot } from '../../src/core/snapshot';
import type { Engagement } from '../../src/engagement/schema';
import { composePlan } from '../../src/plan/planner';
import { DOMAINS } from '../../src/plan/domains';
import { applyPlan, makeSnapshot } from '../../fake-github/world';
import { CONTACTS_WITH_MANAGERS, comments, contextOf, engagementOf, step } from '../deadlines/helpers';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();
const INTERNAL = { owner: 'songhan', name: 'engagements-internal' };
const TAG = 'engagement:songhan/bepxanh-website';

const internalEngagement = engagementOf({
  engagement: {
    ...engagementOf().engagement,
    internal_repository: 'songhan/engagements-internal',
  },
  contacts: CONTACTS_WITH_MANAGERS,
});
const clientOnlyEngagement = engagementOf({ contacts: CONTACTS_WITH_MANAGERS });

const withInternal = (): Snapshot =>
  makeSnapshot({ internal: { repository: INTERNAL, issues: [], labels: [] } });

/** The ladder climbs a step at a time: the friendly reminder (30 Nov), the formal notice (2 Dec). */
const beforeEscalation = (engagement: Engagement, world: Snapshot): Snapshot =>
  step(engagement, step(engagement, world, at('2026-11-30')).snapshot, at('2026-12-02')).snapshot;

const opened = (writes: readonly Write[]) =>
  writes.filter((write): write is Extract<Write, { kind: 'open-issue' }> => write.kind === 'open-issue');

describe('escalations in the internal repository', () => {
  it('opens the escalation there, tagged for this engagement, and the client never reads a pointer to it', () => {
    const { snapshot, writes } = step(
      internalEngagement,
      beforeEscalation(internalEngagement, withInternal()),
      at('2026-12-04'),
    );
    const escalation = opened(writes).find((write) => write.marker.kind === 'escalation')!;
    expect(escalation.place).toBe('internal');
    expect(escalation.labels).toEqual(['engagement: escalation', TAG]);
    // The tracking issues stay with the client.
    expect(snapshot.issues.filter((issue) => parseMarkers(issue.body)[0]?.kind === 'tracking')).toHaveLength(
      3,
    );
    expect(opened(writes).filter((write) => write.place === 'internal')).toHaveLength(1);

    // The labels it needs are created in the internal repository, the client's labels in the client's.
    const internalLabels = writes.filter(
      (write) => write.kind === 'create-label' && write.place === 'internal',
    );
    expect(internalLabels.map((write) => write.kind === 'create-label' && write.name).sort()).toEqual([
      'engagement: escalation',
      TAG,
    ]);

    const internalIssues = snapshot.internal!.issues;
    expect(internalIssues).toHaveLength(1);
    expect(snapshot.issues.some((issue) => issue.title.startsWith('Escalation'))).toBe(false);
    const body = internalIssues[0]!.body;
    const brand = snapshot.issues.find((issue) => issue.title.includes('Brand assets'))!;
    // The tracking issue is linked through the address that leaves no backlink, never as a bare `#N`.
    expect(body).toContain(
      `[songhan/bepxanh-website#${brand.number}](https://redirect.github.com/songhan/bepxanh-website/issues/${brand.number})`,
    );
    expect(body).not.toMatch(/(^|[\s(])#\d/mu);
    expect(body).not.toMatch(/https:\/\/github\.com\/songhan\/bepxanh-website/u);
    // The vendor's account manager is assigned and pinged; the client's is named without a ping.
    expect(body).toContain('@hoa-songhan');
    expect(body).toContain('@\u200dthu-bepxanh');
    expect(body).not.toMatch(/(?<![\u200d])@thu-bepxanh/u);
    expect(body).toContain('is named here without a notification: this issue is internal');

    // The escalation step on the client's tracking issue names no internal issue.
    const link = comments(writes).find((write) => write.marker.stage === 'escalation')!;
    expect(link.issue).toEqual({ number: brand.number });
    expect(link.body).toContain('một issue chuyển cấp nội bộ');
    expect(link.body).not.toMatch(/#\d|\{\{ref:/u);
    expect(brand.comments.at(-1)!.body).toBe(link.body);
  });

  it('keeps the escalation in place on later runs and closes it there when the handoff completes', () => {
    let { snapshot } = step(
      internalEngagement,
      beforeEscalation(internalEngagement, withInternal()),
      at('2026-12-04'),
    );
    const brand = snapshot.issues.find((issue) => issue.title.includes('Brand assets'))!;
    const internalNumber = snapshot.internal!.issues[0]!.number;
    // The client ticks every deliverable: the handoff is complete.
    snapshot = {
      ...snapshot,
      issues: snapshot.issues.map((issue) =>
        issue.number === brand.number ? { ...issue, body: issue.body.replace(/- \[ \]/gu, '- [x]') } : issue,
      ),
    };
    const done = step(internalEngagement, snapshot, at('2026-12-07'));
    const close = done.writes.find((write) => write.kind === 'close-issue' && 'number' in write.issue);
    const internalWrites = done.writes.filter(
      (write) => 'issue' in write && 'number' in write.issue && write.issue.place === 'internal',
    );
    expect(internalWrites.map((write) => write.kind)).toEqual(['comment', 'close-issue']);
    expect(close).toBeDefined();
    expect(done.snapshot.internal!.issues.find((issue) => issue.number === internalNumber)!.state).toBe(
      'closed',
    );
  });

  it('without internal_repository, opens the escalation in the client repository as before', () => {
    const { writes, snapshot } = step(
      clientOnlyEngagement,
      beforeEscalation(clientOnlyEngagement, makeSnapshot()),
      at('2026-12-04'),
    );
    const escalation = opened(writes).find((write) => write.marker.kind === 'escalation')!;
    expect(escalation.place).toBeUndefined();
    expect(escalation.labels).toEqual(['engagement: escalation']);
    expect(snapshot.internal).toBeUndefined();
    const link = comments(writes).find((write) => write.marker.stage === 'escalation')!;
    expect(link.body).toContain('Chúng tôi đã mở {{ref:escalation|milestone:brand-assets|}}');
    const brand = snapshot.issues.find((issue) => issue.title.includes('Brand assets'))!;
    const escalationIssue = snapshot.issues.find((issue) => issue.title.startsWith('Escalation'))!;
    expect(brand.comments.at(-1)!.body).toContain(`Chúng tôi đã mở #${escalationIssue.number}`);
  });

  it('refuses to plan when the engagement names an internal repository the run did not read', () => {
    expect(() => step(internalEngagement, makeSnapshot(), at('2026-12-04'))).toThrow(
      /names the internal repository songhan\/engagements-internal, but this snapshot was read without it/u,
    );
  });
});

describe('the weekly summary in the internal repository', () => {
  const summaryEngagement = engagementOf({
    engagement: { ...internalEngagement.engagement },
    contacts: CONTACTS_WITH_MANAGERS,
    summary: { enabled: true, day: 'mon', time: '08:00' },
  });

  it('opens there with links to the client issues that leave no backlink, and reruns quietly', () => {
    const now = at('2026-12-07', '09:00');
    const plan = composePlan(contextOf(summaryEngagement, withInternal(), now), DOMAINS).plan;
    const summary = opened(plan.writes).find((write) => write.marker.kind === 'summary')!;
    expect(summary.place).toBe('internal');
    expect(summary.labels).toContain(TAG);
    const applied = applyPlan(withInternal(), plan, now).snapshot;
    const body = applied.internal!.issues.find((issue) => issue.title === summary.title)!.body;
    expect(body).not.toMatch(/https:\/\/github\.com\/songhan\/bepxanh-website\//u);
    expect(body).toMatch(/https:\/\/redirect\.github\.com\/songhan\/bepxanh-website\/issues\/\d+/u);
    // The harness plans it again at `now` on the world it left: that must plan nothing.
  });
});

describe('forInternal', () => {
  const client = {
    owner: 'acme',
    name: 'site',
    url: 'https://github.com/acme/site',
    handles: ['lan-client'],
  };

  it('links bare references and client URLs through redirect.github.com, and leaves code alone', () => {
    const text = [
      'See #12 and https://github.com/acme/site/issues/3#issuecomment-9.',
      'Ask @lan-client and @quang-vendor; `#7 stays` as code.',
      '```\n#8 @lan-client\n```',
      '[the tracking issue](https://github.com/acme/site/issues/12) and [#4 @lan-client](https://example.com)',
      'Another repository: https://github.com/acme/other/issues/1 and owner/x#5 and &#35; and {{ref:k}}.',
    ].join('\n');
    expect(forInternal(text, client)).toBe(
      [
        'See [acme/site#12](https://redirect.github.com/acme/site/issues/12) and https://redirect.github.com/acme/site/issues/3#issuecomment-9.',
        'Ask @\u200dlan-client and @quang-vendor; `#7 stays` as code.',
        '```\n#8 @lan-client\n```',
        '[the tracking issue](https://redirect.github.com/acme/site/issues/12) and [#4 @\u200dlan-client](https://example.com)',
        'Another repository: https://github.com/acme/other/issues/1 and owner/x#5 and &#35; and {{ref:k}}.',
      ].join('\n'),
    );
  });

  it('on a GitHub Enterprise Server, where redirect.github.com does not exist, writes every issue address as code', () => {
    const server = { ...client, url: 'https://ghes.example/acme/site' };
    const text = [
      'Late: #12, see https://ghes.example/acme/site/issues/12.',
      'The [tracking issue](https://ghes.example/acme/site/issues/12) and [#3](https://ghes.example/acme/site/issues/3#issuecomment-9)',
      'The fix [acme/site#7](https://ghes.example/acme/site/pull/7); [open items](https://ghes.example/acme/site/issues?q=is%3Aopen) stay a link.',
      '[Jane’s note @lan-client](https://ghes.example/acme/site/issues/4) and https://ghes.example/acme/other/issues/1',
      '`#7 stays` as code.',
    ].join('\n');
    expect(forInternal(text, server)).toBe(
      [
        'Late: `https://ghes.example/acme/site/issues/12`, see `https://ghes.example/acme/site/issues/12`.',
        'The tracking issue (`https://ghes.example/acme/site/issues/12`) and `https://ghes.example/acme/site/issues/3#issuecomment-9`',
        'The fix `https://ghes.example/acme/site/pull/7`; [open items](https://ghes.example/acme/site/issues?q=is%3Aopen) stay a link.',
        'Jane’s note @\u200dlan-client (`https://ghes.example/acme/site/issues/4`) and https://ghes.example/acme/other/issues/1',
        '`#7 stays` as code.',
      ].join('\n'),
    );
  });
});

describe('engagementTag', () => {
  it('fits GitHub’s 50-character label limit and tells long names apart', () => {
    expect(engagementTag({ owner: 'songhan', name: 'bepxanh-website' })).toBe(TAG);
    const long = engagementTag({ owner: 'a-very-long-agency-name', name: 'client-website-rebuild-2026' });
    const other = engagementTag({ owner: 'a-very-long-agency-name', name: 'client-website-rebuild-2027' });
    expect(long.length).toBeLessThanOrEqual(50);
    expect(long).not.toBe(other);
  });
});
