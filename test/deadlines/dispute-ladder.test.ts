// The dispute ladder in the reader's language, and the boxes people ticked on it kept through every
// change of wording: the default steps (contract review, negotiation, mediation, arbitration) have
// message keys, so a Vietnamese escalation or kickoff shows them in Vietnamese; steps the engagement
// file writes are the team's own words, shown as written. Each checklist line carries a hidden item id
// (`<!-- engagement-keeper:item dispute:… -->`), so a tick follows the step, not its words: through a
// change of language, an escalation written before the steps had keys (English words, no ids), a box
// ticked just before a run, and a step whose words a person edited (their words and tick are kept).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkers } from '../../src/core/markers';
import type { Write } from '../../src/core/plan';
import type { Snapshot } from '../../src/core/snapshot';
import type { Engagement, EngagementInput, Locale } from '../../src/engagement/schema';
import { makeSnapshot, tickItem, updateIssue } from '../../fake-github/world';
import { emptyWorld, engagementOf, issueByTitle, planOf, step } from './helpers';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();

/**
 * The escalation issue of the brand assets exactly as the version before the steps had keys wrote it
 * (English, one line per step, no item ids), for `engagementIn('en')` on 4 December at 09:00.
 */
const BEFORE_KEYS = readFileSync(
  new URL('../fixtures/dispute/escalation-before-item-ids.en.md', import.meta.url),
  'utf8',
);

function engagementIn(
  locale: Locale,
  contract: Partial<EngagementInput['contract']> = {},
  kickoff = false,
): Engagement {
  const base = engagementOf();
  return engagementOf({
    // The escalation is written in the team's language, the kickoff in the client's.
    engagement: { ...base.engagement, locale, client_locale: locale },
    contract: {
      reference: 'SH-2026-014',
      late_fee: { amount: 500000, currency: 'VND', grace: '2 business days', cap: 10000000 },
      ...contract,
    },
    kickoff: { enabled: kickoff },
  } as Partial<EngagementInput>);
}

function escalationOf(snapshot: Snapshot): Snapshot['issues'][number] {
  const issue = snapshot.issues.find(
    (candidate) =>
      parseMarkers(candidate.body)[0]?.kind === 'escalation' &&
      parseMarkers(candidate.body)[0]?.subject === 'milestone:brand-assets',
  );
  if (!issue) throw new Error('no escalation issue for the brand assets');
  return issue;
}

/** The writes of a plan on one issue. */
const writesOn = (writes: readonly Write[], number: number): Write[] =>
  writes.filter((write) => 'issue' in write && 'number' in write.issue && write.issue.number === number);

/** What people read: the body without hidden comments. */
const visible = (body: string): string => body.replace(/<!--[\s\S]*?-->/gu, '');

/** The checklist lines as people read them. */
const boxes = (body: string): string[] =>
  visible(body)
    .split('\n')
    .filter((line) => /^- \[[ x]\] /u.test(line));

/**
 * The escalation opened on the 5th business day late (4 December), in `engagement`'s language: the
 * ladder climbed from the friendly reminder (30 November) and the formal notice (2 December).
 */
function escalated(engagement: Engagement): Snapshot {
  let world = emptyWorld();
  for (const day of ['2026-11-30', '2026-12-02', '2026-12-04'])
    world = step(engagement, world, at(day)).snapshot;
  return world;
}

/** The world of `escalated(engagementIn('en'))` with the escalation's body as the earlier version wrote it. */
function writtenBeforeKeys(ticked: readonly string[]): Snapshot {
  const world = escalated(engagementIn('en'));
  let body = BEFORE_KEYS;
  for (const step of ticked) body = body.replace(`- [ ] ${step}\n`, `- [x] ${step}\n`);
  expect(body.match(/- \[x\]/gu) ?? []).toHaveLength(ticked.length);
  return updateIssue(world, escalationOf(world).number, (issue) => ({ ...issue, body }));
}

const VIETNAMESE_STEPS = [
  'Rà soát điều khoản hợp đồng',
  'Thương lượng',
  'Hòa giải',
  'Trọng tài hoặc tòa án, theo điều khoản của hợp đồng',
];
const ENGLISH_STEPS = [
  'Contract review',
  'Negotiation',
  'Mediation',
  'Arbitration or court, as the contract provides',
];
const ENGLISH_WORDS = /contract review|negotiation|mediation|arbitration/iu;

const unticked = (steps: readonly string[]): string[] => steps.map((text) => `- [ ] ${text}`);

describe('the default dispute steps speak the reader’s language', () => {
  it('a Vietnamese escalation lists them in Vietnamese, with no English word left', () => {
    const body = escalationOf(escalated(engagementIn('vi'))).body;
    expect(boxes(body)).toEqual(unticked(VIETNAMESE_STEPS));
    expect(visible(body)).toContain('### Các bước giải quyết tranh chấp');
    expect(visible(body)).not.toMatch(ENGLISH_WORDS);
  });

  it('an English escalation lists them in English', () => {
    expect(boxes(escalationOf(escalated(engagementIn('en'))).body)).toEqual(unticked(ENGLISH_STEPS));
  });

  it('a Vietnamese kickoff names them in Vietnamese where the client may read them (client_sees.dispute)', () => {
    const engagement = engagementIn('vi', {}, true);
    const kickoff = issueByTitle(step(engagement, emptyWorld(), at('2026-11-02')).snapshot, 'Khởi động').body;
    expect(kickoff).toContain(
      '- Nếu có bất đồng chưa giải quyết được: rà soát điều khoản hợp đồng → thương lượng → hòa giải → trọng tài hoặc tòa án, theo điều khoản của hợp đồng.',
    );
    expect(visible(kickoff)).not.toMatch(ENGLISH_WORDS);
  });

  it('an English kickoff names them as before', () => {
    const engagement = engagementIn('en', {}, true);
    const kickoff = issueByTitle(step(engagement, emptyWorld(), at('2026-11-02')).snapshot, 'Kickoff').body;
    expect(kickoff).toContain(
      '- If a disagreement cannot be settled: contract review → negotiation → mediation → arbitration or court, as the contract provides.',
    );
  });

  it('steps the file names as the default ones are named in the reader’s language, the team’s description quoted', () => {
    // As examples/engagement.yml writes them: English step names with English descriptions, for a
    // Vietnamese client.
    const own = {
      dispute_ladder: [
        { step: 'contract review', description: 'Both account managers review clauses 7–9 of the contract.' },
        { step: 'mediation', description: 'Mediation at the Vietnam Mediation Centre (VMC).' },
        'Trọng tài',
      ],
    };
    const body = escalationOf(escalated(engagementIn('vi', own))).body;
    expect(boxes(body)).toEqual([
      '- [ ] Rà soát điều khoản hợp đồng — “Both account managers review clauses 7–9 of the contract.” (nguyên văn tiếng Anh)',
      '- [ ] Hòa giải — “Mediation at the Vietnam Mediation Centre (VMC).” (nguyên văn tiếng Anh)',
      // Not a default step's name in any version: the team's own, as written.
      '- [ ] Trọng tài',
    ]);
    // The same steps as the defaults: the ids, and so the ticks, are theirs.
    expect(body).toContain('<!-- engagement-keeper:item dispute:mediation ');
    const english = escalationOf(escalated(engagementIn('en', own))).body;
    expect(boxes(english)).toEqual([
      '- [ ] Contract review — Both account managers review clauses 7–9 of the contract.',
      '- [ ] Mediation — Mediation at the Vietnam Mediation Centre (VMC).',
      '- [ ] Trọng tài',
    ]);
    const engagement = engagementIn('vi', own, true);
    const kickoff = issueByTitle(step(engagement, emptyWorld(), at('2026-11-02')).snapshot, 'Khởi động').body;
    expect(kickoff).toContain(
      '- Nếu có bất đồng chưa giải quyết được: rà soát điều khoản hợp đồng → hòa giải → “Trọng tài”.',
    );
  });

  it('steps the engagement file writes are the team’s words: shown as written, quoted as theirs in a sentence', () => {
    const own = {
      dispute_ladder: [
        'Xem xét hợp đồng (điều 7–9)',
        { step: 'Arbitration at VIAC', description: 'Under the rules of VIAC.' },
      ],
    };
    const body = escalationOf(escalated(engagementIn('vi', own))).body;
    expect(boxes(body)).toEqual([
      '- [ ] Xem xét hợp đồng (điều 7–9)',
      '- [ ] Arbitration at VIAC — Under the rules of VIAC.',
    ]);
    const engagement = engagementIn('vi', own, true);
    const kickoff = issueByTitle(step(engagement, emptyWorld(), at('2026-11-02')).snapshot, 'Khởi động').body;
    expect(kickoff).toContain(
      '- Nếu có bất đồng chưa giải quyết được: “Xem xét hợp đồng (điều 7–9)” → “Arbitration at VIAC”.',
    );
  });
});

describe('a box ticked on the dispute ladder is never lost', () => {
  it('an escalation written before the steps had keys is rewritten in Vietnamese with the same boxes ticked; a rerun writes nothing', () => {
    const world = writtenBeforeKeys(['contract review', 'negotiation']);
    const vietnamese = engagementIn('vi');
    const now = at('2026-12-04', '10:00');
    // One edit of the escalation (the team's tracking issues follow its language in edits of their own).
    expect(writesOn(planOf(vietnamese, world, now).writes, escalationOf(world).number)).toEqual([
      expect.objectContaining({ kind: 'edit-issue' }),
    ]);
    const after = step(vietnamese, world, now).snapshot;
    const body = escalationOf(after).body;
    expect(boxes(body)).toEqual([
      '- [x] Rà soát điều khoản hợp đồng',
      '- [x] Thương lượng',
      '- [ ] Hòa giải',
      '- [ ] Trọng tài hoặc tòa án, theo điều khoản của hợp đồng',
    ]);
    expect(visible(body)).toContain('Tình trạng hiện tại: **Thương lượng**.');
    expect(visible(body)).not.toMatch(ENGLISH_WORDS);
    expect(planOf(vietnamese, after, now).writes).toEqual([]);
  });

  it('the same body stays in English for an English team, with its ticks; a rerun writes nothing', () => {
    const world = writtenBeforeKeys(['mediation']);
    const english = engagementIn('en');
    const now = at('2026-12-04', '10:00');
    const after = step(english, world, now).snapshot;
    expect(boxes(escalationOf(after).body)).toEqual([
      '- [ ] Contract review',
      '- [ ] Negotiation',
      '- [x] Mediation',
      '- [ ] Arbitration or court, as the contract provides',
    ]);
    expect(escalationOf(after).body).toContain('Where the engagement stands: **Mediation**.');
    expect(planOf(english, after, now).writes).toEqual([]);
  });

  it('the edit tells the executor which item each line of the earlier words is, for a tick made while the run writes', () => {
    const world = writtenBeforeKeys([]);
    const [edit] = writesOn(
      planOf(engagementIn('vi'), world, at('2026-12-04', '10:00')).writes,
      escalationOf(world).number,
    );
    expect(edit?.kind === 'edit-issue' && edit.formerItems).toEqual({
      'contract review': 'dispute:contract-review',
      negotiation: 'dispute:negotiation',
      mediation: 'dispute:mediation',
      arbitration: 'dispute:arbitration',
    });
  });

  it('the ticks follow the steps through language switches, back and forth', () => {
    let world = escalated(engagementIn('vi'));
    world = tickItem(world, escalationOf(world).number, 'Thương lượng', at('2026-12-04', '09:30'));
    const times = ['10:00', '11:00', '12:00'];
    for (const [index, locale] of (['en', 'vi', 'en'] as const).entries()) {
      const engagement = engagementIn(locale);
      const now = at('2026-12-04', times[index]);
      world = step(engagement, world, now).snapshot;
      const steps = locale === 'vi' ? VIETNAMESE_STEPS : ENGLISH_STEPS;
      expect(boxes(escalationOf(world).body)).toEqual(
        steps.map((text, i) => `- [${i === 1 ? 'x' : ' '}] ${text}`),
      );
      expect(planOf(engagement, world, now).writes).toEqual([]);
    }
  });

  it('a box a person ticks a minute before a run is kept, in the same run that changes the language', () => {
    let world = escalated(engagementIn('vi'));
    world = tickItem(world, escalationOf(world).number, 'Hòa giải', at('2026-12-04', '14:59'));
    const english = engagementIn('en');
    const after = step(english, world, at('2026-12-04', '15:00')).snapshot;
    expect(boxes(escalationOf(after).body)).toEqual([
      '- [ ] Contract review',
      '- [ ] Negotiation',
      '- [x] Mediation',
      '- [ ] Arbitration or court, as the contract provides',
    ]);
  });

  it('a step whose words a person edited keeps their words and their tick, in any language; the other steps follow the language', () => {
    let world = escalated(engagementIn('vi'));
    const number = escalationOf(world).number;
    world = updateIssue(world, number, (issue) => ({
      ...issue,
      body: issue.body.replace(
        /(- )\[ \]( <!--[^>]*-->)Hòa giải/u,
        '$1[x]$2Hòa giải tại VMC (hẹn ngày 10/12)',
      ),
    }));
    expect(boxes(escalationOf(world).body)).toContain('- [x] Hòa giải tại VMC (hẹn ngày 10/12)');
    for (const [locale, time] of [
      ['vi', '10:00'],
      ['en', '11:00'],
    ] as const) {
      const engagement = engagementIn(locale);
      const now = at('2026-12-04', time);
      world = step(engagement, world, now).snapshot;
      const steps = locale === 'vi' ? VIETNAMESE_STEPS : ENGLISH_STEPS;
      expect(boxes(escalationOf(world).body)).toEqual([
        `- [ ] ${steps[0]}`,
        `- [ ] ${steps[1]}`,
        '- [x] Hòa giải tại VMC (hẹn ngày 10/12)',
        `- [ ] ${steps[3]}`,
      ]);
      expect(planOf(engagement, world, now).writes).toEqual([]);
    }
    expect(visible(escalationOf(world).body)).toContain(
      'Where the engagement stands: **Hòa giải tại VMC (hẹn ngày 10/12)**.',
    );
  });

  it('a step of the file keeps its tick when the file rewords its description; its line follows the file', () => {
    const worded = (description: string) =>
      engagementIn('vi', { dispute_ladder: ['Thương lượng', { step: 'Hòa giải tại VMC', description }] });
    let world = escalated(worded('Trong 10 ngày làm việc.'));
    world = tickItem(world, escalationOf(world).number, 'Hòa giải tại VMC', at('2026-12-04', '09:30'));
    const engagement = worded('Trong 15 ngày làm việc.');
    const now = at('2026-12-04', '10:00');
    world = step(engagement, world, now).snapshot;
    expect(boxes(escalationOf(world).body)).toEqual([
      '- [ ] Thương lượng',
      '- [x] Hòa giải tại VMC — Trong 15 ngày làm việc.',
    ]);
    expect(planOf(engagement, world, now).writes).toEqual([]);
  });

  it('in an internal repository, words the action rewrites for it (links, names) are not taken for a person’s edit', () => {
    const INTERNAL = { owner: 'songhan', name: 'engagements-internal' };
    const worded = (description: string) =>
      engagementOf({
        engagement: {
          ...engagementOf().engagement,
          locale: 'vi',
          internal_repository: 'songhan/engagements-internal',
        },
        contract: { dispute_ladder: [{ step: 'Thương lượng', description }] },
      } as Partial<EngagementInput>);
    const link = 'https://github.com/songhan/bepxanh-website/issues/1';
    // The ladder climbs to its escalation: friendly (30 Nov), formal notice (2 Dec), escalation (4 Dec).
    let world = makeSnapshot({ internal: { repository: INTERNAL, issues: [], labels: [] } });
    for (const day of ['2026-11-30', '2026-12-02', '2026-12-04'])
      world = step(worded(`Gặp @lan-bepxanh, xem ${link}.`), world, at(day)).snapshot;
    const internal = () =>
      world.internal!.issues.find((issue) => parseMarkers(issue.body)[0]?.kind === 'escalation')!;
    expect(boxes(internal().body)).toEqual([
      '- [ ] Thương lượng — Gặp @\u200dlan-bepxanh, xem https://redirect.github.com/songhan/bepxanh-website/issues/1.',
    ]);
    const engagement = worded('Gặp @lan-bepxanh trong tuần này.');
    const now = at('2026-12-04', '10:00');
    world = step(engagement, world, now).snapshot;
    expect(boxes(internal().body)).toEqual(['- [ ] Thương lượng — Gặp @\u200dlan-bepxanh trong tuần này.']);
    expect(planOf(engagement, world, now).writes).toEqual([]);
  });
});
