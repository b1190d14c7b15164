// What a piece of feedback asks for, in one sentence of the client's own words: the sentence that
// holds the word the request was read from, else the first sentence of the text, else its title. A
// note that puts two requests side by side quotes each this way, so the client recognises both.
import { inlineSafely } from '../messages/format';

const SENTENCE_END = /(?<=[.!?…])\s+|\r?\n+/u;

const lower = (value: string): string => value.normalize('NFC').toLocaleLowerCase('vi');
// Only to find the sentence again when the client typed without diacritics: never to match meaning.
const bare = (value: string): string =>
  lower(value).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd');

export function requestSentence(text: string, title: string, word?: string): string {
  const sentences = text
    .split(SENTENCE_END)
    .map((sentence) => sentence.replace(/^[-*>#\s]+/u, '').trim())
    .filter((sentence) => sentence.length > 0 && sentence !== title.trim());
  const holding = (fold: (value: string) => string): string | undefined =>
    word ? sentences.find((sentence) => fold(sentence).includes(fold(word))) : undefined;
  const asked = holding(lower) ?? holding(bare);
  return inlineSafely(asked ?? sentences[0] ?? title, 200);
}
