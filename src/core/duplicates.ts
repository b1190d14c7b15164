// Races heal. Two or three runs at once (a schedule and an event, or two events) each read the same
// repository and each write what is missing, so the action can find its own issue or comment twice.
// The next run finds them by marker and keeps the earliest of each thing (ONE_PER says what a thing
// is): a later duplicate issue is closed with a calm note linking the one kept, a later duplicate
// comment of the action is deleted. The domains then plan on the repository as it will be once the
// repair is applied, so they never edit or count a duplicate, and nothing a person wrote is lost: the
// comments people wrote on a duplicate issue are read with the issue kept.
//
// What is never touched: anything a person wrote (a pasted marker does not make a comment the
// action's), a comment of the action that carries something new besides a repeat, and the earliest
// amendment record, which is the one every run reads (so no agreement changes).
import { botIssueMarker, isBot, parseMarkers, trustedBody, type Marker } from './markers';
import { thingKey, ONE_PER } from './one-per-thing';
import { markedComment, refOf, type Write } from './plan';
import type { Snapshot, SnapshotComment, SnapshotIssue } from './snapshot';

export interface Repair {
  /** The repository as the domains should see it: without the duplicates, people's words kept. */
  readonly snapshot: Snapshot;
  /** The writes that make GitHub look like that, each with its reason. */
  readonly writes: readonly Write[];
}

const byCreation = (a: SnapshotComment, b: SnapshotComment): number =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id - b.id;

export function repairDuplicates(snapshot: Snapshot): Repair {
  const client = repairAmong(snapshot, snapshot.issues);
  // The internal repository's issues are numbered apart: each repository is repaired on its own.
  const internal = snapshot.internal ? repairAmong(snapshot, snapshot.internal.issues) : null;
  const writes = [...client.writes, ...(internal?.writes ?? [])];
  if (client.issues === snapshot.issues && (!internal || internal.issues === snapshot.internal?.issues))
    return { snapshot, writes };
  return {
    snapshot: {
      ...snapshot,
      issues: client.issues,
      ...(snapshot.internal && internal
        ? { internal: { ...snapshot.internal, issues: internal.issues } }
        : {}),
    },
    writes,
  };
}

/** The repair among the issues of one repository: the issues kept (the same list when none changes). */
function repairAmong(
  snapshot: Snapshot,
  among: readonly SnapshotIssue[],
): { issues: readonly SnapshotIssue[]; writes: Write[] } {
  const writes: Write[] = [];
  const { kept, duplicates } = duplicateIssues(snapshot, among);
  const mergedInto = new Map<number, SnapshotComment[]>();
  for (const { duplicate, original, marker } of duplicates) {
    writes.push(...closeDuplicate(snapshot, duplicate, original, marker));
    // People may have written on the copy before it closed: their words count on the issue kept.
    const words = duplicate.comments.filter((comment) => !isBot(snapshot, comment.author.login));
    mergedInto.set(original.number, [...(mergedInto.get(original.number) ?? []), ...words]);
  }
  const deleteRepeats = (issue: SnapshotIssue): readonly SnapshotComment[] => {
    const { comments, deleted } = duplicateComments(snapshot, issue);
    for (const { comment, earlier } of deleted) {
      writes.push({
        kind: 'delete-comment',
        issue: refOf(issue),
        commentId: comment.id,
        marker: earlier,
        reason: `Comment ${comment.id} on #${issue.number} repeats the action's earlier "${earlier.kind}" note (${
          earlier.subject
        }${earlier.stage ? `, ${earlier.stage}` : ''}): two runs wrote it at once, the earliest is kept.`,
      });
    }
    return comments;
  };
  // Two runs repairing at once may both leave the note on a duplicate: the copy's thread heals too.
  for (const { duplicate } of duplicates) deleteRepeats(duplicate);
  const issues = kept.map((issue) => {
    const comments = deleteRepeats(issue);
    const merged = mergedInto.get(issue.number);
    const all = merged ? [...comments, ...merged].sort(byCreation) : comments;
    return all === issue.comments ? issue : { ...issue, comments: all };
  });
  const unchanged = duplicates.length === 0 && issues.every((issue, index) => issue === kept[index]);
  return { issues: unchanged ? among : issues, writes };
}

interface DuplicateIssue {
  readonly duplicate: SnapshotIssue;
  readonly original: SnapshotIssue;
  readonly marker: Marker;
}

/** The action's issues of one thing: the lowest number is kept (the rules pick the same one). */
function duplicateIssues(
  snapshot: Snapshot,
  among: readonly SnapshotIssue[],
): { kept: SnapshotIssue[]; duplicates: DuplicateIssue[] } {
  const first = new Map<string, SnapshotIssue>();
  const duplicates: DuplicateIssue[] = [];
  const sorted = [...among].sort((a, b) => a.number - b.number);
  for (const issue of sorted) {
    const marker = botIssueMarker(snapshot, issue);
    const key = marker && thingKey(marker);
    if (!marker || key === undefined) continue;
    const original = first.get(key);
    if (original) duplicates.push({ duplicate: issue, original, marker });
    else first.set(key, issue);
  }
  const gone = new Set(duplicates.map(({ duplicate }) => duplicate.number));
  return { kept: among.filter((issue) => !gone.has(issue.number)), duplicates };
}

/** A duplicate still open is closed once, with one note naming the issue kept. */
function closeDuplicate(
  snapshot: Snapshot,
  duplicate: SnapshotIssue,
  original: SnapshotIssue,
  marker: Marker,
): Write[] {
  if (duplicate.state !== 'open') return [];
  const note: Marker = { kind: 'duplicate-closed', subject: marker.subject, stage: String(original.number) };
  const noted = duplicate.comments.some(
    (comment) =>
      isBot(snapshot, comment.author.login) &&
      parseMarkers(trustedBody(snapshot, comment)).some(
        (found) =>
          (found.kind === note.kind && found.subject === note.subject) ||
          // The weekly issues (summary, portfolio) close their own duplicates with a note of their kind.
          (found.kind === marker.kind && found.subject === marker.subject && found.stage === 'duplicate'),
      ),
  );
  const what = `#${duplicate.number} and #${original.number} are both the action's ${marker.kind} issue of ${marker.subject}`;
  return [
    ...(noted
      ? []
      : [
          markedComment(
            refOf(duplicate),
            duplicateNote(original.number),
            [note],
            `${what}: two runs opened it at once. Say which one is kept before closing this copy.`,
          ),
        ]),
    {
      kind: 'close-issue',
      issue: refOf(duplicate),
      stateReason: 'not_planned',
      reason: `${what}: #${original.number}, the first, is kept and this copy is closed (not deleted).`,
    },
  ];
}

/** Both languages in one note: the people who follow the issue may read either. */
export function duplicateNote(kept: number): string {
  return [
    `Two runs of engagement-keeper started at the same moment, and each opened this issue. ` +
      `#${kept} is the one that stays up to date, so this copy is closed to keep a single place to follow. ` +
      `Nothing is lost: anything written here is read together with #${kept}, and there is nothing to do.`,
    `Hai lượt chạy của engagement-keeper bắt đầu cùng một lúc nên issue này được mở hai lần. ` +
      `#${kept} là issue sẽ tiếp tục được cập nhật, vì vậy bản sao này được đóng lại để mọi người chỉ cần theo dõi một nơi. ` +
      `Không có gì bị mất: những gì đã viết ở đây vẫn được đọc cùng với #${kept}, và anh chị không cần làm gì thêm.`,
  ].join('\n\n---\n\n');
}

interface DeletedComment {
  readonly comment: SnapshotComment;
  /** A marker of the earlier comment that already says what this one says. */
  readonly earlier: Marker;
}

/**
 * The action's comments on one issue that only repeat an earlier comment of the action: every
 * marker they carry names a thing an earlier comment already carries (or, for `repeat` kinds, the
 * note just before it about the same subject is of the same kind). People's comments are never here.
 */
function duplicateComments(
  snapshot: Snapshot,
  issue: SnapshotIssue,
): { comments: readonly SnapshotComment[]; deleted: DeletedComment[] } {
  // A duplicate needs an earlier note of the action: most issues have fewer than two, and need no sort.
  let notes = 0;
  for (const comment of issue.comments) if (isBot(snapshot, comment.author.login) && ++notes > 1) break;
  if (notes < 2) return { comments: issue.comments, deleted: [] };
  const seen = new Map<string, Marker>();
  /** The kind of the action's latest note about each subject, for `repeat` kinds. */
  const lastKind = new Map<string, Marker>();
  const deleted: DeletedComment[] = [];
  const ordered = [...issue.comments].sort(byCreation);
  for (const comment of ordered) {
    if (!isBot(snapshot, comment.author.login)) continue;
    const markers = parseMarkers(trustedBody(snapshot, comment));
    if (markers.length === 0) continue;
    const earlier = markers.map((marker): Marker | undefined => {
      if (ONE_PER[marker.kind] === 'repeat') {
        const last = lastKind.get(marker.subject);
        return last && last.kind === marker.kind ? last : undefined;
      }
      return seen.get(thingKey(marker) ?? '');
    });
    const first = earlier[0];
    if (first !== undefined && earlier.every((found) => found !== undefined)) {
      deleted.push({ comment, earlier: first });
      continue;
    }
    for (const marker of markers) {
      const key = thingKey(marker);
      if (key !== undefined && !seen.has(key)) seen.set(key, marker);
      lastKind.set(marker.subject, marker);
    }
  }
  if (deleted.length === 0) return { comments: issue.comments, deleted };
  const gone = new Set(deleted.map(({ comment }) => comment.id));
  return { comments: issue.comments.filter((comment) => !gone.has(comment.id)), deleted };
}
