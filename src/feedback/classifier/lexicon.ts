// The built-in lexicon: groups of words and phrases (English and Vietnamese) whose meaning a client of
// a web agency shares with every other. A hit is a FEATURE, not a verdict: the trained weights say how
// much "a bug word" or "a thank-you" counts for each label, so "thanks" ending a complaint counts for
// little and "fixed" beside praise counts for praise. Written from the domain, not from the corpus's
// evaluation set. Vietnamese is written with full diacritics: a text typed without diacritics is
// matched folded, except the one-syllable words listed in AMBIGUOUS_WHEN_FOLDED.

export const LEXICON_GROUPS = [
  'bug',
  'broken',
  'outage',
  'display',
  'slow',
  'complaint',
  'praise',
  'thanks',
  'fixed',
  'nobug',
  'request',
  'question',
  'urgent',
  'money',
  'security',
  'minor',
  'important',
  'soon',
  'later',
  'launch',
  'breadth',
  'mass',
  'limited',
  'ongoing',
  'past',
  'notlive',
  'loss',
  'weekday',
  'cosmetic',
  'comparative',
  'topic_quality',
  'topic_design',
  'topic_delivery',
  'topic_support',
  'topic_communication',
  'topic_other',
  'phrase',
] as const;

export type LexiconGroup = (typeof LEXICON_GROUPS)[number];

/** Words that say a problem came back after its fix (complaints; contrast.ts reads them apart too). */
// prettier-ignore
export const RECURRENCE_WORDS = [
  'is back', 'are back', 'came back', 'come back', 'comes back', 'coming back', 'back again',
  'happening again', 'happened again', 'bị lại', 'tái diễn', 'xuất hiện lại', 'lỗi lại', 'hỏng lại',
] as const;

// prettier-ignore
export const LEXICON: Readonly<Record<LexiconGroup, readonly string[]>> = {
  bug: [
    'bug', 'bugs', 'error', 'errors', 'lỗi', 'bị lỗi', 'báo lỗi', 'issue', 'issues', 'glitch', 'defect',
    'exception', 'crash', 'crashes', 'crashed', 'hỏng', 'bị hỏng', 'sai', 'wrong', 'incorrect', 'lệch',
    'bị lệch', 'vỡ', 'bị vỡ', 'vỡ layout', 'mất', 'bị mất',
    'missing', 'thiếu', 'bị thiếu', 'trùng', 'bị trùng', 'duplicate', 'duplicated', '404', 'not found',
  ],
  broken: [
    'locked out', 'not arriving', 'never arrives', 'never arrived', 'never get', 'spinning', 'spins forever', 'keeps loading', 'goes blank', 'no longer works', 'no longer', 'stopped', 'disappeared', 'vanished', 'is gone', 'văng ra', 'bị văng', 'không tạo đơn', 'thất bại', 'báo thất bại',
    'broken', 'not working', 'does not work', 'do not work', 'stopped working', 'fails', 'failed', 'fail',
    'failing', 'unable to', 'can not', 'will not load', 'will not open', 'will not work', 'will not start', 'would not load', 'không hoạt động', 'không chạy', 'không được',
    'không lên', 'không hiện', 'không hiển thị', 'không load', 'không tải', 'không gửi', 'không nhận',
    'không bấm', 'không click', 'không mở', 'không vào', 'bị treo', 'treo', 'đơ', 'bị đơ', 'freeze',
    'frozen', 'stuck', 'declined', 'rejected', 'bounces', 'bounced', 'bouncing', 'nothing happens', 'không có phản ứng', 'không phản hồi', 'chết', 'bị chết',
  ],
  outage: [
    '500', '502', '503', '504', 'bad gateway', 'internal server error', 'service unavailable',
    'site down', 'website down', 'is down', 'are down', 'was down', 'been down', 'still down',
    'down again', 'down since', 'went down', 'goes down', 'keeps going down', 'sập', 'bị sập', 'sập web',
    'trang trắng', 'trắng trang', 'trắng xoá', 'trắng xóa', 'màn hình trắng', 'white screen',
    'blank page', 'không truy cập được', 'không vào được', 'cannot access', 'offline', 'timeout',
    'timed out', 'ssl expired', 'ssl has expired', 'certificate expired', 'certificate has expired',
    'ssl hết hạn', 'chứng chỉ ssl hết hạn', 'chứng chỉ hết hạn', 'hết hạn ssl', 'domain expired',
    'domain has expired', 'tên miền hết hạn', 'tên miền đã hết hạn',
    'web chết', 'trang chết', 'site chết', 'web die', 'site die', 'web không lên', 'trang không lên',
    'web không vào được', 'trắng trơn', 'trắng bóc', 'trắng tinh', 'mất hết dữ liệu', 'mất dữ liệu',
    'data loss', 'lost all data', 'lost all our data', 'data is gone', 'all data is gone',
  ],
  display: [
    'hiển thị', 'hiện', 'responsive', 'mobile', 'điện thoại', 'iphone', 'android', 'safari', 'chrome',
    'blurry', 'mờ', 'bị mờ', 'vỡ ảnh', 'pixelated', 'overlap', 'overlapping', 'đè', 'bị đè', 'chồng',
    'tràn', 'bị tràn', 'cut off', 'bị cắt', 'misaligned', 'alignment', 'căn lề', 'căn giữa',
  ],
  slow: [
    'slow', 'slowly', 'loading', 'takes forever', 'lag', 'laggy', 'chậm', 'load chậm', 'tải chậm', 'lâu',
    'rất lâu', 'giật', 'giật lag', 'pagespeed', 'performance', 'hiệu năng', 'tốc độ',
  ],
  complaint: [
    'disappointed', 'disappointing', 'unhappy', 'not happy', 'frustrated', 'frustrating', 'annoying',
    'unacceptable', 'terrible', 'awful', 'bad', 'again', 'still', 'complain', 'complaint', 'complaining',
    'thất vọng', 'không hài lòng', 'chưa hài lòng', 'bực', 'khó chịu', 'tệ', 'kém', 'không ổn', 'chưa ổn',
    'không chấp nhận được', 'lại bị', 'vẫn', 'vẫn còn', 'vẫn bị', 'vẫn chưa', 'mãi', 'mãi chưa',
    ...RECURRENCE_WORDS,
    'phàn nàn', 'khách phàn nàn', 'customers complain', 'ugly', 'xấu', 'rối', 'khó dùng', 'khó nhìn',
    'confusing', 'hard to read', 'khó đọc', 'không ai', 'no one', 'nobody', 'chờ mãi', 'waiting for',
    'đợi', 'chờ', 'mấy ngày', 'several days', 'no reply', 'no response', 'chưa trả lời', 'chưa phản hồi',
    'không trả lời', 'không ai trả lời', 'chưa thấy', 'không thấy', 'chưa nhận được', 'never received', 'not received',
  ],
  praise: [
    'useful', 'helpful', 'very clear', 'clear and', 'neat', 'tidy', 'thorough', 'reassuring', 'enjoy', 'like the', 'likes', 'rõ ràng', 'hữu ích', 'gọn gàng', 'yên tâm', 'kỹ',
    'great', 'great job', 'great work', 'good job', 'nice work', 'well done', 'excellent', 'awesome',
    'amazing', 'love', 'love it', 'loved', 'perfect', 'impressed', 'impressive', 'beautiful', 'happy with',
    'pleased', 'appreciate', 'appreciated', 'kudos', 'smooth', 'fantastic', 'brilliant', 'exceeded',
    'tuyệt', 'tuyệt vời', 'xuất sắc', 'rất tốt', 'làm tốt', 'làm tốt lắm', 'hài lòng', 'rất hài lòng',
    'ưng', 'ưng ý', 'rất ưng', 'thích', 'rất thích', 'đẹp', 'đẹp quá', 'rất đẹp', 'ấn tượng', 'chuyên nghiệp',
    'nhanh', 'rất nhanh', 'nhiệt tình', 'chu đáo', 'mượt', 'ổn áp', 'ngon', 'chạy ngon', 'khen', 'được khen',
    'tận tình', 'tận tâm', 'ok lắm', 'quá đỉnh', 'đỉnh', 'very happy', 'professional', 'lovely', 'nice',
    'wonderful', 'delighted', 'thrilled', 'a pleasure', 'spot on', 'exactly what we', 'exactly the',
    'looks good', 'looks great', 'well organised', 'well organized', 'beautifully', 'nicely done',
  ],
  thanks: ['thanks', 'thank you', 'thank', 'thx', 'tks', 'cảm ơn', 'cám ơn', 'cảm ơn nhiều', 'cảm ơn team'],
  fixed: [
    'fixed', 'resolved', 'solved', 'works now', 'working now', 'all good', 'sorted', 'đã sửa', 'sửa xong',
    'đã fix', 'fix xong', 'đã xử lý', 'xử lý xong', 'đã hết', 'hết lỗi', 'hết bị', 'ok rồi', 'ổn rồi',
    'chạy rồi', 'được rồi', 'đã ổn', 'nhanh chóng', 'quickly', 'in no time', 'trong ngày',
  ],
  nobug: [
    'no issues', 'no issue', 'no bugs', 'no errors', 'no problems', 'without issues', 'without problems',
    'zero bugs', 'không có lỗi', 'không thấy lỗi', 'chưa thấy lỗi', 'không còn lỗi', 'không bị lỗi',
    'không phát hiện lỗi', 'không gặp lỗi', 'chưa gặp lỗi', 'không vấn đề', 'không có vấn đề',
  ],
  request: [
    'please', 'could you', 'can you', 'would you', 'would like', 'we would like', 'i would like', 'we want',
    'want to', 'add', 'change', 'update', 'replace', 'suggest', 'suggestion', 'proposal', 'consider',
    'nhờ', 'nhờ bên', 'nhờ team', 'muốn', 'mong muốn', 'đề nghị', 'đề xuất', 'thêm', 'bổ sung', 'đổi',
    'thay', 'thay đổi', 'chỉnh', 'chỉnh sửa', 'sửa giúp', 'giúp', 'giúp em', 'giúp chị', 'giúp anh',
    'cho em xin', 'cho chị xin', 'cho anh xin', 'vui lòng', 'được không', 'có thể', 'có được không',
  ],
  question: [
    'how do', 'how can', 'how to', 'where can', 'where do', 'where are', 'where is', 'wondering', 'what is', 'when will', 'is it possible',
    'do you', 'question', 'làm sao', 'làm thế nào', 'như thế nào', 'thế nào', 'ở đâu', 'hướng dẫn',
    'cách', 'bao giờ', 'khi nào', 'có phải', 'hỏi', 'cho hỏi', 'em hỏi', 'chị hỏi', 'anh hỏi', 'thắc mắc',
  ],
  urgent: [
    'top priority', 'losing', 'nobody can', 'no one can', 'không ai vào được', 'không ai đăng nhập được',
    'không ai đặt được', 'không ai mua được', 'angry', 'right now',
    'urgent', 'urgently', 'asap', 'critical', 'emergency', 'blocker', 'blocking', 'showstopper',
    'khẩn', 'khẩn cấp', 'gấp', 'rất gấp', 'gấp lắm', 'cần gấp', 'xử lý gấp', 'sửa gấp', 'cấp bách',
    'nghiêm trọng', 'ưu tiên', 'ưu tiên cao', 'priority', 'high priority', 'cứu',
  ],
  money: [
    'members', 'users', 'visitors', 'guests', 'patients', 'students', 'parents', 'buyers', 'shoppers', 'subscribers', 'người dùng', 'bệnh nhân', 'học viên', 'học sinh', 'phụ huynh', 'khách truy cập', 'tickets', 'shipping fee', 'phí vận chuyển', 'refunded',
    'charged', 'card', 'otp', 'sign up', 'promo', 'discount', 'refund', 'bookings', 'trừ tiền', 'hoàn tiền',
    'checkout', 'payment', 'payments', 'pay', 'cart', 'order', 'orders', 'revenue', 'sales', 'customers',
    'login', 'log in', 'sign in', 'register', 'booking', 'thanh toán', 'giỏ hàng', 'đơn hàng', 'đặt hàng',
    'mua hàng', 'doanh thu', 'khách hàng', 'khách', 'mất đơn', 'mất khách', 'đăng nhập', 'đăng ký',
    'đặt lịch', 'đặt bàn', 'chuyển khoản', 'vnpay', 'momo', 'cod', 'mã giảm giá', 'voucher', 'coupon',
    'for free', 'miễn phí', 'paid', 'đã trả tiền',
  ],
  security: [
    'visible to everyone', 'visible to anyone', 'anyone can see', 'anyone can download', 'anyone with the link', 'ai có link', 'ai cũng xem được', 'ai cũng tải được', 'personal data', 'personal information', 'phone numbers', 'thông tin cá nhân', 'lộ thông tin', 'số điện thoại và địa chỉ', 'gambling', 'betting', 'cờ bạc', 'redirected', 'redirects', 'chuyển hướng', 'trang lạ', 'link lạ', 'bị tấn công', 'tấn công', 'attack', 'injected', 'spam links',
    'hack', 'hacked', 'bị hack', 'security', 'vulnerability', 'bảo mật', 'lộ', 'lộ dữ liệu', 'rò rỉ',
    'data leak', 'leak', 'virus', 'malware', 'mã độc', 'spam', 'phishing', 'lừa đảo', 'bị lộ', 'để lộ',
    'lộ ra', 'lộ ra ngoài', 'privacy', 'exposed', 'without logging in', 'someone else', 'other customers',
    'another customer', 'riêng tư', 'công khai', 'không cần đăng nhập', 'của người khác', 'khách khác',
    'không an toàn', 'not secure', 'unsafe', 'dangerous site', 'trang nguy hiểm', 'web nguy hiểm',
  ],
  minor: [
    'very minor', 'just a thought', 'just an idea', 'just asking', 'just letting you know', 'fyi', 'ý tưởng thôi', 'hỏi thêm thôi', 'báo để', 'rất nhỏ',
    'minor', 'small', 'tiny', 'cosmetic', 'trivial', 'slightly', 'a bit', 'a little', 'little',
    'nice to have', 'not important', 'not urgent', 'low priority', 'lỗi nhỏ', 'nhỏ thôi', 'chuyện nhỏ',
    'vấn đề nhỏ', 'chi tiết nhỏ', 'một chút', 'chút xíu', 'xíu', 'hơi', 'không quan trọng', 'không gấp',
    'không cần gấp', 'nếu được', 'if possible', 'when possible',
  ],
  important: [
    'important', 'major', 'serious', 'significant', 'quan trọng', 'nghiêm túc', 'ảnh hưởng', 'affects',
    'affecting', 'impact', 'all users', 'tất cả', 'toàn bộ', 'nhiều khách', 'many customers',
  ],
  soon: [
    'today', 'tonight', 'now', 'right now', 'immediately', 'right away', 'tomorrow', 'this morning',
    'within the hour', 'hôm nay', 'tối nay', 'ngay', 'ngay lập tức', 'ngay bây giờ', 'bây giờ', 'sáng nay',
    'chiều nay', 'sáng mai', 'ngày mai', 'mai', 'trong hôm nay', 'trước khi', 'before', 'sửa ngay',
    'làm ngay', 'xử lý ngay', 'đang chạy quảng cáo', 'running ads', 'trưa nay', 'đêm nay',
    'this afternoon', 'this evening', 'by tonight', 'end of today', 'cuối ngày hôm nay',
  ],
  later: [
    'can wait', 'no need to rush', 'not a priority', 'not for this phase', 'next month', 'next round', 'one day', 'some day', 'at some point', 'whenever you can', 'in your own time', 'no urgency', 'để sau', 'làm sau', 'tháng sau', 'chưa cần vội', 'không vội',
    'no rush', 'no hurry', 'whenever', 'later', 'eventually', 'next phase', 'phase 2', 'next sprint',
    'when you have time', 'after launch', 'future', 'someday', 'không gấp', 'không cần gấp', 'từ từ',
    'khi nào rảnh', 'lúc nào rảnh', 'lúc nào cũng được', 'sau này', 'giai đoạn sau', 'giai đoạn 2',
    'đợt sau', 'sau khi ra mắt', 'khi nào tiện', 'thong thả', 'cứ từ từ', 'cũng được', 'cũng không sao',
    'is okay too', 'would be fine', 'is no problem',
  ],
  launch: [
    'tender', 'press event', 'press conference', 'journalists', 'conference', 'concert', 'festival', 'exhibition', 'audit', 'auditors', 'flyers', 'printed', 'invitations', 'ministry', 'deadline from', 'hội nghị', 'họp báo', 'lễ ra mắt', 'báo chí', 'thư mời', 'kiểm toán', 'tờ rơi', 'đã in', 'hội thảo', 'triển lãm',
    'launch', 'go live', 'go-live', 'golive', 'live', 'production', 'ra mắt', 'chạy thật', 'golive',
    'khai trương', 'lên sóng', 'public', 'công bố', 'opening', 'grand opening', 'press release',
    'campaign', 'event', 'investor', 'investors', 'board meeting', 'trade fair', 'sự kiện', 'nhà đầu tư',
    'chiến dịch', 'hội chợ', 'họp hội đồng', 'quảng cáo', 'chạy quảng cáo', 'ads', 'advertising',
  ],
  // How many are hit: a failure for everyone is not a failure for one order.
  breadth: [
    'everyone', 'every customer', 'all customers', 'all our', 'all staff', 'all of us', 'none of us',
    'not a single', 'whole site', 'entire site', 'every page', 'mọi người', 'cả công ty',
    'tất cả khách', 'ai cũng', 'không đơn nào', 'mọi khách', 'cả web', 'toàn web',
  ],
  // Messages sent to everyone at once: a wrong send reaches every customer before anyone can stop it.
  mass: [
    'all subscribers', 'whole list', 'entire list', 'every subscriber', 'sent to all', 'sent to everyone',
    'went to all', 'went out to', 'went to everyone', 'email blast', 'mass email', 'all our customers',
    'every customer got', 'gửi nhầm', 'gửi hàng loạt', 'gửi cho toàn bộ', 'gửi cho tất cả',
    'toàn bộ khách', 'toàn bộ khách hàng', 'tất cả khách hàng', 'cho toàn bộ',
  ],
  // A failure that reaches few, or leaves the work going: not urgent, however it is phrased.
  limited: [
    'one customer', 'one user', 'a few', 'a couple of', 'some customers', 'occasionally',
    'sometimes', 'now and then', 'everyone else', 'still go through', 'still goes through', 'still works',
    'still can', 'still able', 'not blocking', 'not the end of the world', 'only on', 'only in',
    'old iphone', 'old browser', 'một khách', 'một vài', 'một số', 'thỉnh thoảng', 'đôi khi',
    'không ảnh hưởng', 'vẫn nhận được', 'vẫn đặt được', 'vẫn mua được', 'vẫn dùng được', 'chỉ bị',
    'không ảnh hưởng khách', 'not affected', 'unaffected', 'no customer affected', 'no customers affected',
    'không bị ảnh hưởng', 'chưa ảnh hưởng',
  ],
  // It is happening now and goes on: the difference between a live failure and a past one.
  ongoing: [
    'since this morning', 'since last night', 'since yesterday', 'since noon', 'since lunch',
    'all morning', 'all day', 'keeps happening', 'again and again', 'as we speak', 'at the moment',
    'currently', 'right now', 'từ sáng', 'từ sáng nay', 'từ tối qua', 'từ hôm qua', 'từ chiều nay',
    'từ trưa', 'từ trưa nay', 'từ chiều qua', 'từ chiều hôm qua', 'từ đêm qua', 'sáng giờ', 'từ sáng giờ',
    'since this afternoon', 'since the update', 'since the last update',
    'cả buổi sáng', 'liên tục',
  ],
  // It happened and is over, or happened once: not a failure hitting customers now.
  past: [
    'last week', 'tuần trước', 'last night', 'đêm qua', 'a few minutes', 'for a few minutes', 'vài phút', 'mấy phút',
    'tự hết', 'sau đó tự hết', 'came back', 'back to normal', 'bình thường lại', 'lại bình thường',
    'đã bình thường', 'fine now', 'okay now', 'went away', 'resolved itself', 'only once', 'just once',
    'một lần thôi', 'chỉ một lần', 'last month', 'tháng trước',
  ],
  // Not in front of customers yet: a failure on the test site or before the site is public hits no
  // customer now (a launch it blocks is read from the launch words).
  notlive: [
    'staging', 'on staging', 'test site', 'test server', 'trang test', 'bản test', 'môi trường test',
    'not live yet', 'not yet live', 'chưa golive', 'chưa go live', 'chưa chạy thật', 'chưa public',
    'internal only', 'chỉ nội bộ', 'only we see', 'only visible to us', 'customers do not see',
    'khách không thấy',
  ],
  // Money lost as it happens: customers paying wrong amounts, the shop selling below its price.
  loss: [
    'charged twice', 'double charge', 'double charged', 'charged double', 'overcharged',
    'undercharged', 'trừ tiền hai lần', 'trừ tiền 2 lần', 'bị trừ tiền', 'trả nhiều hơn', 'trả thừa',
    'losing money', 'lose money', 'mất tiền', 'bán lỗ', 'below cost', 'lower than the real price',
    'thấp hơn giá', 'đặt theo giá', 'order at that price', 'ordering at that price',
  ],
  // A day named close ahead: with an event that cannot move, urgency is in the date.
  weekday: [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'this weekend',
    'this week', 'in two days', 'in 2 days', 'in three days', 'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm',
    'thứ sáu', 'thứ bảy', 'chủ nhật', 'cuối tuần này', 'tuần này', 'ngày kia', '2 ngày nữa',
    'vài ngày nữa',
  ],
  // Slips of wording or finish that nobody is blocked by: minor by the definitions, however they are
  // phrased (the prior also reads them as negative: something is wrong, only a small thing).
  cosmetic: [
    'typo', 'typos', 'spelling', 'misspelled', 'misspelt', 'misspelling', 'chính tả', 'sai chính tả',
    'lỗi chính tả', 'viết sai', 'sai chữ', 'thiếu dấu', 'lorem ipsum', 'placeholder', 'full stop',
    'punctuation', 'dấu chấm', 'dấu phẩy', 'copyright', 'cosmetic', 'off-centre', 'off-center',
    'a few pixels', 'vài pixel',
  ],
  // A change of size, colour or amount in one direction ("to hơn", "bigger", "a shade darker"): a
  // change request, neutral by the definitions, not a complaint.
  comparative: [
    'to hơn', 'nhỏ hơn', 'lớn hơn', 'bé hơn', 'rộng hơn', 'hẹp hơn', 'cao hơn', 'thấp hơn', 'dài hơn',
    'ngắn hơn', 'đậm hơn', 'nhạt hơn', 'sáng hơn', 'tối hơn', 'nhiều hơn', 'ít hơn', 'to ra', 'nhỏ lại',
    'thu nhỏ', 'phóng to', 'bigger', 'smaller', 'larger', 'wider', 'narrower', 'taller', 'shorter',
    'darker', 'lighter', 'brighter', 'bolder', 'thinner', 'thicker', 'softer', 'increase', 'reduce',
    'enlarge', 'shrink', 'a shade', 'a touch',
  ],
  topic_quality: [
    'bug', 'error', 'lỗi', 'crash', 'broken', 'hỏng', 'không hoạt động', 'form', 'button', 'nút', 'link',
    'đường link', 'trang', 'page', 'load', 'tải', 'chức năng', 'feature', 'function', 'search', 'tìm kiếm',
    'filter', 'lọc', 'email', 'gửi', 'submit', 'data', 'dữ liệu', 'api', 'server', 'database', 'seo',
    'typo', 'chính tả', 'giá', 'price', 'sản phẩm', 'product', 'admin', 'quản trị', 'cms', 'upload',
  ],
  topic_design: [
    'design', 'layout', 'colour', 'color', 'colors', 'font', 'fonts', 'logo', 'banner', 'icon', 'icons',
    'image', 'images', 'ảnh', 'hình', 'hình ảnh', 'màu', 'màu sắc', 'phông', 'phông chữ', 'font chữ',
    'cỡ chữ', 'chữ', 'bố cục', 'giao diện', 'thiết kế', 'mockup', 'figma', 'ui', 'ux', 'style', 'spacing',
    'khoảng cách', 'căn lề', 'to hơn', 'nhỏ hơn', 'bigger', 'smaller', 'đậm', 'nhạt', 'menu', 'header',
    'footer', 'animation', 'hiệu ứng', 'look', 'looks', 'trông', 'nhìn',
  ],
  topic_delivery: [
    'ready', 'not ready', 'date', 'dates', 'bring forward', 'postpone', 'deliver', 'delivered', 'delivery', 'files by', 'đúng hẹn', 'hẹn', 'dời', 'lùi', 'chưa lên', 'kịp',
    'deadline', 'late', 'delay', 'delayed', 'schedule', 'timeline', 'on time', 'behind', 'handoff',
    'handover', 'milestone', 'eta', 'due', 'trễ', 'bị trễ', 'trễ hạn', 'chậm tiến độ', 'tiến độ', 'hạn',
    'đúng hạn', 'thời hạn', 'bàn giao', 'giao', 'lịch', 'kế hoạch', 'mốc', 'muộn', 'bao giờ xong',
    'khi nào xong', 'staging', 'demo', 'sprint', 'phase', 'giai đoạn', 'hoàn thành', 'finish', 'finished',
  ],
  topic_support: [
    'mailbox', 'analytics', 'google analytics', 'pixel', 'install', 'browser', 'browsers', 'firewall', 'locked', 'restore', 'favicon', 'cài', 'cài đặt', 'trình duyệt', 'khôi phục', 'bị khoá', 'bị khóa', 'mở khoá',
    'support', 'help', 'hosting', 'domain', 'tên miền', 'email account', 'account', 'tài khoản',
    'password', 'mật khẩu', 'access', 'quyền', 'phân quyền', 'backup', 'sao lưu', 'ssl', 'dns', 'server',
    'máy chủ', 'hỗ trợ', 'hướng dẫn', 'training', 'đào tạo', 'how do', 'how to', 'làm sao', 'cách',
    'bảo hành', 'warranty', 'maintenance', 'bảo trì', 'gia hạn', 'renew',
  ],
  topic_communication: [
    'hotline', 'phone number', 'point of contact', 'contact', 'copy', 'cc', 'agenda', 'summary', 'heads-up', 'invite', 'invited', 'kickoff', 'weekly call', 'số điện thoại', 'mời', 'nội dung họp', 'đồng gửi',
    'meeting', 'meetings', 'call', 'report', 'reports', 'update', 'updates', 'informed', 'reply',
    'replies', 'respond', 'response', 'answer', 'communication', 'zalo', 'slack', 'email', 'emails',
    'họp', 'cuộc họp', 'buổi họp', 'báo cáo', 'cập nhật', 'trao đổi', 'liên lạc', 'liên hệ', 'trả lời',
    'phản hồi', 'nhắn', 'tin nhắn', 'gọi', 'thông báo', 'giao tiếp', 'đầu mối', 'pm', 'project manager',
    'biên bản', 'minutes',
  ],
  topic_other: [
    'receipt', 'deposit', 'payment terms', 'reference', 'recommend', 'company profile', 'appendix', 'renewal', 'phiếu thu', 'đặt cọc', 'phụ lục', 'giới thiệu', 'hồ sơ năng lực', 'tham chiếu',
    'invoice', 'invoices', 'billing', 'bill', 'contract', 'quote', 'quotation', 'hoá đơn', 'hóa đơn',
    'hợp đồng', 'báo giá', 'thanh toán đợt', 'công nợ', 'vat', 'tax', 'thuế', 'chi phí', 'cost',
  ],
  // Phrases that contain a word of another group but mean something else ("gấp rưỡi" is one and a
  // half times, not urgent; "khác nhau" is "different", not the topic Khác). Longer matches win, so
  // these consume their words before the shorter keyword can.
  phrase: [
    'gấp rưỡi', 'gấp đôi', 'gấp ba', 'gấp mấy lần', 'khác nhau', 'hợp tác', 'tuổi trẻ', 'sài gòn',
    'lê lợi', 'lời khen', 'lợi ích', 'gặp mặt', 'gặp nhau', 'hộp thư',
    // A promotion is no "mãi" (still, forever) and, typed plain, no "mai" (tomorrow); a banner put
    // up ("treo") has not frozen.
    'khuyến mãi', 'chương trình khuyến mãi', 'treo banner', 'treo thông báo', 'treo popup', 'treo băng rôn',
    'treo giúp', 'treo giùm', 'treo hộ', 'treo lên',
  ],
};

/**
 * Groups that name a thing belonging to some topic (a page, a bug, a payment, a colour, a date …).
 * A topic read from a text with none of them, nor an engagement keyword, rests on its phrasing
 * alone ("em xem lại rồi báo chị"): it must be much surer before it is believed (classify.ts).
 */
export const TOPICAL_GROUPS: ReadonlySet<LexiconGroup> = new Set<LexiconGroup>([
  'bug',
  'broken',
  'outage',
  'display',
  'slow',
  'cosmetic',
  'comparative',
  'money',
  'security',
  'launch',
  'mass',
  'topic_quality',
  'topic_design',
  'topic_delivery',
  'topic_support',
  'topic_communication',
  'topic_other',
]);

/**
 * Folded syllables that are several different Vietnamese words ("loi": lỗi error, lời word, lợi
 * benefit; "gap": gấp urgent, gặp meet; "muon": muộn late, muốn want). In a text typed without
 * diacritics a one-syllable keyword folding to one of these says nothing on its own: the learned
 * n-grams ("bi loi", "tra loi") carry the meaning instead.
 */
// prettier-ignore
export const AMBIGUOUS_WHEN_FOLDED: ReadonlySet<string> = new Set([
  'loi', 'sai', 'tre', 'hop', 'nho', 'khac', 'gap', 'cham', 'tot', 'te', 'thieu', 'muon', 'hong', 'dep',
  'xau', 'mau', 'moi', 'sua', 'ngay', 'mai', 'hon', 'lau', 'hien', 'mat', 'lai', 'giao', 'han', 'mo',
  'chu', 'hinh', 'do', 'vo', 'tran', 'de', 'hai', 'ban', 'lo', 'nhanh', 'thich', 'ung', 'ky', 'trang',
  'lech', 'treo', 'chet', 'chong', 'lich', 'moc', 'hoi', 'cach', 'gui', 'goi', 'nhan', 'dinh', 'ngon',
  'khen', 'kem', 'bac', 'chuyen', 'roi', 'cho', 'doi',
]);
