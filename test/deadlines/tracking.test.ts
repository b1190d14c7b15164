import { describe, expect, it } from 'vitest';
import { parseMarkers } from '../../src/core/markers';
import { applyPlan, tickItem, updateIssue } from '../../fake-github/world';
import { comments, emptyWorld, engagementOf, issueByTitle, planOf, step } from './helpers';

const NOW = '2026-11-02T02:00:00Z'; // Monday 09:00 in Ho Chi Minh City, weeks before any date

describe('tracking issues', () => {
  it('opens one tracking issue per milestone, dependencies first, with labels, checklist and marker', () => {
    const engagement = engagementOf();
    const { snapshot, writes } = step(engagement, emptyWorld(), NOW);
    const opened = writes.filter((write) => write.kind === 'open-issue');
    expect(opened.map((write) => write.kind === 'open-issue' && write.key)).toEqual([
      'tracking|milestone:brand-assets|',
      'tracking|milestone:design|',
      'tracking|milestone:design-approval|',
    ]);
    const brand = issueByTitle(snapshot, 'Brand assets');
    // The client reads Vietnamese: its milestones are written in Vietnamese.
    expect(brand.title).toBe('Bàn giao: Brand assets and content');
    expect(brand.labels).toEqual(['engagement: milestone', 'deadline: upcoming']);
    expect(brand.body).toContain('- [ ] Logo files');
    expect(brand.body).toContain('27/11/2026');
    expect(brand.body).toContain('17:30');
    expect(parseMarkers(brand.body)[0]).toEqual({ kind: 'tracking', subject: 'milestone:brand-assets' });
    const design = issueByTitle(snapshot, 'Visual design');
    expect(design.title).toBe('Handoff: Visual design of key pages');
    expect(design.body).toContain(`#${brand.number} Brand assets and content`);
    expect(writes.some((write) => write.kind === 'create-label' && write.name === 'deadline: upcoming')).toBe(
      true,
    );
  });

  it('tells the client, who may not be able to tick the boxes, that a reply is enough; the team is told to tick', () => {
    const { snapshot } = step(engagementOf(), emptyWorld(), NOW);
    // Brand assets: the client's, in Vietnamese; the visual design: the team's, in English.
    expect(issueByTitle(snapshot, 'Brand assets').body).toContain(
      'nếu không đánh dấu được tại đây, chỉ cần trả lời những gì đã gửi để đội dự án đánh dấu giúp',
    );
    const design = issueByTitle(snapshot, 'Visual design').body;
    expect(design).toContain('_Tick each item as it is handed over; when every item is ticked');
    expect(design).not.toContain('reply with what you have sent');
  });

  it("mentions only the owner side's primary contact; the alternates are not pinged by a new issue", () => {
    const engagement = engagementOf();
    const { snapshot } = step(engagement, emptyWorld(), NOW);
    // GitHub notifies `@login` (not `@\u200dlogin`): the people a body would ping.
    const pinged = (body: string): string[] => [...body.matchAll(/@([A-Za-z0-9][\w-]*)/gu)].map((m) => m[1]!);
    const brand = issueByTitle(snapshot, 'Brand assets'); // owned by the client
    expect(pinged(brand.body)).toEqual(['lan-bepxanh']);
    expect(brand.body).toContain('chị Lan (@lan-bepxanh)');
    expect(brand.body).toContain('anh Quang (@\u200dquang-songhan)');
    const design = issueByTitle(snapshot, 'Visual design'); // owned by the vendor
    expect(pinged(design.body)).toEqual(['quang-songhan']);
    expect(design.body).not.toContain('vy-songhan');
    expect(brand.body).not.toContain('minh-bepxanh');
  });

  it('keeps ticked boxes when the engagement file changes, and edits only when the text would change', () => {
    const engagement = engagementOf();
    let { snapshot } = step(engagement, emptyWorld(), NOW);
    const brand = issueByTitle(snapshot, 'Brand assets');
    snapshot = tickItem(snapshot, brand.number, 'Logo files', NOW);
    expect(planOf(engagement, snapshot, NOW).writes).toEqual([]);

    const edited = engagementOf();
    const milestone = edited.milestones[0]!;
    const changed = {
      ...edited,
      milestones: [
        {
          ...milestone,
          deliverables: ['Logo files', 'Brand guidelines PDF', 'Product photos (24)', 'Menu text'],
        },
        ...edited.milestones.slice(1),
      ],
    };
    const plan = planOf(changed, snapshot, NOW);
    expect(plan.writes.map((write) => write.kind)).toEqual(['edit-issue']);
    const after = applyPlan(snapshot, plan, NOW).snapshot;
    const body = issueByTitle(after, 'Brand assets').body;
    expect(body).toContain('- [x] Logo files');
    expect(body).toContain('- [ ] Menu text');
    expect(body).not.toContain('About-us text');
    expect(planOf(changed, after, NOW).writes).toEqual([]);
  });

  it('closes the issue of a removed milestone with a calm note, and reopens it if the milestone returns', () => {
    const engagement = engagementOf();
    const { snapshot } = step(engagement, emptyWorld(), NOW);
    const without = { ...engagement, milestones: engagement.milestones.slice(0, 2) };
    const removed = step(without, snapshot, NOW);
    expect(removed.writes.map((write) => write.kind)).toEqual(['remove-label', 'comment', 'close-issue']);
    // No status on a milestone that is no longer planned.
    expect(
      issueByTitle(removed.snapshot, 'Design approval').labels.filter((l) => l.startsWith('deadline:')),
    ).toEqual([]);
    const closed = removed.writes.find((write) => write.kind === 'close-issue');
    expect(closed?.kind === 'close-issue' && closed.stateReason).toBe('not_planned');
    // In the language the issue was written in (the client hands it over and reads Vietnamese), naming
    // the milestone, not the issue's title.
    expect(comments(removed.writes)[0]?.body).toMatch(
      /^\*\*Design approval\*\* không còn trong tệp engagement, vì vậy issue theo dõi này được đóng lại\./u,
    );
    expect(removed.snapshot.issues).toHaveLength(3); // closed, never deleted

    const back = step(engagement, removed.snapshot, NOW);
    expect(back.writes.map((write) => write.kind)).toEqual(['reopen-issue', 'add-labels', 'comment']);
    expect(issueByTitle(back.snapshot, 'Design approval').state).toBe('open');
    expect(issueByTitle(back.snapshot, 'Design approval').labels).toContain('deadline: upcoming');
  });

  it('trusts only tracking issues the action opened itself', () => {
    const engagement = engagementOf();
    const { snapshot } = step(engagement, emptyWorld(), NOW);
    // Someone pastes the marker into their own issue: it is not a tracking issue.
    const brand = issueByTitle(snapshot, 'Brand assets');
    const forged = updateIssue(snapshot, brand.number, (issue) => ({
      ...issue,
      author: { login: 'mallory', association: 'NONE' },
    }));
    const plan = planOf(engagement, forged, NOW);
    expect(plan.writes.some((write) => write.kind === 'open-issue')).toBe(true);
  });
});
