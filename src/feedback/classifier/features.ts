// From a client's text to the features the triage model weighs. The text is normalised (NFC, lower
// case, contractions split, clauses cut at punctuation), read in one of two modes — exact when it
// carries diacritics, folded when it has none (Vietnamese typed on a keyboard without them) — and
// described by: the syllables and words it uses (unigrams and bigrams within a clause, those under a
// negation marked as such), the lexicon groups it mentions (a mention under a negation is its own
// feature: "no bugs" is not "bugs"), a split negation ("không bấm được", "can not log in"), the
// question mark, and its length. Read clause by clause (contrast.ts, requests.ts): praise conceded
// before a turn and a problem ("đẹp lắm, mà bấm không được"), problems resolved by a fix said as done
// ("lỗi … đã được sửa"), praise wished for ("mong … nhanh"), and a plain request with nothing said to
// be wrong.
import { findKeywords, fold, hasDiacritics, meaningfulLength, tokenize, type Token } from '../text';
import { AMBIGUOUS_WHEN_FOLDED, LEXICON, LEXICON_GROUPS, type LexiconGroup } from './lexicon';
import {
  ASKING_GROUPS,
  CONCEDABLE,
  NEGATED_PROBLEMS,
  completions,
  contrastOf,
  innerTurns,
  POSITIVE_GROUPS,
  PROBLEM_GROUPS,
  Turn,
  type Hit,
} from './contrast';
import { asksForChangeInClause, asksInClause, wishedIn } from './requests';

/** Groups whose words name a state wished for after "mong", "should" (requests.ts): not praise. */
const WISHABLE: ReadonlySet<string> = new Set(['praise', 'fixed']);

export type TextMode = 'exact' | 'folded';

/**
 * Features that say what kind of feedback a text is, not how much it matters: learned for the type
 * only. A request with nothing said to be wrong is neutral, but "Please take the passport scans down"
 * may be urgent; praise conceded before a problem makes the report a complaint, but the problem alone
 * says how urgent it is.
 */
export const TYPE_ONLY: ReadonlySet<string> = new Set(['R:plain', 'T:concede']);
/**
 * Features that say how much a text matters to its writer, not what it is about or what kind of
 * feedback it is: learned for importance and urgency only. Capitals or "!!" make a request louder,
 * not a complaint ("SỬA CHỮ Ở FOOTER GIÚP CHỊ NHÉ" asks for a change, as the same words in lower
 * case do), and "by friday!!" is about a delivery as "by friday." is.
 */
export const SEVERITY_ONLY: ReadonlySet<string> = new Set(['shout']);
/** The language groups of the corpus and of replies: Vietnamese with and without diacritics, English. */
export type LanguageGroup = 'vi' | 'vi-plain' | 'en';

export interface Reading {
  readonly mode: TextMode;
  readonly language: LanguageGroup;
  /** The features in code-unit order (training sums over them in that order). */
  readonly features: readonly string[];
  /** The same features unordered: scoring orders what it looks up by itself (allLogitsOf). */
  readonly unordered: readonly string[];
  /** Letters and digits of the text, for "too thin to act on". */
  readonly length: number;
  /** A clause asks for a change to be made ("Could you also add captions?"): work, whatever else it says. */
  readonly asksForChange: boolean;
}

// Sorting a text's hundred-odd feature names is a good part of reading it; a run only scores the
// reading, which needs no order, so the sorted list is made when something asks for it.
class TextReading implements Reading {
  #sorted: readonly string[] | undefined;
  constructor(
    readonly mode: TextMode,
    readonly language: LanguageGroup,
    readonly unordered: readonly string[],
    readonly length: number,
    readonly asksForChange: boolean,
  ) {}
  get features(): readonly string[] {
    // The default sort compares UTF-16 code units, as `<` does.
    return (this.#sorted ??= [...this.unordered].sort());
  }
}

/** Words compared as the tokenizer keys them (tone marks sorted), so "chẳng" written either way matches. */
const keySet = (words: readonly string[]): ReadonlySet<string> =>
  new Set(words.flatMap((word) => tokenize(word).map((token) => token.exact)));

// Negators; "không"/"ko"/"k" at the end of a clause is the question particle ("có … không?"). "no"
// is English only: typed without diacritics, "no" is also Vietnamese "nó" (it).
// prettier-ignore
const NEGATORS = keySet([
  'không', 'khong', 'ko', 'k', 'kg', 'hok', 'hông', 'chưa', 'chua', 'chẳng', 'chang', 'chả',
  'not', 'never', 'nothing', 'without', 'none', 'nobody', 'cannot', 'unable',
]);
const ENGLISH_ONLY_NEGATORS = keySet(['no']);
const NEGATION_SCOPE = 4;
/** How far "được" may stand after "không" and still close a split negation: "không thêm món vào giỏ được". */
const CAN_SCOPE = 8;
/** Negators that say by themselves that something could not be done: "customers cannot add items". */
const CANNOT = keySet(['cannot', 'unable']);
const SENTENCE_PARTICLES = keySet([
  'ạ',
  'a',
  'ah',
  'nhỉ',
  'nhi',
  'nhé',
  'nhe',
  'ha',
  'hả',
  'vậy',
  'vay',
  'ta',
]);
const CAN = keySet(['được', 'duoc', 'dc', 'đc']);
// "can not / does not …": something the client tried did not happen. After "will / would / is / are"
// only when a verb of something working follows ("will not load", "is not showing"): "we will not
// have articles" and "this is not urgent" are no failure.
const AUXILIARIES = new Set(['can', 'could', 'does', 'do', 'did']);
const STATIVE_AUXILIARIES = new Set(['will', 'would', 'is', 'are', 'was', 'were']);
// prettier-ignore
const FUNCTION_VERBS = new Set([
  'load', 'open', 'work', 'start', 'save', 'send', 'show', 'display', 'accept', 'connect', 'upload',
  'update', 'submit', 'print', 'play', 'go', 'let', 'sync', 'arrive', 'appear', 'respond', 'sent',
  'shown', 'saved', 'received', 'delivered', 'displayed', 'updated', 'charged', 'recorded', 'indexed',
  'return', 'returned',
]);
const isFunctionVerb = (word: string | undefined): boolean =>
  word !== undefined && (FUNCTION_VERBS.has(word) || /^[a-z]{3,}ing$/u.test(word));
/** "shows no results", "returns nothing", "loaded nothing": a function of the site that gave nothing. */
const doesNothing = (verb: string, word: string): boolean =>
  (word === 'no' || word === 'nothing') &&
  (FUNCTION_VERBS.has(verb) ||
    FUNCTION_VERBS.has(verb.replace(/e?s$/u, '')) ||
    FUNCTION_VERBS.has(verb.replace(/ed$/u, '')));

// Common Vietnamese syllables that English never uses, to tell Vietnamese typed without diacritics
// from English.
// prettier-ignore
export const VIETNAMESE_PLAIN: ReadonlySet<string> = new Set([
  'khong', 'duoc', 'cua', 'cho', 'va', 'la', 'em', 'anh', 'chi', 'bi', 'nay', 'trang', 'minh', 'nhe',
  'voi', 'nhung', 'thi', 'roi', 'chua', 'ben', 'sua', 'giup', 'lam', 'sao', 'nhu', 'nao', 'khach', 'hang',
  'trong', 'ngay', 'tuan', 'mot', 'cac', 'nhieu', 'qua', 'rat', 'vao', 'ra', 'len', 'xem', 'thay', 'hien',
  'con', 'da', 'dang', 'se', 'phai', 'can', 'gi', 'dau', 'ko', 'nha', 'a', 'oi', 'hay', 'moi', 'cung',
  'them', 'tren', 'duoi', 'sau', 'truoc', 'nhat', 'luc', 'khi', 've', 'lai', 'nen', 'vi', 'thoi', 'nhi',
]);
// prettier-ignore
const ENGLISH = new Set([
  'the', 'is', 'are', 'and', 'to', 'of', 'in', 'on', 'it', 'this', 'that', 'we', 'you', 'our', 'please',
  'for', 'with', 'not', 'be', 'was', 'can', 'have', 'has', 'when', 'what', 'there', 'page', 'site',
]);

const BUT = /\b(?:but|nhưng|nhung|tuy nhiên|tuy nhien|however)\b/iu;
const CLAUSE_BREAK = /[.!?;:,\n\r()[\]{}"“”]+|\s[-–—]\s|\b(?:but|nhưng|nhung|tuy nhiên|however)\b/giu;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

interface Clause {
  readonly tokens: readonly Token[];
  /** The clause as written: its capitals are read only where names are looked for (withoutNames). */
  readonly part: string;
  /** True when the clause follows a turn ("but", "nhưng", "however"): it says what the text is about. */
  readonly turn: boolean;
}

const TURN = /\b(?:but|nhưng|nhung|tuy nhiên|however)\b/iu;

function clausesOf(text: string): Clause[] {
  const normal = text.normalize('NFC');
  const clauses: Clause[] = [];
  let from = 0;
  let turn = false;
  const take = (part: string): void => {
    const tokens = tokenize(part);
    if (tokens.length === 0) return;
    clauses.push({ tokens, part, turn });
    turn = false;
  };
  for (const found of normal.matchAll(CLAUSE_BREAK)) {
    take(normal.slice(from, found.index));
    if (TURN.test(found[0])) turn = true;
    from = found.index + found[0].length;
  }
  take(normal.slice(from));
  return clauses;
}

/** Which words of a clause are capitalised ("Le Loi"), for names. */
function capitalsOf(clause: Clause): boolean[] {
  const raw = clause.part.match(WORD) ?? [];
  const { tokens } = clause;
  // tokenize splits contractions ("doesn't" → "does not"); capitals are only read where the
  // word count agrees, which is the case for Vietnamese names.
  return raw.length === tokens.length
    ? raw.map((word) => /^\p{Lu}\p{Ll}+$/u.test(word))
    : tokens.map(() => false);
}

export function languageOf(tokens: readonly Token[]): LanguageGroup {
  if (hasDiacritics(tokens)) return 'vi';
  let vietnamese = 0;
  let english = 0;
  for (const token of tokens) {
    if (VIETNAMESE_PLAIN.has(token.folded)) vietnamese += 1;
    if (ENGLISH.has(token.folded)) english += 1;
  }
  return vietnamese > english ? 'vi-plain' : 'en';
}

const NAME: Token = { exact: '‹name›', folded: '‹name›' };

// The short forms Vietnamese clients type ("ko vào dc", "k load đc") are the words they stand for:
// read as such, "ko vao dc" is the same failure as "không vào được", for the lexicon and n-grams
// alike. "k" only outside English ("5 k" is not a negation there).
const KHONG = tokenize('không')[0] as Token;
const DUOC = tokenize('được')[0] as Token;
const SHORT_FORMS: ReadonlyMap<string, Token> = new Map([
  ...['ko', 'kg', 'khg', 'hok', 'hk', 'hông'].map((word) => [word, KHONG] as const),
  ...['dc', 'đc', 'dk', 'đk'].map((word) => [word, DUOC] as const),
]);
/** A text without diacritics stays without: its short forms become the folded words. */
function expandShortForms(tokens: readonly Token[], language: LanguageGroup, mode: TextMode): Token[] {
  if (language === 'en') return [...tokens];
  return tokens.map((token) => {
    // ("hong" is left alone: typed without diacritics it is as often "hỏng", broken.)
    const long = token.exact === 'k' ? KHONG : SHORT_FORMS.get(token.exact);
    if (!long) return token;
    return mode === 'exact' ? long : { exact: long.folded, folded: long.folded };
  });
}

/** Words that stand before a person's name ("anh Tre", "chi Lan", "c Hoa"), typed without diacritics. */
// prettier-ignore
const ADDRESS_WORDS: ReadonlySet<string> = new Set([
  'anh', 'chi', 'em', 'co', 'chu', 'bac', 'ong', 'ba', 'ban', 'thay', 'a', 'c', 'mr', 'ms', 'mrs',
]);

/**
 * In Vietnamese typed without diacritics, a run of two or more capitalised syllables inside a
 * clause ("duong Le Loi", "o Sai Gon") is a name: it is read as one name, never as "lỗi" or "sai".
 */
function withoutNames(clause: Clause): Token[] {
  const { tokens } = clause;
  const capitalised = capitalsOf(clause);
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    while (j < tokens.length && capitalised[j]) j += 1;
    const run = j - i;
    const wholeClause = i === 0 && j === tokens.length;
    // One capitalised syllable after a form of address is a name too: "anh Tre" is not "trễ".
    const addressed = run === 1 && i > 0 && ADDRESS_WORDS.has((tokens[i - 1] as Token).folded);
    if ((run >= 2 && !wholeClause) || addressed) {
      out.push(NAME);
      i = j;
    } else {
      out.push(tokens[i] as Token);
      i += 1;
    }
  }
  return out;
}

/**
 * Which tokens of a clause sit under a negation, and where a split "không … được" occurs (the
 * negator's index: something the client tried did not work).
 */
function negationOf(
  tokens: readonly Token[],
  language: LanguageGroup,
): { negated: boolean[]; cannot: number[] } {
  const negated = tokens.map(() => false);
  const cannot: number[] = [];
  tokens.forEach((token, index) => {
    const word = token.exact;
    if (!NEGATORS.has(word) && !(language !== 'vi-plain' && ENGLISH_ONLY_NEGATORS.has(word))) return;
    const before = tokens[index - 1]?.exact ?? '';
    // "does nothing", "shows no results", "returns nothing": the client tried and nothing came.
    if ((word === 'nothing' && AUXILIARIES.has(before)) || (language === 'en' && doesNothing(before, word))) {
      cannot.push(index);
    }
    const rest = tokens.slice(index + 1, index + 1 + NEGATION_SCOPE);
    if (rest.every((next) => SENTENCE_PARTICLES.has(next.exact))) return;
    for (let k = index + 1; k <= index + NEGATION_SCOPE && k < tokens.length; k += 1) negated[k] = true;
    // "can not", "does not", "is not" + a verb: something the client tried did not happen.
    if (
      CANNOT.has(word) ||
      tokens.slice(index + 1, index + 1 + CAN_SCOPE).some((next) => CAN.has(next.exact)) ||
      (word === 'not' && AUXILIARIES.has(before)) ||
      (word === 'not' && STATIVE_AUXILIARIES.has(before) && isFunctionVerb(tokens[index + 1]?.exact))
    ) {
      if (cannot.at(-1) !== index) cannot.push(index);
    }
  });
  return { negated, cannot };
}

interface LexiconRule {
  readonly category: LexiconGroup;
  readonly keywords: readonly string[];
}

const EXACT_RULES: readonly LexiconRule[] = LEXICON_GROUPS.map((group) => ({
  category: group,
  keywords: LEXICON[group],
}));

// In folded mode, a one-syllable Vietnamese keyword that folds to an ambiguous syllable is dropped.
// Built on first use, not while the action starts (tokenizing the lexicon is most of its load time).
let foldedRules: readonly LexiconRule[] | undefined;
function folded(): readonly LexiconRule[] {
  foldedRules ??= EXACT_RULES.map((rule) => ({
    category: rule.category,
    keywords: rule.keywords.filter((keyword) => {
      const tokens = tokenize(keyword);
      const only = tokens[0];
      return !(
        tokens.length === 1 &&
        only &&
        only.exact !== only.folded &&
        AMBIGUOUS_WHEN_FOLDED.has(only.folded)
      );
    }),
  }));
  return foldedRules;
}

/**
 * English words inflect where Vietnamese syllables do not: "orders", "ordered" and "ordering" are
 * one feature besides their own, so a form seen once in the corpus still counts.
 */
function englishStem(word: string): string | undefined {
  if (!/^[a-z]{5,}$/u.test(word)) return undefined;
  const stem = word.replace(/(?:ing|ed|es|s)$/u, '');
  return stem.length >= 3 && stem !== word ? stem : undefined;
}

/**
 * Groups that name a thing, not a judgement: under a negation the thing is still what the text is
 * about — "we can't take orders", "không thanh toán được", "no orders since yesterday" are about
 * orders failing — so they pair with the other groups (a failure of money is urgent) either way.
 */
const NAMED_UNDER_NEGATION: ReadonlySet<LexiconGroup> = new Set<LexiconGroup>(['money', 'launch', 'breadth']);

// Time said in figures, which no word list holds: "since 9am", "từ 8h", "tu 8 gio sang", "for two
// hours" — a failure still going on — and "in 2 days", "3 ngày nữa", "còn hai ngày" — a date days
// away. Read on the text folded, so with or without diacritics alike.
const SINCE_HOUR =
  /\b(?:since|from|tu|tu luc|tu khoang)\s+(?:about\s+|around\s+)?\d{1,2}(?:[:.h]\d{2})?\s*(?:h|am|pm|gio|o'clock)\b|\b(?:since|tu)\s+\d{1,2}h\d{0,2}\b|\bfor\s+(?:the\s+(?:last|past)\s+)?(?:\d{1,2}|two|three|four|five|several|a few)\s+hours\b|\b(?:\d{1,2}|hai|ba|bon|may|vai)\s+tieng\s+(?:nay|roi|lien)\b/u;
// A time of day as the deadline: "before 4pm", "by 2:30", "trước 4h chiều", "truoc 12h dem".
const BY_HOUR = /\b(?:before|by|truoc|truoc luc|han)\s+\d{1,2}(?:[:.h]\d{0,2})?\s*(?:h|am|pm|gio)(?:\b|\d)/u;
const DAYS_AWAY =
  /\b(?:in|within|only)\s+(?:[1-3]|one|two|three|a couple of)\s+(?:working\s+|business\s+)?days\b|\b(?:[1-3]|mot|hai|ba)\s+ngay\s+nua\b|\bcon\s+(?:[1-3]|mot|hai|ba)\s+ngay\b/u;

const lengthBucket = (length: number): string =>
  length < 40 ? 'len:short' : length < 200 ? 'len:medium' : 'len:long';

/**
 * Amounts in đồng ("350.000đ", "0 ₫") are written the same way in every language: the "đ" of a price
 * is not a sign that the text is Vietnamese with diacritics.
 */
const withoutCurrency = (text: string): string => text.replace(/(\d)\s?(?:đ|₫)(?![\p{L}\p{M}])/gu, '$1 vnd');

export function readText(original: string): Reading {
  const text = withoutCurrency(original);
  const clauses = clausesOf(text);
  const all: Token[] = [];
  for (const clause of clauses) for (const token of clause.tokens) all.push(token);
  const mode: TextMode = hasDiacritics(all) ? 'exact' : 'folded';
  const language = languageOf(all);
  const key = (token: Token): string => (mode === 'exact' ? token.exact : token.folded);

  const features = new Set<string>();
  const tokens: Token[] = [];
  const negatedAt: boolean[] = [];
  // Each token's segment: the clauses, cut again at a turn inside one ("đẹp lắm mà bấm không được").
  const segmentOf: number[] = [];
  const clauseOf: number[] = [];
  const turn: Turn[] = [];
  let requested = false;
  let asksForChange = false;
  const wishedAt: boolean[] = [];
  const failures: Hit[] = [];
  clauses.forEach((clause, c) => {
    const words = expandShortForms(
      mode === 'folded' && language === 'vi-plain' ? withoutNames(clause) : clause.tokens,
      language,
      mode,
    );
    const { negated, cannot } = negationOf(words, language);
    // Loops, not `push(...spread)`: one clause of a long text without punctuation can hold hundreds
    // of thousands of words, more arguments than a call can take.
    for (const wished of wishedIn(words, key)) wishedAt.push(wished);
    if (asksInClause(words, key, language === 'en')) requested = true;
    if (asksForChangeInClause(words, key, language === 'en')) asksForChange = true;
    const inner = innerTurns(words, key, language !== 'en');
    words.forEach((_, index) => {
      if (index === 0) turn.push(clause.turn ? Turn.But : (inner.get(0) ?? Turn.None));
      else if (inner.has(index)) turn.push(inner.get(index) as Turn);
      segmentOf.push(turn.length - 1);
      clauseOf.push(c);
    });
    for (const at of cannot) failures.push({ category: 'cannot', keyword: '', at: tokens.length + at });
    for (const word of words) tokens.push(word);
    for (const isNegated of negated) negatedAt.push(isNegated);
  });
  const rules = mode === 'exact' ? EXACT_RULES : folded();
  const found = findKeywords(tokens, rules);
  // "shows no errors" says there is none: the lexicon's "no bugs" wins over "shows no …".
  const none = new Set(found.filter((hit) => hit.category === 'nobug').map((hit) => hit.at));
  const hits: Hit[] = [...found, ...failures.filter((hit) => !none.has(hit.at))].sort((a, b) => a.at - b.at);
  // A problem: a bug, a failure … not under a negation ("no bugs" is none), or praise under one ("nhìn
  // không ngon", "not fixed yet").
  const problems = hits.filter((hit) =>
    PROBLEM_GROUPS.has(hit.category)
      ? hit.category === 'cannot' || !negatedAt[hit.at]
      : NEGATED_PROBLEMS.has(hit.category) && negatedAt[hit.at],
  );
  // Praise or a fix wished for ("mong trang mở nhanh như trước") is neither praise nor a fix.
  const wished = (hit: Hit): boolean => WISHABLE.has(hit.category) && wishedAt[hit.at] === true;
  const positives = hits.filter(
    (hit) => POSITIVE_GROUPS.has(hit.category) && !negatedAt[hit.at] && !wished(hit),
  );
  const asking = hits.filter((hit) => ASKING_GROUPS.has(hit.category) && !negatedAt[hit.at]);
  const fixes = completions(
    tokens,
    clauseOf,
    negatedAt,
    hits.filter((hit) => hit.category === 'fixed' && !wished(hit)),
    key,
  );
  const { conceded, resolved, overruled } = contrastOf(segmentOf, turn, problems, positives, asking, fixes);
  // A conceded clause is read apart as a whole when it holds only praise and what it praises; one
  // that also names a situation (money, a launch, a date …) only has its praise set apart.
  const situated = new Set(
    hits.filter((hit) => !CONCEDABLE.has(hit.category)).map((hit) => segmentOf[hit.at] ?? -1),
  );
  const apart = (at: number): boolean => {
    const segment = segmentOf[at] ?? -1;
    return conceded.has(segment) && !situated.has(segment);
  };
  const apartHit = (hit: Hit): boolean =>
    apart(hit.at) ||
    (POSITIVE_GROUPS.has(hit.category) && conceded.has(segmentOf[hit.at] ?? -1)) ||
    (hit.category === 'fixed' && overruled.has(hit.at));
  tokens.forEach((token, index) => {
    // A conceded clause's words are read apart ("^"): the problem after the turn is the point.
    const mark = apart(index) ? '^' : negatedAt[index] ? '!' : '';
    const word = key(token);
    features.add(`w:${mark}${word}`);
    const stem = language === 'en' ? englishStem(word) : undefined;
    if (stem) features.add(`s:${mark}${stem}`);
    const next = tokens[index + 1];
    if (next && clauseOf[index + 1] === clauseOf[index]) {
      features.add(`b:${apart(index) ? '^' : ''}${word} ${key(next)}`);
    }
  });
  const present = new Set<string>();
  for (const hit of hits) {
    if (resolved.has(hit)) {
      features.add(`L:${hit.category}~`);
    } else if (wished(hit) && !negatedAt[hit.at]) {
      features.add(`L:${hit.category}?`);
    } else if (apartHit(hit)) {
      features.add(`L:${hit.category}^`);
    } else {
      features.add(
        negatedAt[hit.at] && hit.category !== 'cannot' ? `L:${hit.category}!` : `L:${hit.category}`,
      );
      if (!negatedAt[hit.at] || hit.category === 'cannot' || NAMED_UNDER_NEGATION.has(hit.category)) {
        present.add(hit.category);
      }
    }
  }
  if (conceded.size > 0) features.add('T:concede');
  if (resolved.size > 0) features.add('T:resolved');
  const plain = fold(text.normalize('NFC').toLowerCase());
  if (SINCE_HOUR.test(plain)) {
    features.add('L:ongoing');
    present.add('ongoing');
  }
  if (BY_HOUR.test(plain)) {
    features.add('L:soon');
    present.add('soon');
  }
  if (DAYS_AWAY.test(plain)) {
    features.add('L:weekday');
    present.add('weekday');
  }
  // "Thanks for the update, but the menu is broken": what comes after the "but" is the point, so
  // the turn pairs with the other groups (thanks + but + broken is a complaint, not praise).
  if (BUT.test(text)) present.add('but');
  // Pairs of groups mean more than each alone: a broken checkout is urgent, a broken icon is not.
  const groups = [...present].sort();
  for (let i = 0; i < groups.length; i += 1) {
    for (let j = i + 1; j < groups.length; j += 1) features.add(`C:${groups[i]}+${groups[j]}`);
  }
  // A request or a question and nothing said to be wrong (nor praised): "Nhờ em đổi số hotline trên
  // footer", "Please add our Instagram link". The definitions call it neutral.
  const asks = requested || present.has('question') || text.includes('?');
  const wrong = [...present].some((group) => PROBLEM_GROUPS.has(group as Hit['category']));
  const praised = present.has('praise') || present.has('fixed') || present.has('nobug');
  if (asks && !wrong && !praised) features.add('R:plain');
  if (text.includes('?')) features.add('Q');
  if (/!{2,}|\b[A-Z]{4,}\b/u.test(text)) features.add('shout');
  const length = meaningfulLength(text);
  features.add(lengthBucket(length));
  features.add('bias');
  return new TextReading(mode, language, [...features], length, asksForChange);
}
