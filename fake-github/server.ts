// An HTTP fake of GitHub on 127.0.0.1: the real Octokit client (undici's fetch included) talks to it
// over a socket. It keeps state, answers the REST and GraphQL calls the action makes, checks every
// request and answer against GitHub's published descriptions, and injects faults on demand.
import { lengthRefusals, refusalAnswer } from './length-limits';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerGraphql, SECONDARY_POINTS } from './graphql-engine';
import { openApiValidator } from './openapi-validator';
import { FakeRepository, type FakeComment, type FakeIssue } from './state';

export interface Fault {
  readonly method?: string;
  /** Matched against `METHOD /path`. */
  readonly match?: RegExp;
  /** How many matching requests it hits (default 1). */
  times?: number;
  readonly status?: number;
  readonly headers?: Record<string, string>;
  readonly message?: string;
  /** Close the socket without an answer. */
  readonly drop?: boolean;
  /** Apply the request first, then lose the answer (the client cannot tell it went through). */
  readonly afterApplying?: boolean;
  /** Match only GraphQL documents that are mutations (a write), not the reads on the same path. */
  readonly mutation?: boolean;
  /**
   * A GraphQL answer of 200 with these errors, as GitHub gives them (`RATE_LIMITED`, `FORBIDDEN`, a
   * timeout). Without `afterApplying`, nothing is applied and `data` is null; with it, the document
   * runs and the calls named by the errors' paths answer null (`data` is null when no error names
   * a call).
   */
  readonly graphqlErrors?: ReadonlyArray<{
    readonly type?: string;
    readonly message: string;
    readonly path?: readonly string[];
  }>;
  /**
   * Something that happens on GitHub just before the request arrives (a person deletes an issue, say):
   * the fake does it, then answers the request as usual instead of answering a fault.
   */
  readonly before?: (repo: FakeRepository) => void;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly operation: string;
  readonly status: number;
  /** A GraphQL request's document and variables, so tests can tell what was asked. */
  readonly query?: string;
  readonly variables?: Record<string, unknown>;
  /** A GraphQL document that is a mutation: it writes, like a REST POST. */
  readonly mutation?: boolean;
}

export interface FakeGitHubOptions {
  readonly owner?: string;
  readonly repo?: string;
  /**
   * token → login; `null` is the workflow token, whose `viewer` query fails and writes as
   * github-actions[bot]; `{ app }` is a GitHub App installation token: no `viewer`, writes as `app`.
   */
  readonly tokens?: Record<string, string | null | { readonly app: string }>;
  readonly clock?: () => Date;
  /** Check answers against the OpenAPI description too (slower; on by default). */
  readonly checkResponses?: boolean;
  /** Base of web URLs (default https://github.example.test). */
  readonly htmlBase?: string;
}

export const WORKFLOW_TOKEN = 'ghs_workflow_token';
export const BOT_LOGIN = 'github-actions[bot]';

export interface FakeGitHub {
  readonly url: string;
  readonly repo: FakeRepository;
  /**
   * Another repository on the same fake (an engagement's internal repository): its own issues,
   * numbers, labels and comment ids, read and written by the same tokens unless `tokenAccess` says not.
   */
  addRepository(owner: string, name: string): FakeRepository;
  readonly requests: RecordedRequest[];
  /** The REST writes it received so far: not a read, not GraphQL, not a request a fault answered. */
  restWrites(): RecordedRequest[];
  /** Every write it received so far: the REST writes and the GraphQL mutation documents. */
  writes(): RecordedRequest[];
  readonly violations: string[];
  /** Writes refused for GitHub's length limits (each is in `violations` too). */
  readonly refused: string[];
  inject(fault: Fault): void;
  /** GraphQL points spent so far, priced by GitHub's published rule (graphql-engine.ts). */
  pointsSpent(): number;
  /**
   * GraphQL points of GitHub's secondary limit spent so far: 1 a query, 5 a request with mutations
   * (SECONDARY_POINTS; GitHub allows 2,000 a minute).
   */
  secondaryPointsSpent(): number;
  /**
   * Work to do before the fake closes (e.g. the test harness's unchanged rerun of the last run), in
   * the order added; close() waits for it and then closes, whatever it threw.
   */
  beforeClose(hook: () => Promise<void>): void;
  /**
   * Work the test does not see (the harness's unchanged rerun right after a run): afterwards the
   * recorded requests, the points spent and left, and the faults still to come are as they were
   * before it. What it changed in the repository and any violation it caused stay.
   */
  offTheRecord<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const tokens = options.tokens ?? { [WORKFLOW_TOKEN]: null };
  const validator = openApiValidator();
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const refused: string[] = [];
  const faults: Fault[] = [];
  let remaining = 5000;
  let spent = 0;
  let secondary = 0;
  let baseUrl = '';
  const repoRef: { current: FakeRepository | null } = { current: null };
  const others: FakeRepository[] = [];
  const closing: Array<() => Promise<void>> = [];

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      violations.push(`fake crashed: ${(error as Error).stack ?? String(error)}`);
      if (!res.headersSent) send(res, 500, { message: 'fake crashed' });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const repo = repoRef.current!;
    const url = new URL(req.url ?? '/', baseUrl);
    const method = req.method ?? 'GET';
    const raw = await readBody(req);
    let body: unknown;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        violations.push(`${method} ${url.pathname}: body is not JSON`);
        send(res, 400, { message: 'Problems parsing JSON' });
        return;
      }
    }
    const auth = req.headers.authorization ?? '';
    const token = auth.replace(/^(token|bearer)\s+/iu, '');
    if (!(token in tokens)) {
      send(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
      return;
    }
    const entry = tokens[token] ?? null;
    const actor = typeof entry === 'string' ? entry : null;
    const writer = actor ?? (entry !== null && typeof entry === 'object' ? entry.app : BOT_LOGIN);

    const isMutation =
      url.pathname === '/graphql' &&
      /^\s*mutation\b/u.test(String((body as { query?: unknown } | undefined)?.query ?? ''));
    const taken = takeFault(faults, method, url.pathname, isMutation);
    taken?.before?.(repo);
    const fault = taken?.before ? undefined : taken;
    if (fault && !fault.afterApplying) {
      answerFault(res, fault, requests, method, url.pathname, body);
      return;
    }

    if (url.pathname === '/graphql' && method === 'POST') {
      const request = (body ?? {}) as { query?: string; variables?: Record<string, unknown> };
      const answer = answerGraphql(
        repo,
        actor,
        request.query ?? '',
        request.variables ?? {},
        remaining,
        others,
        writer,
      );
      remaining -= answer.cost;
      spent += answer.cost;
      secondary += answer.mutation ? SECONDARY_POINTS.mutation : SECONDARY_POINTS.query;
      violations.push(...answer.violations);
      requests.push({
        method,
        path: url.pathname,
        operation: 'graphql',
        status: 200,
        query: request.query ?? '',
        variables: request.variables ?? {},
        ...(answer.mutation ? { mutation: true } : {}),
      });
      if (fault?.graphqlErrors) {
        // The document ran; the calls the errors name answer null, the others as made. Errors that
        // name no call lose the whole answer (GitHub's timeout after part of a document ran).
        const named = fault.graphqlErrors.some((error) => error.path?.[0]);
        const data = { ...((answer.body.data ?? {}) as Record<string, unknown>) };
        for (const error of fault.graphqlErrors) if (error.path?.[0]) data[error.path[0]] = null;
        send(res, 200, { data: named ? data : null, errors: fault.graphqlErrors }, fault.headers);
        return;
      }
      if (fault) return answerFault(res, fault, requests, method, url.pathname, body);
      send(res, 200, answer.body, { 'x-ratelimit-remaining': String(remaining) });
      return;
    }

    const check = validator.checkRequest(method, url, body);
    if (check.problems.length > 0) {
      violations.push(...check.problems.map((p) => `${method} ${url.pathname}: ${p}`));
      requests.push({ method, path: url.pathname, operation: check.operationId ?? '?', status: 422 });
      send(res, check.operationId ? 422 : 404, { message: check.problems.join('; ') });
      return;
    }
    const refusals = lengthRefusals(check.operationId ?? '', (body ?? {}) as Record<string, unknown>);
    if (refusals.length > 0) {
      // GitHub would answer 422: the test sees that answer, and the write counts as a violation too.
      refused.push(...refusals.map((r) => `${method} ${url.pathname}: ${r.message}`));
      violations.push(...refusals.map((r) => `${method} ${url.pathname}: GitHub refuses it: ${r.message}`));
      requests.push({ method, path: url.pathname, operation: check.operationId ?? '?', status: 422 });
      send(res, 422, refusalAnswer(refusals));
      return;
    }
    const [status, answer, answerHeaders] = rest(
      repositoryOf(url, [repo, ...others]) ?? repo,
      check.operationId ?? '',
      url,
      body,
      writer,
      method,
    );
    requests.push({ method, path: url.pathname, operation: check.operationId ?? '?', status });
    if (check.operation && options.checkResponses !== false) {
      const problems = validator.checkResponse(check.operation, status, answer);
      violations.push(...problems.map((p) => `fake answer to ${method} ${url.pathname}: ${p}`));
    }
    if (fault) return answerFault(res, fault, requests, method, url.pathname, body);
    send(res, status, answer, answerHeaders);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  repoRef.current = new FakeRepository(
    options.owner ?? 'songhan',
    options.repo ?? 'bepxanh-website',
    baseUrl,
    options.clock ?? (() => new Date()),
    options.htmlBase,
  );
  return {
    url: baseUrl,
    repo: repoRef.current,
    addRepository: (owner, name) => {
      const added = new FakeRepository(
        owner,
        name,
        baseUrl,
        options.clock ?? (() => new Date()),
        options.htmlBase,
      );
      added.startCommentIdsAt(7_000_000_000 + others.length * 1_000_000_000);
      others.push(added);
      return added;
    },
    requests,
    restWrites: () =>
      requests.filter((r) => r.method !== 'GET' && r.operation !== 'graphql' && r.operation !== 'fault'),
    writes: () =>
      requests.filter(
        (r) =>
          (r.method !== 'GET' && r.operation !== 'graphql' && r.operation !== 'fault') || r.mutation === true,
      ),
    violations,
    refused,
    inject: (fault) => faults.push({ times: 1, ...fault }),
    pointsSpent: () => spent,
    secondaryPointsSpent: () => secondary,
    beforeClose: (hook) => void closing.push(hook),
    offTheRecord: async (work) => {
      const before = { requests: requests.length, remaining, spent, secondary };
      const pending = faults.map((fault) => ({ fault, times: fault.times }));
      try {
        return await work();
      } finally {
        requests.splice(before.requests);
        remaining = before.remaining;
        spent = before.spent;
        secondary = before.secondary;
        for (const { fault, times } of pending) fault.times = times;
        faults.splice(0, faults.length, ...pending.map(({ fault }) => fault));
      }
    },
    close: async () => {
      const hooks = closing.splice(0);
      try {
        for (const hook of hooks) await hook();
      } finally {
        await new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        });
      }
    },
  };
}

function takeFault(faults: Fault[], method: string, path: string, mutation: boolean): Fault | undefined {
  const index = faults.findIndex(
    (f) =>
      (!f.method || f.method === method) &&
      (!f.match || f.match.test(`${method} ${path}`)) &&
      (!f.mutation || mutation),
  );
  if (index < 0) return undefined;
  const fault = faults[index]!;
  fault.times = (fault.times ?? 1) - 1;
  if (fault.times <= 0) faults.splice(index, 1);
  return fault;
}

function answerFault(
  res: ServerResponse,
  fault: Fault,
  requests: RecordedRequest[],
  method: string,
  path: string,
  body: unknown,
): void {
  // A GraphQL document is kept (not marked a mutation: `writes()` lists what GitHub applied), so a
  // test can count the write requests a run sent, the refused ones included.
  const query = path === '/graphql' ? (body as { query?: unknown } | undefined)?.query : undefined;
  requests.push({
    method,
    path,
    operation: 'fault',
    status: fault.drop ? 0 : (fault.status ?? 500),
    ...(typeof query === 'string' ? { query } : {}),
  });
  if (fault.drop) {
    res.socket?.destroy();
    return;
  }
  if (fault.graphqlErrors) {
    send(res, 200, { data: null, errors: fault.graphqlErrors }, fault.headers);
    return;
  }
  send(res, fault.status ?? 500, { message: fault.message ?? 'Server Error' }, fault.headers);
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = status === 204 ? '' : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    ...headers,
  });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

type Answer = [number, unknown, Record<string, string>?];

function notFound(): Answer {
  return [404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }];
}

/** The comment a path names, when the writer wrote it; else GitHub's 404 or 403 (only the author may change it). */
function ownComment(repo: FakeRepository, segments: readonly string[], writer: string): FakeComment | Answer {
  const comment = repo.comments.get(Number(segments[6]));
  if (!comment) return notFound();
  if (comment.author.toLowerCase() === writer.toLowerCase()) return comment;
  return [
    403,
    { message: 'Must have admin rights to Repository.', documentation_url: 'https://docs.github.com/rest' },
  ];
}

const isComment = (found: FakeComment | Answer): found is FakeComment => !Array.isArray(found);

/** The repository a REST path names (`/repos/{owner}/{repo}/...`), among those the fake holds. */
function repositoryOf(url: URL, repositories: readonly FakeRepository[]): FakeRepository | undefined {
  const segments = url.pathname.split('/').map(decodeURIComponent);
  return repositories.find(
    (candidate) =>
      segments[2]?.toLowerCase() === candidate.owner.toLowerCase() &&
      segments[3]?.toLowerCase() === candidate.name.toLowerCase(),
  );
}

function rest(
  repo: FakeRepository,
  operation: string,
  url: URL,
  body: unknown,
  writer: string,
  method: string,
): Answer {
  const segments = url.pathname.split('/').map(decodeURIComponent);
  // /repos/{owner}/{repo}/...
  if (
    segments[2]?.toLowerCase() !== repo.owner.toLowerCase() ||
    segments[3]?.toLowerCase() !== repo.name.toLowerCase() ||
    repo.tokenAccess === 'none'
  ) {
    return notFound();
  }
  if (repo.tokenAccess === 'read' && method !== 'GET') {
    return [
      403,
      {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
      },
    ];
  }
  const input = (body ?? {}) as Record<string, unknown>;
  const issueOf = (n: string | undefined): FakeIssue | undefined => repo.issues.get(Number(n));
  const touch = (issue: FakeIssue) => {
    issue.updatedAt = repo.now();
  };
  switch (operation) {
    case 'repos/get-content': {
      const path = segments.slice(5).join('/');
      const text = repo.files.get(path);
      if (text === undefined) return notFound();
      const size = Buffer.byteLength(text);
      const fileUrl = `${repo.baseUrl}/repos/${repo.owner}/${repo.name}/contents/${path}`;
      return [
        200,
        {
          type: 'file',
          encoding: 'base64',
          size,
          name: path.split('/').pop(),
          path,
          content: Buffer.from(text).toString('base64'),
          sha: 'a'.repeat(40),
          url: fileUrl,
          git_url: null,
          html_url: null,
          download_url: null,
          _links: { self: fileUrl, git: null, html: null },
        },
      ];
    }
    case 'repos/list-commits': {
      // Newest first, paged, with GitHub's Link header naming the last page.
      const path = url.searchParams.get('path') ?? '';
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const all = [...(repo.fileCommits.get(path) ?? [])].reverse();
      const pages = Math.max(1, Math.ceil(all.length / perPage));
      const link = (n: number, rel: string) => {
        const target = new URL(url.toString());
        target.searchParams.set('page', String(n));
        return `<${target.toString()}>; rel="${rel}"`;
      };
      const headers: Record<string, string> =
        pages > 1 && page < pages ? { link: [link(page + 1, 'next'), link(pages, 'last')].join(', ') } : {};
      return [
        200,
        all.slice((page - 1) * perPage, page * perPage).map((commit) => repo.restCommit(commit)),
        headers,
      ];
    }
    case 'issues/create-label': {
      const name = String(input.name);
      if (repo.labels.has(name.toLowerCase())) {
        return [
          422,
          {
            message: 'Validation Failed',
            errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
            documentation_url: 'https://docs.github.com/rest',
            status: '422',
          },
        ];
      }
      const label = repo.addLabel(
        name,
        String(input.color ?? 'ededed'),
        input.description === undefined ? null : String(input.description),
      );
      return [201, repo.restLabel(label)];
    }
    case 'issues/list-for-repo': {
      const since = url.searchParams.get('since');
      const state = url.searchParams.get('state') ?? 'open';
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const direction = url.searchParams.get('direction') ?? 'desc';
      const list = [...repo.issues.values()]
        .filter((i) => (state === 'all' || i.state === state) && (!since || i.updatedAt >= since))
        .sort((a, b) => (direction === 'asc' ? a.number - b.number : b.number - a.number))
        .slice((page - 1) * perPage, page * perPage);
      return [200, list.map((i) => repo.restIssue(i))];
    }
    case 'issues/create': {
      const at = repo.now();
      const issue = repo.addIssue({
        title: String(input.title),
        body: typeof input.body === 'string' ? input.body : '',
        author: writer,
        association: writer.endsWith('[bot]') ? 'NONE' : 'MEMBER',
        labels: ((input.labels as string[] | undefined) ?? []).map(String),
        assignees: ((input.assignees as string[] | undefined) ?? []).filter((login) =>
          repo.users.has(login.toLowerCase()),
        ),
        createdAt: at,
        updatedAt: at,
      });
      return [201, repo.restIssue(issue)];
    }
    case 'issues/get': {
      const issue = issueOf(segments[5]);
      return issue ? [200, repo.restIssue(issue)] : notFound();
    }
    case 'issues/update': {
      const issue = issueOf(segments[5]);
      if (!issue) return notFound();
      if (typeof input.title === 'string') issue.title = input.title;
      if (typeof input.body === 'string') repo.editBody(issue, input.body);
      if (input.state === 'closed' && issue.state !== 'closed') {
        issue.state = 'closed';
        issue.closedAt = repo.now();
        issue.stateReason = (input.state_reason as FakeIssue['stateReason']) ?? 'completed';
        issue.closedBy = writer;
        // Closed through the API: by hand, not by a pull request or commit.
        issue.closedWith = null;
      } else if (input.state === 'open' && issue.state !== 'open') {
        issue.state = 'open';
        issue.closedAt = null;
        issue.stateReason = 'reopened';
      }
      touch(issue);
      return [200, repo.restIssue(issue)];
    }
    case 'issues/add-labels': {
      const issue = issueOf(segments[5]);
      if (!issue) return notFound();
      const names = Array.isArray(input.labels) ? (input.labels as unknown[]).map(String) : [];
      for (const name of names) {
        const label = repo.addLabel(name);
        if (!issue.labels.some((l) => l.toLowerCase() === name.toLowerCase())) issue.labels.push(label.name);
      }
      touch(issue);
      return [200, issue.labels.map((name) => repo.restLabel(repo.addLabel(name)))];
    }
    case 'issues/remove-label': {
      const issue = issueOf(segments[5]);
      const name = segments[7] ?? '';
      if (!issue || !issue.labels.some((l) => l.toLowerCase() === name.toLowerCase())) {
        return [404, { message: 'Label does not exist', documentation_url: 'https://docs.github.com/rest' }];
      }
      issue.labels = issue.labels.filter((l) => l.toLowerCase() !== name.toLowerCase());
      touch(issue);
      return [200, issue.labels.map((n) => repo.restLabel(repo.addLabel(n)))];
    }
    case 'issues/add-assignees': {
      const issue = issueOf(segments[5]);
      if (!issue) return notFound();
      // GitHub silently ignores people who cannot be assigned; here, people the fake never saw.
      for (const login of ((input.assignees as string[] | undefined) ?? []).map(String)) {
        if (repo.users.has(login.toLowerCase()) && !issue.assignees.includes(login))
          issue.assignees.push(login);
      }
      touch(issue);
      return [201, repo.restIssue(issue)];
    }
    case 'issues/list-comments': {
      const issue = issueOf(segments[5]);
      if (!issue) return notFound();
      const since = url.searchParams.get('since');
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const pageNumber = Number(url.searchParams.get('page') ?? 1);
      const list = repo.commentsOf(issue.number).filter((c) => !since || c.updatedAt >= since);
      return [
        200,
        list.slice((pageNumber - 1) * perPage, pageNumber * perPage).map((c) => repo.restComment(c)),
      ];
    }
    case 'issues/create-comment': {
      const issue = issueOf(segments[5]);
      if (!issue) return notFound();
      const comment = repo.addComment({
        issueNumber: issue.number,
        author: writer,
        association: writer.endsWith('[bot]') ? 'NONE' : 'MEMBER',
        body: String(input.body),
      });
      return [201, repo.restComment(comment)];
    }
    case 'issues/get-comment': {
      const comment = repo.comments.get(Number(segments[6]));
      return comment ? [200, repo.restComment(comment)] : notFound();
    }
    case 'repos/get-collaborator-permission-level': {
      const login = segments[5] ?? '';
      if (!repo.users.has(login.toLowerCase())) return notFound();
      const permission = repo.permissionOf(login);
      return [
        200,
        {
          permission,
          role_name: permission,
          user: {
            ...repo.restUser(login),
            role_name: permission,
            permissions: { pull: true, push: permission !== 'read', admin: permission === 'admin' },
          },
        },
      ];
    }
    case 'issues/delete-comment': {
      const comment = ownComment(repo, segments, writer);
      if (!isComment(comment)) return comment;
      repo.deleteComment(comment.id, writer);
      return [204, null];
    }
    case 'issues/update-comment': {
      const comment = ownComment(repo, segments, writer);
      if (!isComment(comment)) return comment;
      repo.editComment(comment, String(input.body), writer);
      return [200, repo.restComment(comment)];
    }
    default:
      return [501, { message: `the fake does not implement ${operation}` }];
  }
}
