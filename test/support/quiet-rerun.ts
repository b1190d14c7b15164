// "A rerun right after any run writes nothing", held for every test in the suite rather than for the
// tests that remember to check it. The harness sees every run a test makes:
// - on the in-memory GitHub, every plan applied with applyPlan() whose writes came from the composer
//   (composePlan, planRun: quiet-rerun.setup.ts wraps them) is planned again, at the same `now`, on the
//   world the run left, and must plan nothing;
// - on the HTTP fake, every runAction (test/support/action-run.ts) is run again unchanged (same
//   inputs, event and clock) right after it, off the record, and must send no write to GitHub.
// A test where such a rerun is meaningless says so, with its reason: optOutOfQuietRerun('…').
// Not held to it, by construction: a run stopped part-way (applyPlan's `stopAfter`), and a plan
// applied to a world other than the one it was planned on (a race: the run after it repairs).
import type { Write } from '../../src/core/plan';
import type { Snapshot } from '../../src/core/snapshot';
import type { FakeGitHub } from '../../fake-github';
import type { AppliedRun } from '../../fake-github/world';

/** Where a plan's writes came from: how to plan again on another world at the same `now`. */
export interface PlanOrigin {
  /** The world the plan was made on. */
  readonly plannedOn: Snapshot;
  readonly now: Date;
  /** Every write the planner returned (a test may apply only some of them). */
  readonly planned: readonly Write[];
  readonly replan: (world: Snapshot) => readonly Write[];
  /** The planner, for the failure message. */
  readonly by: string;
}

const origins = new WeakMap<Write, PlanOrigin>();

/** Called by the planner wrappers of quiet-rerun.setup.ts for every plan the composer makes. */
export function rememberPlan(origin: PlanOrigin): void {
  for (const write of origin.planned) origins.set(write, origin);
}

/** What an action run on the HTTP fake ended with, and how to make it again unchanged. */
export interface FakeRunOutcome {
  readonly code: number;
  /** The plan's writes (`kind → target: reason`); empty for a dry run, which writes none. */
  readonly planned: readonly string[];
  /** Writes the run left for the next one (the operations budget, GitHub's rate budget). */
  readonly remaining: number;
}

interface TestState {
  optOut: string | null;
  readonly memoryRuns: AppliedRun[];
  /** What the unchanged reruns on the HTTP fake found, reported when the test ends. */
  readonly fakeProblems: string[];
}

let current: TestState = { optOut: null, memoryRuns: [], fakeProblems: [] };
/** The runs in flight on each fake, to tell a race (runs overlapping) from a run on its own. */
const inFlight = new Map<FakeGitHub, Set<{ raced: boolean }>>();
let rerunning = false;

/**
 * Declares that no unchanged rerun is checked after this test's runs, with the reason (e.g. the test
 * injects faults, so the rerun legitimately retries what failed). Grep for it to audit the list.
 */
export function optOutOfQuietRerun(reason: string): void {
  if (reason.trim().length < 10) throw new Error('optOutOfQuietRerun needs a real reason');
  current.optOut = reason;
}

export function startTest(): void {
  current = { optOut: null, memoryRuns: [], fakeProblems: [] };
}

/** Every applyPlan() of the test; listened to by the setup file. */
export function appliedRun(run: AppliedRun): void {
  current.memoryRuns.push(run);
}

/**
 * One action run on the HTTP fake (recordActionRun), followed at once by an unchanged rerun off the
 * record (same inputs, event and clock): it must send no write and plan nothing. Right after the run,
 * so every run of a test is checked, not only its last, and nothing a test does later can change the
 * world under it. The rerun's requests, points and faults are not seen by the test (offTheRecord).
 * Not held to it: a run that raced another on the same fake (the run after the race repairs), a run
 * that met an injected fault (GitHub's answers changed), a run that failed (it says so, exits
 * non-zero, and the next run retries what failed), a run that left writes for the next one, and the
 * reruns themselves.
 */
export async function runThenRerunQuietly<R>(
  fake: FakeGitHub,
  describe: string,
  run: () => Promise<R>,
  outcomeOf: (recorded: R) => FakeRunOutcome,
  rerun: () => Promise<FakeRunOutcome>,
): Promise<R> {
  if (rerunning) return run();
  const running = inFlight.get(fake) ?? new Set<{ raced: boolean }>();
  inFlight.set(fake, running);
  const self = { raced: running.size > 0 };
  for (const other of running) other.raced = true;
  running.add(self);
  const firstRequest = fake.requests.length;
  let recorded: R;
  try {
    recorded = await run();
  } finally {
    running.delete(self);
  }
  const outcome = outcomeOf(recorded);
  const metFault = fake.requests.slice(firstRequest).some((request) => request.operation === 'fault');
  const heldToIt = outcome.code === 0 && outcome.remaining === 0 && !metFault && !self.raced;
  if (current.optOut !== null || !heldToIt) return recorded;
  const problem = await fake.offTheRecord(() => rerunOnce(fake, rerun));
  if (problem) current.fakeProblems.push(`${problem} (the run: ${describe})`);
  return recorded;
}

async function rerunOnce(fake: FakeGitHub, rerun: () => Promise<FakeRunOutcome>): Promise<string | null> {
  const before = restWrites(fake);
  rerunning = true;
  let again: FakeRunOutcome;
  try {
    again = await rerun();
  } finally {
    rerunning = false;
  }
  const sent = restWrites(fake) - before;
  if (sent === 0 && again.code === 0 && again.planned.length === 0) return null;
  return [
    `An unchanged rerun right after a run that succeeded sent ${sent} write(s) to GitHub (exit code`,
    `${again.code}) and planned:`,
    ...again.planned.map((write) => `  - ${write}`),
    'A rerun right after a run must write nothing (issue #10). Fix the product, or, where a rerun is',
    "genuinely meaningless for this test, call optOutOfQuietRerun('<why>') in it.",
  ].join('\n');
}

/** The check at the end of each test: every run of the test, rerun unchanged, must write nothing. */
export async function endTest(): Promise<void> {
  const problems: string[] = [];
  if (current.optOut === null) {
    problems.push(...current.memoryRuns.flatMap(memoryRerun));
    problems.push(...current.fakeProblems);
  }
  current.memoryRuns.length = 0;
  current.fakeProblems.length = 0;
  if (problems.length > 0) throw new Error(problems.join('\n\n'));
}

function memoryRerun(run: AppliedRun, index: number): string[] {
  if (run.options.stopAfter !== undefined) return [];
  const origin = run.plan.writes.map((write) => origins.get(write)).find((found) => found !== undefined);
  // A plan the test wrote by hand, or an empty one: nothing to plan again.
  if (!origin) return [];
  // Planned on another world than the one it was applied to: a race, which the next run repairs.
  if (origin.plannedOn !== run.before) return [];
  const applied = new Set(run.plan.writes);
  // Writes the test chose not to apply (e.g. the labels a second racing run finds already made) are
  // planned again, rightly; anything else is a write the run should have made or never needed.
  const dropped = new Set(origin.planned.filter((write) => !applied.has(write)).map(sameWrite));
  const again = origin.replan(run.result.snapshot).filter((write) => !dropped.has(sameWrite(write)));
  if (again.length === 0) return [];
  return [
    [
      `An unchanged rerun of run ${index + 1} of this test (${origin.by} at ${origin.now.toISOString()}) planned:`,
      ...again.map((write) => `  - ${signature(write)}`),
      'A rerun right after a run must plan nothing (issue #10). Fix the product, or, where a rerun is',
      "genuinely meaningless for this test, call optOutOfQuietRerun('<why>') in it.",
    ].join('\n'),
  ];
}

const restWrites = (fake: FakeGitHub): number => fake.writes().length;

/** What makes two writes the same write (a label's reason depends on the rest of its plan). */
function sameWrite(write: Write): string {
  return write.kind === 'create-label' ? `create-label ${write.name}` : signature(write);
}

function signature(write: Write): string {
  const target = 'issue' in write ? JSON.stringify(write.issue) : '';
  return `${write.kind} ${target}: ${write.reason}`;
}
