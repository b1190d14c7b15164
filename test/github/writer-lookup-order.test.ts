// Write access is looked up for at most 60 people a run. Which 60 decides who counts for the vendor
// side: a flood of new accounts writing "+1" on one issue must not use up the lookups that a team
// member's answer on another issue needs, or their first response would not count and the feedback
// would be reported late.
import { afterEach, describe, expect, it } from 'vitest';
import { addComment, addIssue, makeSnapshot } from '../../fake-github/world';
import { loadEngagement } from '../../src/engagement/load';
import { peopleToCheck } from '../../src/github/writers';
import { comment, exampleEngagement, fileIssue, startLife, thread, type Life } from '../e2e/life-helpers';

let life: Life | undefined;
afterEach(async () => life?.close());

describe('the order of write-access lookups', () => {
  it('takes whoever wrote first on each issue before a second person from any issue', async () => {
    const loaded = loadEngagement(await exampleEngagement(), '.github/engagement.yml');
    if (!loaded.ok) throw new Error('example');
    let world = addIssue(makeSnapshot(), { number: 1, title: 'Feedback', body: 'x', labels: ['feedback'] });
    world = addIssue(world, { number: 2, title: 'Other', body: 'y', labels: ['feedback'] });
    world = addComment(world, 1, {
      author: 'dev-writer',
      body: 'Đang sửa.',
      createdAt: '2026-11-23T03:00:00Z',
    });
    for (let i = 1; i <= 5; i += 1)
      world = addComment(world, 2, {
        author: `puppet-${i}`,
        body: '+1',
        createdAt: `2026-11-24T0${i}:00:00Z`,
      });
    const order = peopleToCheck(loaded.engagement, world);
    expect(order.indexOf('dev-writer')).toBeLessThan(2);
    expect(order.slice(0, 2)).toContain('puppet-1');
    expect(new Set(order).size).toBe(order.length);
  });

  it('on the fake: 61 new accounts on a tracking issue do not hide a team member’s first response', async () => {
    const example = await exampleEngagement();
    life = await startLife(
      example.replace('summary:\n  day: mon', 'summary:\n  enabled: false\n  day: mon'),
      '2026-11-23T01:00:00Z',
    );
    for (const login of ['quang-songhan', 'vy-songhan']) life.fake.repo.user(login);
    life.fake.repo.grant('dev-writer', 'write');
    await life.settle('2026-11-23T01:00:00Z');
    const number = fileIssue(life, {
      title: 'Trang sản phẩm hiển thị sai giá',
      author: 'lan-bepxanh',
      labels: ['feedback'],
      at: '2026-11-23T02:00:00Z',
      body: 'Trang sản phẩm hiển thị sai giá cho cà phê rang xay, khách hàng phàn nàn nhiều. Nhờ bên em kiểm tra giúp.',
    });
    await life.settle('2026-11-23T02:30:00Z');
    comment(
      life,
      number,
      'dev-writer',
      'Bên em đã xem, đang sửa giá, chiều nay xong ạ.',
      '2026-11-23T03:00:00Z',
    );
    await life.settle('2026-11-23T03:30:00Z');
    for (let i = 1; i <= 61; i += 1)
      comment(life, 2, `puppet-${i}`, '+1', `2026-11-23T04:${String(i % 60).padStart(2, '0')}:00Z`);
    const later = await life.settle('2026-11-26T03:00:00Z');
    expect(later.log.join('\n')).toMatch(/people's write access was not looked up/u);
    expect(thread(life, number).filter((kind) => kind.startsWith('feedback-sla'))).toEqual([]);
  });
});
