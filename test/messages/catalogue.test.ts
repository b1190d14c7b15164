// The one message catalogue: every locale knows every key with the same placeholders, no domain's
// table hides another's key, and the engagement file's `messages:` reaches the deadlines, feedback and
// summary alike through the one lookup.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADDRESS_PLACEHOLDERS } from '../../src/feedback/address';
import { LOCALES } from '../../src/engagement/schema';
import { DEADLINES_EN } from '../../src/messages/en/deadlines';
import { FEEDBACK_EN } from '../../src/messages/en/feedback';
import { LIMITS_EN } from '../../src/messages/en/limits';
import { WEEKLY_EN } from '../../src/messages/en/weekly';
import {
  MESSAGE_KEYS,
  builtInTemplate,
  isMessageKey,
  messageText,
  type MessageKey,
} from '../../src/messages/catalogue';
import { renderSummary } from '../../src/summary';
import { SCENARIOS, context, loadEngagement } from '../summary/support';

const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{([a-z_]+)\}/gu)].map((m) => m[1]!))]
    // The reader's pronoun and the team's voice are Vietnamese grammar; English needs neither.
    .filter((name) => !(ADDRESS_PLACEHOLDERS as readonly string[]).includes(name))
    .sort();

describe('the message catalogue', () => {
  it('has every key in every locale, with the placeholders the English template has', () => {
    for (const locale of LOCALES) {
      for (const key of MESSAGE_KEYS) {
        const template = builtInTemplate(locale, key);
        expect(typeof template, `${locale} ${key}`).toBe('string');
        // A `.one` form may spell its count ("1 handoff is") where another language writes `{count}`.
        const fills = (text: string) =>
          placeholders(text).filter((name) => !(key.endsWith('.one') && name === 'count'));
        expect(fills(template), `${locale} ${key}`).toEqual(fills(builtInTemplate('en', key)));
      }
    }
  });

  it('keeps each domain’s keys apart: no table shadows a key of another', () => {
    const tables = [DEADLINES_EN, FEEDBACK_EN, WEEKLY_EN, LIMITS_EN].map((table) => Object.keys(table));
    const all = tables.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(MESSAGE_KEYS.length).toBe(all.length);
  });

  it('knows its keys and nothing else', () => {
    expect(isMessageKey('reminder.before')).toBe(true);
    expect(isMessageKey('feedback.ack.thanks.positive')).toBe(true);
    expect(isMessageKey('weekly.health.on_track')).toBe(true);
    expect(isMessageKey('reminder.befor')).toBe(false);
    expect(isMessageKey('constructor')).toBe(false);
  });

  it('takes the engagement file’s wording for a key in that locale only', () => {
    const key: MessageKey = 'reminder.before';
    const engagement = { messages: { vi: { [key]: 'Chào {recipient}!' } } };
    expect(messageText(engagement, 'vi', key, { recipient: 'chị Lan' })).toBe('Chào chị Lan!');
    expect(messageText(engagement, 'en', key, { recipient: 'Jane' })).toMatch(/^Hi Jane,/u);
  });

  it('lets the engagement file reword the weekly summary, which it could not before', () => {
    const engagement = loadEngagement((raw) => {
      raw['messages'] = {
        en: {
          'weekly.health.on_track': '🟢 All good',
          'weekly.count.handoffs.one': 'one handoff is',
          'weekly.status.overdue': '🔴 Behind',
        },
      };
    });
    const quiet = renderSummary(context({ engagement }), SCENARIOS.quiet!(), '2026-W48').body;
    expect(quiet).toContain('## 🟢 All good');
    expect(quiet).not.toContain('On track');
    const bad = renderSummary(context({ engagement }), SCENARIOS.bad!(), '2026-W48').body;
    expect(bad).toContain('one handoff is past due; the furthest behind is');
    expect(bad).toContain('🔴 Behind');
    // Vietnamese keeps its own words: the override was for English.
    const vi = renderSummary(context({ engagement, locale: 'vi' }), SCENARIOS.quiet!(), '2026-W48').body;
    expect(vi).toContain('🟢 Đúng tiến độ');
  });
});

describe('docs/messages.md', () => {
  it('lists every key a team can override', () => {
    const docs = readFileSync(new URL('../../docs/messages.md', import.meta.url), 'utf8');
    const missing = MESSAGE_KEYS.filter((key) => !docs.includes(`| \`${key}\` |`));
    expect(missing).toEqual([]);
  });
});
