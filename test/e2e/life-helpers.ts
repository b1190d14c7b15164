// A whole engagement lived on the local HTTP fake of GitHub: the real action (runAction, in-process)
// runs at scripted times given through the `now` input, people act between runs by changing the
// fake's state as GitHub would record it (comments with author associations, ticked boxes, closing,
// labels, new issues), and every run is followed by a second one at the same `now` that must write
// nothing (the harness makes it: test/support/quiet-rerun.ts). Pacing waits are injected so a life of many runs takes seconds.
import { readFile } from 'node:fs/promises';
import { expect } from 'vitest';
import type { PlanContext } from '../../src/core/context';
import { parseMarkers, type Marker } from '../../src/core/markers';
import { buildContext } from '../../src/plan/planner';
import { loadEngagement } from '../../src/engagement/load';
import { readSnapshot } from '../../src/github/read-snapshot';
import { commentsWantingReactions, keptIssueLabels, trackedLabels } from '../../src/plan/reads';
import {
  startFakeGitHub,
  WORKFLOW_TOKEN,
  BOT_LOGIN,
  type FakeGitHub,
  type FakeIssue,
} from '../../fake-github';
import { testClient } from '../github/helpers';
import { recordActionRun } from '../support/action-run';

export { BOT_LOGIN };

export interface RunResult {
  readonly code: number;
  readonly outputs: Readonly<Record<string, string>>;
  readonly log: readonly string[];
  readonly failed: string | null;
  /** REST writes (POST/PATCH/PUT/DELETE) the fake received during the run. */
  readonly restWrites: number;
  /** The plan's writes as `kind → target: reason`, for failure messages. */
  readonly planned: readonly string[];
}

export interface Life {
  readonly fake: FakeGitHub;
  /** The time the fake stamps on what happens now (people's actions and the action's writes). */
  at(iso: string): void;
  /** One run of the action at `now`: a full scan (`schedule`) unless an event is given. */
  run(now: string, inputs?: Record<string, string>, event?: LifeEvent): Promise<RunResult>;
  /** A run at `now` that must succeed (the harness's rerun right after it must write nothing). */
  settle(now: string, inputs?: Record<string, string>, event?: LifeEvent): Promise<RunResult>;
  close(): Promise<void>;
}

/** The event that starts a run, as GitHub delivers it (e.g. `issues` / `edited` on one issue). */
export interface LifeEvent {
  readonly name: string;
  readonly payload: Record<string, unknown>;
}

const ACTION_INPUTS = {
  'github-token': WORKFLOW_TOKEN,
  'workflow-token': WORKFLOW_TOKEN,
  'operations-per-run': '1000',
};

/** Starts the fake with a clock the test moves, and puts the engagement file where the action reads it. */
export interface LifeOptions {
  /**
   * How long after a run's `now` GitHub stamps what it writes (0: at `now`). In production the writes
   * land after the instant the run planned for; a run must still state what is true after them.
   */
  readonly writeDelayMs?: number;
  /** Where issues live on the web (the fake's default is https://github.example.test). */
  readonly htmlBase?: string;
}

export async function startLife(
  engagementYaml: string,
  start: string,
  options: LifeOptions = {},
): Promise<Life> {
  let current = new Date(start);
  const fake = await startFakeGitHub({
    clock: () => current,
    ...(options.htmlBase ? { htmlBase: options.htmlBase } : {}),
  });
  fake.repo.files.set('.github/engagement.yml', engagementYaml);

  const restWriteCount = (): number => fake.restWrites().length;

  async function run(
    now: string,
    inputs: Record<string, string> = {},
    event: LifeEvent = { name: 'schedule', payload: {} },
  ): Promise<RunResult> {
    current = new Date(Date.parse(now) + (options.writeDelayMs ?? 0));
    const before = restWriteCount();
    const { code, outputs, log, failed } = await recordActionRun(fake, {
      inputs: { ...ACTION_INPUTS, now, ...inputs },
      event,
      clockStart: current.getTime(),
    });
    const plan = outputs.plan
      ? (JSON.parse(outputs.plan) as { writes: Array<{ kind: string; reason: string; issue?: unknown }> })
      : { writes: [] };
    return {
      code,
      outputs,
      log,
      failed,
      restWrites: restWriteCount() - before,
      planned: plan.writes.map((w) => `${w.kind} → ${JSON.stringify(w.issue ?? '')}: ${w.reason}`),
    };
  }

  // The harness reruns every run unchanged right after it and holds it to writing nothing
  // (test/support/quiet-rerun.ts): settling is a run that must succeed.
  async function settle(
    now: string,
    inputs: Record<string, string> = {},
    event?: LifeEvent,
  ): Promise<RunResult> {
    const first = await run(now, inputs, event);
    expect(first.code, `run at ${now} failed: ${first.failed}\n${first.log.join('\n')}`).toBe(0);
    expect(first.outputs.failed, `run at ${now}`).toBe('0');
    return first;
  }

  return {
    fake,
    at: (iso) => void (current = new Date(iso)),
    run,
    settle,
    close: () => fake.close(),
  };
}

export async function exampleEngagement(): Promise<string> {
  return readFile('examples/engagement.yml', 'utf8');
}

/** A time of day in Ho Chi Minh City (UTC+7), as ISO UTC. */
export const vn = (date: string, time = '09:00'): string =>
  new Date(`${date}T${time}:00+07:00`).toISOString().replace(/\.000Z$/u, 'Z');

// --- people acting on GitHub ------------------------------------------------------------------------

/** Who people are on GitHub: the vendor team are members of the organisation; the client's are not. */
export function associationOf(login: string): string {
  return login.endsWith('-songhan') ? 'MEMBER' : 'NONE';
}

export function comment(life: Life, number: number, author: string, body: string, at: string): void {
  life.at(at);
  life.fake.repo.addComment({
    issueNumber: number,
    author,
    association: associationOf(author),
    body,
    createdAt: at,
  });
}

function issue(life: Life, number: number): FakeIssue {
  const found = life.fake.repo.issues.get(number);
  if (!found) throw new Error(`#${number} does not exist on the fake`);
  return found;
}

/** A person ticks a box of an issue's checklist (an edit of the body, as GitHub records it). */
export function tick(life: Life, number: number, itemText: string, at: string): void {
  const target = issue(life, number);
  const lines = target.body.split('\n');
  const index = lines.findIndex((line) => /^\s*[-*] \[ \] /u.test(line) && line.includes(itemText));
  if (index < 0) throw new Error(`No unticked item "${itemText}" on #${number}:\n${target.body}`);
  lines[index] = lines[index]!.replace('[ ]', '[x]');
  life.fake.repo.editBody(target, lines.join('\n'), at);
  life.at(at);
}

export function closeIssue(life: Life, number: number, at: string): void {
  const target = issue(life, number);
  target.state = 'closed';
  target.stateReason = 'completed';
  target.closedAt = at;
  target.updatedAt = at;
  life.at(at);
}

export function addLabel(life: Life, number: number, label: string, at: string): void {
  const target = issue(life, number);
  life.fake.repo.addLabel(label);
  if (!target.labels.includes(label)) target.labels.push(label);
  target.updatedAt = at;
  life.at(at);
}

export function fileIssue(
  life: Life,
  seed: { title: string; body: string; author: string; labels: string[]; at: string },
): number {
  life.at(seed.at);
  return life.fake.repo.addIssue({
    title: seed.title,
    body: seed.body,
    author: seed.author,
    association: associationOf(seed.author),
    labels: seed.labels,
    createdAt: seed.at,
    updatedAt: seed.at,
  }).number;
}

// --- reading the fake's state -----------------------------------------------------------------------

const isBotLogin = (login: string): boolean =>
  login.replace(/\[bot\]$/u, '') === BOT_LOGIN.replace(/\[bot\]$/u, '');

export function markerOfIssue(life: Life, number: number): Marker | undefined {
  const target = issue(life, number);
  return isBotLogin(target.author) ? parseMarkers(target.body)[0] : undefined;
}

/** The issue the action opened for a marker kind and subject. */
export function botIssues(life: Life, kind: string, subject?: string): FakeIssue[] {
  return [...life.fake.repo.issues.values()]
    .filter((candidate) => {
      const marker = markerOfIssue(life, candidate.number);
      return marker?.kind === kind && (subject === undefined || marker.subject === subject);
    })
    .sort((a, b) => a.number - b.number);
}

export function botIssue(life: Life, kind: string, subject: string): FakeIssue {
  const found = botIssues(life, kind, subject);
  if (found.length !== 1)
    throw new Error(
      `expected one bot issue ${kind} ${subject}, found ${found.map((i) => `#${i.number}`).join(', ')}`,
    );
  return found[0]!;
}

/**
 * The thread of an issue as `kind/stage` for the action's comments (by their hidden marker) and
 * `person:<login>` for people's.
 */
export function thread(life: Life, number: number): string[] {
  return life.fake.repo.commentsOf(number).map((c) => {
    if (!isBotLogin(c.author)) return `person:${c.author}`;
    const marker = parseMarkers(c.body)[0];
    return marker ? `${marker.kind}${marker.stage ? `/${marker.stage}` : ''}` : 'bot:unmarked';
  });
}

export function botComments(life: Life, number: number): Array<{ marker: Marker; body: string }> {
  return life.fake.repo
    .commentsOf(number)
    .filter((c) => isBotLogin(c.author))
    .map((c) => ({ marker: parseMarkers(c.body)[0]!, body: c.body }));
}

export function labelsOf(life: Life, number: number): string[] {
  return [...issue(life, number).labels].sort();
}

/**
 * The repository read back through the runtime's own reader, as the planning context at `now`: what
 * the weekly summary and its figures are derived from.
 */
export async function contextFromFake(life: Life, now: string): Promise<PlanContext> {
  const text = life.fake.repo.files.get('.github/engagement.yml') ?? '';
  const loaded = loadEngagement(text, '.github/engagement.yml');
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('; '));
  const { snapshot } = await readSnapshot(testClient(life.fake), {
    owner: life.fake.repo.owner,
    name: life.fake.repo.name,
    botLogin: BOT_LOGIN,
    trackedLabels: trackedLabels(loaded.engagement),
    keptLabels: keptIssueLabels(loaded.engagement),
    scope: { kind: 'full' },
    readAt: now,
    reactionsOf: (read) => commentsWantingReactions(loaded.engagement, read, new Date(now)),
  });
  return buildContext(loaded.engagement, snapshot, new Date(now));
}
