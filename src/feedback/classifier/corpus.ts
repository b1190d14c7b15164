// The labelled corpus's line format (corpus/triage/*.txt), parsed without touching the file system:
//   group|topic|importance|type|urgency|title|body
// with one-letter codes, so that a person can read and extend it in any editor.
import type { FeedbackType, Importance, Urgency } from '../../engagement/schema';
import type { LanguageGroup } from './features';

export interface CorpusItem {
  readonly line: number;
  readonly group: LanguageGroup;
  readonly topic: string;
  readonly importance: Importance;
  readonly type: FeedbackType;
  readonly urgency: Urgency;
  readonly title: string;
  readonly body: string;
}

const GROUPS: Readonly<Record<string, LanguageGroup>> = { vi: 'vi', vn: 'vi-plain', en: 'en' };
const TOPICS: Readonly<Record<string, string>> = {
  Q: 'quality',
  D: 'design',
  T: 'delivery',
  S: 'support',
  C: 'communication',
  O: 'other',
};
const IMPORTANCE: Readonly<Record<string, Importance>> = { U: 'urgent', I: 'important', N: 'not_important' };
const TYPES: Readonly<Record<string, FeedbackType>> = { '+': 'positive', '-': 'negative', '0': 'neutral' };
const URGENCY: Readonly<Record<string, Urgency>> = { H: 'high', M: 'normal', L: 'low' };

export const CORPUS_TOPICS = Object.values(TOPICS);

export function parseCorpus(text: string, file = 'corpus'): CorpusItem[] {
  const items: CorpusItem[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const [group, topic, importance, type, urgency, title, ...body] = line.split('|');
    const where = `${file}:${index + 1}`;
    const pick = <T>(table: Readonly<Record<string, T>>, code: string | undefined, field: string): T => {
      const value = code === undefined ? undefined : table[code];
      if (value === undefined) {
        throw new Error(`${where}: ${field} "${code ?? ''}" is not one of ${Object.keys(table).join(', ')}`);
      }
      return value;
    };
    if (!title) throw new Error(`${where}: expected group|topic|importance|type|urgency|title|body`);
    items.push({
      line: index + 1,
      group: pick(GROUPS, group, 'group'),
      topic: pick(TOPICS, topic, 'topic'),
      importance: pick(IMPORTANCE, importance, 'importance'),
      type: pick(TYPES, type, 'type'),
      urgency: pick(URGENCY, urgency, 'urgency'),
      title,
      body: body.join('|').replace(/\\n/gu, '\n'),
    });
  });
  return items;
}

/** The text the classifier reads for an item: title and body, as an issue has them. */
export const itemText = (item: Pick<CorpusItem, 'title' | 'body'>): string => `${item.title}\n${item.body}`;
