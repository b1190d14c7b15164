import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/snapshot';
import { addComment, addIssue, makeSnapshot, updateIssue } from '../../fake-github/world';
import { commentsOf, formBody, kinds, plan, run } from './helpers';

// Urgent, filed Mon 09:00 ICT: first response due 13:00 (06:00Z), warning at 75% → 12:00 (05:00Z).
const FILED = '2026-11-23T02:00:00Z';
const urgent = (): Snapshot =>
  run(
    addIssue(makeSnapshot(), {
      number: 11,
      title: 'Trang web sập',
      body: 'Trang web không hoạt động từ 8 giờ sáng nay, khách không đặt hàng được. Rất gấp, mong khắc phục ngay lập tức.',
      labels: ['feedback'],
      createdAt: FILED,
    }),
    '2026-11-23T02:01:00Z',
  ).snapshot;

describe('the first-response SLA', () => {
  it('warns the triage role once at warn_at', () => {
    const world = urgent();
    expect(plan(world, '2026-11-23T04:59:00Z')).toEqual([]);
    const warned = run(world, '2026-11-23T05:00:00Z');
    const [warning] = commentsOf(warned.writes, 11);
    expect(warning?.marker).toMatchObject({ kind: 'feedback-sla-warning', stage: 'first_response' });
    expect(warning?.body).toContain('@quang-songhan');
    expect(warning?.body).toContain('**Mon, 23 Nov 2026, 13:00 (Vietnam time)**');
    expect(plan(warned.snapshot, '2026-11-23T05:30:00Z')).toEqual([]);
  });

  it('on breach: a breach label, an escalation comment and, for urgent feedback, an escalation issue — once', () => {
    const breached = run(urgent(), '2026-11-23T06:00:00Z');
    expect(kinds(breached.writes)).toEqual(['open-issue', 'add-labels', 'comment:feedback-sla-breach']);
    const [issue, label, comment] = breached.writes;
    expect(issue).toMatchObject({
      kind: 'open-issue',
      marker: { kind: 'escalation', subject: 'issue:11' },
      assignees: ['hoa-songhan'],
      labels: ['engagement: escalation'],
    });
    expect(label).toMatchObject({ labels: ['sla: breached'] });
    expect(comment?.kind === 'comment' && comment.body).toMatch(/^@quang-songhan @hoa-songhan /u);
    const escalation = breached.snapshot.issues.find((candidate) => candidate.number === 12);
    expect(escalation?.body).toContain('#11');
    expect(escalation?.body).not.toContain('@lan'); // the client's words are quoted, never pinging anyone
    expect(breached.snapshot.issues.find((c) => c.number === 11)?.comments.at(-1)?.body).toContain('#12');
    expect(plan(breached.snapshot, '2026-11-23T08:00:00Z')).toEqual([]);
  });

  it('the escalation quotes the form with each answer under its field name', () => {
    const filed = run(
      addIssue(makeSnapshot(), {
        number: 11,
        title: 'Checkout fails',
        body: formBody({
          topic: 'Product quality / Chất lượng sản phẩm',
          importance: 'Urgent / Khẩn cấp',
          type: 'Negative — something is wrong / Tiêu cực — có vấn đề',
          what: 'After paying, a blank screen with an error.',
          expected: 'The payment goes through and the confirmation page is shown.',
        }),
        labels: ['feedback'],
        createdAt: FILED,
      }),
      '2026-11-23T02:01:00Z',
    ).snapshot;
    const breached = run(filed, '2026-11-23T06:00:00Z');
    const escalation = breached.snapshot.issues.find((candidate) => candidate.number === 12)!;
    expect(escalation.body).toContain(
      [
        '> **What happened**',
        '>',
        '> After paying, a blank screen with an error.',
        '>',
        '> **What did you expect?**',
        '>',
        '> The payment goes through and the confirmation page is shown.',
      ].join('\n'),
    );
  });

  it('is met by a vendor-side reply, not by the action, the author or a client contact who collaborates', () => {
    let world = urgent();
    world = addComment(world, 11, {
      author: 'lan-bepxanh',
      association: 'COLLABORATOR',
      body: 'Còn lỗi',
      createdAt: '2026-11-23T03:00:00Z',
    });
    world = addComment(world, 11, {
      author: 'minh-bepxanh',
      association: 'COLLABORATOR',
      body: 'Vẫn lỗi',
      createdAt: '2026-11-23T03:10:00Z',
    });
    expect(kinds(plan(world, '2026-11-23T06:00:00Z'))).toContain('comment:feedback-sla-breach');
    // A member by association alone is nobody's side: only write access (or a role) makes the vendor.
    const byAssociation = addComment(world, 11, {
      author: 'dev-songhan',
      association: 'MEMBER',
      body: 'Chúng tôi đang kiểm tra máy chủ.',
      createdAt: '2026-11-23T04:00:00Z',
    });
    expect(kinds(plan(byAssociation, '2026-11-23T06:00:00Z'))).toContain('comment:feedback-sla-breach');
    const answered = { ...byAssociation, writers: ['dev-songhan'] };
    // The first-response clock stopped (the resolution clock still runs): only the state moves on.
    expect(kinds(plan(answered, '2026-11-23T06:00:00Z'))).toEqual(['remove-label', 'add-labels']);
  });

  it('counts a reply from someone with write access or in a role, whatever their association', () => {
    const world = addComment(urgent(), 11, {
      author: 'outside-dev',
      body: 'Looking.',
      createdAt: '2026-11-23T04:00:00Z',
    });
    expect(kinds(plan(world, '2026-11-23T06:00:00Z'))).toContain('comment:feedback-sla-breach');
    expect(kinds(plan({ ...world, writers: ['outside-dev'] }, '2026-11-23T06:00:00Z'))).toEqual([
      'remove-label',
      'add-labels',
    ]);
  });

  it('never re-adds a breach label a person removed, even on a later breach', () => {
    const breached = run(urgent(), '2026-11-23T06:00:00Z').snapshot;
    const removed = updateIssue(breached, 11, (issue) => ({
      ...issue,
      labels: issue.labels.filter((name) => name !== 'sla: breached'),
    }));
    // Resolution (2 working days) passes Wed 09:00: a second breach comment, no label.
    const later = plan(removed, '2026-11-25T02:00:00Z');
    // The label stays off; the escalation issue opened for the first breach is told of this one.
    expect(kinds(later)).toEqual(['comment:feedback-sla-breach', 'comment:feedback-escalation-again']);
    expect(later[0]).toMatchObject({ marker: { stage: 'resolution' } });
    expect(later[0]?.kind === 'comment' && later[0].body).toContain('#12');
  });

  it('escalates important feedback without an escalation issue', () => {
    const world = run(
      addIssue(makeSnapshot(), {
        number: 2,
        title: 'Menu',
        body: 'The menu layout is wrong on mobile: it covers the logo. Please fix the design so both are visible.',
        labels: ['feedback'],
        createdAt: FILED,
      }),
      '2026-11-23T02:01:00Z',
    ).snapshot;
    // 16 working hours from Mon 09:00 → Tue 16:30 ICT.
    expect(kinds(plan(world, '2026-11-24T09:30:00Z'))).toEqual(['add-labels', 'comment:feedback-sla-breach']);
  });
});
