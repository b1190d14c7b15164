// Where the action writes, and what may be read there. The client repository is read by the client:
// tracking issues, reminders, formal notices, acknowledgements, and (without an internal repository)
// escalation issues and the weekly summary. An internal repository, when the engagement file names
// one (`engagement.internal_repository`), is read by the vendor team only: the escalations and the
// weekly summary go there, and nothing written in the client repository points at them.
import { sideContacts } from '../engagement/contacts';
import type { ClientTopic, Engagement } from '../engagement/schema';
import { forInternal } from './internal-text';
import type { MarkerKind } from './marker-kinds';
import { parseMarkers } from './markers';
import type { Write } from './plan';
import { repositoryUrl, type Snapshot, type SnapshotIssue } from './snapshot';

/** `client`: the repository the engagement runs in. `internal`: `engagement.internal_repository`. */
export type Place = 'client' | 'internal';

/**
 * Whether text written in `place` may carry a topic: anything may go in the internal repository; in
 * the client repository only what `engagement.client_sees` allows (all off by default).
 */
export function mayShow(
  engagement: Pick<Engagement, 'engagement'>,
  place: Place,
  topic: ClientTopic,
): boolean {
  return place === 'internal' || engagement.engagement.client_sees[topic];
}

/**
 * Where the vendor's own issues go (escalations, the weekly summary): the internal repository when
 * the run read one (the shell reads it whenever the engagement file names it), else the client's.
 */
export function vendorPlace(snapshot: Pick<Snapshot, 'internal'>): Place {
  return snapshot.internal ? 'internal' : 'client';
}

/** The kinds of issue that belong to the vendor team: they move to the internal repository. */
const VENDOR_ISSUES: ReadonlySet<MarkerKind> = new Set<MarkerKind>([
  'escalation',
  'summary',
  'retrospective',
]);

/**
 * Whether an issue the action opened stands where the run looks for issues of its kind. With an
 * internal repository, an escalation or summary left in the client repository from before it was
 * set is no longer the action's to keep (it is left as it is), and nothing but those kinds is kept in
 * the internal repository.
 */
export function inItsPlace(
  snapshot: Pick<Snapshot, 'internal'>,
  issue: Pick<SnapshotIssue, 'place'>,
  kind: MarkerKind,
): boolean {
  const home: Place = VENDOR_ISSUES.has(kind) ? vendorPlace(snapshot) : 'client';
  return (issue.place ?? 'client') === home;
}

/** A key for an issue that tells the two repositories' numbers apart. */
export function placeKey(issue: { readonly number: number; readonly place?: 'internal' }): string {
  return issue.place === 'internal' ? `internal#${issue.number}` : `#${issue.number}`;
}

/**
 * Text as it is written in `place`: in the internal repository, the client's issues are linked without
 * a backlink and the client's contacts are named without a ping (core/internal-text.ts).
 */
export function writtenIn(
  ctx: { readonly engagement: Engagement; readonly snapshot: Pick<Snapshot, 'repository' | 'issues'> },
  place: Place,
  text: string,
): string {
  if (place === 'client') return text;
  const { owner, name } = ctx.snapshot.repository;
  return forInternal(text, {
    owner,
    name,
    url: repositoryUrl(ctx.snapshot),
    handles: sideContacts(ctx.engagement, 'client').map((contact) => contact.handle.replace(/^@/u, '')),
  });
}

/**
 * The label every issue of this engagement carries in the internal repository, which several
 * engagements may share: the run reads only the issues that carry it. GitHub allows 50 characters
 * in a label name, so a long `owner/name` is cut and told apart by a short hash of the whole.
 */
export function engagementTag(client: { readonly owner: string; readonly name: string }): string {
  const full = `${client.owner}/${client.name}`;
  const tag = `engagement:${full}`;
  if (tag.length <= 50) return tag;
  return `engagement:${full.slice(0, 31)}~${shortHash(full.toLowerCase())}`;
}

/**
 * Whether an issue of the action's in the internal repository, found without the engagement's tag
 * (someone removed the label), is this engagement's: it carries the action's marker and names the
 * client repository, as every escalation and summary written there does (its links to the client's
 * issues, core/internal-text.ts). Another engagement sharing the repository names its own.
 */
export function isThisEngagements(
  body: string,
  client: { readonly owner: string; readonly name: string },
): boolean {
  if (parseMarkers(body).length === 0) return false;
  const full = `${client.owner}/${client.name}`.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`(?<![\\w.-])${full}(?=[#/\`)\\s]|$)`, 'iu').test(body);
}

function shortHash(text: string): string {
  // FNV-1a, 32 bits: stable across runs and machines, enough to tell a handful of repositories apart.
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

/** Where each write of a plan goes: its own place, or that of the issue it targets. */
export function writePlaces(writes: readonly Write[]): (write: Write) => Place {
  const opened = new Map<string, Place>();
  for (const write of writes) if (write.kind === 'open-issue') opened.set(write.key, write.place ?? 'client');
  return (write) => {
    if (write.kind === 'create-label' || write.kind === 'open-issue') return write.place ?? 'client';
    const ref = write.issue;
    return 'number' in ref ? (ref.place ?? 'client') : (opened.get(ref.created) ?? 'client');
  };
}

/**
 * How text written in `from` names issue `number` of `to` (an issue the same plan opens, once it
 * exists): `#N` in its own repository; from the internal repository, the client's issue linked
 * without a backlink. The client repository never names an internal issue (the rules see to it): if
 * it did, the name is code, not a link.
 */
export function issueNameAcross(
  snapshot: Pick<Snapshot, 'repository' | 'issues' | 'internal'>,
  from: Place,
  to: Place,
  number: number,
): string {
  if (from === to) return `#${number}`;
  if (from === 'internal')
    return forInternal(`#${number}`, { ...snapshot.repository, url: repositoryUrl(snapshot), handles: [] });
  const internal = snapshot.internal?.repository;
  return `\`${internal ? `${internal.owner}/${internal.name}` : 'internal'}#${number}\``;
}
