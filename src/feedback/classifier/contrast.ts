// What a text that says two things is about, read clause by clause (features.ts):
//
// - **Praise conceded before a turn.** "Trang chủ đẹp lắm, mà nút đăng ký bấm không được", "Love the
//   new design, but the signup button does nothing": the turn ("but", "nhưng", "mà", "tuy nhiên",
//   "however", "unfortunately", "tiếc là") says the problem after it is the point. A clause of praise
//   or thanks before a turn that is followed by a problem still going on — or, after a "but", by
//   nothing good and nothing asked — is *conceded*: its words and groups are read apart (marked
//   "^"), so they neither make the report praise nor lower its importance and urgency. Praise after
//   the problem, or followed by more praise or a request after the turn, is praise.
// - **A problem named with its fix.** "Lỗi giỏ hàng đã được sửa", "the checkout error has been fixed",
//   "loi dang nhap da het roi": a fix said as done (not asked for: "please get it fixed", "sửa xong
//   báo chị", "khi nào sửa xong") *resolves* the problems named before it and in its own clause,
//   which are then read apart (marked "~"): no bug, failure or outage is going on. A fix followed by
//   a problem still going on, or by a reservation ("đã sửa rồi, vẫn lỗi", "fixed, but customers
//   still can't pay") resolves nothing, and is itself conceded.
//
// A problem is a mention of a bug, a failure (also "không … được", "can not …", "does nothing"), an
// outage, a complaint, slowness, a slip of finish, a security hole or money lost, not under a
// negation — or praise or a fix under one ("nhìn không ngon", "not fixed").
import { tokenize, type Token } from '../text';
import { RECURRENCE_WORDS, type LexiconGroup } from './lexicon';
import { keySet, phraseAt, phrases, type Key } from './phrases';

/** A lexicon hit, or a split "không … được" / "can not" ("cannot"), at a token of the whole text. */
export interface Hit {
  readonly category: LexiconGroup | 'cannot';
  readonly keyword: string;
  readonly at: number;
}

/** Groups that say something is wrong now. */
export const PROBLEM_GROUPS: ReadonlySet<Hit['category']> = new Set<Hit['category']>([
  'bug',
  'broken',
  'cannot',
  'outage',
  'complaint',
  'slow',
  'cosmetic',
  'security',
  'loss',
]);

/**
 * Words of the complaint group that say only "still" or "again": a problem when a problem comes with
 * them ("vẫn lỗi", "still broken"), but also praise ("nhìn sang mà vẫn dễ đọc", "ngày nghỉ mà vẫn hỗ
 * trợ"). Alone they never make a turn a complaint.
 */
const STILL: ReadonlySet<string> = new Set(['vẫn', 'still', 'again', 'mãi']);
const weak = (hit: Hit): boolean => hit.category === 'complaint' && STILL.has(hit.keyword);

/** Praise or a fix under a negation ("không ngon", "chưa ổn", "not fixed") is a problem too. */
export const NEGATED_PROBLEMS: ReadonlySet<Hit['category']> = new Set<Hit['category']>(['praise', 'fixed']);

/** Groups that ask for something: a request, a question, a change in one direction. */
export const ASKING_GROUPS: ReadonlySet<Hit['category']> = new Set<Hit['category']>([
  'request',
  'question',
  'comparative',
]);

/** Groups that praise, thank or say a problem is over. */
export const POSITIVE_GROUPS: ReadonlySet<Hit['category']> = new Set<Hit['category']>([
  'praise',
  'thanks',
  'fixed',
  'nobug',
]);

/**
 * What a conceded clause may hold and still be read apart as a whole: praise and what it praises
 * (a page, a colour, a request made in passing). A clause that also names a situation — money, a
 * launch, a date, "urgent", few or many people hit — keeps those words and only its praise is set
 * apart: "Thứ Sáu này khai trương, tờ rơi đã phát mà trang thực đơn vẫn chưa có" is about Friday.
 */
// prettier-ignore
export const CONCEDABLE: ReadonlySet<Hit['category']> = new Set<Hit['category']>([
  'praise', 'thanks', 'fixed', 'nobug', 'request', 'question', 'display', 'comparative', 'phrase',
  'topic_quality', 'topic_design', 'topic_delivery', 'topic_support', 'topic_communication', 'topic_other',
]);

/**
 * How strongly a segment turns against what came before: not at all, "mà" (Vietnamese "but", also
 * "and yet": "chị nhắn tối muộn mà em vẫn trả lời ngay" is praise), or a turn that announces a
 * reservation ("but", "nhưng", "tuy nhiên", "however", "unfortunately", "tiếc là").
 */
export const Turn = { None: 0, Yet: 1, But: 2 } as const;
export type Turn = (typeof Turn)[keyof typeof Turn];

// Turns inside a clause (the clause breaks already cut at "but", "nhưng", "however", "tuy nhiên");
// folded, "ma" is "mà" only in Vietnamese.
const INNER_TURNS = phrases(['mà', 'tuy nhien', 'unfortunately', 'sadly', 'tiếc là', 'chỉ tiếc']);
const YET = tokenize('mà')[0] as Token;
const FOLDED_MA = 'ma';

/** Where a turn starts inside a clause's words (index of its first word), and how strong it is. */
export function innerTurns(words: readonly Token[], key: Key, vietnamese: boolean): Map<number, Turn> {
  const found = new Map<number, Turn>();
  for (let at = 0; at < words.length; at += 1) {
    if (key(words[at] as Token) === FOLDED_MA && !vietnamese) continue;
    if (phraseAt(INNER_TURNS, words, at, key)) {
      found.set(at, key(words[at] as Token) === key(YET) ? Turn.Yet : Turn.But);
    }
  }
  return found;
}

// A fix said as done. Vietnamese: "đã (được) sửa / xử lý / khắc phục / fix", "sửa (lại) xong /
// rồi"; English: "fixed", "resolved", "sorted" … (the lexicon's group `fixed` holds them too).
const FIX_VERBS = phrases(['sửa', 'fix', 'xử lý', 'khắc phục', 'giải quyết', 'repaired', 'restored']);
const DONE_BEFORE = phrases(['đã được', 'đã']);
const DONE_AFTER = phrases(['xong', 'rồi', 'lại xong', 'lại rồi']);
// The lexicon's `fixed` words that say how fast, not that something was fixed.
const SPEED: ReadonlySet<string> = new Set(['nhanh chóng', 'quickly', 'in no time', 'trong ngày']);
const ENDS: ReadonlySet<string> = new Set(['đã hết']);
const ENDED = keySet(['rồi', 'hẳn', 'nhé', 'ạ']);
// A fix asked for, wished for, or waited on, not done: "please get it fixed", "needs to be fixed",
// "when will it be resolved", "nhờ em sửa xong", "bao giờ xử lý xong", "nếu sửa rồi".
// prettier-ignore
const NOT_DONE_BEFORE = keySet([
  'to', 'be', 'should', 'must', 'need', 'needs', 'please', 'will', 'can', 'could', 'would', 'get', 'if',
  'when', 'nhờ', 'nho', 'giúp', 'giup', 'cần', 'phải', 'phai', 'hãy', 'hay', 'mong', 'nếu', 'neu', 'để',
  'de', 'sẽ', 'se',
]);
/** How far before the fix, in its clause, a request or a wish is looked for ("please get the … fixed"). */
const ASKED_WITHIN = 6;
const NOT_DONE_BEFORE_PAIRS = phrases([
  'bao giờ',
  'bao gio',
  'khi nào',
  'khi nao',
  'lúc nào',
  'luc nao',
  'chừng nào',
  'chung nao',
]);
// …or a step of a request: "sửa xong thì báo chị", "sửa rồi gửi lại", "sửa xong chưa?".
// prettier-ignore
const NOT_DONE_AFTER = keySet(['thì', 'thi', 'chưa', 'chua', 'báo', 'bao', 'gửi', 'gui', 'nhé', 'nhe', 'giúp', 'giup']);

/** Where a fix is said as done in the text's tokens: the fix word's index. */
export function completions(
  tokens: readonly Token[],
  clauseOf: readonly number[],
  negated: readonly boolean[],
  fixedHits: readonly Hit[],
  key: Key,
): number[] {
  const done = new Set<number>();
  // The word at `at`, when it is in the clause of `of`.
  const within = (at: number, of: number): Token | undefined =>
    clauseOf[at] !== undefined && clauseOf[at] === clauseOf[of] ? tokens[at] : undefined;
  const asked = (at: number, after: number): boolean => {
    for (let k = Math.max(0, at - ASKED_WITHIN); k < at; k += 1) {
      if (clauseOf[k] !== clauseOf[at]) continue;
      if (NOT_DONE_BEFORE.has(key(tokens[k] as Token))) return true;
      if (k + 1 < at && phraseAt(NOT_DONE_BEFORE_PAIRS, tokens, k, key)?.length === 2) return true;
    }
    const next = within(after, at);
    return next !== undefined && NOT_DONE_AFTER.has(key(next));
  };
  for (const hit of fixedHits) {
    if (SPEED.has(hit.keyword) || negated[hit.at]) continue;
    const length = tokenize(hit.keyword).length;
    // "đã hết" is over only when nothing follows ("lỗi đã hết rồi"): "đã hết hàng", "đã hết hạn"
    // are sold out and expired.
    const next = within(hit.at + length, hit.at);
    if (ENDS.has(hit.keyword) && next !== undefined && !ENDED.has(key(next))) continue;
    if (!asked(hit.at, hit.at + length)) done.add(hit.at);
  }
  for (let at = 0; at < tokens.length; at += 1) {
    if (negated[at]) continue;
    const verb = phraseAt(FIX_VERBS, tokens, at, key);
    if (!verb) continue;
    // "đã được" or "đã" right before the verb, "xong", "rồi" … right after it.
    const before = [2, 1]
      .map((length) => phraseAt(DONE_BEFORE, tokens, at - length, key))
      .find((phrase, k) => phrase?.length === 2 - k);
    const after = phraseAt(DONE_AFTER, tokens, at + verb.length, key);
    if (!before && !after) continue;
    const start = before ? at - before.length : at;
    const end = at + verb.length + (after?.length ?? 0);
    if (!asked(start, end)) done.add(at);
  }
  return [...done].sort((a, b) => a - b);
}

export interface Contrast {
  /** Segments read apart: praise or thanks conceded before a turn. */
  readonly conceded: ReadonlySet<number>;
  /** Problems a fix said as done resolves. */
  readonly resolved: ReadonlySet<Hit>;
  /**
   * Fixes said as done that a problem after them shows not to hold: the problem came back ("the cart
   * bug you fixed last week is back", "đã sửa rồi mà hôm nay lại bị"), or something cannot be done
   * or is down ("… sửa rồi. Sáng nay khách không thêm món vào giỏ được"). Their words praise no fix.
   */
  readonly overruled: ReadonlySet<number>;
}

const RECURRENCE: ReadonlySet<string> = new Set(RECURRENCE_WORDS);
/** Problems that overrule a fix said before them: not slips of wording such as "stopped calling". */
const OVERRULING: ReadonlySet<Hit['category']> = new Set<Hit['category']>(['cannot', 'outage']);
const overrules = (problem: Hit): boolean =>
  OVERRULING.has(problem.category) || RECURRENCE.has(problem.keyword);

/**
 * `segmentOf`: each token's segment (clauses, cut again at inner turns), in order; `turn`: how each
 * segment turns against what came before it. `problems`: the problems mentioned (not under a negation, or praise under
 * one: "nhìn không ngon", "not fixed"); `positives`: praise, thanks, fixed, no-bug hits (not under a
 * negation); `asks`: requests, questions, changes asked for; `fixes`: completions().
 */
export function contrastOf(
  segmentOf: readonly number[],
  turn: readonly Turn[],
  problems: readonly Hit[],
  positives: readonly Hit[],
  asks: readonly Hit[],
  fixes: readonly number[],
): Contrast {
  const segment = (at: number): number => segmentOf[at] ?? 0;
  // What follows a turn from segment `from` on says something good or asks for something (a
  // closing thank-you is politeness, not praise).
  const good = positives.filter((hit) => hit.category !== 'thanks');
  const fine = (from: number): boolean =>
    good.some((hit) => segment(hit.at) >= from) || asks.some((hit) => segment(hit.at) >= from);
  // A reservation after segment `at`: a turn followed by a problem still going on, or by nothing good
  // and nothing asked ("…, but the SAVE20 code takes 200,000đ off": the lexicon need not know it).
  // After "mà", which is also "and yet", only a problem going on.
  const reserved = (at: number, open: readonly Hit[]): boolean => {
    for (let from = at + 1; from < turn.length; from += 1) {
      const strength = turn[from] ?? Turn.None;
      if (strength === Turn.None) continue;
      if (open.some((problem) => segment(problem.at) >= from)) return true;
      if (strength === Turn.But && !fine(from)) return true;
    }
    return false;
  };
  const resolved = new Set<Hit>();
  const contradicted = new Set<number>();
  const overruled = new Set<number>();
  // From the last fix back: a fix resolves what comes before it (and in its own clause) unless a
  // problem still going on comes after it — in its own clause a complaint ("đã sửa rồi vẫn lỗi") —
  // or a reservation does ("was fixed, but this morning none of the students can get in").
  const after = (problem: Hit, fix: number, anyKind = false): boolean =>
    (segment(problem.at) > segment(fix) && !weak(problem)) ||
    (segment(problem.at) === segment(fix) &&
      problem.at > fix &&
      (anyKind || problem.category === 'complaint'));
  for (const fix of [...fixes].reverse()) {
    const open = problems.filter((problem) => !resolved.has(problem));
    if (
      open.some((problem) => after(problem, fix)) ||
      reserved(
        segment(fix),
        open.filter((problem) => !weak(problem)),
      )
    ) {
      contradicted.add(fix);
      if (open.some((problem) => after(problem, fix, true) && overrules(problem))) overruled.add(fix);
      continue;
    }
    for (const problem of problems) if (segment(problem.at) <= segment(fix)) resolved.add(problem);
  }
  const live = problems.filter((problem) => !resolved.has(problem) && !weak(problem));
  const liveIn = new Set(live.map((problem) => segment(problem.at)));
  const positiveIn = new Set([
    ...positives.map((hit) => segment(hit.at)),
    ...[...contradicted].map((fix) => segment(fix)),
  ]);
  const conceded = new Set<number>();
  for (const at of positiveIn) if (!liveIn.has(at) && reserved(at, live)) conceded.add(at);
  return { conceded, resolved, overruled };
}
