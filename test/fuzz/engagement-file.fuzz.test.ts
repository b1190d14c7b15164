// A fuzz of the engagement file: 1,000 mutations of the examples with a fixed seed. Whatever a file
// holds, `validate` never throws; every refusal is located in the file; and every file it accepts
// is planned without throwing, within GitHub's length limits. A failure names its index: replay it
// with `mutate(source, randomSource(SEED + index))`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GITHUB_LIMITS } from '../../src/plan/github-limits';
import { planRun } from '../../src/plan/planner';
import type { Write } from '../../src/core/plan';
import { loadEngagement } from '../../src/engagement/load';
import { makeComment, makeIssue, makeSnapshot } from '../../fake-github/world';
import { mutate, randomSource } from './mutate';

const SEED = 20_261_130;
const FILES = 1_000;
const SOURCES = [
  'examples/engagement.yml',
  'examples/engagement.minimal.yml',
  'test/fixtures/summary/engagement.yml',
].map((path) => readFileSync(path, 'utf8'));

const snapshot = makeSnapshot({
  issues: [
    makeIssue({
      number: 1,
      title: 'Checkout button does not work on mobile',
      labels: ['feedback'],
      createdAt: '2026-11-20T02:00:00Z',
      comments: [
        makeComment({
          author: 'quang-songhan',
          association: 'MEMBER',
          createdAt: '2026-11-20T05:00:00Z',
          body: 'Looking now.',
        }),
      ],
    }),
    makeIssue({
      number: 2,
      title: 'Deadline: photos',
      labels: ['deadline'],
      body: '### Due date\n\n2026-12-10',
      createdAt: '2026-11-21T02:00:00Z',
    }),
  ],
});
const NOW = new Date('2026-11-30T08:00:00Z');

/** Why GitHub would refuse a write for its length, if it would. */
function tooLong(write: Write): string | undefined {
  if ('body' in write && write.body !== undefined && write.body.length > GITHUB_LIMITS.body) return 'body';
  if ('title' in write && write.title !== undefined && write.title.length > GITHUB_LIMITS.title)
    return 'title';
  const labels = write.kind === 'create-label' ? [write.name] : 'labels' in write ? write.labels : [];
  if (labels.some((name) => name.length > GITHUB_LIMITS.labelName || name.trim() === '')) return 'label';
  return undefined;
}

describe('the engagement file fuzz', () => {
  it(`${FILES} mutated files: no throw, every error located, every accepted file planned`, () => {
    const failures: string[] = [];
    let accepted = 0;
    for (let index = 0; index < FILES; index += 1) {
      const text = mutate(SOURCES[index % SOURCES.length]!, randomSource(SEED + index));
      const lineCount = text.split('\n').length;
      try {
        const result = loadEngagement(text, 'fuzz.yml');
        if (!result.ok) {
          if (result.errors.length === 0) failures.push(`#${index}: refused without an error`);
          for (const error of result.errors) {
            const located =
              error.file === 'fuzz.yml' &&
              error.line >= 1 &&
              error.line <= lineCount + 1 &&
              error.column >= 1 &&
              error.path.length > 0 &&
              error.message.length > 0;
            if (!located) failures.push(`#${index}: an error without a place: ${JSON.stringify(error)}`);
          }
          continue;
        }
        accepted += 1;
        for (const write of planRun(result.engagement, snapshot, NOW).writes) {
          const refused = tooLong(write);
          if (refused) failures.push(`#${index}: a ${write.kind} GitHub would refuse (${refused} too long)`);
        }
      } catch (error) {
        failures.push(`#${index}: threw ${(error as Error).stack ?? String(error)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(accepted).toBeGreaterThan(FILES / 10);
    expect(accepted).toBeLessThan(FILES);
  }, 600_000);
});
