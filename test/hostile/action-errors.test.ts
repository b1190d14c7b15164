// What the action reports when the engagement file is hostile or something breaks inside it: the
// error as what it is, at the file's line when it comes from the file — never "no answer from GitHub".
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EngagementFault } from '../../src/engagement/fault';
import { startFakeGitHub, type FakeGitHub } from '../../fake-github';
import { recordActionRun, TOKEN_INPUTS } from '../support/action-run';
import { fileWith } from './engagement-cases';

// The fault is thrown where runAction plans (composePlan), before anything is written: the checks
// below that nothing was written prove the error came from planning, not from a later step.
const planner = vi.hoisted(() => ({ fault: null as Error | null, calls: 0 }));
vi.mock('../../src/plan/planner', async (original) => {
  const actual = await original<typeof import('../../src/plan/planner')>();
  return {
    ...actual,
    composePlan: (...args: Parameters<typeof actual.composePlan>) => {
      planner.calls += 1;
      if (planner.fault) throw planner.fault;
      return actual.composePlan(...args);
    },
  };
});

const restWrites = (fake: FakeGitHub) =>
  fake.requests.filter((request) => request.method !== 'GET' && request.operation !== 'graphql');

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startFakeGitHub();
  planner.fault = null;
  planner.calls = 0;
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

const CONFIG = '.github/engagement.yml';
const NOW = { inputs: { ...TOKEN_INPUTS, now: '2026-11-30T02:00:00Z' } };

describe('the action facing a hostile engagement file', () => {
  it('refuses `title: *Final*` at its line, as an engagement-file error, and writes nothing', async () => {
    fake.repo.files.set(
      CONFIG,
      fileWith('', 'milestones:\n  - { id: copy, title: *Final*, owner: client, due: 2026-12-04 }\n'),
    );
    const run = await recordActionRun(fake, NOW);
    expect(run.code).toBe(1);
    expect(run.annotations).toEqual([
      {
        level: 'error',
        message:
          'YAML aliases are not supported: `*Final*` refers to another part of the file (write the value out in full; if `*` starts plain text, put the text in quotes)',
        annotation: {
          title: 'engagement file: milestones[0].title',
          file: CONFIG,
          startLine: 8,
          startColumn: 24,
          endLine: 8,
          endColumn: 31,
        },
      },
    ]);
    expect(run.failed).toBe('engagement-keeper: the engagement file has 1 error(s); nothing was written.');
    // The job summary lists the error as `validate` prints it, not only the count.
    expect(run.summary).toContain(
      '```text\n.github/engagement.yml:8:24  milestones[0].title  YAML aliases are not supported: `*Final*` refers',
    );
    expect(run.summary).toContain('`engagement-keeper validate` checks the file on your machine first.');
    expect(restWrites(fake)).toEqual([]);
    expect(planner.calls).toBe(0);
  });

  it('refuses a due date in 9999 at its line instead of failing the run later', async () => {
    fake.repo.files.set(
      CONFIG,
      fileWith('', 'milestones:\n  - { id: copy, title: Copy, owner: client, due: 9999-12-31 }\n'),
    );
    const run = await recordActionRun(fake, NOW);
    expect(run.code).toBe(1);
    expect(run.log).toContain(
      `info ${CONFIG}:8:50  milestones[0].due  \`9999-12-31\` is outside the years engagement-keeper plans for (2000–2099) (check the year)`,
    );
    expect(run.failed).not.toMatch(/no answer from GitHub/u);
  });

  it('reports a fault the planner finds in the file at the file:line of the field', async () => {
    fake.repo.files.set(CONFIG, fileWith('calendar:\n  work_days: [sun]\n'));
    planner.fault = new EngagementFault(
      ['calendar', 'work_days'],
      'has no working day for ten years in a row, so no business-day date can be counted',
      'check calendar.closed_days, calendar.work_days and calendar.holidays',
    );
    const run = await recordActionRun(fake, NOW);
    expect(run.code).toBe(1);
    expect(run.log).toContain(
      `info ${CONFIG}:10:14  calendar.work_days  has no working day for ten years in a row, so no business-day date can be counted (check calendar.closed_days, calendar.work_days and calendar.holidays)`,
    );
    expect(run.failed).toBe(
      'engagement-keeper: the engagement file cannot be planned (calendar.work_days: has no working day for ten years in a row, so no business-day date can be counted); nothing more was written.',
    );
    expect(planner.calls).toBe(1);
    expect(restWrites(fake)).toEqual([]);
  });

  it('reports a bug inside the action as an internal error, not as GitHub not answering', async () => {
    fake.repo.files.set(CONFIG, fileWith(''));
    planner.fault = new TypeError("Cannot read properties of undefined (reading 'due')");
    const run = await recordActionRun(fake, NOW);
    expect(run.code).toBe(1);
    expect(run.failed).toBe(
      "engagement-keeper: internal error, not a GitHub problem (TypeError: Cannot read properties of undefined (reading 'due')); the run stopped here. Please report it with this log.",
    );
    expect(planner.calls).toBe(1);
    expect(restWrites(fake)).toEqual([]);
  });

  it('still says "no answer from GitHub" when the connection really drops', async () => {
    fake.repo.files.set(CONFIG, fileWith(''));
    planner.fault = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } });
    const run = await recordActionRun(fake, NOW);
    expect(run.failed).toBe('engagement-keeper: no answer from GitHub (fetch failed)');
    expect(planner.calls).toBe(1);
  });
});
