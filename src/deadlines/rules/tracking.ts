// One tracking issue per milestone of the engagement file: opened once, kept in sync with the file
// without losing ticked boxes, closed with a note (never deleted) when the milestone leaves the file.
import type { PlanContext } from '../../core/context';
import {
  botCommentMarkers,
  botIssueMarker,
  markedBody,
  sameMarkedBody,
  type Marker,
} from '../../core/markers';
import type { SnapshotIssue } from '../../core/snapshot';
import { markedComment, refPlaceholder, type Write } from '../../core/plan';
import { formatDate, inlineSafely } from '../../messages/format';
import { renderChecklist } from '../checklist';
import { addressContact, nameWithoutPing, otherSide } from '../people';
import { dueWords, ownerVoice, sideName, theirWords, voiceFor, type Voice } from '../render';
import { withoutMentions } from '../file-words';
import { LOCALES, type Locale } from '../../engagement/schema';
import { isClosedAsRemoved, type DeadlineState, type DeadlineWorld, type NotDelivered } from '../state';
import { summaryOf } from './agreements';
import { statusLabel, statusLabels } from './status';
import { hasNote, noteMarker, trackingKey, trackingMarker } from './common';
import { closeRemovedEscalation } from './escalation';

/**
 * Who to talk to: the owner side's primary contact, pinged, and the other side's primary, named. The
 * alternates are not named here: they hear from the action only when the ladder calls on them.
 */
function contactsLine(ctx: PlanContext, state: DeadlineState, voice: Voice): string {
  const own = ctx.engagement.contacts[state.owner];
  const other = ctx.engagement.contacts[otherSide(state.owner)];
  return [
    addressContact(own.primary, voice.locale),
    nameWithoutPing(ctx.engagement, other.primary.handle, voice.locale),
  ].join(', ');
}

function dependsLine(
  world: DeadlineWorld,
  state: DeadlineState,
  openedThisPlan: ReadonlySet<string>,
  voice: Voice,
): string {
  if (state.dependsOn.length === 0) return voice.t('none');
  return state.dependsOn
    .map((id) => {
      const dependency = world.byId.get(id);
      if (!dependency) return inlineSafely(id);
      const title = inlineSafely(dependency.title);
      if (dependency.issue) return `#${dependency.issue.number} ${title}`;
      if (openedThisPlan.has(dependency.subject))
        return `${refPlaceholder(trackingKey(dependency.subject))} ${title}`;
      return title;
    })
    .join(', ');
}

export function amendmentLines(ctx: PlanContext, state: DeadlineState, voice: Voice): string[] {
  return state.agreements.amendments.map((amendment) =>
    voice.t('amendment.line', {
      at: formatDate(ctx.calendar.localDate(new Date(amendment.agreedAt)), voice.locale),
      summary: summaryOf(ctx, amendment, voice, state.agreements.amendments),
      agreed_by: [
        nameWithoutPing(ctx.engagement, amendment.proposer, voice.locale),
        nameWithoutPing(ctx.engagement, amendment.agreer, voice.locale),
      ].join(', '),
      reason: amendment.reason ? theirWords(amendment.reason, voice) : voice.t('reason.none'),
    }),
  );
}

export function trackingBody(
  ctx: PlanContext,
  world: DeadlineWorld,
  state: DeadlineState,
  openedThisPlan: ReadonlySet<string>,
): { title: string; body: string } {
  const voice = ownerVoice(ctx, state);
  const amendments = amendmentLines(ctx, state, voice);
  const body = voice.t('tracking.body', {
    // The file's words, as written: only their `@` mentions are broken, so that nobody is pinged.
    title: withoutMentions(state.title),
    description: state.description ? `\n\n${withoutMentions(state.description.trim())}` : '',
    ...dueWords(ctx, state, voice),
    owner: sideName(ctx, state.owner, voice),
    contacts: contactsLine(ctx, state, voice),
    depends: dependsLine(world, state, openedThisPlan, voice),
    checklist:
      state.checklist.length > 0
        ? renderChecklist(state.checklist.map((item) => ({ ...item, text: withoutMentions(item.text) })))
        : voice.t('tracking.no_deliverables'),
    amendments:
      amendments.length > 0 ? `\n${voice.t('tracking.amendments', { items: amendments.join('\n') })}` : '',
    // A client with read access cannot tick the action's issue: they can always reply.
    how_to_tick: voice.t(state.owner === 'client' ? 'tracking.how_to_tick_client' : 'tracking.how_to_tick'),
  });
  return {
    title: voice.t('tracking.title', { title: state.title }),
    body: markedBody(body, [trackingMarker(state.subject)]),
  };
}

/** Dependencies first, so a new issue's body can refer to the issues opened just before it. */
function topological(states: readonly DeadlineState[]): DeadlineState[] {
  const byId = new Map(states.map((state) => [state.id, state]));
  const ordered: DeadlineState[] = [];
  const seen = new Set<string>();
  const visit = (state: DeadlineState): void => {
    if (seen.has(state.id)) return;
    seen.add(state.id);
    for (const id of state.dependsOn) {
      const dependency = byId.get(id);
      if (dependency) visit(dependency);
    }
    ordered.push(state);
  };
  states.forEach(visit);
  return ordered;
}

export function planTrackingIssues(ctx: PlanContext, world: DeadlineWorld): Write[] {
  const writes: Write[] = [];
  const fileStates = world.states.filter((state) => state.source === 'engagement-file');
  const openedThisPlan = new Set<string>();
  const fullScan = ctx.snapshot.scope.kind === 'full';

  for (const state of topological(fileStates)) {
    if (!state.issue) {
      // Handed over before it needed tracking (the file's `handed_over_on`): nothing to chase or tick.
      if (state.completion) continue;
      const { title, body } = trackingBody(ctx, world, state, openedThisPlan);
      writes.push({
        kind: 'open-issue',
        key: trackingKey(state.subject),
        title,
        body,
        marker: trackingMarker(state.subject),
        labels: [ctx.engagement.labels.milestone, statusLabel(ctx, state.status)],
        assignees: [],
        reason: `Milestone "${state.id}" of the engagement file has no tracking issue yet.`,
      });
      openedThisPlan.add(state.subject);
      continue;
    }
    const issue = state.issue;
    if (state.closedAsRemoved) {
      const voice = ownerVoice(ctx, state);
      writes.push({
        kind: 'reopen-issue',
        issue: { number: issue.number },
        reason: `Milestone "${state.id}" is back in the engagement file.`,
      });
      const marker = noteMarker(ctx, state, 'restored');
      writes.push(
        markedComment(
          { number: issue.number },
          voice.t('restored', { title: inlineSafely(state.title) }),
          [marker],
          `Milestone "${state.id}" is back in the engagement file, so its tracking issue is reopened.`,
        ),
      );
      // Reopened in this run (state.ts reads it open): kept up like any open tracking issue below.
    }
    if (state.closedNotDelivered) {
      const reopening = reopenOnce(ctx, state, issue, state.closedNotDelivered);
      writes.push(...reopening);
      // Closed again by a person after the action's note: they decided, it stays as they left it.
      // Reopened now: kept up like any open tracking issue, in this same run (state.ts reads it open).
      if (reopening.length === 0) continue;
    }
    if (
      !issue.labels.some((label) => label.toLowerCase() === ctx.engagement.labels.milestone.toLowerCase())
    ) {
      writes.push({
        kind: 'add-labels',
        issue: { number: issue.number },
        labels: [ctx.engagement.labels.milestone],
        reason: `#${issue.number} tracks milestone "${state.id}" and lacks the milestone label.`,
      });
    }
    // An event run sees only part of the repository: links to other tracking issues could be lost.
    if (!fullScan || issue.state !== 'open') continue;
    const { title, body } = trackingBody(ctx, world, state, openedThisPlan);
    const titleChanged = title !== issue.title;
    const bodyChanged = !sameMarkedBody(issue.body, body);
    if (titleChanged || bodyChanged) {
      writes.push({
        kind: 'edit-issue',
        issue: { number: issue.number },
        ...(titleChanged ? { title } : {}),
        ...(bodyChanged ? { body } : {}),
        reason: `The tracking issue of milestone "${state.id}" differs from what the engagement file, its agreed changes and this version's wording give (ticked items are kept).`,
      });
    }
  }

  for (const issue of world.orphans) {
    if (issue.state === 'open') writes.push(...closeOrphan(ctx, issue));
    // Its escalation ends with it, also when an earlier version closed the tracking issue and left it.
    if (
      issue.state === 'open' ||
      isClosedAsRemoved(
        issue,
        botCommentMarkers(ctx.snapshot, issue).map((m) => m.marker),
      )
    ) {
      const subject = botIssueMarker(ctx.snapshot, issue)?.subject;
      if (subject) writes.push(...closeRemovedEscalation(ctx, subject, orphanWords(ctx, issue).title, issue));
    }
    const markers = botCommentMarkers(ctx.snapshot, issue).map(({ marker }) => marker);
    if (issue.state === 'open' || isClosedAsRemoved(issue, markers))
      writes.push(...dropStatusLabels(ctx, issue));
  }
  return writes;
}

/** A milestone no longer in the file has no status: a label saying "upcoming" would not be true. */
function dropStatusLabels(ctx: PlanContext, issue: SnapshotIssue): Write[] {
  const status = new Set(Object.values(statusLabels(ctx.engagement)).map((name) => name.toLowerCase()));
  return issue.labels
    .filter((label) => status.has(label.toLowerCase()))
    .map((label) => ({
      kind: 'remove-label' as const,
      issue: { number: issue.number },
      label,
      reason: `#${issue.number} no longer tracks a milestone of the engagement file, so "${label}" no longer holds.`,
    }));
}

/**
 * A tracking issue closed as "not planned" is not a handoff: reopen it once, with a calm note in
 * English and Vietnamese on how to record a real change. A person who closes it again has decided;
 * the action never reopens it a second time (the note's marker says it already did).
 */
function reopenOnce(
  ctx: PlanContext,
  state: DeadlineState,
  issue: SnapshotIssue,
  why: NotDelivered,
): Write[] {
  if (hasNote(state, 'not-delivery')) return [];
  const marker = noteMarker(ctx, state, 'not-delivery', `closed-${why.closedAt ?? ''}`);
  const note = (locale: 'en' | 'vi') => {
    const t = voiceFor(ctx, locale).t;
    const how =
      why.reason === 'not-planned'
        ? t('not_delivery.not_planned')
        : t('not_delivery.not_a_party', { who: `\`${why.by}\`` });
    return t('not_delivery', { how, title: inlineSafely(state.title) });
  };
  return [
    {
      kind: 'reopen-issue',
      issue: { number: issue.number },
      reason:
        why.reason === 'not-planned'
          ? `#${issue.number} (milestone "${state.id}") was closed as not planned, which is not a handoff: reopened once.`
          : `#${issue.number} (milestone "${state.id}") was closed by ${why.by}, who is not a party to the engagement, which is not a handoff: reopened once.`,
    },
    markedComment(
      { number: issue.number },
      `${note('en')}\n\n---\n\n${note('vi')}`,
      [marker],
      `Say why #${issue.number} is open again and how to record a real change (/rescope, /extend, or ticking the deliverables).`,
    ),
  ];
}

/**
 * The language a tracking issue of a milestone no longer in the file was written in, and the
 * milestone's title in it: the file no longer says who hands it over, so its title tells — it was
 * written as `tracking.title` in the language of the side that hands it over (the client's, the
 * team's). A title a person retitled matches neither: the team's language and the whole title then.
 */
function orphanWords(ctx: PlanContext, issue: SnapshotIssue): { locale: Locale; title: string } {
  const SLOT = '\u0000';
  for (const locale of [ctx.clientLocale, ctx.locale, ...LOCALES]) {
    const [before = '', after = ''] = voiceFor(ctx, locale).t('tracking.title', { title: SLOT }).split(SLOT);
    const fits =
      (before !== '' || after !== '') &&
      issue.title.length > before.length + after.length &&
      issue.title.startsWith(before) &&
      issue.title.endsWith(after);
    if (fits) return { locale, title: issue.title.slice(before.length, issue.title.length - after.length) };
  }
  return { locale: ctx.locale, title: issue.title };
}

/**
 * The milestone left the file: say so calmly, in the language the issue was written in, and close the
 * issue as not planned; never delete it.
 */
function closeOrphan(ctx: PlanContext, issue: SnapshotIssue): Write[] {
  const subject = botIssueMarker(ctx.snapshot, issue)?.subject ?? '';
  const marker: Marker = { kind: 'removed', subject, data: { at: ctx.now.toISOString() } };
  const words = orphanWords(ctx, issue);
  const t = voiceFor(ctx, words.locale).t;
  return [
    markedComment(
      { number: issue.number },
      t('removed', { title: inlineSafely(words.title) }),
      [marker],
      `#${issue.number} tracks ${subject}, which is no longer in the engagement file.`,
    ),
    {
      kind: 'close-issue',
      issue: { number: issue.number },
      stateReason: 'not_planned',
      reason: `${subject} left the engagement file: its tracking issue is closed, not deleted.`,
    },
  ];
}
