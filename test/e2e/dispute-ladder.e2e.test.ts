// The dispute ladder of an escalation on the HTTP fake, with the real action: an escalation issue an
// earlier version wrote (English steps, no item ids) is rewritten in Vietnamese when the team switches
// to Vietnamese, and a box a person ticks under the old English words while the run is writing — after
// the run read the repository, before it edits the issue — is kept: the executor reads the body again
// and the plan tells it which step each line of the earlier words is. The rerun writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botIssue, exampleEngagement, startLife, vn, type Life } from './life-helpers';

const PEOPLE = ['lan-bepxanh', 'minh-bepxanh', 'thu-bepxanh', 'quang-songhan', 'vy-songhan', 'hoa-songhan'];
const ENGLISH_TEAM = 'locale: en # the team reads English';

/** The example with the default ladder (its own steps left out), shown in the client repository. */
async function withDefaultLadder(): Promise<string> {
  const example = await exampleEngagement();
  const changed = example
    .replace('summary:\n  day: mon', 'summary:\n  enabled: false\n  day: mon')
    .replace(ENGLISH_TEAM, `${ENGLISH_TEAM}\n  client_sees: { dispute: true }`)
    .replace(/ {2}dispute_ladder:\n(?: {4}- .*\n)+/u, '');
  expect(changed).not.toContain('dispute_ladder');
  expect(changed).toContain('client_sees: { dispute: true }');
  return changed;
}

const boxes = (body: string): string[] =>
  body
    .replace(/<!--[\s\S]*?-->/gu, '')
    .split('\n')
    .filter((line) => /^- \[[ x]\] /u.test(line));

describe('the dispute ladder through a change of language, on the HTTP fake', () => {
  let life: Life;
  beforeAll(async () => {
    life = await startLife(await withDefaultLadder(), vn('2026-11-02', '08:00'));
    for (const login of PEOPLE) life.fake.repo.user(login);
  });
  afterAll(async () => {
    await life.close();
  });

  it('keeps a box ticked under the old English words while the run writes the Vietnamese ones', async () => {
    await life.settle(vn('2026-11-02', '08:00'));
    // The ladder climbs a step at a time: the friendly reminder, the formal notice, the escalation.
    await life.settle(vn('2026-11-30', '09:00'));
    await life.settle(vn('2026-12-02', '09:00'));
    await life.settle(vn('2026-12-04', '09:00'));
    const escalation = botIssue(life, 'escalation', 'milestone:brand-assets');
    expect(boxes(escalation.body)).toEqual([
      '- [ ] Contract review',
      '- [ ] Negotiation',
      '- [ ] Mediation',
      '- [ ] Arbitration or court, as the contract provides',
    ]);

    // As the version before the steps had keys wrote it: the English words, one line each, no ids.
    escalation.body = escalation.body.replace(
      /<!-- engagement-keeper:item \S+ \S+ -->([^\n]*)/gu,
      (_, text: string) => text.toLowerCase(),
    );
    expect(escalation.body).toContain('- [ ] contract review\n- [ ] negotiation\n- [ ] mediation\n');
    escalation.body = escalation.body.replace('- [ ] mediation', '- [x] mediation');

    const file = life.fake.repo.files.get('.github/engagement.yml')!;
    life.fake.repo.files.set('.github/engagement.yml', file.replace(ENGLISH_TEAM, 'locale: vi'));
    // Someone ticks "contract review" after the run has read the repository, just before it edits the
    // issue (a step before the one ticked, so where the engagement stands is still true as written).
    life.fake.inject({
      method: 'GET',
      match: new RegExp(`^GET /repos/[^/]+/[^/]+/issues/${escalation.number}$`, 'u'),
      before: (repo) =>
        repo.editBody(
          escalation,
          escalation.body.replace('- [ ] contract review', '- [x] contract review'),
          vn('2026-12-04', '11:00'),
        ),
    });
    await life.settle(vn('2026-12-04', '11:00'));

    expect(
      life.fake.requests.some(
        (request) => request.method === 'GET' && request.path.endsWith(`/issues/${escalation.number}`),
      ),
    ).toBe(true);
    expect(boxes(escalation.body)).toEqual([
      '- [x] Rà soát điều khoản hợp đồng',
      '- [ ] Thương lượng',
      '- [x] Hòa giải',
      '- [ ] Trọng tài hoặc tòa án, theo điều khoản của hợp đồng',
    ]);
  });
});
