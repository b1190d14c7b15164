// A clause that asks for something: "Nhờ em đổi số hotline …", "Em cập nhật giúp chị giờ mở cửa",
// "Please change …", "Could you add …", "Replace the photos …". A word of the lexicon's request group
// may also stand in a statement ("thay vì", "thanks for the update", "chị muốn biết tại sao"); a
// request sentence is what a plain request is made of (features.ts: `R:plain`). And a wish: the few
// words after "mong", "should", "want" name a state wanted, not one found.
import type { Token } from '../text';
import { keySet, phraseAt, phrases, type Key } from './phrases';

// What opens a request, among the first words of the clause (after a form of address: "em", "bên em",
// "team", "anh Minh" …).
// prettier-ignore
const OPENERS = phrases([
  'nhờ', 'vui lòng', 'làm ơn', 'cho chị xin', 'cho em xin', 'cho anh xin', 'cho mình xin', 'đề nghị',
  'please', 'pls', 'plz', 'kindly', 'could you', 'can you', 'would you', 'could we', 'can we',
  'we would like', 'i would like', 'we d like', 'i d like',
]);
const OPENING = 3;

// "… giúp chị", "… hộ em", "… giùm": done for the writer, asked of the reader, anywhere in the clause.
// prettier-ignore
const FOR_ME = phrases([
  'giúp chị', 'giúp anh', 'giúp em', 'giúp mình', 'giúp tôi', 'giúp bên chị', 'giúp bên anh', 'giùm',
  'hộ chị', 'hộ anh', 'hộ em', 'hộ mình',
]);

// An English clause that starts with the bare verb of a change: "Add a Careers link …".
// prettier-ignore
const IMPERATIVES: ReadonlySet<string> = new Set([
  'add', 'change', 'update', 'replace', 'remove', 'send', 'move', 'make', 'put', 'use', 'swap',
  'include', 'create', 'set', 'switch', 'hide', 'delete', 'upload', 'publish', 'link', 'attach',
]);

/** True when the clause asks the reader to do something. */
export function asksInClause(words: readonly Token[], key: Key, english: boolean): boolean {
  for (let at = 0; at < Math.min(OPENING, words.length); at += 1) {
    if (phraseAt(OPENERS, words, at, key)) return true;
  }
  for (let at = 0; at < words.length; at += 1) {
    if (phraseAt(FOR_ME, words, at, key)) return true;
  }
  const first = words[0];
  return english && first !== undefined && IMPERATIVES.has(key(first));
}

// The verbs of a change to the site or its content, in a clause that asks: "Could you also add
// captions", "Em thêm giúp chị ô ghi chú". "Please pass our thanks to Quyên" and "keep it up" ask for
// no work.
// prettier-ignore
const CHANGES = phrases([
  'add', 'change', 'update', 'replace', 'remove', 'delete', 'move', 'swap', 'switch', 'hide', 'rename',
  'resize', 'adjust', 'insert', 'translate', 'enlarge', 'shorten', 'increase', 'reduce', 'fix',
  'thêm', 'bổ sung', 'đổi', 'thay', 'chỉnh', 'sửa', 'bỏ', 'xoá', 'xóa', 'cập nhật', 'di chuyển', 'gắn',
  'tăng', 'giảm', 'phóng to', 'thu nhỏ', 'dịch', 'ẩn',
]);

/** True when the clause asks for a change to be made (asksInClause, with a verb of change in it). */
export function asksForChangeInClause(words: readonly Token[], key: Key, english: boolean): boolean {
  return (
    asksInClause(words, key, english) &&
    words.some((_, at) => phraseAt(CHANGES, words, at, key) !== undefined)
  );
}

// A wish: what the client hopes for is not what they found. "Mong trang mở nhanh như trước", "It
// should look clean on phones": the praise word after it names the state wanted, so it praises
// nothing ("Just wanted to say thank you" is thanks: a wish to say or thank opens no scope).
// prettier-ignore
const WISHES = phrases([
  'mong', 'hy vọng', 'hi vọng', 'muốn', 'cần', 'should', 'hope', 'hoping', 'wish', 'want', 'wanted',
  'need', 'needs', 'must', 'expect', 'expected',
]);
const SAYING = keySet(['nói', 'cảm', 'say', 'thank', 'thanks', 'tell', 'let', 'to']);
const WISH_SCOPE = 4;

/** Which words of a clause name a state wished for (the few words after "mong", "should", "want" …). */
export function wishedIn(words: readonly Token[], key: Key): boolean[] {
  const wished = words.map(() => false);
  for (let at = 0; at < words.length; at += 1) {
    const wish = phraseAt(WISHES, words, at, key);
    if (!wish) continue;
    const next = words[at + wish.length];
    if (next === undefined || SAYING.has(key(next))) continue;
    for (let k = at + wish.length; k < Math.min(words.length, at + wish.length + WISH_SCOPE); k += 1) {
      wished[k] = true;
    }
  }
  return wished;
}
