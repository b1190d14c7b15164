// What the core sees of the repository: read once by the shell, never fetched by the core.
// The same shape is written to disk by `engagement-keeper snapshot` and replayed by `plan`.

/** GitHub's author associations, which tell a collaborator from an outsider. */
export const AUTHOR_ASSOCIATIONS = [
  'OWNER',
  'MEMBER',
  'COLLABORATOR',
  'CONTRIBUTOR',
  'FIRST_TIME_CONTRIBUTOR',
  'FIRST_TIMER',
  'MANNEQUIN',
  'NONE',
] as const;

export type AuthorAssociation = (typeof AUTHOR_ASSOCIATIONS)[number];

export interface SnapshotAuthor {
  /** Login without `@`; `ghost` for deleted accounts. */
  readonly login: string;
  readonly association: AuthorAssociation;
}

export interface SnapshotComment {
  /** REST id (databaseId): what the write API takes. */
  readonly id: number;
  readonly author: SnapshotAuthor;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly body: string;
  /** True when a person edited the comment after posting it. */
  readonly edited: boolean;
  /** Who edited it last (GitHub's `editor`), when it was edited and GitHub says. */
  readonly editedBy?: string;
  /**
   * A comment of the action's that someone else edited last: its text as the action last wrote it
   * (from GitHub's edit history; empty when the history no longer holds it). Markers are read from
   * this, never from words a person put into the action's comment (core/markers.ts `trustedBody`).
   */
  readonly authoredBody?: string;
  readonly url: string;
  /** Reaction counts by GitHub's reaction content name (THUMBS_UP, HEART, ...), from anyone. */
  readonly reactions?: Readonly<Record<string, number>>;
  /**
   * Who gave each reaction, by content (the first 20 of each): read with the counts, so that only the
   * client's side rates a closing with a reaction (feedback/rules/loop.ts). Absent: read without them.
   */
  readonly reactors?: Readonly<Record<string, readonly string[]>>;
}

export interface SnapshotIssue {
  readonly number: number;
  /**
   * GitHub's node id (GraphQL `id`), when the issue was read from GitHub: labels of many issues are
   * written in one GraphQL request, which names issues by node id. Absent in snapshots built otherwise.
   */
  readonly nodeId?: string;
  readonly title: string;
  readonly body: string;
  readonly state: 'open' | 'closed';
  /** COMPLETED, NOT_PLANNED, REOPENED or null. */
  readonly stateReason: string | null;
  readonly author: SnapshotAuthor;
  readonly labels: readonly string[];
  readonly assignees: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly closedAt: string | null;
  readonly url: string;
  /** The issue's GitHub milestone, whose due date can set a client-filed deadline. */
  readonly milestone: { readonly title: string; readonly dueOn: string | null } | null;
  /** All comments, oldest first. */
  readonly comments: readonly SnapshotComment[];
  /** Pinned to the top of the issue list; set by the action's own pin (the snapshot does not read it). */
  readonly pinned?: boolean;
  /**
   * The body as it read after each edit, oldest first (GitHub's `userContentEdits`, the original text
   * included). Read only for the issues the core asks about (`issuesNeedingBodyHistory`): it tells
   * when the last deliverable was ticked. Absent when it was not read.
   */
  readonly bodyEdits?: readonly BodyRevision[];
  /**
   * Who closed the issue last (null when GitHub does not say). Read only for the issues the core asks
   * about (`issuesNeedingCloser`): a tracking issue closed without a recorded handoff. Absent when it
   * was not read.
   */
  readonly closedBy?: string | null;
  /**
   * The pull request or commit that closed the issue last (GitHub's ClosedEvent `closer`); null when
   * it was closed by hand. Read with `closedBy`, for the same issues and for feedback closed as
   * completed whose client has not been asked to confirm it yet (`feedbackNeedingCloser`): the
   * request names the change. Absent when it was not read.
   */
  readonly closedWith?: ClosingChange | null;
  /**
   * When someone other than the action deleted one of the action's comments on the issue, oldest
   * first (GitHub's CommentDeletedEvent; the text of a deleted comment is gone). Read only for the
   * issues the core asks about (`issuesNeedingDeletedNotes`: a deadline about to get a note). Absent
   * when it was not read.
   */
  readonly notesDeletedAt?: readonly string[];
  /**
   * The triage a hosted model (GitHub Models) gave the client's text, already checked against the
   * engagement's topics and levels. Read only for new feedback when the engagement file allows it
   * (`feedback.model_triage`); absent otherwise, or when the call failed — the local classifier
   * decides then.
   */
  readonly modelTriage?: ModelTriage;
  /**
   * `internal`: the issue lives in the engagement's internal repository (`snapshot.internal`), whose
   * numbers are its own. Absent: the client repository.
   */
  readonly place?: 'internal';
}

/** What closed an issue: a merged pull request or a pushed commit that says it fixes it. */
export type ClosingChange =
  | { readonly kind: 'pull-request'; readonly number: number; readonly title: string; readonly url: string }
  | { readonly kind: 'commit'; readonly sha: string; readonly title: string; readonly url: string };

/** A hosted model's reading of one piece of feedback. */
export interface ModelTriage {
  /** The model id, `{publisher}/{model}`. */
  readonly model: string;
  readonly topic: string;
  readonly importance: 'urgent' | 'important' | 'not_important';
  readonly type: 'positive' | 'negative' | 'neutral';
  readonly urgency: 'high' | 'normal' | 'low';
}

export interface BodyRevision {
  /** When this text became the body. */
  readonly editedAt: string;
  readonly body: string;
}

export interface SnapshotPerson {
  readonly login: string;
  readonly nodeId: string;
}

export interface SnapshotLabel {
  readonly name: string;
  /** GitHub's node id (GraphQL `id`), when read from GitHub (see `SnapshotIssue.nodeId`). */
  readonly nodeId?: string;
  readonly color: string;
  readonly description: string | null;
}

export interface Snapshot {
  readonly repository: {
    readonly owner: string;
    readonly name: string;
    /** Where the repository lives on the web (`https://github.com/owner/repo`), when it was read. */
    readonly url?: string;
  };
  /** The login of the identity the action writes as (e.g. `github-actions[bot]`). */
  readonly botLogin: string;
  /** When the snapshot was read (ISO); the run's `now` is separate and may differ for replays. */
  readonly readAt: string;
  /**
   * `full`: every issue that matters was read. `issue`: an event run that read only what one issue
   * needs; the core then plans writes for that issue and the issues that hang off it only.
   */
  readonly scope: { readonly kind: 'full' } | { readonly kind: 'issue'; readonly number: number };
  readonly issues: readonly SnapshotIssue[];
  readonly labels: readonly SnapshotLabel[];
  /**
   * When the engagement file first appears in the repository's history (ISO), read by the shell only
   * when the file sets no `adopted_on`: the default adoption date (core/adoption.ts).
   */
  readonly engagementFileAddedAt?: string | null;
  /** Logins with write access (vendor side), where the shell could read them. */
  readonly writers?: readonly string[];
  /**
   * People issues may be assigned to, with their node ids (the first 100 GitHub lists): the shell
   * names assignees by node id when it sends an issue's writes as one GraphQL request. The core
   * never reads it.
   */
  readonly assignable?: readonly SnapshotPerson[];
  /**
   * The engagement's internal repository (`engagement.internal_repository`), read when the file names
   * one: the issues the action opened there for this engagement (escalations, weekly summaries; each
   * carries `place: 'internal'`) and the repository's labels. Absent: there is none.
   */
  readonly internal?: InternalRepository;
}

export interface InternalRepository {
  readonly repository: { readonly owner: string; readonly name: string; readonly url?: string };
  readonly issues: readonly SnapshotIssue[];
  readonly labels: readonly SnapshotLabel[];
}

/** Every issue the run read: the client repository's, then the internal repository's. */
export function allIssues(snapshot: Pick<Snapshot, 'issues' | 'internal'>): readonly SnapshotIssue[] {
  return snapshot.internal ? [...snapshot.issues, ...snapshot.internal.issues] : snapshot.issues;
}

/** `https://github.com/owner/repo`, on the host the issues live on (a GitHub Enterprise Server too). */
export function repositoryUrl(snapshot: Pick<Snapshot, 'repository' | 'issues'>): string {
  const { owner, name, url } = snapshot.repository;
  if (url) return url;
  // Issues the composer projects (numbers below 1) have no real address to learn the host from.
  const sample = snapshot.issues.find((issue) => issue.number > 0)?.url ?? '';
  const origin = /^(https?:\/\/[^/]+)\//u.exec(sample)?.[1] ?? 'https://github.com';
  return `${origin}/${owner}/${name}`;
}

/** The internal repository's address, on the same host as the client's. */
export function internalRepositoryUrl(
  snapshot: Pick<Snapshot, 'repository' | 'issues' | 'internal'>,
): string {
  const internal = snapshot.internal?.repository;
  if (!internal) return repositoryUrl(snapshot);
  if (internal.url) return internal.url;
  const origin = /^(https?:\/\/[^/]+)\//u.exec(`${repositoryUrl(snapshot)}/`)?.[1] ?? 'https://github.com';
  return `${origin}/${internal.owner}/${internal.name}`;
}
