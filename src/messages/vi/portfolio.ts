// Vietnamese words of the portfolio issue, for the agency's leadership and account managers: read by
// several people, so no pronoun for the reader and "đội thực hiện" for the agency (one voice with the
// weekly summary), calm and factual, each problem with what to do next.
import type { PortfolioMessageKey } from '../en/portfolio';

export const PORTFOLIO_VI: Record<PortfolioMessageKey, string> = {
  'portfolio.default_title': '{portfolio} — tuần {week}',
  'portfolio.intro.one': 'Tuần {week} · số liệu tính đến {as_of} · 1 dự án.',
  'portfolio.intro.other': 'Tuần {week} · số liệu tính đến {as_of} · {count} dự án.',
  'portfolio.status.on_track': '🟢 đúng tiến độ',
  'portfolio.status.at_risk': '🟠 có rủi ro',
  'portfolio.status.late': '🔴 trễ hạn',
  'portfolio.status.failed': '⚪ chưa cập nhật được',
  'portfolio.counts': '**{counts}**',
  'portfolio.count': '{count} {status}',
  'portfolio.behind.heading': 'Các bàn giao trễ nhất',
  'portfolio.behind.none':
    'Các bàn giao trễ nhất: không có — hiện không bàn giao nào quá hạn trong toàn danh mục.',
  'portfolio.behind.item_under_a_day':
    '{engagement}: {milestone} — quá hạn chưa tới một ngày làm việc ({side})',
  'portfolio.behind.item.one': '{engagement}: {milestone} — quá hạn 1 ngày làm việc ({side})',
  'portfolio.behind.item.other': '{engagement}: {milestone} — quá hạn {count} ngày làm việc ({side})',
  'portfolio.more': '… và {count} mục khác',
  'portfolio.breaches.some': 'Số lần quá hạn SLA trong tuần: **{total}** ({list}).',
  'portfolio.breaches.item': '{engagement}: {count}',
  'portfolio.breaches.none': 'Số lần quá hạn SLA trong tuần: không có.',
  'portfolio.lowest.one': 'Mức hài lòng thấp nhất: {engagement}, {average} / 5 từ 1 lượt đánh giá.',
  'portfolio.lowest.other': 'Mức hài lòng thấp nhất: {engagement}, {average} / 5 từ {count} lượt đánh giá.',
  'portfolio.lowest.none': 'Mức hài lòng thấp nhất: chưa có khách hàng nào đánh giá kết quả xử lý.',
  'portfolio.side.client': 'phía khách hàng',
  'portfolio.side.vendor': 'phía đội thực hiện',
  'portfolio.rows.heading': 'Các dự án',
  'portfolio.column.engagement': 'Dự án',
  'portfolio.column.status': 'Tình trạng',
  'portfolio.column.next': 'Bàn giao tiếp theo',
  'portfolio.column.late': 'Bàn giao trễ',
  'portfolio.column.open_feedback': 'Góp ý đang mở',
  'portfolio.column.sla': 'SLA phản hồi đầu tiên',
  'portfolio.column.rating': 'Đánh giá',
  'portfolio.column.summary': 'Báo cáo tuần',
  'portfolio.next': '{milestone} · {due} ({side})',
  'portfolio.late_cell': '{now} đang quá hạn · {done_late} đã giao trễ',
  'portfolio.failed_cell': 'Lần chạy này chưa cập nhật được: {why}.',
  'portfolio.failure.first_at': ', lỗi đầu tiên ở {at} (mục {path})',
  'portfolio.failure.at': ' ở {at} (mục {path})',
  'portfolio.failure.status': ' ({status})',
  'portfolio.failure.inputs.one':
    'workflow truyền cho action 1 tham số không dùng được; nhật ký của job ghi rõ tham số đó',
  'portfolio.failure.inputs.other':
    'workflow truyền cho action {count} tham số không dùng được; nhật ký của job ghi rõ từng tham số',
  'portfolio.failure.no_engagement_file':
    'không có tệp cấu hình dự án ở đường dẫn mà tệp danh mục ghi; cần thêm tệp vào kho, hoặc sửa `config` trong tệp danh mục',
  'portfolio.failure.engagement_file.one':
    'tệp cấu hình dự án có 1 lỗi{where}; lệnh `engagement-keeper validate` chỉ ra lỗi kèm cách sửa',
  'portfolio.failure.engagement_file.other':
    'tệp cấu hình dự án có {count} lỗi{where}; lệnh `engagement-keeper validate` liệt kê đủ các lỗi kèm cách sửa',
  'portfolio.failure.unplannable':
    'chưa lập được kế hoạch từ tệp cấu hình dự án{where}; lệnh `engagement-keeper validate` cho biết lý do',
  'portfolio.failure.rate_limit':
    'GitHub đã hết hạn mức truy vấn trước khi đọc được kho; lần chạy sau sẽ làm tiếp',
  'portfolio.failure.token':
    'GitHub không chấp nhận token của App; hãy kiểm tra hai secret App id và private key',
  'portfolio.failure.permission':
    'GitHub từ chối quyền truy cập{status}; hãy kiểm tra App đã được cài trên kho này với quyền Issues (đọc và ghi) và Contents (đọc)',
  'portfolio.failure.write_permission':
    'lần chạy đã đọc kho và lập kế hoạch, nhưng GitHub từ chối các thao tác ghi{status} trong kho {repository}, nên một phần việc của lần chạy này chưa được ghi; hãy kiểm tra App có quyền Issues (đọc và ghi) trên kho {repository}, lần chạy sau sẽ làm nốt phần còn lại',
  'portfolio.failure.not_found':
    'GitHub không tìm thấy kho hoặc tệp cấu hình dự án (404); hãy kiểm tra tên kho trong tệp danh mục và việc cài App trên kho',
  'portfolio.failure.github':
    'GitHub trả về lỗi{status}; lần chạy sau sẽ thử lại, chi tiết có trong nhật ký của job',
  'portfolio.failure.no_answer': 'GitHub không phản hồi; lần chạy sau sẽ thử lại',
  'portfolio.failure.internal':
    'lần chạy dừng vì một lỗi ngoài dự kiến của action; vui lòng báo lỗi kèm nhật ký của job',
  'portfolio.failure.no_facts':
    'không nhận được số liệu từ job của dự án vì job dừng trước khi action chạy; hãy kiểm tra việc cài App và nhật ký của job',
  'portfolio.failure.unknown': 'theo nhật ký của job (bằng tiếng Anh): “{reason}”{where}',
  'portfolio.none': '—',
  'portfolio.across.heading': 'Toàn danh mục ({weeks} tuần gần nhất)',
  'portfolio.causes.heading': 'Nguyên nhân gốc rễ của các bàn giao trễ',
  'portfolio.causes.column.cause': 'Nguyên nhân',
  'portfolio.causes.column.count': 'Số bàn giao trễ',
  'portfolio.causes.unrecorded': 'Chưa ghi nhận nguyên nhân',
  'portfolio.causes.none': 'Không có bàn giao nào trễ trong các tuần này.',
  'portfolio.topics.heading': 'Góp ý tiêu cực theo chủ đề',
  'portfolio.topics.column.topic': 'Chủ đề',
  'portfolio.topics.column.count': 'Góp ý tiêu cực',
  'portfolio.topics.none': 'Không có góp ý tiêu cực nào trong các tuần này.',
  'portfolio.clients.heading': 'Bàn giao phía khách hàng bị lùi nhiều nhất',
  'portfolio.clients.column.client': 'Khách hàng',
  'portfolio.clients.column.late': 'Số bàn giao trễ',
  'portfolio.clients.column.days': 'Tổng ngày làm việc trễ',
  'portfolio.clients.none': 'Không có bàn giao nào của phía khách hàng bị lùi trong các tuần này.',
  'portfolio.managers.heading': 'Theo người quản lý khách hàng',
  'portfolio.teams.heading': 'Theo nhóm',
  'portfolio.group.column.manager': 'Người quản lý',
  'portfolio.group.column.team': 'Nhóm',
  'portfolio.group.column.engagements': 'Dự án',
  'portfolio.group.column.on_time': 'Tỷ lệ đúng hạn',
  'portfolio.group.column.first_response': 'Phản hồi đầu tiên (trung vị / p90)',
  'portfolio.group.column.resolution': 'Xử lý xong (trung vị / p90)',
  'portfolio.load.heading': 'Bàn giao của người phía đội thực hiện — {days} ngày làm việc tới (đến {until})',
  'portfolio.load.column.person': 'Người phụ trách',
  'portfolio.load.column.count': 'Số bàn giao',
  'portfolio.load.column.due': 'Bàn giao và hạn',
  'portfolio.load.none': 'Phía đội thực hiện không có bàn giao nào đến hạn trong khoảng này.',
  'portfolio.load.item': '{engagement}: {milestone} ({due})',
  'portfolio.load.past_due': '{due} — đã quá hạn',
  'portfolio.charts.heading': 'Biểu đồ',
  'portfolio.chart.status': 'Dự án theo tình trạng',
  'portfolio.chart.breaches': 'Số lần quá hạn SLA theo tuần',
  'portfolio.strays': 'Các tệp số liệu không khớp với dự án nào trong tệp danh mục đã được bỏ qua: {files}.',
  'portfolio.footer':
    'Issue này được workflow danh mục cập nhật từ số liệu mà mỗi lần chạy của từng dự án để lại. Issue chỉ nằm trong kho nội bộ này, không đọc kho nào của khách hàng, và sẽ được đóng khi issue của tuần sau được mở.',
  'portfolio.closing':
    'Báo cáo danh mục của tuần {next_week} đã có tại {link}; số liệu tuần này được giữ nguyên ở đây và issue này được đóng lại.',
  'portfolio.duplicate':
    'Hai lần chạy cùng lúc đã mở hai báo cáo danh mục cho tuần {week}. {kept} là bản được cập nhật; bản trùng này được đóng lại.',
};
