// Words the action did not write — the engagement file's extension policy, the reason and the scope a
// person gave with `/extend` and `/rescope` — are quoted as theirs inside a message about a change of
// contract terms, and said to be in the other language when they are, so a Vietnamese notice never
// runs on into an English sentence ("Chính sách gia hạn: Extensions are agreed …") as if it were ours.
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/snapshot';
import type { EngagementInput, ExtensionPolicy, Locale } from '../../src/engagement/schema';
import { loadEngagement } from '../../src/engagement/load';
import { addComment } from '../../fake-github/world';
import { comments, emptyWorld, engagementOf, issueByTitle, step } from './helpers';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();
const ENGLISH_POLICY = 'Extensions are agreed in writing before the due date where possible.';
const VIETNAMESE_POLICY = 'Hai bên thống nhất gia hạn bằng văn bản trước ngày đến hạn.';

function engagementIn(locale: Locale, policy: ExtensionPolicy, kickoff = false) {
  const base = engagementOf();
  return engagementOf({
    engagement: { ...base.engagement, locale, client_locale: locale },
    contract: {
      reference: 'SH-2026-014',
      extension_policy: policy,
      late_fee: { amount: 500000, currency: 'VND', grace: '2 business days', cap: 10000000 },
    },
    kickoff: { enabled: kickoff },
  } as Partial<EngagementInput>);
}

function formalNotice(locale: Locale, policy: ExtensionPolicy): string {
  const engagement = engagementIn(locale, policy);
  let world: Snapshot = step(engagement, emptyWorld(), at('2026-11-02')).snapshot;
  for (const date of ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03']) {
    const planned = step(engagement, world, at(date));
    const notice = comments(planned.writes).find((write) => write.marker.stage === 'formal-notice');
    if (notice) return notice.body;
    world = planned.snapshot;
  }
  throw new Error('no formal notice');
}

describe('the extension policy of the engagement file, in a formal notice', () => {
  it('is quoted in a Vietnamese notice, and said to be English when it is', () => {
    const body = formalNotice('vi', ENGLISH_POLICY);
    expect(body).toContain(`Chính sách gia hạn: “${ENGLISH_POLICY}” (nguyên văn tiếng Anh)`);
    expect(body).not.toContain('Chính sách gia hạn: Extensions');
  });

  it('is quoted without a note when it is in the language of the notice', () => {
    expect(formalNotice('vi', VIETNAMESE_POLICY)).toContain(`Chính sách gia hạn: “${VIETNAMESE_POLICY}”`);
    expect(formalNotice('vi', VIETNAMESE_POLICY)).not.toContain('nguyên văn');
    expect(formalNotice('en', ENGLISH_POLICY)).toContain(`Extension policy: “${ENGLISH_POLICY}”`);
    expect(formalNotice('en', ENGLISH_POLICY)).not.toContain('as written');
  });

  it('is said to be Vietnamese in an English notice', () => {
    expect(formalNotice('en', VIETNAMESE_POLICY)).toContain(
      `Extension policy: “${VIETNAMESE_POLICY}” (in Vietnamese, as written)`,
    );
  });

  it('is quoted the same way in the kickoff’s contract terms', () => {
    const engagement = engagementIn('vi', ENGLISH_POLICY, true);
    const world = step(engagement, emptyWorld(), at('2026-11-02')).snapshot;
    const kickoff = issueByTitle(world, 'Khởi động').body;
    expect(kickoff).toContain(`- Gia hạn: “${ENGLISH_POLICY}” (nguyên văn tiếng Anh)`);
  });
});

describe('an extension policy written once per language', () => {
  const both = { en: ENGLISH_POLICY, vi: VIETNAMESE_POLICY };

  it('is quoted in the reader’s language, with no note, in the notice and the kickoff', () => {
    const vietnamese = formalNotice('vi', both);
    expect(vietnamese).toContain(`Chính sách gia hạn: “${VIETNAMESE_POLICY}”`);
    expect(vietnamese).not.toContain('nguyên văn');
    expect(vietnamese).not.toContain('Extensions are agreed');
    expect(formalNotice('en', both)).toContain(`Extension policy: “${ENGLISH_POLICY}”`);
    const world = step(engagementIn('vi', both, true), emptyWorld(), at('2026-11-02')).snapshot;
    expect(issueByTitle(world, 'Khởi động').body).toContain(`- Gia hạn: “${VIETNAMESE_POLICY}”`);
  });

  it('falls back to the language there is, said to be in it', () => {
    expect(formalNotice('vi', { en: ENGLISH_POLICY })).toContain(
      `Chính sách gia hạn: “${ENGLISH_POLICY}” (nguyên văn tiếng Anh)`,
    );
  });

  it('is refused, at its line, when it names no language', () => {
    const loaded = loadEngagement(
      [
        'engagement: { name: Demo, time_zone: Asia/Ho_Chi_Minh }',
        'contacts:',
        '  client: { primary: { handle: "@lan" } }',
        '  vendor: { primary: { handle: "@quang" } }',
        'contract:',
        '  extension_policy: {}',
        'milestones: []',
      ].join('\n'),
      'engagement.yml',
    );
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const text = JSON.stringify(loaded);
    expect(text).toMatch(/extension_policy/u);
    expect(text).toMatch(/line.{0,4}6|"line":6/u);
  });
});

describe('the words of a proposal, in the record of an agreed change', () => {
  function agreed(locale: Locale, command: string): { record: string; tracking: string } {
    const engagement = engagementIn(locale, VIETNAMESE_POLICY);
    let world: Snapshot = step(engagement, emptyWorld(), at('2026-11-26')).snapshot;
    const brand = issueByTitle(world, 'Brand assets').number;
    world = addComment(world, brand, {
      author: 'lan-bepxanh',
      body: command,
      createdAt: at('2026-11-30', '10:00'),
    });
    world = step(engagement, world, at('2026-11-30', '11:00')).snapshot;
    world = addComment(world, brand, {
      author: 'quang-songhan',
      body: '/agree',
      createdAt: at('2026-11-30', '14:00'),
    });
    const done = step(engagement, world, at('2026-11-30', '15:00'));
    const record = comments(done.writes).find((write) => write.marker.kind === 'amendment')?.body ?? '';
    return { record, tracking: issueByTitle(done.snapshot, 'Brand assets').body };
  }

  it('quotes an English reason in Vietnamese, and says it is English', () => {
    const { record, tracking } = agreed('vi', '/extend 2026-12-04 waiting for the product photos');
    expect(record).toContain('- Lý do: “waiting for the product photos” (nguyên văn tiếng Anh)');
    expect(tracking).toContain('Lý do: “waiting for the product photos” (nguyên văn tiếng Anh)');
  });

  it('quotes the scope a person wrote, in their language, as theirs', () => {
    const { record } = agreed('vi', '/rescope Gửi logo trước, ảnh sau');
    expect(record).toContain('điều chỉnh phạm vi: “Gửi logo trước, ảnh sau”.');
    const english = agreed('en', '/rescope Gửi logo trước, ảnh sau').record;
    expect(english).toContain('change the scope: “Gửi logo trước, ảnh sau” (in Vietnamese, as written).');
  });
});
