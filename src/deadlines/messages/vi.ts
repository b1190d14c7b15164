// Vietnamese message templates: polite, "anh/chị" to the reader and "chúng tôi" for the delivery team.
// An engagement file may override any template by key under `messages.vi`.
import type { MessageKey } from './en';

export const MESSAGES_VI: Record<MessageKey, string> = {
  'side.client': 'phía khách hàng',
  'side.vendor': 'đội thực hiện dự án',
  'remaining.days': 'còn {count}',
  'remaining.today': 'đến hạn hôm nay',
  'unit.business_day': 'ngày làm việc',
  'unit.business_days': 'ngày làm việc',
  'late.less_than_a_day': 'chưa tới một ngày làm việc',
  'missing.list': 'Các hạng mục còn chờ bàn giao:\n{items}',
  'missing.all_ticked':
    'Tất cả hạng mục đã được đánh dấu hoàn thành — cảm ơn anh/chị! Nếu việc bàn giao đã xong, anh/chị vui lòng đóng issue này.',
  'missing.no_checklist':
    'Mốc bàn giao này không có danh sách hạng mục; anh/chị vui lòng đóng issue này khi đã bàn giao xong.',
  'signal.missing': 'Hiện đã có {done}/{total} hạng mục được bàn giao.',
  'signal.silence': 'Chúng tôi chưa nhận được phản hồi từ phía anh/chị kể từ {since}.',
  none: 'không có',

  'tracking.title': 'Bàn giao: {title}',
  'tracking.body': [
    '**{title}**{description}',
    '',
    '| | |',
    '|---|---|',
    '| Hạn bàn giao | {due}{moved} |',
    '| Bên bàn giao | {owner} |',
    '| Người liên hệ | {contacts} |',
    '| Phụ thuộc vào | {depends} |',
    '',
    '### Hạng mục bàn giao',
    '{checklist}',
    '{amendments}',
    '---',
    '_Anh/chị đánh dấu từng hạng mục khi đã bàn giao; khi tất cả đã được đánh dấu, hoặc issue này được đóng, việc bàn giao được ghi nhận là hoàn tất. Để dời hạn hoặc điều chỉnh phạm vi, anh/chị bình luận `/extend YYYY-MM-DD lý do` hoặc `/rescope nội dung thay đổi`; thay đổi có hiệu lực khi người liên hệ được chỉ định của mỗi bên đồng ý bằng `/agree`._',
  ].join('\n'),
  'tracking.amendments': '### Các thay đổi đã thống nhất\n{items}\n',
  'tracking.no_deliverables': '_Chưa có hạng mục nào được liệt kê._',

  'reminder.before': [
    'Chào {recipient},',
    '',
    'Chúng tôi xin nhắc nhẹ: **{title}** đến hạn bàn giao vào **{due}**{moved} ({remaining}).',
    '',
    '{missing}',
    '',
    'Nếu có điểm nào chưa rõ hoặc anh/chị cần hỗ trợ chuẩn bị, anh/chị cứ trả lời ngay tại đây — chúng tôi luôn sẵn lòng hỗ trợ.',
  ].join('\n'),
  early_warning: [
    'Chào {recipient},',
    '',
    '**{title}** sẽ đến hạn vào **{due}**{moved} ({remaining}); chúng tôi muốn chắc chắn rằng không có gì cản trở việc bàn giao. {signal}',
    '',
    '{missing}',
    '',
    'Bên anh/chị có đang vướng mắc điều gì không? Nếu hữu ích, chúng tôi có thể sắp xếp một cuộc gọi ngắn, gửi biểu mẫu hoặc ví dụ tham khảo, hoặc chia việc bàn giao thành nhiều phần nhỏ — anh/chị chỉ cần cho chúng tôi biết cách nào phù hợp. Nếu mốc thời gian không còn phù hợp, chúng ta nên thống nhất một ngày khả thi ngay từ bây giờ: anh/chị bình luận `/extend YYYY-MM-DD lý do` và chúng tôi sẽ xác nhận.',
  ].join('\n'),
  alternates: [
    'Chào {alternates},',
    '',
    'Chúng tôi xin phép liên hệ thêm với anh/chị vì chưa nhận được phản hồi từ {primary} về **{title}** (hạn **{due}**){moved}. Anh/chị có thể cho chúng tôi biết tình hình hiện tại, hoặc ai là người phù hợp nhất để hỗ trợ không ạ?',
    '',
    '{missing}',
  ].join('\n'),
  'alternates.cc':
    'Đồng gửi {alternates} — vì chưa nhận được phản hồi nên chúng tôi xin phép gửi thêm tới anh/chị.',
  'ladder.friendly': [
    'Chào {recipient},',
    '',
    '**{title}** đã đến hạn vào **{due}**{moved} nhưng việc bàn giao vẫn chưa hoàn tất. Nếu bên anh/chị có việc phát sinh thì không sao cả — anh/chị có thể cho chúng tôi biết khi nào có thể bàn giao được không?',
    '',
    '{missing}',
    '',
    'Nếu có hạng mục nào đang gặp khó khăn, anh/chị cứ cho chúng tôi biết để cùng tìm cách giải quyết.',
  ].join('\n'),
  'ladder.formal_notice': [
    'Chào {recipient},',
    '',
    'Chúng tôi xin gửi thông báo chính thức về **{title}**{contract}: hạng mục này đến hạn vào **{due}**{moved} và hiện đã trễ **{days_late}**.',
    '',
    '{missing}',
    '',
    '**Ảnh hưởng**',
    '{impact}',
    '',
    '**Các phương án** — có thể thống nhất ngay tại đây:',
    '- **Gia hạn**: bình luận `/extend YYYY-MM-DD lý do`.',
    '- **Điều chỉnh phạm vi**: bình luận `/rescope nội dung thay đổi` (ví dụ: bàn giao trước một phần, phần còn lại sau).',
    '- **Bổ sung nguồn lực**: cho chúng tôi biết điều gì sẽ giúp ích — thêm người hỗ trợ từ phía chúng tôi, một buổi làm việc chung, biểu mẫu — và ghi nhận bằng `/rescope`.',
    '- **Phương án dung hòa**: kết hợp các cách trên, đề xuất bằng `/extend` hoặc `/rescope`.',
    '',
    'Thay đổi có hiệu lực khi người liên hệ được chỉ định của mỗi bên đồng ý bằng `/agree`; người đề xuất được tính là đã đồng ý cho bên mình.{policy}',
    '',
    'Chúng tôi mong cùng anh/chị giữ dự án đúng tiến độ và sẵn sàng trao đổi thêm bất cứ lúc nào.',
  ].join('\n'),
  'ladder.formal_notice_cc_one': 'Đồng gửi {manager}, quản lý tài khoản của {side}, để nắm thông tin.',
  'ladder.formal_notice_cc_both':
    'Đồng gửi {client_manager} và {vendor_manager}, quản lý tài khoản của hai bên, để mọi người cùng nắm một bộ thông tin.',
  'ladder.escalation_link':
    'Chúng tôi đã mở {escalation} để {manager} xem xét **{title}**, kèm toàn bộ diễn biến và các phương án. Nội dung sẽ được cập nhật liên tục.',
  'ladder.escalation_link_both':
    'Chúng tôi đã mở {escalation} để quản lý tài khoản hai bên, {vendor_manager} và {client_manager}, cùng xem xét **{title}**, kèm toàn bộ diễn biến và các phương án. Nội dung sẽ được cập nhật liên tục.',
  'impact.dependants_shift': 'Các mốc phụ thuộc vào mốc này lùi theo đúng số ngày làm việc bị trễ:\n{items}',
  'impact.dependants_projected':
    'Hợp đồng không tự động dời các mốc khác; nếu không có thay đổi, các mốc sau dự kiến sẽ bị lùi:\n{items}',
  'impact.dependant': '- **{title}**: từ {from} sang {to}',
  'impact.no_dependants': 'Không có mốc nào khác phụ thuộc vào mốc này.',
  'impact.fee':
    'Phí trễ hạn theo hợp đồng: **{amount}** tính đến nay ({rate} mỗi {per} sau thời gian ân hạn {grace}{cap}).',
  'impact.fee_cap': '; tối đa {cap}',
  'impact.fee_none_yet':
    'Phí trễ hạn theo hợp đồng: chưa phát sinh — thời gian ân hạn {grace} vẫn đang được tính.',
  'per.business_day': 'ngày làm việc',
  'per.day': 'ngày',
  'per.week': 'tuần',
  'contract.reference': ' (hợp đồng {reference})',
  'contract.policy': ' Chính sách gia hạn: {policy}',

  'escalation.title': 'Cần xử lý: {title} (hạn {due_date})',
  'escalation.body': [
    '{manager}, **{title}** ({tracking}) cần anh/chị quan tâm: mốc này đến hạn vào **{due}**{moved} và đã trễ **{days_late}**. Bên bàn giao: {owner}.{copied}',
    '',
    '### Ảnh hưởng',
    '{impact}',
    '',
    '### Hạng mục còn thiếu',
    '{missing}',
    '',
    '### Diễn biến',
    '{timeline}',
    '',
    '### Các phương án',
    '- Gia hạn: `/extend YYYY-MM-DD lý do` tại {tracking}.',
    '- Điều chỉnh phạm vi: `/rescope nội dung thay đổi` tại {tracking}.',
    '- Bổ sung nguồn lực hoặc phương án dung hòa: thống nhất với bên kia, rồi ghi nhận bằng `/rescope` tại {tracking}.',
    '',
    'Thay đổi có hiệu lực khi người liên hệ được chỉ định của mỗi bên đồng ý bằng `/agree`.',
    '',
    '{dispute}_engagement-keeper tự cập nhật issue này và sẽ đóng nó khi việc bàn giao hoàn tất._',
  ].join('\n'),
  'escalation.dispute': [
    '### Các bước giải quyết tranh chấp',
    'Tình trạng hiện tại: **{stand}**. Đánh dấu một bước khi bước đó bắt đầu.',
    '{ladder}',
    '',
    '',
  ].join('\n'),
  'escalation.stand_none': 'đã chuyển tới {managers}; chưa bước vào quy trình giải quyết tranh chấp',
  'escalation.copied':
    '\n\nĐồng gửi {manager}, quản lý tài khoản của {side}, để hai bên cùng nắm một bộ thông tin.',
  'names.two': '{first} và {second}',
  'escalation.closed':
    'Việc bàn giao **{title}** đã hoàn tất ({outcome}), vì vậy mục cần xử lý này được đóng lại. Cảm ơn mọi người đã cùng phối hợp.',
  'timeline.reminder': 'nhắc hạn, trước {days}',
  'timeline.early_warning': 'cảnh báo sớm',
  'timeline.alternates': 'liên hệ người liên hệ dự phòng',
  'timeline.friendly': 'nhắc nhẹ, sau hạn {days}',
  'timeline.formal_notice': 'thông báo chính thức, sau hạn {days}',
  'timeline.amendment': 'ghi nhận thay đổi đã thống nhất',
  'timeline.reply': 'phản hồi từ {who} ({side})',
  'timeline.empty': '_Chưa có gì._',
  'timeline.more':
    '- … còn {count} mục nữa ở giữa; mọi lời nhắc và phản hồi đều có trong các bình luận của {tracking}',

  'completion.on_time':
    'Đã bàn giao đúng hạn — cảm ơn anh/chị! **{title}** hoàn tất vào {done_at} (hạn {due}).',
  'completion.late': [
    '**{title}** đã được bàn giao — cảm ơn anh/chị! Việc bàn giao hoàn tất vào {done_at}, trễ {days_late} so với hạn ({due}).',
    '',
    'Để lần sau lập kế hoạch tốt hơn, nhờ anh/chị gắn nhãn mô tả đúng nhất nguyên nhân chính. Mục đích là rút kinh nghiệm, không phải để quy trách nhiệm:',
    '{causes}',
  ].join('\n'),
  'outcome.on_time': 'đúng hạn',
  'outcome.late': 'trễ {days_late}',
  'cause.unclear-expectations': 'kỳ vọng chưa rõ ràng',
  'cause.changed-priorities': 'ưu tiên thay đổi',
  'cause.lack-of-resources': 'thiếu nguồn lực',
  'cause.late-information': 'thông tin đến chậm',
  'cause.changed-requirements': 'yêu cầu thay đổi',
  'cause.internal-issues': 'vấn đề nội bộ',
  'cause.forgotten': 'bị sót, quên lịch',
  'cause.relationship': 'trao đổi giữa hai bên chưa thuận lợi',

  removed:
    '**{title}** không còn trong tệp engagement, vì vậy issue theo dõi này được đóng lại. Lịch sử vẫn được giữ nguyên tại đây; nếu mốc này được thêm lại vào tệp, issue sẽ được mở lại.',
  restored: '**{title}** đã có lại trong tệp engagement, vì vậy issue theo dõi này được mở lại.',
  not_delivery:
    'Issue theo dõi này vừa được đóng với lý do {how}, nhưng điều đó chưa ghi nhận việc bàn giao **{title}**, nên chúng tôi mở lại issue (chỉ một lần này). Để ghi nhận một thay đổi thực sự, người có thẩm quyền của mỗi bên có thể thống nhất phạm vi mới bằng `/rescope …` và `/agree`, hoặc ngày mới bằng `/extend YYYY-MM-DD lý do`; khi các hạng mục đã được bàn giao, anh/chị đánh dấu vào danh sách phía trên là việc bàn giao được ghi nhận. Nếu issue cần đóng, anh/chị cứ đóng lại: chúng tôi sẽ giữ nguyên theo quyết định đó.',
  'not_delivery.not_planned': '"không thực hiện" (not planned)',
  'not_delivery.not_a_party':
    'hoàn thành bởi {who}, người không thuộc bên nào của dự án (không có trong danh sách liên hệ, cũng không thuộc đội dự án)',

  'command.answering': 'Gửi {who}, về lệnh `{command}` của anh/chị: {text}',
  'command.unauthorised':
    'Cảm ơn anh/chị đã đề xuất. Thay đổi về thời hạn hoặc phạm vi chỉ được ghi nhận khi người liên hệ được chỉ định của mỗi bên đồng ý, nên hiện chưa có gì thay đổi. Người liên hệ được chỉ định: {contacts}.',
  'command.malformed':
    'Cảm ơn anh/chị — chúng tôi chưa thể thực hiện lệnh này nên chưa có gì thay đổi. {hint}',
  'hint.extend':
    'Anh/chị vui lòng viết theo dạng `/extend YYYY-MM-DD lý do`, với ngày sau hạn hiện tại ({due}).',
  'hint.extend_closed_day':
    '{date} không phải ngày làm việc ({why}); anh/chị vui lòng chọn một ngày làm việc.',
  'hint.rescope': 'Anh/chị vui lòng viết theo dạng `/rescope nội dung thay đổi`.',
  'hint.done': 'Việc bàn giao này đã hoàn tất.',
  'command.nothing_pending':
    'Cảm ơn anh/chị — hiện không có đề xuất nào đang chờ để đồng ý hoặc từ chối, nên chưa có gì thay đổi. Để đề xuất, anh/chị bình luận `/extend YYYY-MM-DD lý do` hoặc `/rescope nội dung thay đổi`.',
  'command.nothing_to_undo':
    'Cảm ơn anh/chị — mốc bàn giao này chưa có thay đổi nào được hai bên thống nhất để hủy, nên mọi thứ vẫn giữ nguyên; hạn bàn giao vẫn là {due}. Để đề xuất ngày mới, anh/chị bình luận `/extend YYYY-MM-DD lý do`.',
  'command.same_side':
    'Cảm ơn anh/chị — đề xuất này đã được tính là {side} đồng ý; đề xuất có hiệu lực khi người liên hệ được chỉ định của {other} trả lời `/agree`.',
  'proposal.recorded':
    'Đã ghi nhận đề xuất: {summary} — do {proposer} ({side}) đề xuất. Đề xuất có hiệu lực khi người liên hệ được chỉ định của {other} trả lời `/agree` (hoặc `/decline`). {other_contact}, nhờ anh/chị xem giúp khi thuận tiện.',
  'proposal.declined':
    'Đã ghi nhận: {who} không đồng ý với đề xuất ({summary}), vì vậy kế hoạch hiện tại được giữ nguyên (hạn {due}){moved}. Chúng tôi sẵn lòng cùng anh/chị xem xét các phương án khác.',
  'summary.extend': 'dời hạn bàn giao sang {date}',
  'summary.rescope': 'điều chỉnh phạm vi: {what}',
  'summary.undo': 'hủy thay đổi đã thống nhất ngày {at} ({change})',
  'amendment.recorded': [
    '**Đã ghi nhận thay đổi được hai bên thống nhất**: {summary}.',
    '- Lý do: {reason}',
    '- Đề xuất bởi {proposer} ({proposer_side}) vào {proposed_at}',
    '- Đồng ý bởi {agreer} ({agreer_side}) vào {agreed_at}',
    '',
    '{effect}',
  ].join('\n'),
  'due.moved_late': ' (dời từ {from} vì {upstream} được bàn giao trễ)',
  'due.moved_waiting':
    ' (hạn này đang dời theo từng ngày làm việc vì {upstream} đã quá hạn mà chưa được bàn giao; hạn mới sẽ được chốt khi nhận được bàn giao)',
  'due.moved_moved': ' (dời từ {from} vì hạn của {upstream} đã được dời)',
  'amendment.effect_extend': 'Kể từ bây giờ, hạn bàn giao là **{due}**.{dependants}',
  'amendment.effect_rescope':
    'Thay đổi đã được ghi vào issue theo dõi; hạn bàn giao vẫn là **{due}**{moved}.',
  'amendment.effect_undo':
    'Thay đổi trước đó không còn áp dụng: hạn bàn giao trở lại là **{due}**{moved}, như trước khi có thay đổi đó.{dependants}',
  'amendment.sources':
    '_Bản ghi này được giữ nguyên như đã thống nhất: việc sửa hoặc xoá [đề xuất]({proposal}) hay [xác nhận đồng ý]({agreement}) sau này không làm thay đổi nó. Mọi thay đổi tiếp theo là một đề xuất mới cần cả hai bên đồng ý._',
  'amendment.dependants': ' Các mốc phụ thuộc cũng được dời theo:\n{items}',
  'amendment.dependants_back': ' Các mốc phụ thuộc cũng trở về ngày trước đó:\n{items}',
  'amendment.line': '- {at}: {summary} — được {agreed_by} đồng ý. Lý do: {reason}',
  'reason.none': 'không nêu',
  'deadline.invalid':
    'Cảm ơn anh/chị đã tạo mốc bàn giao này. Chúng tôi chưa đọc được {what} nên mốc này chưa được theo dõi: anh/chị vui lòng sửa issue và điền **Hạn bàn giao** theo dạng `YYYY-MM-DD` (hoặc gắn một GitHub milestone có ngày đến hạn){owner_hint}.',
  'deadline.invalid_due': 'hạn bàn giao',
  'deadline.invalid_owner_hint': ', đồng thời chọn bên bàn giao ở mục **Bên bàn giao**',
};
