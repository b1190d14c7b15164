// A realistic client repository of N feedback issues for budgets and benchmarks: filed over the past
// year (a quarter still open, most closed ones closed long ago), through the issue form or as free
// text, in Vietnamese (with and without diacritics) and English, with the team's replies, and one
// issue in 50 with a long thread. `settle` applies plans in memory, as consecutive runs would, until
// the planner has nothing left; `loadInto` puts a snapshot into the HTTP fake.
import { planRun } from '../src/plan/planner';
import type { Plan } from '../src/core/plan';
import type { Snapshot, SnapshotComment, SnapshotIssue } from '../src/core/snapshot';
import type { Engagement } from '../src/engagement/schema';
import { FORM_FIELDS, IMPORTANCE_OPTIONS, TYPE_OPTIONS, topicOption } from '../src/feedback/form';
import type { FakeGitHub } from './index';
import { applyPlan, makeComment, makeIssue, makeSnapshot } from './world';

const CLIENTS = ['lan-bepxanh', 'minh-bepxanh', 'thu-bepxanh'];
const TEAM = ['quang-songhan', 'vy-songhan'];

const FREE_TEXT = [
  {
    title: 'Ảnh sản phẩm bị mờ trên điện thoại',
    body: 'Ảnh sản phẩm trên trang chi tiết bị mờ khi xem trên điện thoại, nhờ bên mình kiểm tra giúp.',
  },
  {
    title: 'Nut thanh toan khong bam duoc',
    body: 'Nut thanh toan tren dien thoai khong bam duoc, can xu ly gap.',
  },
  { title: 'The new menu looks great', body: 'The new menu looks great, well done to the whole team!' },
  {
    title: 'Delivery of the staging build is late',
    body: 'We expected the staging build last Friday. When can we see it?',
  },
  { title: 'Màu nút hơi nhạt', body: 'Màu nút "Đặt hàng" hơi nhạt so với thiết kế đã duyệt.' },
  {
    title: 'Question about the checkout copy',
    body: 'Could you confirm which wording we agreed for the checkout page?',
  },
];

function formBody(engagement: Engagement, i: number): string {
  const topics = engagement.feedback.topics;
  const topic = topics[i % topics.length]!;
  const importance = Object.values(IMPORTANCE_OPTIONS)[i % 3]!;
  const type = Object.values(TYPE_OPTIONS)[i % 3]!;
  const vi = i % 2 === 0;
  return [
    `### ${FORM_FIELDS.topic}\n\n${topicOption(topic)}`,
    `### ${FORM_FIELDS.importance}\n\n${importance}`,
    `### ${FORM_FIELDS.type}\n\n${type}`,
    `### ${FORM_FIELDS.what_happened}\n\n${vi ? `Trang số ${i} hiển thị sai font chữ trên Safari.` : `Page ${i} shows the wrong font on Safari.`}`,
    `### ${FORM_FIELDS.expected}\n\n${vi ? 'Font đúng như bản thiết kế.' : 'The font from the approved design.'}`,
    `### ${FORM_FIELDS.milestone}\n\n_No response_`,
  ].join('\n\n');
}

const iso = (ms: number): string => new Date(ms).toISOString().replace('.000', '');

/** N feedback issues filed over the year before `now`; every fourth one still open. */
export function realisticSnapshot(engagement: Engagement, n: number, now: Date): Snapshot {
  const year = 365 * 86_400_000;
  const start = now.getTime() - year;
  const issues: SnapshotIssue[] = [];
  let commentId = 1_000_000;
  for (let i = 0; i < n; i += 1) {
    const number = i + 1;
    const created = start + Math.floor(((i + 0.5) / n) * (year - 3 * 86_400_000));
    const open = i % 4 === 0;
    const closedAt = open ? null : iso(created + 2 * 86_400_000);
    const client = CLIENTS[i % CLIENTS.length]!;
    const free = FREE_TEXT[i % FREE_TEXT.length]!;
    const form = i % 5 < 3;
    const count = i % 50 === 0 ? 120 : i % 11;
    const comments: SnapshotComment[] = [];
    for (let c = 0; c < count; c += 1) {
      const team = c % 2 === 0;
      comments.push(
        makeComment({
          id: (commentId += 1),
          author: team ? TEAM[c % TEAM.length]! : client,
          association: team ? 'MEMBER' : 'NONE',
          body: team
            ? i % 2 === 0
              ? `Dạ bên em đã ghi nhận và đang kiểm tra (${c}).`
              : `Thanks, we are looking into it (${c}).`
            : i % 2 === 0
              ? `Cảm ơn em (${c}).`
              : `Thank you (${c}).`,
          createdAt: iso(created + (c + 1) * 1_800_000),
        }),
      );
    }
    issues.push(
      makeIssue({
        number,
        title: form ? `[Feedback] ${free.title}` : free.title,
        // Every report its own words (a reference number), as real ones are: nothing read once is
        // read again for free because another issue happens to say the same.
        body: form ? formBody(engagement, i) : `${free.body} (#${1000 + i})`,
        author: client,
        labels: [engagement.feedback.label],
        createdAt: iso(created),
        updatedAt: closedAt ?? iso(created + count * 1_800_000),
        state: open ? 'open' : 'closed',
        stateReason: open ? null : 'COMPLETED',
        closedAt,
        comments,
      }),
    );
  }
  return makeSnapshot({ readAt: now.toISOString(), issues });
}

/**
 * applyPlan on the issues the plan touches only: it looks for the next comment id over every comment,
 * which a 100,000-comment repository makes slow. A sentinel issue carries the highest comment id.
 */
export function applyToTouched(snapshot: Snapshot, plan: Plan, now: Date): Snapshot {
  const touched = new Set<number>();
  for (const write of plan.writes)
    if ('issue' in write && 'number' in write.issue) touched.add(write.issue.number);
  let maxId = 0;
  let maxNumber = 0;
  for (const issue of snapshot.issues) {
    maxNumber = Math.max(maxNumber, issue.number);
    for (const comment of issue.comments) maxId = Math.max(maxId, comment.id);
  }
  const sentinel = makeIssue({ number: maxNumber, comments: [makeComment({ id: maxId })] });
  const reduced = snapshot.issues.filter((issue) => touched.has(issue.number) && issue.number !== maxNumber);
  const last = snapshot.issues.find((issue) => issue.number === maxNumber);
  const applied = applyPlan(
    { ...snapshot, issues: [...reduced, touched.has(maxNumber) && last ? last : sentinel] },
    plan,
    now,
  ).snapshot;
  const byNumber = new Map(snapshot.issues.map((issue) => [issue.number, issue]));
  for (const issue of applied.issues) {
    if (issue === sentinel || (issue.number === maxNumber && !touched.has(maxNumber))) continue;
    byNumber.set(issue.number, issue);
  }
  return { ...applied, issues: [...byNumber.values()].sort((a, b) => a.number - b.number) };
}

/** What a full scan reads of a snapshot: open issues, closed ones updated since `since`, the bot's own. */
export function readableBy(snapshot: Snapshot, since: string): Snapshot {
  const from = Date.parse(since);
  const bot = (login: string) =>
    login.replace(/\[bot\]$/u, '') === snapshot.botLogin.replace(/\[bot\]$/u, '');
  return {
    ...snapshot,
    issues: snapshot.issues.filter(
      (issue) => issue.state === 'open' || Date.parse(issue.updatedAt) >= from || bot(issue.author.login),
    ),
  };
}

/** The whole repository after settling a part of it: the settled issues replace their old selves. */
export function mergeSettled(world: Snapshot, settled: Snapshot): Snapshot {
  const byNumber = new Map(world.issues.map((issue) => [issue.number, issue]));
  for (const issue of settled.issues) byNumber.set(issue.number, issue);
  return { ...settled, issues: [...byNumber.values()].sort((a, b) => a.number - b.number) };
}

export interface Settled {
  readonly snapshot: Snapshot;
  readonly firstPlan: Plan;
  /** Plans applied until the planner had nothing left. */
  readonly rounds: number;
}

/** Plans and applies in memory until nothing is left, as consecutive runs at `now` would. */
export function settle(engagement: Engagement, snapshot: Snapshot, now: Date, maxRounds = 6): Settled {
  const firstPlan = planRun(engagement, snapshot, now);
  let current = applyToTouched(snapshot, firstPlan, now);
  let rounds = 1;
  for (; rounds < maxRounds; rounds += 1) {
    const next = planRun(engagement, current, now);
    if (next.writes.length === 0) break;
    current = applyToTouched(current, next, now);
  }
  return { snapshot: current, firstPlan, rounds };
}

/** Puts a snapshot's labels, issues and comments into the fake (the bot as REST names it). */
export function loadInto(fake: FakeGitHub, snapshot: Snapshot): void {
  const repo = fake.repo;
  const login = (name: string): string => (name === 'github-actions' ? 'github-actions[bot]' : name);
  for (const user of [...CLIENTS, ...TEAM]) repo.user(user);
  for (const label of snapshot.labels) repo.addLabel(label.name, label.color, label.description);
  for (const issue of snapshot.issues) {
    const fields = {
      title: issue.title,
      body: issue.body,
      state: issue.state,
      stateReason: issue.stateReason ? (issue.stateReason.toLowerCase() as 'completed') : null,
      labels: [...issue.labels],
      assignees: [...issue.assignees],
      closedAt: issue.closedAt,
    };
    const existing = repo.issues.get(issue.number);
    if (existing) Object.assign(existing, fields);
    else
      repo.addIssue({
        ...fields,
        number: issue.number,
        author: login(issue.author.login),
        association: issue.author.association,
        createdAt: issue.createdAt,
        updatedAt: issue.updatedAt,
      });
    const known = new Set(repo.commentsOf(issue.number).map((c) => c.id));
    for (const comment of issue.comments) {
      if (!known.has(comment.id))
        repo.addComment({
          id: comment.id,
          issueNumber: issue.number,
          author: login(comment.author.login),
          association: comment.author.association,
          body: comment.body,
          createdAt: comment.createdAt,
        });
    }
    // Comments move an issue's updatedAt forward; put the issue's own time back.
    const loaded = repo.issues.get(issue.number);
    if (loaded) loaded.updatedAt = issue.updatedAt;
  }
}
