// A held-out set for contradiction notes, written apart from the detector and its word lists: forty pairs
// of feedback issues as clients of a restaurant / coffee brand would file them (Vietnamese with and
// without diacritics, English, and a mix). Twenty are true contradictions: two requests for opposite
// changes to the same thing, worded differently (a complaint "too dark" against a request "make it
// darker", synonyms, polite forms, typos). Twenty are tempting non-contradictions: opposite words on
// different things, compatible requests on the same thing, praise beside a request, bug reports and
// names that carry "add / remove / giảm giá", questions, and two issues that want the same change.
// Each pair is filed as two open feedback issues with the same topic label, so the topic is not what
// is tested, and the real planner is asked what it would write. The figures are printed. This set is
// held out: it measures, it never tunes. First measured (session 20): 11 of 20 found, 2 of 20 false
// (the rule before found 3 and noted 7). The goal is 14 found with at most 2 false; the assertion
// holds the line measured, so a change that loses ground fails here.
import { describe, expect, it } from 'vitest';
import type { Write } from '../../src/core/plan';
import type { Snapshot } from '../../src/core/snapshot';
import { addIssue, makeSnapshot } from '../../fake-github/world';
import { commentsOf, plan } from './helpers';

const KIND = 'feedback-contradiction';
const LABEL = 'feedback: contradiction';
const NOW = '2026-12-03T06:00:00Z';

interface Side {
  readonly title: string;
  readonly body: string;
}

interface Pair {
  readonly id: string;
  readonly a: Side;
  readonly b: Side;
}

const side = (title: string, body: string): Side => ({ title, body });

// Opposite requests on the same thing.
const CONTRADICTIONS: readonly Pair[] = [
  {
    id: 'T1 logo size (vi)',
    a: side(
      'Logo hơi bé',
      'Logo trên thanh đầu trang nhìn hơi bé, khách khó thấy tên quán. Nhờ em phóng to logo lên giúp chị.',
    ),
    b: side(
      'Logo chiếm chỗ',
      'Logo to quá, chiếm gần hết thanh menu trên điện thoại. Em thu nhỏ logo lại giúp chị nhé.',
    ),
  },
  {
    id: 'T2 banner brightness (en)',
    a: side(
      'Hero banner too dark',
      'The hero banner photo is too dark, you can barely see the coffee cups. Please brighten it up.',
    ),
    b: side(
      'Banner image',
      'Can you make the banner image darker? The white headline on it is hard to read right now.',
    ),
  },
  {
    id: 'T3 menu font size (no diacritics)',
    a: side(
      'chu menu nho',
      'font chu tren trang menu nho qua, khach lon tuoi doc khong duoc. em tang co chu len giup chi',
    ),
    b: side(
      'co chu trang menu',
      'co chu trang menu bay gio to qua nhin tho lam. nho em giam size chu xuong 1 chut',
    ),
  },
  {
    id: 'T4 order button colour strength (vi)',
    a: side(
      'Màu nút Đặt hàng',
      'Nút Đặt hàng màu đỏ nhìn gắt quá, hơi chói. Em đổi sang tông nhạt hơn được không em?',
    ),
    b: side(
      'Nút Đặt hàng nhạt',
      'Nút Đặt hàng nhạt màu quá, khách không để ý tới. Cho nút đậm màu hơn giúp chị nha.',
    ),
  },
  {
    id: 'T5 newsletter popup timing (en)',
    a: side(
      'Newsletter popup shows too late',
      'The newsletter popup appears too late, most visitors have left before it shows. Please show it sooner.',
    ),
    b: side(
      'Popup is annoying',
      'The newsletter popup jumps out the second the page loads, it is really annoying. Could you delay it a bit?',
    ),
  },
  {
    id: 'T6 product description length (vi)',
    a: side(
      'Mô tả sản phẩm dài',
      'Phần mô tả các món cà phê dài dòng quá, khách lười đọc. Nhờ em rút gọn mô tả sản phẩm lại.',
    ),
    b: side(
      'Mô tả sản phẩm sơ sài',
      'Mô tả sản phẩm ngắn quá, khách không biết hạt cà phê lấy từ đâu. Em viết dài hơn, chi tiết hơn giúp chị.',
    ),
  },
  {
    id: 'T7 number of photos on home page (no diacritics)',
    a: side('trang chu nhieu anh', 'anh san pham tren trang chu nhieu qua, load cham. bot anh di giup chi'),
    b: side('trang chu trong', 'trang chu nhin hoi trong trai, nho em them anh san pham vao cho dep'),
  },
  {
    id: 'T8 footer height (en / no diacritics)',
    a: side(
      'Footer too tall on mobile',
      'The footer feels way too tall on mobile, it is almost a full screen. Please make it more compact.',
    ),
    b: side('footer chat', 'footer bi chat qua, chu dinh vao nhau. em gian ra cho footer cao hon chut nhe'),
  },
  {
    id: 'T9 banner slider speed (no diacritics / vi)',
    a: side(
      'slider nhanh',
      'banner slider chuyen qua nhanh, chua doc kip chu da qua hinh khac. cho cham lai nhe em',
    ),
    b: side(
      'Slider chậm',
      'Slider trên banner chạy chậm quá, khách phải đợi lâu mới thấy món mới. Tăng tốc độ chuyển ảnh lên giúp chị.',
    ),
  },
  {
    id: 'T10 menu page background (vi)',
    a: side('Nền trang menu', 'Màu nền trang menu tối quá, nhìn u ám. Em làm sáng lên giúp chị.'),
    b: side(
      'Nền menu chói',
      'Nền trang menu trắng quá, nhìn chói mắt. Cho tối màu hơn một chút được không em?',
    ),
  },
  {
    id: 'T11 price size on product cards (en)',
    a: side(
      'Prices hard to see',
      "Please increase the price font on the product cards, customers tell us they can't find the price.",
    ),
    b: side(
      'Product card prices',
      'The prices on the product cards are way too large, it makes us look like a discount shop. Tone them down please.',
    ),
  },
  {
    id: 'T12 footer logo weight (no diacritics)',
    a: side('logo footer mo', 'logo o footer nhin mo qua, gan nhu khong thay. lam dam len dum chi'),
    b: side(
      'logo footer dam',
      'logo duoi footer dam qua, noi hon ca logo tren header. lam nhat lai cho hai hoa nha em',
    ),
  },
  {
    id: 'T13 checkout note field (vi / no diacritics)',
    a: side(
      'Ô ghi chú thanh toán',
      'Ô ghi chú ở trang thanh toán nên bỏ đi, khách hầu như không dùng mà làm form dài thêm.',
    ),
    b: side(
      'ghi chu don hang',
      'trang thanh toan can co o ghi chu de khach dan it da, it duong. em them vao giup chi',
    ),
  },
  {
    id: 'T14 menu photo size, typos (en)',
    a: side('menu pics', 'the menu photos are to small, pls make them biger so ppl can actualy see the food'),
    b: side(
      'Menu pictures huge',
      'Menu pictures are huge, I have to scroll forever to get to the drinks. Could you shrink them a bit?',
    ),
  },
  {
    id: 'T15 add-to-cart button size (vi)',
    a: side(
      'Nút Thêm vào giỏ to',
      'Nút Thêm vào giỏ to quá, che mất ảnh món trên điện thoại. Thu nhỏ nút lại giúp chị.',
    ),
    b: side(
      'Nút Thêm vào giỏ bé',
      'Nút Thêm vào giỏ bé tí, ngón tay bấm không trúng. Làm nút to hơn nha em.',
    ),
  },
  {
    id: 'T16 promo popup frequency (no diacritics)',
    a: side(
      'popup hien nhieu',
      'popup khuyen mai hien nhieu qua, moi lan chuyen trang lai hien. giam tan suat lai giup chi',
    ),
    b: side(
      'popup it hien',
      'popup khuyen mai hien it qua, khach khong thay uu dai tuan nay. cho hien thuong xuyen hon nhe em',
    ),
  },
  {
    id: 'T17 About us length (en / vi)',
    a: side('About Us page', 'Please shorten the About Us page, nobody is going to read that much text.'),
    b: side(
      'Trang Giới thiệu',
      'Trang Giới thiệu (About Us) ngắn quá, nhờ em viết thêm về nông trại và câu chuyện rang xay của quán.',
    ),
  },
  {
    id: 'T18 spacing between menu items (vi)',
    a: side(
      'Khoảng cách món',
      'Khoảng cách giữa các món trong menu rộng quá, phải cuộn rất nhiều. Em thu hẹp lại giúp chị.',
    ),
    b: side('Menu rối', 'Các món trong menu nằm sát nhau quá, nhìn rối mắt. Nhờ em giãn ra thêm một chút.'),
  },
  {
    id: 'T19 sticky header (vi / mixed)',
    a: side(
      'Header sticky',
      'Header cứ dính trên đầu khi cuộn, mất cả khoảng màn hình trên điện thoại. Chị muốn bỏ sticky header.',
    ),
    b: side(
      'Header biến mất',
      'Khi cuộn xuống thì header biến mất, khách không bấm được giỏ hàng. Cho header sticky ở đầu trang nhé em.',
    ),
  },
  {
    id: 'T20 food photo saturation (no diacritics)',
    a: side('mau anh mon an', 'mau anh mon an nhat qua, nhin khong ngon mieng. tang do dam mau len giup chi'),
    b: side(
      'anh mon an ruc',
      'anh mon an chinh mau ruc qua, nhin gia tao. em giam bot do ruc lai cho tu nhien',
    ),
  },
];

// Not contradictions, though tempting.
const NON_CONTRADICTIONS: readonly Pair[] = [
  {
    id: 'N1 bigger logo, smaller cart icon (vi)',
    a: side('Logo', 'Logo trên trang chủ cho to hơn chút nhé em.'),
    b: side('Icon giỏ hàng', 'Icon giỏ hàng to quá, lấn cả ô tìm kiếm. Thu nhỏ icon giỏ hàng lại giúp chị.'),
  },
  {
    id: 'N2 banner text bigger, footer text smaller (en)',
    a: side('Banner text', 'Please make the text on the home banner bigger, it is hard to read on phones.'),
    b: side(
      'Footer text',
      'The footer text is too big compared to the rest of the page, please make it smaller.',
    ),
  },
  {
    id: 'N3 dish titles bigger, footer whitespace less (no diacritics)',
    a: side('tieu de mon', 'tieu de ten mon an nho qua, tang co chu len giup chi'),
    b: side('footer trong', 'phia duoi footer co khoang trang thua, giam bot di cho gon'),
  },
  {
    id: 'N4 logo bigger and sharper (en / vi)',
    a: side('Logo size', 'Could the logo be a little bigger on desktop?'),
    b: side('Logo bị mờ', 'Logo đang bị mờ, vỡ nét trên màn hình Retina. Nhờ em xuất lại file logo nét hơn.'),
  },
  {
    id: 'N5 praise of small logo, request bigger banner heading (vi)',
    a: side('Logo mới', 'Chị rất thích logo mới, nhỏ gọn mà tinh tế. Cảm ơn team nhiều nha.'),
    b: side('Tiêu đề banner', 'Dòng tiêu đề trên banner nên to hơn cho nổi bật nhé em.'),
  },
  {
    id: 'N6 discount code bug, raise shipping fee (vi)',
    a: side(
      'Mã giảm giá không dùng được',
      'Mã giảm giá CAFE10 nhập ở trang thanh toán báo "mã không hợp lệ", khách phàn nàn mấy lần rồi.',
    ),
    b: side('Phí ship', 'Nhờ em tăng phí ship nội thành lên 20k từ tháng sau giúp chị.'),
  },
  {
    id: 'N7 Remove button bug, add quantity selector (en)',
    a: side(
      'Remove button in cart broken',
      "The 'Remove' button in the cart doesn't remove the item, the page just reloads and the item is still there.",
    ),
    b: side(
      'Quantity in cart',
      'Can you add a quantity selector in the cart? Customers ordering for the office want 10 lattes at once.',
    ),
  },
  {
    id: 'N8 question about logo size, request bigger logo (vi)',
    a: side(
      'Kích thước logo',
      'Logo hiện tại kích thước bao nhiêu px vậy em? Chị cần gửi cho bên in menu giấy.',
    ),
    b: side('Logo nhỏ', 'Logo nhỏ quá, phóng to lên giúp chị.'),
  },
  {
    id: 'N9 mobile logo too small + make it larger: same change (vi / en)',
    a: side('Logo trên điện thoại', 'Logo trên điện thoại bé xíu, gần như không thấy được.'),
    b: side('Mobile logo', 'Please make the mobile logo larger.'),
  },
  {
    id: 'N10 banner too dark + make it brighter: same change (no diacritics)',
    a: side('banner toi', 'banner trang chu toi qua, nhin khong ro mon'),
    b: side('banner sang hon', 'lam banner sang hon giup chi nhe, cho thay ro ly ca phe'),
  },
  {
    id: 'N11 less text on home, more text on About (vi)',
    a: side('Trang chủ nhiều chữ', 'Trang chủ nhiều chữ quá, em bớt chữ đi cho thoáng.'),
    b: side('Trang Giới thiệu', 'Trang Giới thiệu ít nội dung quá, nhờ em thêm đoạn về lịch sử quán.'),
  },
  {
    id: 'N12 order button bigger and orange (no diacritics)',
    a: side('nut dat hang', 'nut dat hang nho qua, lam to hon giup chi'),
    b: side('mau nut dat hang', 'nut dat hang doi sang mau cam cho hop mau thuong hieu nha em'),
  },
  {
    id: 'N13 bigger "Giảm giá cuối tuần" banner, raise a price (vi)',
    a: side(
      'Banner Giảm giá cuối tuần',
      'Banner “Giảm giá cuối tuần” nhờ em làm to hơn một chút, đặt ngay dưới menu.',
    ),
    b: side('Giá Cold brew', 'Nhờ em tăng giá món Cold brew lên 55k từ thứ Hai tuần sau.'),
  },
  {
    id: 'N14 add interior photos, remove a blurry latte photo (en)',
    a: side('About page photos', 'Please add more photos of the café interior to the About page.'),
    b: side(
      'Blurry latte photo',
      'Remove the blurry latte photo on the Caramel Latte product page, it looks bad.',
    ),
  },
  {
    id: 'N15 add one dish, remove another from the menu (no diacritics)',
    a: side('them tra dao', 'them mon tra dao cam sa vao menu giup chi, gia 45k'),
    b: side('bo tra vai', 'bo mon tra vai khoi menu nhe em vi het mua vai roi'),
  },
  {
    id: 'N16 popup bigger on desktop, smaller on mobile (mixed)',
    a: side('Popup desktop', 'Trên desktop popup khuyến mãi hơi nhỏ, cho to hơn chút được không em?'),
    b: side(
      'popup mobile',
      'popup khuyen mai tren dien thoai che het man hinh, thu nho lai tren mobile thoi nhe',
    ),
  },
  {
    id: 'N17 quantity bug quoting "Giảm số lượng", raise the order limit (vi)',
    a: side(
      'Lỗi nút giảm số lượng',
      'Ở giỏ hàng bấm nút “Giảm số lượng” thì số lượng lại tăng lên, khách đặt nhầm mấy đơn rồi.',
    ),
    b: side('Số lượng tối đa', 'Nhờ em tăng số lượng tối đa mỗi đơn lên 20 ly cho khách đặt văn phòng.'),
  },
  {
    id: 'N18 footer add hotline, remove old address (no diacritics)',
    a: side('footer hotline', 'footer them so hotline 0909 123 456 giup chi'),
    b: side('dia chi cu', 'footer bo dong dia chi cu o Quan 3 di nhe em, quan chuyen qua Quan 1 roi'),
  },
  {
    id: 'N19 praise bright menu page, request larger menu photos (en)',
    a: side('Menu page looks great', 'Love how bright and airy the new menu page looks, great job team!'),
    b: side('Menu photos', 'Could the photos on the menu page be a bit larger?'),
  },
  {
    id: 'N20 food photos sharper, food photos a bit smaller (no diacritics)',
    a: side('anh mon an mo', 'anh mon an bi mo, nho em up lai anh net hon'),
    b: side('kich thuoc anh mon', 'anh mon an nen nho lai 1 chut cho vua khung, dang bi cat mat'),
  },
];

function filePair(pair: Pair): Snapshot {
  const file = (snapshot: Snapshot, number: number, issue: Side, createdAt: string): Snapshot =>
    addIssue(snapshot, {
      number,
      title: issue.title,
      body: issue.body,
      labels: ['feedback', 'topic: design'],
      createdAt,
    });
  return file(file(makeSnapshot(), 1, pair.a, '2026-12-03T01:00:00Z'), 2, pair.b, '2026-12-03T02:00:00Z');
}

/** Whether the planner would post a contradiction note, or label either issue as a contradiction. */
function flagged(writes: readonly Write[]): boolean {
  const noted = commentsOf(writes).some((comment) => comment.marker.kind === KIND);
  const labelled = writes.some((write) => write.kind === 'add-labels' && write.labels.includes(LABEL));
  return noted || labelled;
}

const judge = (pair: Pair): boolean => flagged(plan(filePair(pair), NOW));

const describePair = (pair: Pair): string =>
  `  ${pair.id}\n    #1 ${pair.a.title}: ${pair.a.body}\n    #2 ${pair.b.title}: ${pair.b.body}`;

describe('contradiction notes on a fresh held-out set', () => {
  it('has twenty pairs of each kind', () => {
    expect(CONTRADICTIONS).toHaveLength(20);
    expect(NON_CONTRADICTIONS).toHaveLength(20);
  });

  it('finds at least 11 of 20 true pairs and notes at most 2 of 20 false ones (goal: 14)', () => {
    const misses = CONTRADICTIONS.filter((pair) => !judge(pair));
    const falsePairs = NON_CONTRADICTIONS.filter((pair) => judge(pair));
    const found = CONTRADICTIONS.length - misses.length;
    const noted = found + falsePairs.length;
    const precision = noted === 0 ? 1 : found / noted;
    const recall = found / CONTRADICTIONS.length;
    const report = [
      `contradiction-fresh: true pairs found ${found}/${CONTRADICTIONS.length}, ` +
        `false pairs ${falsePairs.length}/${NON_CONTRADICTIONS.length}`,
      `precision ${(precision * 100).toFixed(1)}% (${found}/${noted}), recall ${(recall * 100).toFixed(1)}% ` +
        `(${found}/${CONTRADICTIONS.length})`,
      `misses (${misses.length}):`,
      ...misses.map(describePair),
      `false pairs (${falsePairs.length}):`,
      ...falsePairs.map(describePair),
    ].join('\n');
    console.log(report);
    expect(falsePairs.length, report).toBeLessThanOrEqual(2);
    expect(found, report).toBeGreaterThanOrEqual(11);
  });
});
