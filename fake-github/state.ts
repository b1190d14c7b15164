// The fake's repository: issues, comments, labels, assignees and users, with GitHub's REST shapes.

export interface FakeUser {
  readonly login: string;
  readonly id: number;
  readonly type: 'User' | 'Bot';
}

export interface FakeComment {
  id: number;
  issueNumber: number;
  author: string;
  association: string;
  body: string;
  createdAt: string;
  updatedAt: string;
  lastEditedAt: string | null;
  reactions: Record<string, number>;
  /** Who gave each reaction, by content; a count above the logins listed is someone unnamed. */
  reactors?: Record<string, string[]>;
  /** Who edited it last (GitHub's `editor`); unset until someone edits it. */
  editor?: string;
  /** The body after each edit with its editor, oldest first, the text as created first (userContentEdits). */
  edits?: Array<{ editedAt: string; body: string; editor: string }>;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | null;
  author: string;
  association: string;
  labels: string[];
  assignees: string[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** Who closed it last (GitHub's ClosedEvent actor); unset reads as the issue's author. */
  closedBy?: string | null;
  /** What closed it last (GitHub's ClosedEvent `closer`): a pull request or a commit; unset: by hand. */
  closedWith?:
    | { readonly kind: 'pull-request'; readonly number: number; readonly title: string }
    | { readonly kind: 'commit'; readonly sha: string; readonly headline: string }
    | null;
  milestone: { title: string; dueOn: string | null } | null;
  isPullRequest?: boolean;
  /** Pinned to the issue list (GraphQL `pinIssue`); GitHub pins at most three per repository. */
  pinned?: boolean;
  /** The body after each edit, oldest first, the text as created first (GitHub's userContentEdits). */
  edits?: Array<{ editedAt: string; body: string }>;
}

export interface FakeLabel {
  name: string;
  color: string;
  description: string | null;
  id: number;
}

export class FakeRepository {
  readonly users = new Map<string, FakeUser>();
  readonly issues = new Map<number, FakeIssue>();
  readonly comments = new Map<number, FakeComment>();
  readonly labels = new Map<string, FakeLabel>();
  readonly files = new Map<string, string>();
  /** Comments deleted, as GitHub's timeline records them (CommentDeletedEvent): when, by whom, whose. */
  readonly deletions: Array<{ issueNumber: number; at: string; actor: string; author: string }> = [];
  /** Commits touching a path, oldest first: `{ sha, date }` (what `repos/list-commits?path=` lists). */
  readonly fileCommits = new Map<string, Array<{ sha: string; date: string }>>();
  /** Repository permission by lower-case login (`admin`, `write`, `read`); anyone else has `read`. */
  readonly permissions = new Map<string, 'admin' | 'write' | 'read'>();
  private nextId = 1000;
  private nextNumber = 1;
  private nextCommentId = 5_000_000_000;
  /**
   * What every token may do here: `write` (the default), `read` (writes answer 403 "Resource not
   * accessible"), `none` (the repository is invisible: 404, and GraphQL cannot resolve it).
   */
  tokenAccess: 'write' | 'read' | 'none' = 'write';
  /**
   * GraphQL's `issues(filterBy: { createdBy })` finds nothing for a bot's login, as reported on GitHub
   * Enterprise Cloud for app bots (renovatebot/renovate#44730); github.com finds them (the default).
   */
  createdByMissesBots = false;

  /** Comment ids start elsewhere in a second repository, so ids stay unique across the fake. */
  startCommentIdsAt(id: number): void {
    this.nextCommentId = id;
  }

  constructor(
    readonly owner: string,
    readonly name: string,
    readonly baseUrl: string,
    readonly clock: () => Date,
    /** Where issues live on the web (`html_url`, GraphQL `url`). */
    readonly htmlBase = 'https://github.example.test',
  ) {}

  now(): string {
    return this.clock()
      .toISOString()
      .replace(/\.\d{3}Z$/u, 'Z');
  }

  user(login: string): FakeUser {
    let user = this.users.get(login.toLowerCase());
    if (!user) {
      user = { login, id: this.nextId++, type: login.endsWith('[bot]') ? 'Bot' : 'User' };
      this.users.set(login.toLowerCase(), user);
    }
    return user;
  }

  /** Gives a person a permission on the repository (write access makes them the vendor's side). */
  grant(login: string, permission: 'admin' | 'write' | 'read'): void {
    this.user(login);
    this.permissions.set(login.toLowerCase(), permission);
  }

  permissionOf(login: string): 'admin' | 'write' | 'read' {
    return this.permissions.get(login.toLowerCase()) ?? 'read';
  }

  addLabel(name: string, color = 'ededed', description: string | null = null): FakeLabel {
    const existing = this.labels.get(name.toLowerCase());
    if (existing) return existing;
    const label = { name, color, description, id: this.nextId++ };
    this.labels.set(name.toLowerCase(), label);
    return label;
  }

  addIssue(seed: Partial<FakeIssue> & { title: string; author: string }): FakeIssue {
    const at = seed.createdAt ?? this.now();
    const issue: FakeIssue = {
      number: seed.number ?? this.nextNumber,
      body: '',
      state: 'open',
      stateReason: null,
      association: 'NONE',
      labels: [],
      assignees: [],
      createdAt: at,
      updatedAt: at,
      closedAt: null,
      milestone: null,
      ...seed,
    };
    this.nextNumber = Math.max(this.nextNumber, issue.number + 1);
    this.user(issue.author);
    for (const label of issue.labels) this.addLabel(label);
    this.issues.set(issue.number, issue);
    return issue;
  }

  addComment(
    seed: Partial<FakeComment> & { issueNumber: number; author: string; body: string },
  ): FakeComment {
    const at = seed.createdAt ?? this.now();
    const comment: FakeComment = {
      id: this.nextCommentId++,
      association: 'NONE',
      createdAt: at,
      updatedAt: at,
      lastEditedAt: null,
      reactions: {},
      ...seed,
    };
    this.user(comment.author);
    this.comments.set(comment.id, comment);
    const issue = this.issues.get(comment.issueNumber);
    if (issue) issue.updatedAt = at > issue.updatedAt ? at : issue.updatedAt;
    return comment;
  }

  /** Deletes a comment as `actor` (a person, or the token's identity), kept in the issue's timeline. */
  deleteComment(id: number, actor: string, at: string = this.now()): void {
    const comment = this.comments.get(id);
    if (!comment) throw new Error(`No comment ${id} on the fake`);
    this.comments.delete(id);
    this.user(actor);
    this.deletions.push({ issueNumber: comment.issueNumber, at, actor, author: comment.author });
  }

  /** A person reacts to a comment (GitHub keeps one reaction of a kind per person). */
  react(comment: FakeComment, content: string, login: string): void {
    const reactors = (comment.reactors ??= {});
    const list = (reactors[content] ??= []);
    if (list.includes(login)) return;
    list.push(login);
    this.user(login);
    comment.reactions[content] = (comment.reactions[content] ?? 0) + 1;
  }

  /**
   * Edits a comment as GitHub does: anyone with write access may (the repository's own people edit
   * the action's comments too); the edit history keeps every revision and who made it.
   */
  editComment(comment: FakeComment, body: string, editor: string, at: string = this.now()): void {
    const edits = (comment.edits ??= []);
    if (edits.length === 0)
      edits.push({ editedAt: comment.createdAt, body: comment.body, editor: comment.author });
    edits.push({ editedAt: at, body, editor });
    this.user(editor);
    comment.body = body;
    comment.updatedAt = at;
    comment.lastEditedAt = at;
    comment.editor = editor;
  }

  /** Edits an issue's body as GitHub does, keeping the revision in the edit history. */
  editBody(issue: FakeIssue, body: string, at: string = this.now()): void {
    if (body === issue.body) return;
    const edits = (issue.edits ??= []);
    if (edits.length === 0) edits.push({ editedAt: issue.createdAt, body: issue.body });
    edits.push({ editedAt: at, body });
    issue.body = body;
    issue.updatedAt = at > issue.updatedAt ? at : issue.updatedAt;
  }

  commentsOf(number: number): FakeComment[] {
    return [...this.comments.values()].filter((c) => c.issueNumber === number).sort((a, b) => a.id - b.id);
  }

  // --- REST representations (shapes from GitHub's OpenAPI description) ---------------------------

  private get repoUrl(): string {
    return `${this.baseUrl}/repos/${this.owner}/${this.name}`;
  }

  restUser(login: string): Record<string, unknown> {
    const user = this.user(login);
    const url = `${this.baseUrl}/users/${encodeURIComponent(user.login)}`;
    return {
      login: user.login,
      id: user.id,
      node_id: `U_${user.id}`,
      avatar_url: `https://avatars.example.test/u/${user.id}`,
      gravatar_id: '',
      url,
      html_url:
        user.type === 'Bot'
          ? `${this.htmlBase}/apps/${encodeURIComponent(user.login.replace(/\[bot\]$/u, ''))}`
          : `${this.htmlBase}/${encodeURIComponent(user.login)}`,
      followers_url: `${url}/followers`,
      following_url: `${url}/following{/other_user}`,
      gists_url: `${url}/gists{/gist_id}`,
      starred_url: `${url}/starred{/owner}{/repo}`,
      subscriptions_url: `${url}/subscriptions`,
      organizations_url: `${url}/orgs`,
      repos_url: `${url}/repos`,
      events_url: `${url}/events{/privacy}`,
      received_events_url: `${url}/received_events`,
      type: user.type,
      site_admin: false,
    };
  }

  restLabel(label: FakeLabel): Record<string, unknown> {
    return {
      id: label.id,
      node_id: `LA_${label.id}`,
      url: `${this.repoUrl}/labels/${encodeURIComponent(label.name)}`,
      name: label.name,
      description: label.description,
      color: label.color,
      default: false,
    };
  }

  restIssue(issue: FakeIssue): Record<string, unknown> {
    const url = `${this.repoUrl}/issues/${issue.number}`;
    return {
      id: issue.number + 900_000,
      node_id: `I_${issue.number}`,
      url,
      repository_url: this.repoUrl,
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: `${this.htmlBase}/${this.owner}/${this.name}/issues/${issue.number}`,
      number: issue.number,
      state: issue.state,
      state_reason: issue.stateReason,
      title: issue.title,
      body: issue.body,
      user: this.restUser(issue.author),
      labels: issue.labels.map((name) => this.restLabel(this.addLabel(name))),
      assignee: issue.assignees[0] ? this.restUser(issue.assignees[0]) : null,
      assignees: issue.assignees.map((login) => this.restUser(login)),
      milestone: null,
      locked: false,
      comments: this.commentsOf(issue.number).length,
      closed_at: issue.closedAt,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      author_association: issue.association,
      ...(issue.isPullRequest
        ? {
            pull_request: {
              url: `${this.repoUrl}/pulls/${issue.number}`,
              html_url: null,
              diff_url: null,
              patch_url: null,
            },
          }
        : {}),
    };
  }

  restCommit(commit: { sha: string; date: string }): Record<string, unknown> {
    const url = `${this.repoUrl}/commits/${commit.sha}`;
    const person = { name: 'Someone', email: 'someone@example.test', date: commit.date };
    return {
      url,
      sha: commit.sha,
      node_id: `C_${commit.sha.slice(0, 12)}`,
      html_url: `${this.htmlBase}/${this.owner}/${this.name}/commit/${commit.sha}`,
      comments_url: `${url}/comments`,
      commit: {
        url: `${this.repoUrl}/git/commits/${commit.sha}`,
        author: person,
        committer: person,
        message: 'A commit',
        comment_count: 0,
        tree: { sha: 'b'.repeat(40), url: `${this.repoUrl}/git/trees/${'b'.repeat(40)}` },
      },
      author: null,
      committer: null,
      parents: [],
    };
  }

  restComment(comment: FakeComment): Record<string, unknown> {
    return {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      url: `${this.repoUrl}/issues/comments/${comment.id}`,
      html_url: `${this.htmlBase}/${this.owner}/${this.name}/issues/${comment.issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${this.repoUrl}/issues/${comment.issueNumber}`,
      body: comment.body,
      user: this.restUser(comment.author),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association: comment.association,
    };
  }
}
