// "A rerun right after any run writes nothing", held for every test in the suite rather than for the
// tests that remember to check it. The harness sees every run a test makes:
// - on the in-memory GitHub, every plan applied with applyPlan() whose writes came from the composer
//   (composePlan, planRun: quiet-rerun.setup.ts wraps them) is planned again, at the same `now`, on the
//   world the run left, and must plan nothing;
// - on the HTTP fake, the last runAction of each fake (test/support/action-run.ts) is run again
//   unchanged (same inputs, event and clock) when the test ends or the fake closes, and must send
//   no write to GitHub.
// A test where such a rerun is meaningless says so, with its reason: optOutOfQuietRerun('…').
// Not held to it, by construction: a run stopped part-way (applyPlan's `stopAfter`), and a plan
// applied to a world other than the one it was planned on (a race: the run after it repairs).
import type { Write } from '../../src/core/plan';
import type { Snapshot } from '../../src/core/snapshot';
import type { FakeGitHub } from '../../fake-github';
import type { FakeRepository } from '../../fake-github/state';
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

interface FakeRun {
  readonly rerun: () => Promise<{ readonly planned: readonly string[]; readonly code: number }>;
  /** The repository as the run left it, to tell an unchanged rerun from one after people acted. */
  readonly fingerprint: string;
  readonly describe: string;
  checked: boolean;
}

interface TestState {
  optOut: string | null;
  readonly memoryRuns: AppliedRun[];
}

let current: TestState = { optOut: null, memoryRuns: [] };
const lastRunOf = new Map<FakeGitHub, FakeRun>();
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
  current = { optOut: null, memoryRuns: [] };
}

/** Every applyPlan() of the test; listened to by the setup file. */
export function appliedRun(run: AppliedRun): void {
  current.memoryRuns.push(run);
}

/** Called by recordActionRun() after every run it records (not for the reruns made here). */
export function rememberActionRun(fake: FakeGitHub, describe: string, rerun: FakeRun['rerun']): void {
  if (rerunning) return;
  if (!lastRunOf.has(fake)) fake.beforeClose(() => checkFake(fake));
  lastRunOf.set(fake, { rerun, fingerprint: fingerprint(fake.repo), describe, checked: false });
}

/** The check at the end of each test: every run of the test, rerun unchanged, must write nothing. */
export async function endTest(): Promise<void> {
  const problems: string[] = [];
  if (current.optOut === null) problems.push(...current.memoryRuns.flatMap(memoryRerun));
  current.memoryRuns.length = 0;
  for (const fake of lastRunOf.keys()) {
    try {
      await checkFake(fake);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
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

async function checkFake(fake: FakeGitHub): Promise<void> {
  const last = lastRunOf.get(fake);
  if (!last || last.checked) return;
  last.checked = true;
  if (current.optOut !== null) return;
  if (fingerprint(fake.repo) !== last.fingerprint) {
    throw new Error(
      [
        `The repository changed after the last run of this test (${last.describe}), so no unchanged`,
        'rerun can follow it. End the test with a run (a rerun right after any run must write nothing,',
        "issue #10), or, if a rerun is genuinely meaningless here, call optOutOfQuietRerun('<why>').",
      ].join(' '),
    );
  }
  const before = restWrites(fake);
  rerunning = true;
  let outcome: Awaited<ReturnType<FakeRun['rerun']>>;
  try {
    outcome = await last.rerun();
  } finally {
    rerunning = false;
  }
  const sent = restWrites(fake) - before;
  // A rerun that fails as its run did (a permission still missing) and sends nothing writes nothing.
  if (sent > 0 || (outcome.code === 0 && outcome.planned.length > 0)) {
    throw new Error(
      [
        `An unchanged rerun of the last run of this test (${last.describe}) sent ${sent} write(s) to GitHub`,
        `(exit code ${outcome.code}) and planned:`,
        ...outcome.planned.map((write) => `  - ${write}`),
        'A rerun right after a run must write nothing (issue #10). Fix the product, or, where a rerun is',
        "genuinely meaningless for this test, call optOutOfQuietRerun('<why>') in it.",
      ].join('\n'),
    );
  }
}

const restWrites = (fake: FakeGitHub): number => fake.restWrites().length;

function fingerprint(repo: FakeRepository): string {
  return JSON.stringify([[...repo.issues.values()], [...repo.comments.values()], [...repo.labels.keys()]]);
}

/** What makes two writes the same write (a label's reason depends on the rest of its plan). */
function sameWrite(write: Write): string {
  return write.kind === 'create-label' ? `create-label ${write.name}` : signature(write);
}

function signature(write: Write): string {
  const target = 'issue' in write ? JSON.stringify(write.issue) : '';
  return `${write.kind} ${target}: ${write.reason}`;
}
