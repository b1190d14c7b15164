// What the client may read: with the engagement file's defaults, nothing written in the client's
// repository names a late fee, the dispute ladder or root-cause counts; `client_sees` turns each on.
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/snapshot';
import type { Engagement } from '../../src/engagement/schema';
import { planRun } from '../../src/plan/planner';
import type { Write } from '../../src/core/plan';
import { writePlaces } from '../../src/core/places';
import { addComment, addIssue, applyPlan } from '../../fake-github/world';
import { emptyWorld, engagementOf, issueByTitle } from '../deadlines/helpers';
import { formBody } from '../feedback/helpers';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();

/** Words that tell of fees, disputes and root-cause statistics, in both languages. */
export const INTERNAL_WORDS: readonly RegExp[] = [
  /late fee|phí trễ hạn|₫|\bVND\b/iu,
  /dispute|tranh chấp|arbitration|trọng tài|mediation|hòa giải|\bVIAC\b/iu,
  // Counts of root causes (the summary's learning section); the completion note's question which
  // label fits is an invitation to learn, not a count, and stays.
  /root causes of late|nguyên nhân gốc rễ|without a root cause|chưa có nguyên nhân/iu,
  // Any heading or count of root causes (plural), and the 5 whys' answer lines on a client's issue;
  // the completion note's single "which `root cause: …` label fits" stays.
  /root causes|\*\*root cause:\*\*/iu,
];

function engagementWith(clientSees: Record<string, boolean> | undefined): Engagement {
  const base = engagementOf();
  return engagementOf({
    engagement: { ...base.engagement, client_sees: clientSees ?? {} } as never,
    contract: {
      reference: 'SH-2026-014',
      late_fee: { amount: 500000, currency: 'VND', grace: '2 business days', cap: 10000000 },
      dispute_ladder: ['contract review', 'negotiation', 'mediation', 'Arbitration at VIAC'],
    },
  });
}

/** The issues closed as completed on 8 December, each labelled with a root cause. */
function closedWithACause(snapshot: Snapshot, numbers: readonly number[]): Snapshot {
  return {
    ...snapshot,
    issues: snapshot.issues.map((issue) =>
      numbers.includes(issue.number)
        ? {
            ...issue,
            state: 'closed',
            stateReason: 'COMPLETED',
            closedAt: at('2026-12-08', '10:00'),
            labels: [...issue.labels, 'root cause: late-information'],
          }
        : issue,
    ),
  };
}

/** Runs the whole action plan day by day through the ladder and a weekly summary; every body written. */
function bodiesOfALateHandoff(engagement: Engagement): string[] {
  let snapshot: Snapshot = emptyWorld();
  const bodies: string[] = [];
  for (const day of ['2026-11-02', '2026-11-30', '2026-12-02', '2026-12-04', '2026-12-07']) {
    const now = at(day);
    const plan = planRun(engagement, snapshot, new Date(now));
    for (const write of plan.writes) if ('body' in write && write.body) bodies.push(write.body);
    snapshot = applyPlan(snapshot, plan, now).snapshot;
    expect(planRun(engagement, snapshot, new Date(now)).writes, `rerun on ${day}`).toEqual([]);
  }
  // A late handoff with a root cause, so the summary has causes to count.
  const brand = issueByTitle(snapshot, 'Brand assets').number;
  snapshot = closedWithACause(snapshot, [brand]);
  const plan = planRun(engagement, snapshot, new Date(at('2026-12-10')));
  for (const write of plan.writes) if ('body' in write && write.body) bodies.push(write.body);
  return bodies;
}

/** Every text a write puts before a reader: titles, bodies, label descriptions. */
function textsOf(write: Write): string[] {
  switch (write.kind) {
    case 'comment':
    case 'edit-comment':
      return [write.body];
    case 'open-issue':
      return [write.title, write.body];
    case 'edit-issue':
      return [write.title ?? '', write.body ?? ''];
    case 'create-label':
      return [write.name, write.description];
    default:
      return [];
  }
}

/**
 * A whole engagement as the client's repository sees it, in `clientLocale` (the team reads the other
 * language): the kickoff, the reminders and the late-handoff ladder with a fee and a dispute ladder in
 * the contract, urgent negative feedback through its acknowledgement, 5 whys, breach and escalation,
 * a command's reply, root causes recorded, the weekly summary and the retrospective at the end.
 * Returns every text written in the client repository, each day ending with a quiet rerun.
 */
function clientTextsOfAWholeEngagement(clientLocale: 'en' | 'vi'): string[] {
  const base = engagementOf();
  const engagement = engagementOf({
    engagement: {
      ...base.engagement,
      locale: clientLocale === 'vi' ? 'en' : 'vi',
      client_locale: clientLocale,
      client_sees: { fees: false, dispute: false, root_causes: false },
    } as never,
    contract: {
      reference: 'SH-2026-014',
      late_fee: { amount: 500000, currency: 'VND', grace: '2 business days', cap: 10000000 },
      dispute_ladder: ['contract review', 'negotiation', 'mediation', 'Arbitration at VIAC'],
    },
    kickoff: { enabled: true },
    retrospective: { at_end: true, every_weeks: 1 },
  } as never);
  let snapshot: Snapshot = emptyWorld();
  const texts: string[] = [];
  const day = (date: string, time = '09:00') => {
    const now = at(date, time);
    const plan = planRun(engagement, snapshot, new Date(now));
    const placeOf = writePlaces(plan.writes);
    for (const write of plan.writes) if (placeOf(write) === 'client') texts.push(...textsOf(write));
    snapshot = applyPlan(snapshot, plan, now).snapshot;
    expect(planRun(engagement, snapshot, new Date(now)).writes, `rerun on ${date}`).toEqual([]);
  };
  day('2026-11-02');
  snapshot = addIssue(snapshot, {
    number: 900,
    title: clientLocale === 'vi' ? 'Lỗi thanh toán' : 'Checkout is broken',
    author: 'lan-bepxanh',
    labels: ['feedback'],
    createdAt: at('2026-11-30', '08:45'),
    body: formBody({
      topic: 'Product quality / Chất lượng sản phẩm',
      importance: 'Urgent / Khẩn cấp',
      type: 'Negative — something is wrong / Tiêu cực — có vấn đề',
      what:
        clientLocale === 'vi'
          ? 'Trang thanh toán báo lỗi khi khách trả bằng thẻ Visa từ sáng nay.'
          : 'The checkout page fails when customers pay by Visa card since this morning.',
    }),
  });
  for (const date of ['2026-11-30', '2026-12-02']) day(date);
  const brand = issueByTitle(snapshot, 'Brand assets').number;
  snapshot = addComment(snapshot, brand, {
    author: 'lan-bepxanh',
    body: '/extend 2026-12-09 Ảnh sản phẩm đang chụp lại',
    createdAt: at('2026-12-03', '09:30'),
  });
  for (const date of ['2026-12-03', '2026-12-04', '2026-12-07']) day(date);
  // Root causes recorded on the late handoff and on the feedback; every milestone handed over.
  snapshot = closedWithACause(snapshot, [brand, 900]);
  for (const date of ['2026-12-08', '2026-12-10', '2026-12-14', '2026-12-21']) day(date);
  return texts;
}

describe('client-visible text (engagement.client_sees)', () => {
  for (const clientLocale of ['en', 'vi'] as const) {
    it(`with client_sees all off, names no fee, dispute step or root-cause count anywhere the client reads (${clientLocale})`, () => {
      const texts = clientTextsOfAWholeEngagement(clientLocale);
      const all = texts.join('\n');
      // The run did reach each surface: the scan has something to scan.
      expect(all).toMatch(/"kind":"kickoff"/u);
      expect(all).toMatch(/"kind":"retrospective"/u);
      expect(all).toMatch(/formal notice|thông báo chính thức/iu);
      expect(all).toMatch(/5 whys|5 lần tại sao/u);
      expect(all).toMatch(/\/analysed/u);
      expect(all).toMatch(/### (Impact|Ảnh hưởng)/u);
      expect(all).toMatch(/## (Learning|Rút kinh nghiệm)/u);
      for (const text of texts)
        for (const words of INTERNAL_WORDS) expect(text, `client-visible text:\n${text}`).not.toMatch(words);
    });
  }

  it('by default names no fee, no dispute step and no root-cause count in the client repository', () => {
    const bodies = bodiesOfALateHandoff(engagementWith(undefined));
    // The run did reach a formal notice, an escalation and a summary: the scan has something to scan.
    expect(bodies.some((body) => body.includes('formal notice'))).toBe(true);
    expect(bodies.some((body) => /### Impact/u.test(body))).toBe(true);
    expect(bodies.some((body) => /## Learning|## Rút kinh nghiệm/u.test(body))).toBe(true);
    for (const body of bodies)
      for (const words of INTERNAL_WORDS) expect(body, `client-visible body:\n${body}`).not.toMatch(words);
  });

  it('shows each one only when the engagement file says the client may see it', () => {
    const feesOnly = bodiesOfALateHandoff(engagementWith({ fees: true })).join('\n');
    expect(feesOnly).toMatch(/Phí trễ hạn theo hợp đồng: \*\*500\.000\s₫\*\*/u);
    expect(feesOnly).not.toMatch(INTERNAL_WORDS[1]!);
    expect(feesOnly).not.toMatch(/### Root causes/u);

    const all = bodiesOfALateHandoff(engagementWith({ fees: true, dispute: true, root_causes: true })).join(
      '\n',
    );
    // The team's own step, as written, on a checklist line that carries its hidden item id.
    expect(all).toMatch(
      /^- \[ \] <!-- engagement-keeper:item dispute:arbitration-at-viac [0-9a-f]{8} -->Arbitration at VIAC$/mu,
    );
    expect(all).toMatch(/### Root causes/u);
  });
});
