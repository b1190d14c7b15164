// Races on the HTTP fake: the same repository is lived twice, once with two or three runs of the
// real action started at the same moment (then one repair run), once with a single uninterrupted run.
// The two must end the same, apart from the duplicates the race made and the repair closed or deleted.
import { expect } from 'vitest';
import { parseMarkers } from '../../src/core/markers';
import type { FakeIssue } from '../../fake-github';
import { formBody } from '../feedback/helpers';
import {
  BOT_LOGIN,
  exampleEngagement,
  fileIssue,
  startLife,
  vn,
  type Life,
  type RunResult,
} from '../e2e/life-helpers';

const isBotLogin = (login: string): boolean =>
  login.replace(/\[bot\]$/u, '') === BOT_LOGIN.replace(/\[bot\]$/u, '');

/** Monday 23 November 2026 at 09:30 in Ho Chi Minh City: the summary is due, feedback waits. */
export const RACE_AT = vn('2026-11-23', '09:30');

/** The example engagement, with three pieces of client feedback filed before any run. */
export async function seededLife(): Promise<Life> {
  const life = await startLife(await exampleEngagement(), vn('2026-11-23', '08:00'));
  for (const login of ['lan-bepxanh', 'minh-bepxanh', 'quang-songhan', 'vy-songhan'])
    life.fake.repo.user(login);
  fileIssue(life, {
    title: 'Không thanh toán được',
    author: 'lan-bepxanh',
    labels: ['feedback'],
    at: vn('2026-11-23', '08:10'),
    body: formBody({
      topic: 'Product quality / Chất lượng sản phẩm',
      importance: 'Urgent / Khẩn cấp',
      type: 'Negative — something is wrong / Tiêu cực — có vấn đề',
      what: 'Từ sáng nay khách không thanh toán được bằng thẻ, trang báo lỗi 500.',
      expected: 'Khách thanh toán bằng thẻ như trước.',
    }),
  });
  fileIssue(life, {
    title: 'Trang chủ',
    author: 'lan-bepxanh',
    labels: ['feedback'],
    at: vn('2026-11-23', '08:20'),
    body: 'Trang chủ không ổn.',
  });
  fileIssue(life, {
    title: 'Cảm ơn',
    author: 'minh-bepxanh',
    labels: ['feedback'],
    at: vn('2026-11-23', '08:30'),
    body: 'Thiết kế trang sản phẩm rất đẹp, cả nhóm bên mình đều thích. Cảm ơn các bạn!',
  });
  return life;
}

/** `count` runs of the action started together at `now`: each reads before any of them writes. */
export async function race(life: Life, now: string, count: number): Promise<RunResult[]> {
  const runs = await Promise.all(Array.from({ length: count }, () => life.run(now)));
  for (const run of runs)
    expect(run.code, `a raced run failed: ${run.failed}\n${run.log.join('\n')}`).toBe(0);
  return runs;
}

/** Issues opened through the REST API (by any run) since the life started. */
export function issuesOpened(life: Life): number {
  return life.fake.requests.filter((r) => r.method === 'POST' && r.operation === 'issues/create').length;
}

const isDuplicateNote = (body: string): boolean =>
  parseMarkers(body).some((marker) => marker.kind === 'duplicate-closed');

/** The issues the repair closed as duplicates (closed, not planned, with the note naming the one kept). */
export function closedDuplicates(life: Life): FakeIssue[] {
  return [...life.fake.repo.issues.values()].filter((issue) =>
    life.fake.repo.commentsOf(issue.number).some((c) => isBotLogin(c.author) && isDuplicateNote(c.body)),
  );
}

/**
 * What a person sees, independent of issue numbers and comment ids: each issue (the action's by its
 * marker, people's by title) with its state, labels and thread (the action's comments by their
 * markers, people's by author and text). Closed duplicates are left out.
 */
export function shape(life: Life): Record<string, unknown> {
  const duplicates = new Set(closedDuplicates(life).map((issue) => issue.number));
  const out: Record<string, unknown> = {};
  for (const issue of life.fake.repo.issues.values()) {
    if (duplicates.has(issue.number)) continue;
    const marker = isBotLogin(issue.author) ? parseMarkers(issue.body)[0] : undefined;
    const key = marker
      ? `bot ${marker.kind}|${marker.subject}|${marker.stage ?? ''}`
      : `person ${issue.title}`;
    expect(out[key], `two issues are ${key}`).toBeUndefined();
    out[key] = {
      state: issue.state,
      labels: [...issue.labels].sort(),
      assignees: [...issue.assignees].sort(),
      thread: life.fake.repo.commentsOf(issue.number).map((c) =>
        isBotLogin(c.author)
          ? parseMarkers(c.body)
              .map((m) => `${m.kind}|${m.subject}|${m.stage ?? ''}`)
              .join(' + ')
          : `${c.author}: ${c.body}`,
      ),
    };
  }
  out.labels = [...life.fake.repo.labels.values()].map((label) => label.name).sort();
  return out;
}
