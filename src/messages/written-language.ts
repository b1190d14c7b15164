// The language someone wrote in, for answering a client's feedback, for replying to a person the
// engagement file does not name (the filer of a deadline who is not a contact), and for saying that
// words a message quotes are in another language than the message (the team's words: a reason, a
// pull request's title). Vietnamese letters say Vietnamese. Words typed without diacritics are
// weighed: common Vietnamese syllables and short forms ("footer ghi 2023, doi thanh 2026") against
// English words ("Footer year wrong"), with loanwords both write ("footer", "link", "icon", "page"),
// words of both ("an", "to", "do", "me", "ban", "can", "the"), figures and names weighing nothing;
// the heavier side says the language, and when neither is heavier the words do not tell. Only the
// person's own words are read (a title, the deliverables): a bilingual form's headings and choices
// are the template's, not theirs. Shared by every domain, so it lives with the messages.
import type { Locale } from '../engagement/schema';

const VIETNAMESE_LETTERS = /[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/iu;

// Vietnamese syllables and short forms as typed without diacritics, none of them an English word a
// short report would use: the function words ("cua", "voi", "khong", "chua", "o" for "ở"), the
// request words ("giup", "nhe", "nha", "doi", "sua", "xem"), the words of a website's problems
// ("sai", "loi", "trang", "chu", "ghi", "nam") and the ones a client types short ("ko", "dc", "mk").
// prettier-ignore
const VIETNAMESE_SYLLABLES: ReadonlySet<string> = new Set([
  // Function words, pronouns, particles, figures in words, short forms.
  'khong', 'ko', 'kg', 'khg', 'hok', 'hk', 'duoc', 'dc', 'dk', 'cua', 'cho', 'va', 'voi', 'la', 'thi',
  'ma', 'nhung', 'neu', 'vi', 'nen', 'de', 'o', 'tai', 'tu', 'den', 'toi', 'sang', 'qua', 've', 'vao',
  'ra', 'len', 'xuong', 'tren', 'duoi', 'trong', 'ngoai', 'truoc', 'sau', 'giua', 'cac', 'nhieu',
  'mot', 'hai', 'ba', 'bon', 'nam', 'bay', 'tam', 'chin', 'muoi', 'tram', 'nghin', 'ngan', 'trieu',
  'vai', 'moi', 'nhat', 'hon', 'rat', 'lam', 'hoi', 'hoai', 'chua', 'roi', 'da', 'dang', 'se', 'sap',
  'van', 'con', 'cung', 'cu', 'lai', 'nua', 'luon', 'ngay', 'thoi', 'chi', 'nay', 'kia', 'nao', 'gi',
  'j', 'sao', 'dau', 'bao', 'khi', 'luc', 'hay', 'hoac', 'nhu', 'vay', 'nhi', 'nhe', 'nha', 'nhen',
  'oi', 'ha', 'ak', 'ne', 'di', 'chu', 'deu', 'tat', 'ca', 'rieng', 'chung', 'minh', 'mk', 'mik', 'em',
  'anh', 'tui', 'ho', 'ta', 'ben', 'cty', 'sep', 'khach', 'sdt', 'dt', 'sp', 'nv', 'ck', 'tk', 'ntn',
  'cx', 'bt', 'ns',
  // Verbs and adjectives of requests and reports.
  'giup', 'gium', 'dum', 'sua', 'doi', 'thay', 'bo', 'xoa', 'xem', 'kiem', 'tra', 'gui', 'nhan', 'dat',
  'mua', 'chay', 'mo', 'dong', 'bam', 'nhap', 'ghi', 'viet', 'doc', 'nghe', 'goi', 'biet', 'hieu',
  'muon', 'phai', 'tim', 'chon', 'loc', 'hien', 'dung', 'sai', 'hu', 'hong', 'bi', 'mat', 'thieu',
  'du', 'lech', 'nho', 'dep', 'xau', 'cham', 'nhanh', 'lau', 'som', 'gap', 'kip', 'xong', 'het', 'chet',
  'treo', 'trang', 'chuan', 'ro', 'dam', 'cao', 'thap', 'rong', 'hep', 'dai', 'tot', 'xin', 'cam',
  'chuc', 'mung', 'khen', 'thich', 'vui', 'buon', 'lo', 'nham', 'quen', 'chinh', 'canh', 'ngang',
  'xoay', 'keo', 'chup', 'xuat', 'chuyen', 'giao', 'duyet', 'chot', 'hen', 'tiep', 'tuc', 'ngung',
  'tang', 'giam', 'dua', 'lay', 'giu', 'luu', 'tao', 'cap', 'ly', 'lien', 'thu', 'hoan', 'huy',
  // Nouns of a website, a business and its calendar.
  'hinh', 'nut', 'mau', 'khung', 'cot', 'muc', 'tieu', 'bai', 'tin', 'san', 'pham', 'don', 'gia', 'tien',
  'khoan', 'thanh', 'toan', 'hoa', 'thue', 'dien', 'thoai', 'dia', 'duong', 'nguoi', 'cong', 'ty',
  'viec', 'lich', 'thang', 'tuan', 'gio', 'phut', 'trua', 'chieu', 'dem', 'hom', 'mai', 'cuoi', 'dot',
  'lan', 'buoi', 'hop', 'phan', 'noi', 'phien', 'tinh', 'mang', 'xa', 'khau', 'quyen', 'quan', 'tri',
  'ke', 'hoach', 'ket', 'kho', 'phi', 'khuyen', 'uu', 'danh', 'sach', 'thiet', 'bang', 'bieu',
  'chuong', 'trinh', 'moc', 'han', 'nhom', 'phong', 'benh', 'hoc', 'vien', 'loi', 'gan',
  // More short forms ("mn" mọi người, "bn" bao nhiêu, "trc" trước, "ng" người, "ae" anh em, "ib" inbox).
  'mn', 'bn', 'trc', 'ng', 'ae', 'ib', 'bh', 'hnay', 'hqua', 'vd', 'sn', 'nx',
]);

// English words a short report, request or title uses, none of them a Vietnamese syllable typed
// plain, nor a word of the commands' own syntax ("/agree", "/note call … answer: …"), which the
// writer of either language types as it is.
// prettier-ignore
const ENGLISH_WORDS: ReadonlySet<string> = new Set([
  // Function words.
  'and', 'or', 'but', 'for', 'of', 'with', 'without', 'by', 'from', 'at', 'into', 'onto', 'about',
  'after', 'before', 'since', 'until', 'over', 'under', 'between', 'through', 'again', 'also', 'too',
  'very', 'just', 'only', 'still', 'yet', 'already', 'now', 'here', 'there', 'where', 'when', 'what',
  'which', 'who', 'why', 'how', 'this', 'these', 'those', 'its', 'is', 'are', 'was', 'were', 'been',
  'being', 'has', 'have', 'had', 'does', 'did', 'will', 'would', 'should', 'could', 'shall', 'might',
  'must', 'not', 'nothing', 'none', 'any', 'some', 'all', 'every', 'each', 'other', 'another', 'more',
  'most', 'less', 'then', 'if', 'because', 'while', 'though', 'i', 'we', 'you', 'she', 'they', 'my',
  'our', 'your', 'their', 'his', 'her', 'us', 'him', 'someone', 'anyone', 'everyone', 'something',
  'anything', 'everything', 'one', 'two', 'three', 'four', 'five', 'first', 'second', 'last', 'next',
  'out', 'off', 'please', 'thanks', 'thank', 'thx', 'sorry', 'yes', 'cannot', 'cant', 'dont',
  'doesnt', 'isnt', 'wont', 'didnt',
  // Words of a report, a request, a plan.
  'wrong', 'broken', 'break', 'breaks', 'missing', 'error', 'errors', 'issue', 'issues', 'problem',
  'typo', 'typos', 'crash', 'crashes', 'slow', 'fast', 'small', 'smaller', 'big', 'bigger', 'large',
  'larger', 'tiny', 'huge', 'old', 'new', 'right', 'correct', 'incorrect', 'blank', 'empty', 'full',
  'instead', 'year', 'years', 'month', 'week', 'today', 'tomorrow', 'yesterday', 'tonight', 'morning',
  'afternoon', 'evening', 'night', 'hour', 'hours', 'minutes', 'days', 'weeks', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'soon', 'urgent', 'urgently', 'later',
  'change', 'changes', 'changed', 'move', 'moved', 'replace', 'show', 'shows', 'showing', 'shown',
  'display', 'displays', 'work', 'works', 'working', 'worked', 'open', 'opens', 'close', 'closed',
  'loads', 'loading', 'need', 'needs', 'needed', 'want', 'wants', 'make', 'makes', 'made', 'look',
  'looks', 'see', 'seen', 'get', 'gets', 'got', 'give', 'take', 'put', 'keep', 'send', 'sent', 'files',
  'received', 'receive', 'reply', 'tell', 'told', 'ask', 'asked', 'know', 'think',
  'say', 'says', 'said', 'help', 'happen', 'happens', 'happened', 'went', 'gone', 'come', 'ever',
  'never', 'always', 'sometimes', 'great', 'good', 'nice', 'love', 'happy', 'perfect', 'fine', 'well',
  'ready', 'wait', 'waiting', 'customers', 'customer', 'people', 'users', 'clients',
  'client', 'same', 'different', 'enough', 'little', 'bit', 'lot', 'much', 'many', 'few', 'whole',
  'half', 'twice', 'once',
]);
// English words that Vietnamese clients also write into their own sentences ("fix gap giup em",
// "update banner nhe", "web down roi", "up lai anh"), and the verbs a pull request's or a commit's
// title starts with: they still say English, but weigh half a word.
// prettier-ignore
const ENGLISH_MIXED_IN: ReadonlySet<string> = new Set([
  'fix', 'fixes', 'fixed', 'add', 'adds', 'added', 'update', 'updates', 'updated', 'remove', 'removes',
  'removed', 'check', 'checked', 'test', 'tested', 'final', 'upload', 'reload', 'load', 'review',
  'confirm', 'share', 'sync', 'deploy', 'back', 'up', 'down', 'click', 'like', 'done', 'bug', 'bugs',
  'asap', 'pls', 'plz', 'dear', 'hey',
]);
// Words of both languages, which weigh for neither: a Vietnamese syllable typed plain that is also a
// common English word ("an" an toàn / an, "to" to / to, "do" do / do, "me" mẹ / me, "ban" bạn /
// ban, "can" cần / can, "the" thẻ / the, "on" ổn / on, "so" số / so, "them" thêm / them, "that" thật
// / that, "hang" hàng / hang, "may" máy / may, "ten" tên / ten, "day" đây / day), and the greetings
// and answers both write ("ok", "hi", "hello"). Loanwords (LOANWORDS) weigh nothing either.
// prettier-ignore
const BOTH: ReadonlySet<string> = new Set([
  'a', 'an', 'to', 'do', 'me', 'ban', 'can', 'the', 'on', 'in', 'it', 'no', 'so', 'be', 'he', 'am',
  'them', 'that', 'than', 'hang', 'may', 'ten', 'day', 'long', 'man', 'tan', 'son', 'go', 'mi', 'ai',
  'pin', 'bat', 'cat', 'tap', 'top', 'ok', 'okay', 'hi', 'hello', 'tks', 'vs',
]);

// The words that say a person's words (a deliverable, a note, a reason) are English.
// prettier-ignore
const SAYS_ENGLISH: ReadonlySet<string> = new Set([
  'the', 'and', 'for', 'please', 'by', 'of', 'to', 'we', 'our', 'need', 'needs', 'with', 'is', 'are',
  'files', 'final', 'before', 'send',
  // The verbs a pull request's or a commit's title starts with ("Fix checkout button on mobile"):
  // none is a Vietnamese syllable typed without its diacritics.
  'fix', 'fixes', 'fixed', 'add', 'adds', 'added', 'update', 'updates', 'updated', 'remove', 'removes',
  'removed', 'make', 'makes',
]);

// Loanwords Vietnamese and English clients both write as they are: the parts and tools of a website
// and the names of services. They weigh for neither language, and a text with diacritics that uses
// many of them ("icon Facebook ở footer link sai page") is not English for it.
// prettier-ignore
const LOANWORDS: ReadonlySet<string> = new Set([
  'web', 'website', 'site', 'page', 'pages', 'homepage', 'home', 'landing', 'footer', 'header', 'menu',
  'banner', 'slider', 'slide', 'popup', 'logo', 'icon', 'icons', 'link', 'links', 'button', 'form',
  'font', 'size', 'text', 'layout', 'template', 'tab', 'pixel', 'video', 'clip', 'file', 'pdf', 'excel',
  'word', 'email', 'mail', 'gmail', 'inbox', 'spam', 'hotline', 'app', 'admin', 'login', 'logout',
  'account', 'password', 'otp', 'captcha', 'code', 'server', 'hosting', 'domain', 'ssl', 'dns', 'seo',
  'backup', 'database', 'staging', 'online', 'offline', 'mobile', 'desktop', 'laptop', 'iphone',
  'ipad', 'android', 'ios', 'chrome', 'safari', 'firefox', 'facebook', 'fb', 'fanpage', 'zalo',
  'google', 'youtube', 'tiktok', 'instagram', 'shopee', 'momo', 'vnpay', 'visa', 'qr', 'sms', 'shop',
  'sale', 'checkout', 'cart', 'voucher', 'combo', 'ship', 'shipper', 'freeship', 'team', 'demo',
  'deadline', 'feedback', 'blog', 'post', 'content', 'brand', 'mockup', 'figma', 'wordpress', 'plugin',
  'ads', 'marketing', 'chat', 'chatbot', 'livestream', 'wifi', 'url', 'api', 'sitemap', 'analytics',
]);

// A syllable only Vietnamese spells: an initial "ng", "ngh", "nh" or "kh", a final "nh", or a
// rhyme "uo…" / "ie…" ("duoc", "nguoi", "tieng", "nhieu"). Read on a word that has the shape of one
// Vietnamese syllable, so that an English "khaki" or "quiet" is not one.
const SYLLABLE =
  /^(?:ngh|ng|nh|kh|gh|gi|ch|tr|th|ph|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/u;
const VIETNAMESE_ONLY = /^(?:ngh?|nh|kh)[aeiouy]|[aeiouy]nh$|uo(?:ng?|[ciptm])$|ie(?:ng?|[mpcu])$/u;

// A word: letters, with an apostrophe inside only in English ("don't", "client's").
const WORD = /[a-z]+(?:['’][a-z]+)*/giu;
const ANY_WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const LETTER_OR_FIGURE = /[\p{L}\p{N}\p{M}]/u;
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}]+$/u;
// Between two words, what ends a sentence: a full stop, a question or exclamation mark, a colon, a
// new line.
const SENTENCE_END = /[.!?:\n]/u;
/** English words outside the lists weigh this much: no Vietnamese syllable is spelt like them. */
const NOT_A_SYLLABLE = 0.25;

interface Weight {
  readonly vi: number;
  readonly en: number;
}

/** How much a word typed without diacritics (lower-cased) says for Vietnamese and for English. */
function weightOf(word: string): Weight {
  if (/['’]/u.test(word)) return { vi: 0, en: 1 };
  if (BOTH.has(word) || LOANWORDS.has(word)) return { vi: 0, en: 0 };
  if (VIETNAMESE_SYLLABLES.has(word)) return { vi: 1, en: 0 };
  if (ENGLISH_WORDS.has(word)) return { vi: 0, en: 1 };
  if (ENGLISH_MIXED_IN.has(word)) return { vi: 0, en: 0.5 };
  if (SYLLABLE.test(word)) return { vi: VIETNAMESE_ONLY.test(word) ? 1 : 0, en: 0 };
  // Not one Vietnamese syllable ("pricing", "green", "softer"): an English word the lists do not
  // hold, or a loanword they do not hold ("sitemap"), so only a little English.
  return { vi: 0, en: word.length >= 3 ? NOT_A_SYLLABLE : 0 };
}

/**
 * The text without the names in it: a capitalised Vietnamese word inside a sentence ("Invite Hoa
 * to the meetings", "the Thu Duc branch", "Nha Khoa Minh Tâm site shows …") is a person's or a
 * place's name and says nothing of the language around it — unless every word of its line is
 * capitalised ("Footer Sai Nam", a title in title case). The first word of a sentence is kept.
 */
export function withoutNames(text: string): string {
  const lines = text.split('\n');
  const titleCase = lines.map((line) => {
    const words = line.match(/\p{L}+/gu) ?? [];
    return words.length >= 2 && words.every((word) => /^\p{Lu}/u.test(word));
  });
  return lines
    .map((line, index) => {
      if (titleCase[index]) return line;
      let previousEnd = 0;
      return line.replace(ANY_WORD, (word, at: number) => {
        const startsSentence = previousEnd === 0 || SENTENCE_END.test(line.slice(previousEnd, at));
        previousEnd = at + word.length;
        const vietnamese = VIETNAMESE_LETTERS.test(word) || weightOf(word.toLowerCase()).vi > 0;
        return !startsSentence && vietnamese && CAPITALISED.test(word) ? ' '.repeat(word.length) : word;
      });
    })
    .join('\n');
}

/**
 * How much a text's words without diacritics weigh for Vietnamese and for English. Loanwords both
 * languages write ("footer", "link", "icon", "page", "banner", "logo", "Facebook"), figures, words
 * of both ("an", "to", "do", "me", "ban", "can", "the") and names (withoutNames) weigh nothing. A
 * word with a Vietnamese letter is not read here: it says Vietnamese by itself.
 */
export function plainWordWeights(text: string): { vietnamese: number; english: number } {
  let vietnamese = 0;
  let english = 0;
  const own = withoutNames(text);
  for (const found of own.matchAll(WORD)) {
    // "500k", "v2", "2026a" are figures and codes, not words; "/agree", "/note" is a command.
    const before = own[found.index - 1] ?? '';
    const after = own[found.index + found[0].length] ?? '';
    if (LETTER_OR_FIGURE.test(before) || LETTER_OR_FIGURE.test(after) || before === '/') continue;
    const weight = weightOf(found[0].toLowerCase());
    vietnamese += weight.vi;
    english += weight.en;
  }
  return { vietnamese, english };
}

/** True when a word typed without diacritics is a Vietnamese syllable that no English text uses. */
export function isVietnameseSyllable(word: string): boolean {
  return weightOf(word.toLowerCase()).vi > 0;
}

/** True when a word is a loanword both languages write as it is ("footer", "link", "Facebook"). */
export function isLoanword(word: string): boolean {
  return LOANWORDS.has(word.toLowerCase());
}

/** The language of a person's own words (a title, the deliverables they listed). */
export function writtenLanguage(words: readonly string[], fallback: Locale): Locale {
  return languageOfWords(words) ?? fallback;
}

/**
 * The language a person's words are in, or undefined when they do not tell (`/agree` alone):
 * Vietnamese letters, or Vietnamese syllables typed plain that outweigh the English words
 * ("gui file final truoc thu 6 nhe"), say Vietnamese; else one of the commonest English words
 * (SAYS_ENGLISH) says English. That short list, not every English word, is what says English here:
 * a note's record and the quoting of the team's words follow it ("Arbitration at VIAC" is quoted as
 * it is, "/note call … answer: they promised everything" answered in the side's language).
 */
export function languageOfWords(words: readonly string[]): Locale | undefined {
  const text = words.join('\n');
  if (VIETNAMESE_LETTERS.test(text) || languageOfPlainText(text) === 'vi') return 'vi';
  const found = text.toLowerCase().match(/[a-z]+/gu) ?? [];
  return found.some((word) => SAYS_ENGLISH.has(word)) ? 'en' : undefined;
}

/**
 * The language of a text typed without diacritics: the side its words weigh more for, or undefined
 * when neither weighs more ("link broken" is English, "link facebook sai" Vietnamese, "footer logo"
 * does not tell).
 */
export function languageOfPlainText(text: string): Locale | undefined {
  const { vietnamese, english } = plainWordWeights(text);
  if (vietnamese > english) return 'vi';
  if (english > vietnamese) return 'en';
  return undefined;
}
