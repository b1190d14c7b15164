// A small planner written like the real rules (decides from the snapshot alone, markers in the bot's
// own content), so the runtime's machinery can be tested on plans with every kind of write whatever
// state the domain rules are in.
import { missingLabelWrites } from '../../src/core/labels';
import {
  botCommentMarkers,
  botIssueMarker,
  markerKey,
  renderMarker,
  type Marker,
} from '../../src/core/markers';
import { refPlaceholder, type Plan, type Write } from '../../src/core/plan';
import { orderWrites } from '../../src/plan/planner';
import type { Snapshot, SnapshotIssue } from '../../src/core/snapshot';

const CATALOGUE = [
  { name: 'feedback: acknowledged', color: '0e8a16', description: 'The team has answered.' },
  { name: 'engagement: escalation', color: 'b60205', description: 'Needs the account manager.' },
  { name: 'engagement-summary', color: '5319e7', description: 'Weekly summary.' },
];

function hasBotComment(snapshot: Snapshot, issue: SnapshotIssue, kind: string): boolean {
  return botCommentMarkers(snapshot, issue).some(({ marker }) => marker.kind === kind);
}

export function toyPlan(snapshot: Snapshot): Plan {
  const writes: Write[] = [];
  const feedback = snapshot.issues.filter(
    (i) => i.labels.includes('feedback') && !botIssueMarker(snapshot, i),
  );
  const botIssue = (subject: string, kind: string) =>
    snapshot.issues.find((i) => {
      const marker = botIssueMarker(snapshot, i);
      return marker?.kind === kind && marker.subject === subject;
    });
  for (const issue of feedback) {
    if (issue.state !== 'open') continue;
    const subject = `issue:${issue.number}`;
    const ack: Marker = { kind: 'feedback-ack', subject };
    if (!hasBotComment(snapshot, issue, 'feedback-ack')) {
      writes.push({
        kind: 'comment',
        issue: { number: issue.number },
        marker: ack,
        body: `Cảm ơn anh/chị! ${renderMarker(ack)}`,
        reason: `#${issue.number} has no acknowledgement yet.`,
      });
    }
    if (!issue.labels.includes('feedback: acknowledged')) {
      writes.push({
        kind: 'add-labels',
        issue: { number: issue.number },
        labels: ['feedback: acknowledged'],
        reason: 'Acknowledged.',
      });
    }
    if (issue.labels.includes('feedback: received')) {
      writes.push({
        kind: 'remove-label',
        issue: { number: issue.number },
        label: 'feedback: received',
        reason: 'No longer only received.',
      });
    }
    if (issue.assignees.length === 0) {
      writes.push({
        kind: 'assign',
        issue: { number: issue.number },
        assignees: ['quang-songhan'],
        reason: 'Triage owner.',
      });
    }
    if (/urgent/iu.test(issue.title)) {
      const marker: Marker = { kind: 'escalation', subject };
      const existing = botIssue(subject, 'escalation');
      const key = markerKey(marker);
      if (!existing) {
        writes.push({
          kind: 'open-issue',
          key,
          title: `Escalation: #${issue.number}`,
          body: `Escalation for #${issue.number}.\n\n- [ ] Call the client\n- [ ] Agree a fix date\n${renderMarker(marker)}`,
          marker,
          labels: ['engagement: escalation'],
          assignees: ['hoa-songhan'],
          reason: `#${issue.number} is urgent.`,
        });
      }
      const escalationRef = existing ? { number: existing.number } : { created: key };
      const note: Marker = { kind: 'feedback-nudge', subject };
      if (!existing || !hasBotComment(snapshot, existing, 'feedback-nudge')) {
        writes.push({
          kind: 'comment',
          issue: escalationRef,
          marker: note,
          body: `Timeline for #${issue.number}. ${renderMarker(note)}`,
          reason: 'Evidence for the account manager.',
        });
      }
      const link: Marker = { kind: 'feedback-contradiction', subject };
      if (!hasBotComment(snapshot, issue, 'feedback-contradiction')) {
        const where = existing ? `#${existing.number}` : refPlaceholder(key);
        writes.push({
          kind: 'comment',
          issue: { number: issue.number },
          marker: link,
          body: `Escalated in ${where}. ${renderMarker(link)}`,
          reason: 'Tell the client where it is followed.',
        });
      }
    }
  }
  const summaryMarker: Marker = { kind: 'summary', subject: 'week:2026-W49' };
  const summaryBody = `Open feedback:\n${feedback.map((i) => `- [ ] #${i.number} ${i.title}`).join('\n')}\n${renderMarker(summaryMarker)}`;
  const summary = botIssue('week:2026-W49', 'summary');
  if (!summary) {
    writes.push({
      kind: 'open-issue',
      key: markerKey(summaryMarker),
      title: 'Week 2026-W49',
      body: summaryBody,
      marker: summaryMarker,
      labels: ['engagement-summary'],
      assignees: [],
      reason: 'Weekly summary.',
    });
  } else if (summary.body.replace(/\[x\]/gu, '[ ]') !== summaryBody) {
    writes.push({
      kind: 'edit-issue',
      issue: { number: summary.number },
      body: summaryBody,
      reason: 'Summary out of date.',
    });
  }
  const labelWrites = missingLabelWrites(writes, CATALOGUE, snapshot.labels);
  return { writes: orderWrites([...labelWrites, ...writes]), notes: [] };
}
