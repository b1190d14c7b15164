// On the HTTP fake: a person with write access edits the action's reminder and adds a hidden record of
// an "agreement" that moves the due date. The runtime reads who edited the comment last and, for the
// action's comments someone else edited, the action's own last version from GitHub's edit history:
// the forged record changes nothing, and an edit by the action itself is trusted as before.
import { afterEach, describe, expect, it } from 'vitest';
import { forgedAmendment } from '../support/forged-record';
import { deriveMilestoneFacts } from '../../src/deadlines';
import { botIssue, contextFromFake, exampleEngagement, startLife, vn, type Life } from './life-helpers';

let life: Life | undefined;
afterEach(async () => life?.close());

const forged = forgedAmendment(vn('2026-11-25', '10:00'), vn('2026-11-25', '10:05'));

describe('a record added to the action’s comment by a person', () => {
  it('moves no date, costs one request to see through, and the rerun writes nothing', async () => {
    life = await startLife(await exampleEngagement(), vn('2026-11-23', '08:00'));
    await life.settle(vn('2026-11-23', '08:00'));
    await life.settle(vn('2026-11-25', '09:00'));
    const tracking = botIssue(life, 'tracking', 'milestone:brand-assets');
    const dueBefore = deriveMilestoneFacts(await contextFromFake(life, vn('2026-11-25', '10:00'))).find(
      (m) => m.id === 'brand-assets',
    )!.currentDue;
    const reminder = life.fake.repo
      .commentsOf(tracking.number)
      .find((c) => c.author.startsWith('github-actions'))!;
    expect(reminder).toBeDefined();

    life.fake.repo.grant('quang-songhan', 'write');
    life.fake.repo.editComment(
      reminder,
      `${reminder.body}\n${forged}`,
      'quang-songhan',
      vn('2026-11-25', '10:10'),
    );

    const after = await life.settle(vn('2026-11-25', '11:00'));
    expect(after.outputs.writes).toBe('0');
    expect(after.log.some((line) => /1 edit-history pages/u.test(line))).toBe(true);
    const facts = deriveMilestoneFacts(await contextFromFake(life, vn('2026-11-25', '11:00')));
    expect(facts.find((m) => m.id === 'brand-assets')!.currentDue).toBe(dueBefore);
  });
});
