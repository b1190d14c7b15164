import { describe, expect, it } from 'vitest';
import { decideScope } from '../../src/action/event';
import { readInputs } from '../../src/action/inputs';
import { mergeChecklists } from '../../src/github/checklist-merge';
import { ContentPacer } from '../../src/github/content-pacer';
import { fakeClock } from '../../fake-github/pacing';

describe('mergeChecklists', () => {
  const base = '- [ ] Logo\n- [ ] Photos\nNotes';
  it('returns the planned text when nobody touched the body', () => {
    expect(mergeChecklists(base, base, '- [ ] Logo\n- [ ] Photos\n- [ ] Copy\nNotes')).toBe(
      '- [ ] Logo\n- [ ] Photos\n- [ ] Copy\nNotes',
    );
  });
  it("keeps a person's tick and a person's untick made since the snapshot", () => {
    const ticked = '- [x] Logo\n- [ ] Photos\nNotes';
    expect(mergeChecklists(base, ticked, '- [ ] Logo\n- [ ] Photos\nNew notes')).toBe(
      '- [x] Logo\n- [ ] Photos\nNew notes',
    );
    expect(mergeChecklists(ticked, base, '- [x] Logo\n- [ ] Photos')).toBe('- [ ] Logo\n- [ ] Photos');
  });
  it('lets the plan tick a box nobody changed', () => {
    expect(mergeChecklists(base, base, '- [x] Logo\n- [ ] Photos')).toBe('- [x] Logo\n- [ ] Photos');
  });

  // Lines with a hidden item id (the dispute ladder) are the same box whatever their words say.
  const id = (item: string): string => `<!-- engagement-keeper:item dispute:${item} 00000000 -->`;
  it('matches lines by their item id when they have one: a tick made under other words is kept', () => {
    const english = `- [ ] ${id('negotiation')}Negotiation\n- [ ] ${id('mediation')}Mediation`;
    const ticked = english.replace(
      '[ ] <!-- engagement-keeper:item dispute:mediation',
      '[x] <!-- engagement-keeper:item dispute:mediation',
    );
    expect(
      mergeChecklists(
        english,
        ticked,
        `- [ ] ${id('negotiation')}Thương lượng\n- [ ] ${id('mediation')}Hòa giải`,
      ),
    ).toBe(`- [ ] ${id('negotiation')}Thương lượng\n- [x] ${id('mediation')}Hòa giải`);
  });

  it('knows the lines of earlier words without an id by what the plan says they are (formerItems)', () => {
    const before = '- [ ] negotiation\n- [ ] mediation';
    const ticked = '- [ ] negotiation\n- [x] mediation';
    const planned = `- [ ] ${id('negotiation')}Thương lượng\n- [ ] ${id('mediation')}Hòa giải`;
    const formerItems = { negotiation: 'dispute:negotiation', mediation: 'dispute:mediation' };
    expect(mergeChecklists(before, ticked, planned, formerItems)).toBe(
      `- [ ] ${id('negotiation')}Thương lượng\n- [x] ${id('mediation')}Hòa giải`,
    );
    // Without it, nothing says that `mediation` is `Hòa giải`: the planned line stands.
    expect(mergeChecklists(before, ticked, planned)).toBe(planned);
  });
});

describe('decideScope', () => {
  it('scans everything on schedule and dispatch', () => {
    expect(decideScope('schedule', {})).toMatchObject({ run: true, scope: { kind: 'full' } });
    expect(decideScope('workflow_dispatch', {})).toMatchObject({ run: true, scope: { kind: 'full' } });
  });
  it('scopes issue and comment events to their issue', () => {
    expect(decideScope('issues', { action: 'labeled', issue: { number: 7 } })).toMatchObject({
      run: true,
      scope: { kind: 'issue', number: 7 },
    });
    expect(
      decideScope('issue_comment', { action: 'created', issue: { number: 3 }, sender: { login: 'lan' } }),
    ).toMatchObject({ run: true, scope: { kind: 'issue', number: 3 }, sender: 'lan' });
  });
  it('ignores other actions, pull request comments and other events with a notice', () => {
    expect(decideScope('issues', { action: 'pinned', issue: { number: 7 } })).toMatchObject({ run: false });
    expect(decideScope('issue_comment', { action: 'deleted', issue: { number: 7 } })).toMatchObject({
      run: false,
    });
    expect(
      decideScope('issue_comment', { action: 'created', issue: { number: 7, pull_request: {} } }),
    ).toMatchObject({ run: false });
    expect(decideScope('push', {})).toMatchObject({ run: false });
  });
});

describe('readInputs', () => {
  const inputs = (values: Record<string, string>) => readInputs((name) => values[name] ?? '');
  it('applies defaults', () => {
    expect(inputs({ 'github-token': 't' })).toEqual({
      ok: true,
      inputs: {
        token: 't',
        configPath: '.github/engagement.yml',
        dryRun: false,
        operationsPerRun: 100,
        now: null,
        locale: undefined,
        summaryWeek: undefined,
        workflowToken: undefined,
        botLogin: undefined,
      },
    });
  });
  it('names every wrong value', () => {
    const result = inputs({
      'github-token': 't',
      'dry-run': 'yes',
      'operations-per-run': '-1',
      now: 'tomorrow',
      locale: 'fr',
      'summary-week': '2026-48',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toHaveLength(5);
  });
  it('refuses a week the year does not have, and takes one it has', () => {
    const refused = inputs({ 'github-token': 't', 'summary-week': '2027-W53' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problems).toEqual([expect.stringContaining('`2027-W53`')]);
    const taken = inputs({ 'github-token': 't', 'summary-week': '2026-W48' });
    expect(taken.ok && taken.inputs.summaryWeek).toBe('2026-W48');
  });
});

describe('ContentPacer', () => {
  it('spaces writes a second apart and creations three, keeps 80 a minute, refuses when the hour is full', async () => {
    const clock = fakeClock(0);
    const pacer = new ContentPacer(clock, { perMinute: 80, perHour: 500, maxWaitMs: 90_000 });
    expect(await pacer.reserve(false)).toBe(true);
    expect(await pacer.reserve(false)).toBe(true);
    expect(await pacer.reserve(true)).toBe(true);
    expect(await pacer.reserve(true)).toBe(true);
    expect(clock.slept).toEqual([1000, 1000, 3000]);
    // Bursts beyond 80 a minute (content created by an earlier run a moment ago) wait for the window.
    const busy = new ContentPacer(
      clock,
      { perMinute: 80, perHour: 500, maxWaitMs: 90_000 },
      Array.from({ length: 80 }, (_, i) => clock.now() - 80 + i),
    );
    clock.slept.length = 0;
    expect(await busy.reserve()).toBe(true);
    expect(clock.slept).toEqual([60_000 - 80]);
    const full = new ContentPacer(
      clock,
      { perMinute: 80, perHour: 500, maxWaitMs: 90_000 },
      Array.from({ length: 500 }, (_, i) => clock.now() - 3_000_000 + i),
    );
    expect(await full.reserve()).toBe(false);
  });
});
