// Races heal: two or three runs of the real action started at the same moment on the HTTP fake (a
// schedule and events firing together) each open the tracking issues, the weekly summary and the
// acknowledgements. One more run repairs it: the later duplicate issues are closed with a note naming
// the one kept, the later duplicate comments of the action are deleted. The repository then reads as
// if one run had done the work, and a rerun plans nothing.
import { afterEach, describe, expect, it } from 'vitest';
import type { Life } from '../e2e/life-helpers';
import { closedDuplicates, issuesOpened, race, RACE_AT, seededLife, shape } from './race-helpers';

const REPAIR_AT = '2026-11-23T03:00:00Z'; // 10:00 in Ho Chi Minh City, half an hour after the race

describe('runs that race on the HTTP fake', () => {
  const lives: Life[] = [];
  afterEach(async () => {
    for (const life of lives.splice(0)) await life.close();
  });

  async function uninterrupted(): Promise<Record<string, unknown>> {
    const life = await seededLife();
    lives.push(life);
    await life.settle(RACE_AT);
    await life.settle(REPAIR_AT);
    return shape(life);
  }

  for (const count of [2, 3]) {
    it(`${count} runs at once leave duplicates; the next run repairs them to what one run leaves`, async () => {
      const expected = await uninterrupted();
      const alone = await seededLife();
      lives.push(alone);
      await alone.settle(RACE_AT);
      const openedAlone = issuesOpened(alone);

      const life = await seededLife();
      lives.push(life);
      await race(life, RACE_AT, count);
      // The race really happened: the runs opened more issues than one run does.
      expect(issuesOpened(life)).toBeGreaterThan(openedAlone);

      // One run repairs everything (a raced run's own second pass may already have begun), and a
      // rerun right after plans nothing (settle checks it).
      await life.settle(REPAIR_AT);

      const duplicates = closedDuplicates(life);
      expect(duplicates.length).toBe(issuesOpened(life) - openedAlone);
      for (const duplicate of duplicates) {
        expect(duplicate.state).toBe('closed');
        expect(duplicate.stateReason).toBe('not_planned');
        const notes = life.fake.repo
          .commentsOf(duplicate.number)
          .filter((c) => c.body.includes('duplicate-closed'));
        expect(notes).toHaveLength(1);
        expect(notes[0]!.body).toMatch(/#\d+ is the one that stays up to date/u);
        expect(notes[0]!.body).toMatch(/#\d+ là issue sẽ tiếp tục được cập nhật/u);
      }
      // The action's repeated comments (acknowledgements, the 5 whys, notes) were deleted, not kept.
      const deleted = life.fake.requests.filter(
        (r) => r.operation === 'issues/delete-comment' && r.status === 204,
      );
      expect(deleted.length).toBeGreaterThan(0);
      expect(shape(life)).toEqual(expected);
    });
  }
});
