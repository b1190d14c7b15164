// What change a piece of feedback asks for, and to what: the reading behind contradiction notes.
//
// A request is a direction on an axis (bigger/smaller, more/fewer or add/remove, longer/shorter,
// darker/lighter, faster/slower, keep/change, and a plain increase/decrease that meets the first
// three) and the thing it is asked of (the words of its noun phrase). Two requests are opposite when
// their directions are and they are asked of the same thing: a content word in common, once stop
// words, places ("on the contact page", "ở footer") and the direction words are set aside, across the
// two languages for the common words of a website ("ảnh" = "photo", "nút" = "button").
//
// How a direction is read, in both languages:
// - a comparative or a verb says it: "bigger", "to hơn", "nhỏ lại", "enlarge", "phóng to", "thu nhỏ",
//   "add", "thêm", "remove", "bỏ", "keep", "giữ nguyên", "change", "đổi";
// - a plain adjective says it only when asked for ("make it big", "làm nhỏ") or complained of: "too
//   big", "to quá", "quá nhỏ", "hơi bé", "looks tiny", "is huge" ask for the opposite;
// - a negation turns it ("don't remove", "đừng thêm"), an inability drops it ("can't add", "không thêm
//   … được": a bug, not a request), a comparison with something else drops it ("bigger than theirs"),
//   and a question that is not a polite request drops it ("Do you keep backups?").
// A text that asks both ways of the same thing decides nothing on it.
//
// Vietnamese typed without diacritics is read as such, with care: its single syllables collide ("doi"
// is đổi, đợi, đôi, đội; "bo" is bỏ, bộ, bố; "thay" is thay and thấy), so a bare syllable counts as a
// request only where it reads as one, in a clause that reads as Vietnamese.
import { languageOfPlainText } from '../messages/written-language';
import { findKeywords, hasDiacritics, isAscii, tokenize, type Token } from './text';

export type Axis = 'size' | 'length' | 'count' | 'amount' | 'shade' | 'speed' | 'keep';

/** One change a text asks for. */
export interface Ask {
  readonly axis: Axis;
  /** +1: bigger, longer, more or add, darker, faster, keep; -1: the other way. */
  readonly sign: 1 | -1;
  /** The words of the thing it is asked of. */
  readonly object: readonly ObjectWord[];
  /** The words that said it, as written (lower-cased). */
  readonly word: string;
}

export interface ObjectWord {
  readonly exact: string;
  readonly folded: string;
  /** The common thing both languages name ("photo" for "ảnh", "hình", "photos", "images"). */
  readonly concept?: string;
}

export interface Asks {
  readonly asks: readonly Ask[];
  /** Whether the text carries diacritics: then its words are compared exactly. */
  readonly accented: boolean;
}

type Role = 'verb' | 'cmp' | 'plain';
type Cue = readonly [words: string, axis: Axis, sign: 1 | -1, role: Role];

// Directions. A plain adjective's sign is what it names ("small" is -1); asked of, it keeps it,
// complained of, it turns.
// prettier-ignore
const CUES_EN: readonly Cue[] = [
  ['bigger', 'size', 1, 'cmp'], ['larger', 'size', 1, 'cmp'], ['taller', 'size', 1, 'cmp'], ['wider', 'size', 1, 'cmp'],
  ['smaller', 'size', -1, 'cmp'], ['narrower', 'size', -1, 'cmp'],
  ['enlarge', 'size', 1, 'verb'], ['scale up', 'size', 1, 'verb'], ['scale it up', 'size', 1, 'verb'],
  ['shrink', 'size', -1, 'verb'], ['downsize', 'size', -1, 'verb'], ['scale down', 'size', -1, 'verb'],
  ['scale it down', 'size', -1, 'verb'], ['scale them down', 'size', -1, 'verb'],
  ['big', 'size', 1, 'plain'], ['large', 'size', 1, 'plain'], ['huge', 'size', 1, 'plain'], ['tall', 'size', 1, 'plain'],
  ['wide', 'size', 1, 'plain'], ['oversized', 'size', 1, 'plain'], ['small', 'size', -1, 'plain'],
  ['tiny', 'size', -1, 'plain'], ['narrow', 'size', -1, 'plain'],
  ['longer', 'length', 1, 'cmp'], ['shorter', 'length', -1, 'cmp'], ['lengthen', 'length', 1, 'verb'],
  ['shorten', 'length', -1, 'verb'], ['trim', 'length', -1, 'verb'], ['cut down', 'length', -1, 'verb'],
  ['long', 'length', 1, 'plain'], ['short', 'length', -1, 'plain'],
  ['more', 'count', 1, 'cmp'], ['less', 'count', -1, 'cmp'], ['fewer', 'count', -1, 'cmp'],
  ['add', 'count', 1, 'verb'], ['insert', 'count', 1, 'verb'], ['remove', 'count', -1, 'verb'],
  ['delete', 'count', -1, 'verb'], ['take out', 'count', -1, 'verb'], ['take off', 'count', -1, 'verb'],
  ['take down', 'count', -1, 'verb'], ['get rid of', 'count', -1, 'verb'], ['hide', 'count', -1, 'verb'],
  ['many', 'count', 1, 'plain'], ['much', 'count', 1, 'plain'], ['few', 'count', -1, 'plain'],
  ['increase', 'amount', 1, 'verb'], ['raise', 'amount', 1, 'verb'], ['boost', 'amount', 1, 'verb'],
  ['decrease', 'amount', -1, 'verb'], ['reduce', 'amount', -1, 'verb'],
  ['darker', 'shade', 1, 'cmp'], ['bolder', 'shade', 1, 'cmp'], ['lighter', 'shade', -1, 'cmp'],
  ['brighter', 'shade', -1, 'cmp'], ['paler', 'shade', -1, 'cmp'], ['darken', 'shade', 1, 'verb'],
  ['lighten', 'shade', -1, 'verb'], ['brighten', 'shade', -1, 'verb'], ['tone down', 'shade', -1, 'verb'],
  ['dark', 'shade', 1, 'plain'], ['pale', 'shade', -1, 'plain'], ['bright', 'shade', -1, 'plain'],
  ['faster', 'speed', 1, 'cmp'], ['quicker', 'speed', 1, 'cmp'], ['slower', 'speed', -1, 'cmp'],
  ['speed up', 'speed', 1, 'verb'], ['speed it up', 'speed', 1, 'verb'], ['slow down', 'speed', -1, 'verb'],
  ['slow it down', 'speed', -1, 'verb'], ['fast', 'speed', 1, 'plain'], ['slow', 'speed', -1, 'plain'],
  ['keep', 'keep', 1, 'verb'], ['leave it as is', 'keep', 1, 'verb'], ['stay the same', 'keep', 1, 'verb'],
  ['change', 'keep', -1, 'verb'], ['replace', 'keep', -1, 'verb'], ['switch', 'keep', -1, 'verb'],
  ['swap', 'keep', -1, 'verb'],
];

// prettier-ignore
const CUES_VI: readonly Cue[] = [
  ['to hơn', 'size', 1, 'cmp'], ['lớn hơn', 'size', 1, 'cmp'], ['cao hơn', 'size', 1, 'cmp'], ['rộng hơn', 'size', 1, 'cmp'],
  ['to ra', 'size', 1, 'cmp'], ['to lên', 'size', 1, 'cmp'], ['nhỏ hơn', 'size', -1, 'cmp'], ['bé hơn', 'size', -1, 'cmp'],
  ['thấp hơn', 'size', -1, 'cmp'], ['hẹp hơn', 'size', -1, 'cmp'], ['nhỏ lại', 'size', -1, 'cmp'], ['bé lại', 'size', -1, 'cmp'],
  ['nhỏ đi', 'size', -1, 'cmp'], ['bé đi', 'size', -1, 'cmp'], ['gọn lại', 'size', -1, 'cmp'], ['thấp xuống', 'size', -1, 'cmp'],
  ['phóng to', 'size', 1, 'verb'], ['phóng to lên', 'size', 1, 'verb'], ['phóng to ra', 'size', 1, 'verb'], ['phóng lớn', 'size', 1, 'verb'], ['nới rộng', 'size', 1, 'verb'],
  ['thu nhỏ', 'size', -1, 'verb'], ['thu gọn', 'size', -1, 'verb'], ['thu bé', 'size', -1, 'verb'],
  ['to', 'size', 1, 'plain'], ['lớn', 'size', 1, 'plain'], ['cao', 'size', 1, 'plain'], ['rộng', 'size', 1, 'plain'],
  ['to đùng', 'size', 1, 'plain'], ['nhỏ', 'size', -1, 'plain'], ['bé', 'size', -1, 'plain'], ['thấp', 'size', -1, 'plain'],
  ['hẹp', 'size', -1, 'plain'], ['bé tí', 'size', -1, 'plain'], ['nhỏ xíu', 'size', -1, 'plain'],
  ['dài hơn', 'length', 1, 'cmp'], ['dài ra', 'length', 1, 'cmp'], ['ngắn hơn', 'length', -1, 'cmp'],
  ['ngắn lại', 'length', -1, 'cmp'], ['ngắn đi', 'length', -1, 'cmp'], ['kéo dài', 'length', 1, 'verb'],
  ['rút gọn', 'length', -1, 'verb'], ['rút gọn lại', 'length', -1, 'verb'], ['rút ngắn', 'length', -1, 'verb'], ['cắt ngắn', 'length', -1, 'verb'],
  ['dài', 'length', 1, 'plain'], ['ngắn', 'length', -1, 'plain'],
  ['nhiều hơn', 'count', 1, 'cmp'], ['ít hơn', 'count', -1, 'cmp'], ['ít đi', 'count', -1, 'cmp'], ['ít lại', 'count', -1, 'cmp'],
  ['thêm', 'count', 1, 'verb'], ['bổ sung', 'count', 1, 'verb'], ['chèn', 'count', 1, 'verb'],
  ['bỏ', 'count', -1, 'verb'], ['bớt', 'count', -1, 'verb'], ['xoá', 'count', -1, 'verb'], ['xóa', 'count', -1, 'verb'],
  ['gỡ', 'count', -1, 'verb'], ['gỡ bỏ', 'count', -1, 'verb'], ['loại bỏ', 'count', -1, 'verb'], ['ẩn', 'count', -1, 'verb'],
  ['bỏ bớt', 'count', -1, 'verb'], ['xoá bỏ', 'count', -1, 'verb'], ['xóa bỏ', 'count', -1, 'verb'], ['cắt bỏ', 'count', -1, 'verb'],
  ['cắt bớt', 'count', -1, 'verb'], ['nhiều', 'count', 1, 'plain'], ['ít', 'count', -1, 'plain'],
  ['tăng', 'amount', 1, 'verb'], ['tăng thêm', 'amount', 1, 'verb'], ['nâng', 'amount', 1, 'verb'],
  ['giảm', 'amount', -1, 'verb'], ['giảm bớt', 'amount', -1, 'verb'], ['hạ', 'amount', -1, 'verb'],
  ['đậm hơn', 'shade', 1, 'cmp'], ['tối hơn', 'shade', 1, 'cmp'], ['đậm lên', 'shade', 1, 'cmp'],
  ['nhạt hơn', 'shade', -1, 'cmp'], ['sáng hơn', 'shade', -1, 'cmp'], ['nhạt đi', 'shade', -1, 'cmp'],
  ['nhạt lại', 'shade', -1, 'cmp'], ['sáng lên', 'shade', -1, 'cmp'], ['tô đậm', 'shade', 1, 'verb'],
  ['đậm', 'shade', 1, 'plain'], ['tối', 'shade', 1, 'plain'], ['nhạt', 'shade', -1, 'plain'], ['sáng', 'shade', -1, 'plain'],
  ['nhanh hơn', 'speed', 1, 'cmp'], ['nhanh lên', 'speed', 1, 'cmp'], ['chậm hơn', 'speed', -1, 'cmp'],
  ['chậm lại', 'speed', -1, 'cmp'], ['chậm đi', 'speed', -1, 'cmp'], ['tăng tốc', 'speed', 1, 'verb'],
  ['giảm tốc', 'speed', -1, 'verb'], ['chậm', 'speed', -1, 'plain'],
  ['giữ', 'keep', 1, 'verb'], ['giữ nguyên', 'keep', 1, 'verb'], ['giữ lại', 'keep', 1, 'verb'],
  ['để nguyên', 'keep', 1, 'verb'], ['để như cũ', 'keep', 1, 'verb'], ['không đổi', 'keep', 1, 'verb'],
  ['đổi', 'keep', -1, 'verb'], ['thay đổi', 'keep', -1, 'verb'], ['thay thế', 'keep', -1, 'verb'],
  ['thay bằng', 'keep', -1, 'verb'], ['thay', 'keep', -1, 'verb'],
];

// Vietnamese words that, typed without diacritics, are too often another word to count alone.
const PLAIN_ONLY_WHEN_ACCENTED = new Set([
  'thay',
  'ẩn',
  'gỡ',
  'hạ',
  'nâng',
  'sáng',
  'tối',
  'sáng hơn',
  'tối hơn',
]);

// What a bare syllable typed without diacritics is when these words follow it: not a request.
// prettier-ignore
const NOT_A_REQUEST_BEFORE: Readonly<Record<string, readonly string[]>> = {
  doi: ['voi', 'khi', 'tac', 'ngu', 'chieu', 'moi', 'song', 'tuong', 'thoai', 'phuong', 'thu', 'xu', 'nhau', 'dien'],
  bo: ['cuc', 'loc', 'phan', 'suu', 'nho', 'me', 'ban', 'phieu', 'qua', 'sung'],
  tang: ['ca', 'truong', 'tret', 'tren', 'duoi', 'lau', 'hang', 'qua', 'pham', 'hai', 'ba', 'mot'],
  giam: ['doc', 'sat', 'dinh', 'gia'],
  giu: ['cho'],
  them: [],
  bot: [],
  xoa: [],
};
// … and when these come before it.
// prettier-ignore
const NOT_A_REQUEST_AFTER: Readonly<Record<string, readonly string[]>> = {
  doi: ['gap', 'cho', 'phan', 'tuong', 'hai', 'mot', 'chong', 'cap', 'doi'],
  tang: ['qua', 'duoc', 'khuyen'],
  bot: ['banh'],
};

// Phrases whose direction word is part of a name: "Add to cart", "giảm giá" (a discount), "giữ chỗ"
// (a booking), "keep up the good work".
// prettier-ignore
const NAMES = [
  'add to cart', 'add to bag', 'keep up', 'keep in mind', 'keep getting', 'change log', 'change password',
  'thêm vào giỏ', 'thêm vào giỏ hàng', 'thêm giỏ hàng', 'giảm giá', 'mã giảm giá', 'khuyến mãi', 'giữ chỗ', 'đổi trả',
  'đổi mật khẩu', 'bỏ qua', 'bỏ sót', 'bỏ trống', 'tăng ca', 'tăng trưởng', 'thay mặt', 'giảm thiểu',
];

// Words around a direction that decide how it reads.
const TOO_BEFORE = [
  'too',
  'so',
  'very',
  'overly',
  'really',
  'quite',
  'rather',
  'a bit',
  'a little',
  'kind of',
  'way too',
  'quá',
  'hơi',
  'rất',
  'khá',
  'hơi bị',
];
const TOO_AFTER = ['quá', 'lắm', 'thế', 'vậy', 'quá trời', 'wa'];
const IS_BEFORE = [
  'is',
  'are',
  'looks',
  'look',
  'feels',
  'feel',
  'seems',
  'seem',
  'appears',
  'nhìn',
  'trông',
  'bị',
];
const MAKE_BEFORE = [
  'make',
  'made',
  'làm',
  'cho',
  'chỉnh',
  'should be',
  'must be',
  'needs to be',
  'need to be',
  'nên',
  'cần',
];
const NEGATION = [
  'do not',
  'does not',
  'never',
  'no need to',
  'not',
  'đừng',
  'không cần',
  'chưa cần',
  'không nên',
  'chẳng cần',
  'khỏi',
];
const INABILITY = [
  'can not',
  'cannot',
  'unable to',
  'not able to',
  'failed to',
  'không thể',
  'không',
  'chưa',
  'chẳng',
  'ko',
  'k',
];
const ENOUGH = ['enough', 'đủ'];
const THAN = ['than', 'so với'];
const NOW = [
  'now',
  'currently',
  'before',
  'today',
  'at the moment',
  'hiện tại',
  'bây giờ',
  'hiện nay',
  'trước',
  'cũ',
];
const REQUEST_IN_QUESTION = [
  'can you',
  'could you',
  'would you',
  'will you',
  'can we',
  'could we',
  'could the',
  'can the',
  'please',
  'is it possible',
  'would it be possible',
  'được không',
  'được ko',
  'đc không',
  'giúp',
  'giùm',
  'dùm',
  'nhé',
  'nha',
  'nhờ',
];

// Where a thing is, not what is asked of it: the words after these are a place.
// prettier-ignore
const PLACE_BEFORE = [
  'on', 'in', 'at', 'under', 'above', 'below', 'near', 'inside', 'across', 'between', 'beside', 'from', 'to',
  'into', 'onto', 'within', 'around', 'behind', 'throughout', 'for', 'trên', 'ở', 'tại', 'trong', 'dưới', 'cạnh',
  'bên cạnh', 'khỏi', 'vào', 'từ', 'giữa', 'ngoài', 'lên', 'sau', 'trước', 'đến', 'tới', 'về', 'so với', 'bằng',
  'thành', 'sang', 'than', 'like', 'như', 'cho',
];
// "the size of the logo", "ảnh của quán": the thing goes on after these.
const OF = ['of', 'của'];

// Words that name nothing asked of: function words, people, politeness, places, measures.
// prettier-ignore
const STOP = [
  // English.
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'them', 'they', 'their', 'our', 'ours',
  'your', 'my', 'we', 'you', 'i', 'me', 'us', 'he', 'she', 'his', 'her', 'please', 'could', 'would', 'can',
  'should', 'will', 'shall', 'may', 'might', 'must', 'be', 'is', 'are', 'was', 'were', 'been', 'am', 'do',
  'does', 'did', 'make', 'made', 'let', 'get', 'have', 'has', 'had', 'just', 'also', 'very', 'so', 'bit',
  'little', 'really', 'quite', 'rather', 'now', 'still', 'already', 'again', 'some', 'any', 'all', 'each',
  'every', 'most', 'and', 'or', 'but', 'if', 'when', 'then', 'as', 'by', 'with', 'without', 'up', 'down',
  'out', 'off', 'about', 'there', 'here', 'what', 'which', 'who', 'how', 'why', 'where', 'no', 'only', 'even',
  'kind', 'lot', 'lots', 'thing', 'things', 'way', 'thanks', 'thank', 'hi', 'hello', 'team', 'guys', 'maybe',
  'need', 'needs', 'want', 'wants', 'like', 'prefer', 'look', 'looks', 'feel', 'feels', 'seem', 'seems',
  'use', 'show', 'one', 'version', 'current', 'new', 'old', 'same', 'too', 'way', 'at least', 'now',
  'page', 'pages', 'site', 'website', 'web', 'screen', 'section', 'part', 'area', 'size', 'height', 'width',
  'length', 'number', 'amount', 'colour', 'color', 'style', 'home page', 'homepage', 'people', 'customers',
  'visitors', 'everyone', 'nobody', 'someone', 'something', 'is still', 's', 't', 'again', 'well',
  // Vietnamese.
  'em', 'anh', 'chị', 'bên', 'bên em', 'mình', 'tôi', 'tui', 'bạn', 'các', 'các em', 'những', 'cái', 'chiếc',
  'này', 'đó', 'kia', 'ấy', 'đây', 'nay', 'giúp', 'giùm', 'dùm', 'hộ', 'nhé', 'nha', 'nhá', 'ạ', 'à', 'ơi', 'đi',
  'với', 'và', 'hoặc', 'nhưng', 'thì', 'là', 'mà', 'để', 'nên', 'cần', 'phải', 'muốn', 'mong', 'nhờ',
  'vui lòng', 'làm ơn', 'được', 'đc', 'dc', 'không', 'ko', 'k', 'chưa', 'có', 'đã', 'đang', 'sẽ', 'vẫn', 'còn',
  'rồi', 'lại', 'xuống', 'ra', 'hơn', 'quá', 'lắm', 'hơi', 'chút', 'một chút', 'xíu', 'chút xíu', 'tí', 'một',
  'hai', 'ba', 'hết', 'cả', 'tất cả', 'mọi', 'nào', 'gì', 'sao', 'vậy', 'thế', 'như vậy', 'thôi', 'luôn',
  'ngay', 'nữa', 'trang', 'trang chủ', 'web', 'website', 'chỉnh', 'sửa', 'làm', 'thấy', 'nhìn', 'trông',
  'hiện', 'hiển thị', 'bị', 'hiện tại', 'bây giờ', 'giờ', 'hôm nay', 'mới', 'cũ', 'cứ', 'số', 'màu', 'cỡ',
  'kích thước', 'chiều cao', 'chiều dài', 'chiều rộng', 'độ', 'lượng', 'số lượng', 'phần', 'mục', 'chỗ',
  'vị trí', 'kiểu', 'bản', 'khách', 'khách hàng', 'mọi người', 'ai', 'nghĩ', 'thích', 'chạy', 'chuyển', 'viết',
  'ghi', 'dùng', 'hiện', 'xem', 'kịp', 'rất', 'khá', 'nhiều', 'ít', 'cho',
  // The side words of more than one word, so that they are read whole.
  'a bit', 'a little', 'kind of', 'way too', 'hơi bị', 'quá trời', 'should be', 'must be', 'needs to be',
  'need to be', 'at the moment',
];

// The common words of a website, one thing in both languages.
// prettier-ignore
const THINGS: Readonly<Record<string, readonly string[]>> = {
  photo: ['photo', 'image', 'picture', 'pic', 'thumbnail', 'ảnh', 'hình', 'hình ảnh', 'hinh anh'],
  button: ['button', 'nút', 'nut bam', 'nút bấm'],
  text: ['text', 'chữ', 'nội dung', 'content', 'copy'],
  font: ['font', 'phông chữ', 'font chữ', 'typeface'],
  product: ['product', 'sản phẩm'],
  price: ['price', 'giá'],
  footer: ['footer', 'chân trang'],
  header: ['header', 'đầu trang'],
  map: ['map', 'bản đồ'],
  form: ['form', 'biểu mẫu'],
  background: ['background', 'nền', 'hình nền', 'màu nền'],
  description: ['description', 'mô tả'],
  title: ['title', 'heading', 'tiêu đề'],
  icon: ['icon', 'biểu tượng'],
  dish: ['dish', 'món', 'món ăn'],
  cart: ['cart', 'giỏ', 'giỏ hàng'],
  story: ['story', 'câu chuyện'],
  gallery: ['gallery', 'thư viện ảnh'],
  slider: ['slider', 'carousel'],
  popup: ['popup', 'pop up', 'cửa sổ bật lên'],
  video: ['video', 'clip'],
  menu: ['menu', 'thực đơn'],
  logo: ['logo'],
  banner: ['banner'],
};

type Category =
  | `cue:${number}`
  | 'name'
  | 'stop'
  | `thing:${string}`
  | 'too-before'
  | 'too-after'
  | 'is'
  | 'make'
  | 'negation'
  | 'inability'
  | 'enough'
  | 'than'
  | 'now'
  | 'place'
  | 'of';

const CUES: ReadonlyArray<Cue & { readonly lang: 'en' | 'vi' }> = [
  ...CUES_EN.map((cue) => Object.assign([...cue] as unknown as Cue, { lang: 'en' as const })),
  ...CUES_VI.map((cue) => Object.assign([...cue] as unknown as Cue, { lang: 'vi' as const })),
];

// One rule list for the words of a clause: longer phrases are matched first and take their words.
const WORD_RULES: ReadonlyArray<{ category: Category; keywords: readonly string[] }> = [
  ...CUES.map((cue, index) => ({ category: `cue:${index}` as Category, keywords: [cue[0]] })),
  { category: 'name', keywords: NAMES },
  ...Object.entries(THINGS).map(([thing, words]) => ({
    category: `thing:${thing}` as Category,
    keywords: words,
  })),
  { category: 'negation', keywords: NEGATION.filter((word) => word !== 'not') },
  { category: 'inability', keywords: INABILITY.filter((word) => word.includes(' ') || word === 'cannot') },
  { category: 'than', keywords: THAN },
  { category: 'place', keywords: PLACE_BEFORE },
  { category: 'of', keywords: OF },
  { category: 'stop', keywords: STOP },
];

const SIDE_WORDS: ReadonlyArray<{ category: Category; keywords: readonly string[] }> = [
  { category: 'too-before', keywords: TOO_BEFORE },
  { category: 'too-after', keywords: TOO_AFTER },
  { category: 'is', keywords: IS_BEFORE },
  { category: 'make', keywords: MAKE_BEFORE },
  { category: 'negation', keywords: NEGATION },
  { category: 'inability', keywords: INABILITY },
  { category: 'enough', keywords: ENOUGH },
  { category: 'now', keywords: NOW },
];

const HOW_TO_RULES = [
  {
    category: 'how' as const,
    keywords: ['how to', 'how do i', 'how can i', 'how do we', 'cách', 'làm sao', 'làm thế nào', 'hướng dẫn'],
  },
];
// "Can it be smaller?", "Could the footer be darker?": a request put as a question ("Can I …?" asks how).
const POLITE_START = /(?:^|[,;:]\s*)(?:can|could|would|will)\s+(?!i\b)/iu;
const REQUEST_RULES = [{ category: 'request' as const, keywords: REQUEST_IN_QUESTION }];

const SENTENCE = /[^.!?…\n]+[.!?…]*/gu;
const CLAUSE = /[,;:()[\]]+|\s[-–—]\s/u;

interface Item {
  readonly category: Category | 'word';
  readonly tokens: readonly Token[];
  readonly text: string;
}

function itemsOf(tokens: readonly Token[], rules: typeof WORD_RULES): Item[] {
  const hits = findKeywords(tokens, rules);
  const items: Item[] = [];
  let at = 0;
  const plain = (end: number): void => {
    for (; at < end; at += 1) {
      const token = tokens[at] as Token;
      items.push({ category: 'word', tokens: [token], text: token.exact });
    }
  };
  for (const hit of hits) {
    plain(hit.at);
    const length = tokenize(hit.keyword).length;
    const words = tokens.slice(hit.at, hit.at + length);
    items.push({ category: hit.category, tokens: words, text: words.map((token) => token.exact).join(' ') });
    at = hit.at + length;
  }
  plain(tokens.length);
  return items;
}

const SIDE_RULES = new Map(SIDE_WORDS.map((rule) => [rule.category, [rule]]));

/** Whether an item is, as a whole, one of the side words of a kind. */
function sideIs(item: Item | undefined, category: Category): boolean {
  const rules = SIDE_RULES.get(category);
  if (!item || !rules) return false;
  return findKeywords(item.tokens, rules).some((hit) => tokenize(hit.keyword).length === item.tokens.length);
}

const ASCII_DIGITS = /^\p{N}+\p{L}{0,2}$/u;
const isContent = (item: Item | undefined): boolean =>
  !!item &&
  (item.category === 'word' || item.category.startsWith('thing:') || item.category === 'name') &&
  !ASCII_DIGITS.test(item.text) &&
  (item.tokens[0]?.folded.length ?? 0) > 1;

/** An English plural as its singular, so "photos" is "photo". */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/u.test(word)) return word.slice(0, -1);
  return word;
}

function objectWords(items: readonly Item[]): ObjectWord[] {
  return items.flatMap((item): ObjectWord[] => {
    if (item.category.startsWith('thing:')) {
      return [{ exact: item.text, folded: item.text, concept: item.category.slice(6) }];
    }
    return item.tokens.map((token) => ({ exact: singular(token.exact), folded: singular(token.folded) }));
  });
}

/** The things a clause names that are not places: the indexes of its content items. */
function thingsOf(items: readonly Item[]): Set<number> {
  const things = new Set<number>();
  let place = false;
  items.forEach((item, index) => {
    if (item.category === 'place') place = true;
    else if (isContent(item)) {
      if (!place) things.add(index);
    } else if (item.category !== 'stop' || !place || !/^(the|a|an|các|những)$/u.test(item.text)) {
      // A place runs over its own noun phrase ("on the contact page"), then ends.
      if (!(place && item.category === 'stop' && index > 0 && !isContent(items[index - 1]))) place = false;
    }
  });
  return things;
}

/** The run of content items from `start` going `step`, and on through "of …" going forward. */
function runFrom(
  items: readonly Item[],
  things: ReadonlySet<number>,
  start: number,
  step: 1 | -1,
  skip: boolean,
): Item[] {
  const run: Item[] = [];
  let index = start;
  if (skip) {
    // Over function words, and over a place ("the thumbnails on the checkout page could be smaller").
    while (index >= 0 && index < items.length && !things.has(index)) {
      const item = items[index] as Item;
      const over =
        ['stop', 'place', 'of', 'word', 'name'].includes(item.category) || item.category.startsWith('thing:');
      if (!over) return run;
      index += step;
    }
  }
  while (things.has(index)) {
    run.push(items[index] as Item);
    index += step;
    if (step === 1 && items[index]?.category === 'of') {
      index += 1;
      while (items[index]?.category === 'stop' && !things.has(index)) index += 1;
    }
  }
  return run;
}

interface ClauseRead {
  readonly asks: Array<Ask & { needsObject: boolean }>;
  readonly things: ObjectWord[];
}

function readClause(
  clause: string,
  accented: boolean,
  question: boolean,
  politeQuestion: boolean,
  textLanguage: string | undefined,
): ClauseRead {
  const tokens = tokenize(clause);
  const plainVietnamese =
    !accented && isAscii(clause) && (languageOfPlainText(clause) ?? textLanguage) === 'vi';
  // A direction word of the other language ("be" in English, "to" typed plain in Vietnamese) is a
  // function word here.
  const items = itemsOf(tokens, WORD_RULES).map((item): Item => {
    if (!item.category.startsWith('cue:')) return item;
    const cue = CUES[Number(item.category.slice(4))] as Cue & { lang: 'en' | 'vi' };
    const foreign =
      !accented &&
      (cue.lang === 'vi' ? !plainVietnamese || PLAIN_ONLY_WHEN_ACCENTED.has(cue[0]) : plainVietnamese);
    return foreign ? { ...item, category: 'stop' } : item;
  });
  const things = thingsOf(items);
  const asks: Array<Ask & { needsObject: boolean }> = [];
  const side = (index: number, category: Category): boolean => sideIs(items[index], category);
  items.forEach((item, index) => {
    if (!item.category.startsWith('cue:')) return;
    const cue = CUES[Number(item.category.slice(4))] as Cue & { lang: 'en' | 'vi' };
    const [words, axis, named, role] = cue;
    if (question && !politeQuestion) return;
    if (cue.lang === 'vi' && !accented) {
      const folded = item.tokens.map((token) => token.folded).join(' ');
      const next = items[index + 1]?.tokens[0]?.folded;
      const before = items[index - 1]?.tokens.at(-1)?.folded;
      if (next && NOT_A_REQUEST_BEFORE[folded]?.includes(next)) return;
      if (before && NOT_A_REQUEST_AFTER[folded]?.includes(before)) return;
    }
    // "keeps crashing", "keep getting": a report, not a request.
    if (words === 'keep' && (item.tokens[0]?.exact !== 'keep' || /ing$/u.test(items[index + 1]?.text ?? '')))
      return;
    let sign: 1 | -1 = named;
    // "nhiều sản phẩm hơn", "ít món quá": a quantity with its thing between.
    if (axis === 'count' && role === 'plain' && cue.lang === 'vi') {
      const run = runFrom(items, things, index + 1, 1, false);
      const end = items[index + 1 + run.length];
      if (run.length > 0 && run.length <= 4 && end && /^(hơn|hon|quá|qua|lắm)$/u.test(end.text)) {
        const turned = /^(hơn|hon)$/u.test(end.text) ? named : named === 1 ? -1 : 1;
        asks.push({
          axis,
          sign: turned,
          object: objectWords(run),
          word: `${item.text} ${end.text}`,
          needsObject: false,
        });
        return;
      }
    }
    if (role === 'plain') {
      const tooBefore = side(index - 1, 'too-before') || side(index - 2, 'too-before');
      const tooAfter = side(index + 1, 'too-after');
      const is = side(index - 1, 'is') || (side(index - 1, 'too-before') && side(index - 2, 'is'));
      const enough = side(index + 1, 'enough');
      const made = [1, 2, 3, 4].some((back) => side(index - back, 'make'));
      if (enough) {
        // "not big enough" asks for bigger; "big enough" asks nothing.
        if (!side(index - 1, 'negation') && items[index - 1]?.text !== 'not') return;
        sign = named;
      } else if (tooBefore || tooAfter || (is && !made)) sign = named === 1 ? -1 : 1;
      else if (!made) return;
    }
    // A comparison with something else is not a request ("bigger than theirs"), unless with now.
    if (items[index + 1]?.category === 'than') {
      const after = items.slice(index + 2, index + 6);
      if (!after.some((next) => sideIs(next, 'now') || next.text === 'it')) return;
    }
    // Negation and inability: up to three items before.
    const before = [1, 2, 3].map((back) => items[index - back]);
    const after = items.slice(index + 1, index + 5);
    const unable =
      before.some((prior) => prior?.category === 'inability' || sideIs(prior, 'inability')) &&
      (before.some((prior) => prior?.category === 'inability') ||
        after.some((next) => /^(được|đươc|duoc|dc|đc)$/u.test(next.text)));
    if (unable && role !== 'plain') return;
    const negated =
      before.some((prior) => prior?.category === 'negation') ||
      (items[index - 1]?.text === 'not' && role !== 'plain');
    if (negated && role !== 'plain') sign = sign === 1 ? -1 : 1;
    // The thing asked of: after a verb; after a comparative right before its noun ("smaller logo"),
    // else before it ("the logo bigger", "chữ to hơn"); before a plain adjective.
    let run: Item[] = [];
    if (role === 'verb') run = runFrom(items, things, index + 1, 1, true);
    if (role === 'cmp' && things.has(index + 1)) run = runFrom(items, things, index + 1, 1, false);
    // "nhiều sản phẩm hơn": the thing sits inside the comparative.
    if (run.length === 0) run = runFrom(items, things, index - 1, -1, true).reverse();
    if (run.length === 0 && role !== 'verb') run = runFrom(items, things, index + 1, 1, true);
    asks.push({
      axis,
      sign,
      object: objectWords(run),
      word: item.tokens.map((token) => token.exact).join(' '),
      needsObject: run.length === 0,
    });
  });
  return { asks, things: objectWords(items.filter((_, index) => things.has(index))) };
}

/** The changes a text asks for, each with the thing it is asked of. */
export function asksOf(text: string, title = ''): Asks {
  const accented = hasDiacritics(tokenize(`${title}\n${text}`));
  const textLanguage = accented ? 'vi' : languageOfPlainText(`${title}\n${text}`);
  const asks: Ask[] = [];
  // A request that names nothing ("please remove it", "em chỉnh chậm lại giúp chị") is of what its
  // sentence named first, else what the sentence before named first, else the title.
  let before: ObjectWord[] = [];
  const titleThings = title.trim() ? readClause(title, accented, false, false, textLanguage).things : [];
  for (const [sentence] of text.matchAll(SENTENCE)) {
    const question = /\?\s*$/u.test(sentence);
    // "Cách đổi ảnh banner", "How do I change …": a question of how, whatever its punctuation.
    const howTo = findKeywords(sentence, HOW_TO_RULES).length > 0;
    const polite =
      !howTo && question && (POLITE_START.test(sentence) || findKeywords(sentence, REQUEST_RULES).length > 0);
    let first: ObjectWord[] = [];
    for (const clause of sentence.split(CLAUSE)) {
      if (!clause.trim()) continue;
      const read = readClause(clause, accented, question || howTo, polite, textLanguage);
      for (const { needsObject, ...ask } of read.asks) {
        const object = !needsObject
          ? ask.object
          : ([first, before, titleThings].find((things) => things.length > 0) ?? []);
        asks.push({ ...ask, object });
      }
      if (first.length === 0) first = read.things;
    }
    if (first.length > 0) before = first;
  }
  // A text that asks both ways of the same thing decides nothing on it.
  const decided = asks.filter(
    (ask) =>
      !asks.some(
        (other) =>
          other !== ask &&
          meets(ask.axis, other.axis) &&
          other.sign !== ask.sign &&
          sameThing(ask.object, accented, other.object, accented),
      ),
  );
  return { asks: decided, accented };
}

function sameWord(a: ObjectWord, aAccented: boolean, b: ObjectWord, bAccented: boolean): boolean {
  if (a.concept || b.concept) return a.concept === b.concept;
  if (a.folded !== b.folded) return false;
  return !(aAccented && bAccented) || a.exact === b.exact;
}

function sameThing(
  a: readonly ObjectWord[],
  aAccented: boolean,
  b: readonly ObjectWord[],
  bAccented: boolean,
): boolean {
  return a.some((word) => b.some((other) => sameWord(word, aAccented, other, bAccented)));
}

/** The first pair of requests of two texts that ask opposite changes to the same thing, or null. */
export function opposite(older: Asks, newer: Asks): { readonly older: Ask; readonly newer: Ask } | null {
  for (const ask of newer.asks) {
    for (const other of older.asks) {
      if (
        meets(ask.axis, other.axis) &&
        ask.sign !== other.sign &&
        sameThing(other.object, older.accented, ask.object, newer.accented)
      ) {
        return { older: other, newer: ask };
      }
    }
  }
  return null;
}

const MEASURED: readonly Axis[] = ['size', 'length', 'count', 'amount'];

/** Whether directions on two axes can be opposite: each with itself, a plain increase with sizes. */
function meets(a: Axis, b: Axis): boolean {
  return a === b || (a === 'amount' && MEASURED.includes(b)) || (b === 'amount' && MEASURED.includes(a));
}

const thingKey = (word: ObjectWord): string => (word.concept ? `@${word.concept}` : word.folded);

/** The keys a text's requests are filed under: axis, direction and each word of the thing. */
export function askKeys(asks: Asks): Set<string> {
  return new Set(
    asks.asks.flatMap((ask) => ask.object.map((word) => `${ask.axis}:${ask.sign}:${thingKey(word)}`)),
  );
}

/** The keys the requests opposing a text's requests are filed under. */
export function opposingKeys(asks: Asks): Set<string> {
  return new Set(
    asks.asks.flatMap((ask) =>
      ask.object.flatMap((word) =>
        (ask.axis === 'amount'
          ? MEASURED
          : MEASURED.includes(ask.axis)
            ? [ask.axis, 'amount']
            : [ask.axis]
        ).map((axis) => `${axis}:${-ask.sign}:${thingKey(word)}`),
      ),
    ),
  );
}
