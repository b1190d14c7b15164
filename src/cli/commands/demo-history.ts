// What the action has already done in the demo repository, so `npm run demo` shows the rules at work
// over the recorded weeks and not only the one plan of the demo morning.
import { botCommentMarkers, botIssueMarker } from '../../core/markers';
import type { Snapshot } from '../../core/snapshot';

export function describeHistory(snapshot: Snapshot, zone: string): string {
  const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: zone });
  const lines = ['What the action did in the recorded weeks (its own comments, by hidden marker):', ''];
  for (const issue of snapshot.issues) {
    const own = botIssueMarker(snapshot, issue);
    const steps = botCommentMarkers(snapshot, issue).map(
      ({ comment, marker }) =>
        `${marker.kind}${marker.stage ? ` ${marker.stage}` : ''} (${day.format(new Date(comment.createdAt))})`,
    );
    const opener = own ? `opened by the action as ${own.kind}` : `filed by @${issue.author.login}`;
    lines.push(`  #${issue.number} ${issue.title} [${issue.state}; ${opener}]`);
    if (issue.labels.length > 0) lines.push(`      labels: ${issue.labels.join(', ')}`);
    if (steps.length > 0) lines.push(`      ${steps.join(' → ')}`);
  }
  return lines.join('\n');
}
