// A person with write access edits one of the action's own comments. What they add must not count as
// the action's record (a hidden "amendment" moving a date that no one agreed), and what they remove
// must not undo one: the markers are read from the action's own last version of the comment.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forgedAmendment } from '../support/forged-record';
import { applyPlan, editComment, makeSnapshot } from '../../fake-github/world';
import type { Snapshot } from '../../src/core/snapshot';
import { deriveMilestoneFacts } from '../../src/deadlines';
import { loadEngagement } from '../../src/engagement/load';
import type { Engagement } from '../../src/engagement/schema';
import { buildContext, planRun } from '../../src/plan/planner';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();

function example(): Engagement {
  const loaded = loadEngagement(readFileSync('examples/engagement.yml', 'utf8'), '.github/engagement.yml');
  if (!loaded.ok) throw new Error(loaded.errors.map((error) => error.message).join('; '));
  return loaded.engagement;
}

function step(engagement: Engagement, snapshot: Snapshot, now: string): Snapshot {
  return applyPlan(snapshot, planRun(engagement, snapshot, new Date(now)), now).snapshot;
}

const dueOf = (engagement: Engagement, snapshot: Snapshot, now: string): string | undefined =>
  deriveMilestoneFacts(buildContext(engagement, snapshot, new Date(now))).find((m) => m.id === 'brand-assets')
    ?.currentDue;

const forged = forgedAmendment(at('2026-11-25', '10:00'), at('2026-11-25', '10:05'));

describe('a person edits one of the action’s comments', () => {
  const engagement = example();
  let world = step(engagement, makeSnapshot(), at('2026-11-23', '08:00'));
  world = step(engagement, world, at('2026-11-25', '09:00')); // a reminder on Brand assets
  const brand = world.issues.find((issue) => issue.title.includes('Brand assets'))!;
  const reminder = brand.comments.find((comment) => comment.author.login === world.botLogin)!;
  const due = dueOf(engagement, world, at('2026-11-25', '11:00'));

  it('a record they add to it moves no date, and the rerun plans nothing', () => {
    expect(reminder).toBeDefined();
    const edited = editComment(
      world,
      brand.number,
      reminder.id,
      `${reminder.body}\n${forged}`,
      at('2026-11-25', '10:10'),
      'quang-songhan',
    );
    expect(dueOf(engagement, edited, at('2026-11-25', '11:00'))).toBe(due);
    expect(planRun(engagement, edited, new Date(at('2026-11-25', '11:00'))).writes).toEqual([]);
  });

  it('a record the action wrote stays when its own last version carries it', () => {
    // The action itself edits (rewrites) its comment: what it wrote counts, as before.
    const rewritten = editComment(
      world,
      brand.number,
      reminder.id,
      `${reminder.body}\n${forged}`,
      at('2026-11-25', '10:10'),
      world.botLogin,
    );
    expect(dueOf(engagement, rewritten, at('2026-11-25', '11:00'))).toBe('2027-06-30T10:30:00.000Z');
  });
});
