// Vietnamese message templates. A message to a person uses their form of address ({you}: `chị`, `bà`,
// `anh`, or the neutral `anh/chị` when the file names no form; {you_cap} at the start of a sentence)
// and the team's one voice ({we}/{we_cap}: `chúng tôi` or `bên em`, from `engagement.voice`); a text read by
// both sides at once (the tracking issue) names no one. `test/messages/one-voice.test.ts` holds it.
// An engagement file may override any template by key under `messages.vi`.
import type { DeadlineMessageKey } from '../en/deadlines';

export const DEADLINES_VI: Record<DeadlineMessageKey, string> = {
  'side.client': 'phía khách hàng',
  'side.vendor': 'đội thực hiện dự án',
  'remaining.days': 'còn {count}',
  'remaining.today': 'đến hạn hôm nay',
  'remaining.last_working_day': 'hôm nay là ngày làm việc cuối cùng trước hạn',
  'remaining.no_working_day': 'không còn ngày làm việc nào trước hạn',
  'unit.business_day': 'ngày làm việc',
  'unit.business_days': 'ngày làm việc',
  'duration.minutes.one': '{count} phút',
  'duration.minutes.other': '{count} phút',
  'duration.hours.one': '{count} giờ',
  'duration.hours.other': '{count} giờ',
  'duration.days.one': '{count} ngày',
  'duration.days.other': '{count} ngày',
  'duration.weeks.one': '{count} tuần',
  'duration.weeks.other': '{count} tuần',
  'duration.business_hours.one': '{count} giờ làm việc',
  'duration.business_hours.other': '{count} giờ làm việc',
  'late.less_than_a_day': 'chưa tới một ngày làm việc',
  'missing.list':
    'Các hạng mục chưa được đánh dấu là đã nhận:\n{items}\n\nNếu hạng mục nào đã được gửi mà chưa được đánh dấu, {you} chỉ cần đánh dấu trong danh sách ở đầu issue này; lần nhắc sau sẽ không nhắc lại hạng mục đó.',
  'missing.list_client':
    'Các hạng mục chưa được đánh dấu là đã nhận:\n{items}\n\nNếu hạng mục nào đã được gửi mà chưa được đánh dấu, {you} có thể đánh dấu trong danh sách ở đầu issue này, hoặc chỉ cần trả lời tại đây những gì đã gửi để {we} đánh dấu giúp; lần nhắc sau sẽ không nhắc lại hạng mục đó.',
  'missing.all_ticked':
    'Tất cả hạng mục đã được đánh dấu hoàn thành — cảm ơn {you}! Nếu việc bàn giao đã xong, {you} vui lòng đóng issue này.',
  'missing.no_checklist':
    'Mốc bàn giao này không có danh sách hạng mục; {you} vui lòng đóng issue này khi đã bàn giao xong.',
  'signal.missing': 'Hiện đã có {done}/{total} hạng mục được bàn giao.',
  'signal.silence': '{we_cap} chưa nhận được phản hồi từ phía {you} kể từ {since}.',
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
    '_{how_to_tick} Để dời hạn hoặc điều chỉnh phạm vi, hãy bình luận `/extend YYYY-MM-DD lý do` hoặc `/rescope nội dung thay đổi`; thay đổi có hiệu lực khi người liên hệ được chỉ định của mỗi bên đồng ý bằng `/agree`._',
  ].join('\n'),
  'tracking.how_to_tick':
    'Đánh dấu từng hạng mục khi đã bàn giao; khi tất cả đã được đánh dấu, hoặc issue này được đóng, việc bàn giao được ghi nhận là hoàn tất.',
  'tracking.how_to_tick_client':
    'Đánh dấu từng hạng mục khi đã bàn giao — nếu không đánh dấu được tại đây, chỉ cần trả lời những gì đã gửi để đội dự án đánh dấu giúp; khi tất cả đã được đánh dấu, hoặc issue này được đóng, việc bàn giao được ghi nhận là hoàn tất.',
  'tracking.amendments': '### Các thay đổi đã thống nhất\n{items}\n',
  'tracking.no_deliverables': '_Chưa có hạng mục nào được liệt kê._',

  'reminder.before': [
    'Chào {recipient},',
    '',
    '{we_cap} xin nhắc nhẹ: **{title}** đến hạn bàn giao vào **{due}**{moved} ({remaining}).',
    '',
    '{missing}',
    '',
    'Nếu có điểm nào chưa rõ hoặc {you} cần hỗ trợ chuẩn bị, {you} cứ trả lời ngay tại đây — {we} luôn sẵn lòng hỗ trợ.',
  ].join('\n'),
  early_warning: [
    'Chào {recipient},',
    '',
    '**{title}** sẽ đến hạn vào **{due}**{moved} ({remaining}); {we} muốn chắc chắn rằng không có gì cản trở việc bàn giao. {signal}',
    '',
    '{missing}',
    '',
    'Bên {you} có đang vướng mắc điều gì không? Nếu hữu ích, {we} có thể sắp xếp một cuộc gọi ngắn, gửi biểu mẫu hoặc ví dụ tham khảo, hoặc chia việc bàn giao thành nhiều phần nhỏ — {you} chỉ cần cho {we} biết cách nào thuận tiện cho {you}. Nếu ngày này không còn phù hợp, hai bên có thể thống nhất một ngày khả thi ngay từ bây giờ: {you} chỉ cần bình luận `/extend YYYY-MM-DD lý do`, {we} sẽ phản hồi ngay tại đây.',
  ].join('\n'),
  alternates: [
    'Chào {alternates},',
    '',
    '{we_cap} xin phép liên hệ thêm với {you}: từ tin nhắn ngày {since} đến nay, {we} chưa nhận được phản hồi từ {primary} về **{title}** (hạn **{due}**){moved}. {you_cap} có thể cho {we} biết tình hình hiện tại, hoặc ai là người phù hợp nhất để hỗ trợ không ạ?',
    '',
    '{missing}',
  ].join('\n'),
  'alternates.cc':
    'Đồng gửi {alternates} để cùng nắm thông tin, vì từ tin nhắn ngày {since} đến nay {we} chưa nhận được phản hồi về mốc này.',
  'ladder.friendly': [
    'Chào {recipient},',
    '',
    '**{title}** đã đến hạn vào **{due}**{moved} nhưng việc bàn giao vẫn chưa hoàn tất. Nếu bên {you} có việc phát sinh thì không sao cả — {you} có thể cho {we} biết khi nào có thể bàn giao được không?',
    '',
    '{missing}',
    '',
    'Nếu có hạng mục nào đang gặp khó khăn, {you} cứ cho {we} biết để cùng tìm cách giải quyết.',
  ].join('\n'),
  'ladder.formal_notice': [
    'Chào {recipient},',
    '',
    '{we_cap} xin gửi thông báo chính thức về **{title}**{contract}: mốc này đến hạn vào **{due}**{moved} và hiện đã trễ **{days_late}**.',
    '',
    '{missing}',
    '',
    '**Ảnh hưởng**',
    '{impact}',
    '',
    '**Các phương án** — có thể thống nhất ngay tại đây:',
    '- **Gia hạn**: bình luận `/extend YYYY-MM-DD lý do`.',
    '- **Điều chỉnh phạm vi**: bình luận `/rescope nội dung thay đổi` (ví dụ: bàn giao trước một phần, phần còn lại sau).',
    '- **Hỗ trợ thêm**: cho {we} biết điều gì sẽ giúp ích — một buổi làm việc chung, biểu mẫu, hay hỗ trợ chuẩn bị nội dung — {we} sẽ xem cách sắp xếp; điều hai bên thống nhất được ghi nhận bằng `/rescope`.',
    '- **Phương án dung hòa**: kết hợp các cách trên, đề xuất bằng `/extend` hoặc `/rescope`.',
    '',
    'Thay đổi có hiệu lực khi người liên hệ được chỉ định của mỗi bên đồng ý bằng `/agree`; bên nào đề xuất thì được xem là bên đó đã đồng ý.{policy}',
    '',
    '{we_cap} mong cùng {you} giữ dự án đúng tiến độ và sẵn sàng trao đổi thêm bất cứ lúc nào.',
  ].join('\n'),
  'ladder.formal_notice_cc_one': 'Đồng gửi {manager}, người phụ trách của {side}, để nắm thông tin.',
  'ladder.formal_notice_cc_both':
    'Đồng gửi {client_manager} và {vendor_manager}, người phụ trách của hai bên, để mọi người cùng nắm thông tin.',
  'ladder.escalation_link':
    '{we_cap} đã mở {escalation} để {manager} xem xét **{title}**, kèm toàn bộ diễn biến và các phương án. Nội dung sẽ được cập nhật liên tục.',
  'ladder.escalation_link_both':
    '{we_cap} đã mở {escalation} để người phụ trách của hai bên, {vendor_manager} và {client_manager}, cùng xem xét **{title}**, kèm toàn bộ diễn biến và các phương án. Nội dung sẽ được cập nhật liên tục.',
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
    'Chào {manager},',
    '',
    '**{title}** ({tracking}) cần {you} quan tâm: mốc này đến hạn vào **{due}**{moved} và đã trễ **{days_late}**. Bên bàn giao: {owner}.{copied}',
    '',
    '### Ảnh hưởng',
    '{impact}',
    '',
    '### Hạng mục chưa được đánh dấu là đã nhận',
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
  'dispute.step.contract_review': 'rà soát điều khoản hợp đồng',
  'dispute.step.negotiation': 'thương lượng',
  'dispute.step.mediation': 'hòa giải',
  'dispute.step.arbitration': 'trọng tài hoặc tòa án, theo điều khoản của hợp đồng',
  'escalation.copied': '\n\nĐồng gửi {manager}, người phụ trách của {side}, để hai bên cùng nắm thông tin.',
  'escalation.copied_internal':
    '\n\n{manager}, người phụ trách của {side}, được nêu tên ở đây nhưng không nhận thông báo vì đây là issue nội bộ. Vui lòng chuyển tiếp những thông tin hai bên cần nắm chung.',
  'escalation.internal_ref': 'một issue chuyển cấp nội bộ',
  'names.two': '{first} và {second}',
  'escalation.closed':
    'Việc bàn giao **{title}** đã hoàn tất ({outcome}), vì vậy mục cần xử lý này được đóng lại. Cảm ơn mọi người đã cùng phối hợp.',
  'escalation.closed_moved':
    '**{title}** nay đến hạn vào **{due}**{moved}, như đã ghi nhận tại {tracking}, nên mốc này không còn trễ hạn và mục cần xử lý này được đóng lại. Nếu đến hạn mới mà việc bàn giao vẫn chưa hoàn tất, các lời nhắc sẽ bắt đầu lại, và mục này sẽ được mở lại nếu cần chuyển cấp xử lý.',
  'escalation.closed_removed':
    '**{title}** không còn trong tệp engagement, vì vậy mục cần xử lý này được đóng lại, cùng với issue theo dõi {tracking}. Các bằng chứng vẫn được giữ nguyên tại đây; nếu mốc này được thêm lại vào tệp khi việc bàn giao vẫn chưa hoàn tất, mục này sẽ được mở lại.',
  'escalation.reopened_restored':
    '**{title}** đã có lại trong tệp engagement ({tracking}) và việc bàn giao vẫn chưa hoàn tất, vì vậy mục cần xử lý này được mở lại, với dòng thời gian và ảnh hưởng mới nhất.',
  'timeline.reminder': 'nhắc hạn, trước {days}',
  'timeline.early_warning': 'cảnh báo sớm',
  'timeline.alternates': 'nhắn người liên hệ dự phòng',
  'timeline.friendly': 'nhắc nhẹ, sau hạn {days}',
  'timeline.formal_notice': 'thông báo chính thức, sau hạn {days}',
  'timeline.amendment': 'ghi nhận thay đổi đã thống nhất',
  'timeline.reply': 'phản hồi từ {who} bên {side}',
  'timeline.empty': '_Chưa có gì._',
  'timeline.more':
    '- … còn {count} mục nữa ở giữa; mọi lời nhắc và phản hồi đều có trong các bình luận của {tracking}',

  'completion.on_time':
    'Đã bàn giao đúng hạn — cảm ơn {you}! **{title}** hoàn tất vào {done_at} (hạn {due}).',
  'completion.late': [
    '**{title}** đã được bàn giao — cảm ơn {you}! Việc bàn giao hoàn tất vào {done_at}, trễ {days_late} so với hạn ({due}).',
    '',
    'Để lần sau lập kế hoạch tốt hơn, nhờ {you} gắn nhãn mô tả đúng nhất nguyên nhân chính. Mục đích là rút kinh nghiệm, không phải để quy trách nhiệm:',
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
    'Issue theo dõi này vừa được đóng với lý do {how}, nhưng điều đó chưa ghi nhận việc bàn giao **{title}**, nên {we} mở lại issue (chỉ một lần này). Để ghi nhận một thay đổi thực sự, người có thẩm quyền của mỗi bên có thể thống nhất phạm vi mới bằng `/rescope …` và `/agree`, hoặc ngày mới bằng `/extend YYYY-MM-DD lý do`; khi các hạng mục đã được bàn giao, {you} đánh dấu vào danh sách phía trên là việc bàn giao được ghi nhận. Nếu issue cần đóng, {you} cứ đóng lại: {we} sẽ giữ nguyên theo quyết định đó.',
  'not_delivery.not_planned': '"không thực hiện" (not planned)',
  'not_delivery.not_a_party':
    'hoàn thành bởi {who}, người không thuộc bên nào của dự án (không có trong danh sách liên hệ, cũng không thuộc đội dự án)',

  'command.answering': 'Gửi {who}, về lệnh `{command}`: {text}',
  'command.unauthorised':
    'Cảm ơn {you} đã đề xuất. Thay đổi về thời hạn hoặc phạm vi chỉ được ghi nhận khi người liên hệ được chỉ định của mỗi bên đồng ý, nên hiện chưa có gì thay đổi. Người liên hệ được chỉ định: {contacts}.',
  'command.malformed': 'Cảm ơn {you} — {we} chưa thể thực hiện lệnh này nên chưa có gì thay đổi. {hint}',
  'hint.extend':
    '{you_cap} vui lòng viết theo dạng `/extend YYYY-MM-DD lý do`, với ngày sau hạn hiện tại ({due}) và trước năm 2100.',
  'hint.extend_closed_day': '{date} không phải ngày làm việc ({why}); {you} vui lòng chọn một ngày làm việc.',
  'hint.extend_out_of_years':
    'Ngày {date} nằm ngoài khoảng năm mà lịch dự án có thể lập ({first}–{last}). {you_cap} vui lòng đề xuất một ngày không muộn hơn 31/12/{last}: `/extend YYYY-MM-DD lý do`.',
  'hint.extend_dependant_out_of_years':
    'Nếu dời hạn sang {date}, **{dependant}** (phụ thuộc vào mốc này) sẽ bị dời quá ngày 31/12/{last}, ngày cuối cùng mà lịch dự án có thể lập ({first}–{last}). {you_cap} vui lòng đề xuất một ngày sớm hơn; nếu thật sự cần ngày muộn hơn, có thể điều chỉnh trước ngày hoặc quan hệ phụ thuộc của các mốc tiếp theo trong tệp engagement.',
  'hint.rescope': '{you_cap} vui lòng viết theo dạng `/rescope nội dung thay đổi`.',
  'hint.done': 'Việc bàn giao này đã hoàn tất.',
  'command.nothing_pending':
    'Cảm ơn {you} — hiện không có đề xuất nào đang chờ để đồng ý hoặc từ chối, nên chưa có gì thay đổi. Để đề xuất, {you} bình luận `/extend YYYY-MM-DD lý do` hoặc `/rescope nội dung thay đổi`.',
  'command.nothing_to_undo':
    'Cảm ơn {you} — mốc bàn giao này chưa có thay đổi nào được hai bên thống nhất để hủy, nên mọi thứ vẫn giữ nguyên; hạn bàn giao vẫn là {due}. Để đề xuất ngày mới, {you} bình luận `/extend YYYY-MM-DD lý do`.',
  'command.same_side':
    'Cảm ơn {you} — đề xuất này đã được tính là {side} đồng ý; đề xuất có hiệu lực khi người liên hệ được chỉ định của {other} trả lời `/agree`.',
  'command.confirm_not_a_party':
    'Cảm ơn {you}. Mốc bàn giao được tạo ở đây chỉ được theo dõi khi người liên hệ được chỉ định của dự án hoặc một thành viên nhóm dự án xác nhận, nên hiện chưa có gì thay đổi. Người liên hệ được chỉ định: {contacts}.',
  'command.confirm_past':
    'Cảm ơn {you} — hạn bàn giao của mốc này ({due}) đã qua, nên nếu xác nhận thì mốc chỉ được tính là trễ hạn; vì vậy mốc này chưa được theo dõi. {you_cap} vui lòng sửa ngày trong issue thành một ngày chưa tới rồi trả lời `/confirm` lần nữa, hoặc tạo lại mốc bàn giao với một ngày trong tương lai.',
  'filing.unconfirmed': [
    'Cảm ơn {filer} đã tạo mốc bàn giao này. Mốc bàn giao được tạo ở đây sẽ được theo dõi khi người liên hệ được chỉ định của dự án hoặc một thành viên nhóm dự án xác nhận, nên hiện mốc này chưa được theo dõi và chưa có nhắc nhở hay thông báo nào được gửi.',
    '',
    'Nhờ {contact} xem giúp: mốc này có hạn {due}; nếu cần theo dõi mốc này, vui lòng trả lời `/confirm` trên một dòng riêng. Từ lúc đó mốc sẽ được theo dõi như các mốc khác, và việc xác nhận được ghi lại ngay tại đây.',
  ].join('\n'),
  'filing.past': [
    'Cảm ơn {filer} đã tạo mốc bàn giao này. Hạn bàn giao {due} đã qua vào lúc mốc được tạo, nên mốc này không được theo dõi: sẽ không có nhắc nhở nào, và không tính trễ hạn từ ngày này.',
    '',
    'Để tiếp tục: nếu cần đặt một hạn mới, nhờ {you} tạo lại mốc với một ngày chưa tới; nếu cần dời hạn của một mốc đang được theo dõi, {you} hãy bình luận `/extend YYYY-MM-DD lý do` trong issue theo dõi của mốc đó — thay đổi có hiệu lực khi hai bên cùng đồng ý.',
  ].join('\n'),
  'filing.confirmed': [
    '**Đã xác nhận mốc bàn giao**: {by} bên {side} đã xác nhận mốc này vào {at}. Hạn bàn giao là **{due}**, và từ bây giờ mốc được theo dõi như các mốc khác.',
    '',
    '_Bản ghi này được giữ nguyên như lúc xác nhận: việc sửa hoặc xóa [bình luận xác nhận]({url}), hay sửa ngày ở trên, về sau không làm thay đổi nó. Để dời hạn, hãy bình luận `/extend YYYY-MM-DD lý do`; thay đổi có hiệu lực khi hai bên cùng đồng ý._',
  ].join('\n'),
  'proposal.recorded':
    'Đã ghi nhận đề xuất: {summary} — do {proposer} bên {side} đề xuất. Đề xuất có hiệu lực khi người liên hệ được chỉ định của {other} trả lời `/agree` (hoặc `/decline`). Nhờ {other_contact} xem giúp khi thuận tiện.',
  'proposal.portfolio_load.one':
    'Để {vendor} cân nhắc trước khi đồng ý: trong khoảng thời gian mới này, {people} đã có 1 bàn giao ở các dự án khác (hạn {dates}). Số liệu tính đến {as_of}.',
  'proposal.portfolio_load.other':
    'Để {vendor} cân nhắc trước khi đồng ý: trong khoảng thời gian mới này, {people} đã có {count} bàn giao ở các dự án khác (hạn {dates}). Số liệu tính đến {as_of}.',
  'proposal.declined':
    'Đã ghi nhận: {who} không đồng ý với đề xuất ({summary}), vì vậy kế hoạch hiện tại được giữ nguyên (hạn {due}){moved}. {we_cap} sẵn lòng cùng hai bên tìm một phương án khác phù hợp hơn.',
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
    '_Bản ghi này được giữ nguyên như đã thống nhất: việc sửa hoặc xóa [đề xuất]({proposal}) hay [xác nhận đồng ý]({agreement}) sau này không làm thay đổi nó. Mọi thay đổi tiếp theo là một đề xuất mới cần cả hai bên đồng ý._',
  'amendment.dependants': ' Các mốc phụ thuộc cũng được dời theo:\n{items}',
  'amendment.dependants_back': ' Các mốc phụ thuộc cũng trở về ngày trước đó:\n{items}',
  'amendment.line': '- {at}: {summary} — được {agreed_by} đồng ý. Lý do: {reason}',
  'reason.none': 'không nêu',
  their_words: '“{text}”',
  'their_words.other_language': '“{text}” (nguyên văn {language})',
  'language.en': 'tiếng Anh',
  'language.vi': 'tiếng Việt',
  'deadline.invalid':
    'Cảm ơn {you} đã tạo mốc bàn giao này. {we_cap} chưa đọc được {what} nên mốc này chưa được theo dõi: {you} vui lòng sửa issue và điền **Hạn bàn giao** theo dạng `YYYY-MM-DD` (hoặc gắn một GitHub milestone có ngày đến hạn){owner_hint}.',
  'deadline.invalid_due': 'hạn bàn giao (trong khoảng năm 2000–2099)',
  'deadline.out_of_years':
    'Cảm ơn {you} đã tạo mốc bàn giao này. Hạn bàn giao {date} nằm ngoài khoảng năm mà lịch dự án có thể lập ({first}–{last}) nên mốc này chưa được theo dõi: {you} vui lòng sửa issue và điền **Hạn bàn giao** là một ngày không muộn hơn 31/12/{last}, theo dạng `YYYY-MM-DD`{owner_hint}.',
  'deadline.milestone_out_of_years':
    'Cảm ơn {you} đã tạo mốc bàn giao này. Hạn bàn giao được lấy từ GitHub milestone {milestone}, đến hạn {date}, nằm ngoài khoảng năm mà lịch dự án có thể lập ({first}–{last}) nên mốc này chưa được theo dõi: {you} vui lòng điền **Hạn bàn giao** trong issue theo dạng `YYYY-MM-DD` (không muộn hơn 31/12/{last}), hoặc sửa ngày đến hạn của milestone{owner_hint}.',
  'deadline.invalid_owner_hint': ', đồng thời chọn bên bàn giao ở mục **Bên bàn giao**',
  'note.recorded': [
    '**{channel} ngày {on}**, do {who} bên {side} ghi lại:',
    '{text}',
    '{effect}',
    '_Bản ghi này được giữ nguyên như đã ghi: việc sửa hoặc xóa [ghi chú]({url}) sau này không làm thay đổi nó._',
  ].join('\n'),
  'note.answer':
    '\nGhi chú này được tính là phản hồi của {owner} về **{title}**; các lời nhắc tiếp theo sẽ tính từ {on}.\n',
  'note.evidence':
    '\nĐược lưu làm bằng chứng cho **{title}**; ghi chú sẽ có trong phần diễn biến của mục cần xử lý, nếu có.\n',
  'handoff_rating.request':
    'Chào {who}, **{title}** đã được bàn giao — cảm ơn {you} đã cùng {we} hoàn thành. {you_cap} thấy lần bàn giao này thế nào? {you_cap} chỉ cần trả lời ngay tại đây bằng `/rate` kèm điểm từ 1 (chưa tốt) đến 5 (rất tốt), và nếu được thì thêm một câu: điều gì ổn, điều gì {we} nên làm khác ở lần sau. Chỉ mất một phút và giúp {we} chuẩn bị các lần bàn giao sau tốt hơn.',
  'handoff_rating.recorded':
    'Cảm ơn {who}: {we} đã ghi nhận {you} chấm **{rating}/5** cho lần bàn giao **{title}**. {we_cap} sẽ cùng xem lại góp ý của {you} trong buổi rút kinh nghiệm tới.',
  // Passive: the reply may go to a teammate of the vendor, whom the team's client-facing voice would not fit.
  'note.refused': 'Cảm ơn {who} — ghi chú này chưa được ghi nhận nên hồ sơ chưa có gì thay đổi. {hint}',
  'note.hint_format':
    '{you_cap} vui lòng viết theo dạng `/note call|email|meeting|chat [YYYY-MM-DD] nội dung trao đổi`, ví dụ `/note call 2026-11-27 trả lời: thứ Sáu bên mình gửi ảnh` (thêm `trả lời:` khi ghi chú ghi lại phản hồi của bên bàn giao).',
  'note.hint_future':
    'Ngày {date} muộn hơn ngày viết ghi chú ({written}): ghi chú chỉ dùng cho những lần trao đổi đã diễn ra.',
  'note.hint_years':
    'Ngày {date} nằm ngoài khoảng năm mà lịch dự án có thể lập ({first}–{last}): {you} vui lòng ghi ngày diễn ra lần trao đổi theo dạng `YYYY-MM-DD`.',
  'note.unauthorised':
    'Hồ sơ chỉ ghi nhận ghi chú của người liên hệ được chỉ định của mỗi bên và đội thực hiện dự án. Người liên hệ được chỉ định: {contacts}.',
  'channel.call': 'Cuộc gọi',
  'channel.email': 'Email',
  'channel.meeting': 'Cuộc họp',
  'channel.chat': 'Tin nhắn',
  'timeline.contact': '{channel} — {who} bên {side} ghi lại: “{text}”',
  'timeline.contact_answer': ' — phản hồi của {owner}',
  'kickoff.title': 'Khởi động dự án {engagement}: lịch bàn giao, đầu mối liên hệ và cách phối hợp',
  'kickoff.greeting_named': 'Chào {name},',
  'kickoff.greeting_anonymous': 'Chào {you} {mention},',
  'kickoff.body': [
    '{greeting}',
    '',
    '{intro}',
    '',
    '### Lịch bàn giao',
    '| Mốc | Bên bàn giao | Hạn | Hạng mục | Sau mốc |',
    '|---|---|---|---|---|',
    '{schedule}',
    '',
    '### Đầu mối liên hệ',
    '{contacts}',
    '',
    '### Kênh trao đổi',
    '- **Bàn giao**: mỗi mốc có một issue theo dõi riêng (nhãn `{milestone_label}`); đánh dấu từng hạng mục tại đó khi đã bàn giao, hoặc trả lời tại đó những gì đã gửi để {we} đánh dấu giúp.',
    '- **Góp ý, câu hỏi và vấn đề**: tạo issue mới bằng biểu mẫu góp ý (nhãn `{feedback_label}`); {we} phản hồi trong thời gian nêu dưới đây.',
    '- **Cuộc gọi, email, cuộc họp và tin nhắn**: ghi lại trên issue theo dõi bằng lệnh `/note`, để hai bên cùng giữ một hồ sơ.',
    '',
    '### Thời gian phản hồi',
    '| Mức độ quan trọng | Phản hồi đầu tiên | Xử lý xong |',
    '|---|---|---|',
    '{sla}',
    '{hours}',
    '',
    '### Các lệnh',
    'Viết lệnh trên một dòng riêng trong bình luận; lệnh nằm trong trích dẫn hoặc khối mã không được tính.',
    '- `/agree` — đồng ý với một đề xuất (tại đây: đồng ý với nội dung khởi động này). `/decline` — không đồng ý.',
    '- `/extend YYYY-MM-DD lý do` — trên issue theo dõi: đề xuất hạn mới.',
    '- `/rescope nội dung thay đổi` — trên issue theo dõi: đề xuất điều chỉnh phạm vi.',
    '- `/undo lý do` — trên issue theo dõi: hủy thay đổi vừa thống nhất gần nhất.',
    '- `/note call|email|meeting|chat [YYYY-MM-DD] nội dung trao đổi` — trên issue theo dõi: ghi lại một lần trao đổi ngoài GitHub.',
    '',
    'Thay đổi về thời hạn hoặc phạm vi có hiệu lực khi người liên hệ được chỉ định của mỗi bên đồng ý; bên nào đề xuất thì được xem là bên đó đã đồng ý.',
    '',
    '### Điều khoản hợp đồng về trễ hạn và gia hạn',
    '{terms}',
    '',
    '### Lịch cơ sở',
    '{baseline}',
    '{changes}',
  ].join('\n'),
  'kickoff.your': '{you}',
  'kickoff.row': '| **{title}** | {owner}: {primary} | {due} | {deliverables} | {after} |',
  'kickoff.contacts_line': '- **{side}**: {primary} (đầu mối chính){alternates}{manager}',
  'kickoff.contacts_alternates': '; người liên hệ dự phòng: {names}',
  'kickoff.contacts_manager': '; người phụ trách: {name}',
  'kickoff.sla_row': '| {importance} | {first} | {resolution} |',
  'kickoff.importance.urgent': 'Khẩn cấp',
  'kickoff.importance.important': 'Quan trọng',
  'kickoff.importance.not_important': 'Thấp',
  'kickoff.hours_business': '_Số giờ chỉ tính trong giờ làm việc ({start}–{end}, vào ngày làm việc)._',
  'kickoff.hours_clock': '_Số giờ tính liên tục; ngày làm việc không tính cuối tuần và ngày lễ._',
  'kickoff.term_reference': '- Hợp đồng: {reference}.',
  'kickoff.term_shift':
    '- Khi một mốc bàn giao trễ, các mốc phụ thuộc vào mốc đó lùi theo đúng số ngày làm việc bị trễ.',
  'kickoff.term_no_shift':
    '- Một mốc bàn giao trễ không tự động dời các mốc khác; hạn mới được thống nhất bằng `/extend`.',
  'kickoff.term_ladder':
    '- Khi đã qua hạn mà chưa bàn giao: nhắc nhẹ sau {friendly}, thông báo chính thức kèm ảnh hưởng và các phương án sau {formal}, và chuyển tới {managers} sau {escalation}.',
  'kickoff.term_policy': '- Gia hạn: {policy}',
  'kickoff.term_policy_default':
    '- Gia hạn: đề xuất trên issue theo dõi bằng `/extend`, có hiệu lực khi người liên hệ được chỉ định của mỗi bên đồng ý.',
  'kickoff.term_fee': '- Phí trễ hạn: {rate} mỗi {per} sau thời gian ân hạn {grace}{cap}.',
  'kickoff.term_disputes': '- Nếu có bất đồng chưa giải quyết được: {steps}.',
  'kickoff.intro_proposed':
    'Dưới đây là những điều {we} đề xuất để hai bên cùng thống nhất cho **{engagement}**: lịch bàn giao và bên phụ trách từng hạng mục, cách liên hệ, thời gian phản hồi, các lệnh, cùng các điều khoản hợp đồng về trễ hạn và gia hạn. Nhờ {you} xem giúp. Nếu mọi thứ đúng như {your} hiểu, {you} trả lời `/agree` tại đây để nội dung này trở thành cơ sở chung cho cả hai bên, với lịch bàn giao dưới đây là lịch cơ sở (baseline); nếu có điểm nào chưa đúng, {you} cứ bình luận để {we} điều chỉnh trước.',
  'kickoff.intro_agreed':
    'Dưới đây là thông tin hiện tại của **{engagement}**: lịch bàn giao và bên phụ trách từng hạng mục, cách liên hệ, thời gian phản hồi, các lệnh, cùng các điều khoản hợp đồng về trễ hạn và gia hạn. Nội dung khởi động đã được đồng ý: lịch bàn giao dưới đây là các hạn hiện tại; lịch cơ sở lúc đồng ý và mọi thay đổi từ đó được ghi ở cuối issue, bản ghi lúc đồng ý nằm trong phần bình luận.',
  'kickoff.waiting': '_Đang chờ {primary} xác nhận bằng `/agree`._',
  'kickoff.agreed':
    '{who} bên {side} đã đồng ý với nội dung khởi động này vào {at} ([bình luận]({url})), và lịch bàn giao lúc đó được lấy làm lịch cơ sở. Bản ghi được lưu trong phần bình luận bên dưới và không thay đổi nếu bình luận đó được sửa hoặc xóa.',
  'kickoff.changes': '\n### Thay đổi so với lịch cơ sở\n{items}',
  'kickoff.changes_none': '\n### Thay đổi so với lịch cơ sở\n_Chưa có thay đổi nào._',
  'kickoff.change_line': '- **{title}**: theo lịch cơ sở {baseline}, hiện nay {now}{agreed}.',
  'kickoff.change_line_same_due': '- **{title}**: hạn vẫn là {now}, như trong lịch cơ sở{agreed}.',
  'kickoff.change_agreed': '; {summary} ({proposed_by} đề xuất, {agreed_by} đồng ý vào {at})',
  'kickoff.change_extended': 'gia hạn',
  'kickoff.change_file': '; đã thay đổi trong tệp engagement',
  'kickoff.change_shift_late': '; dời theo đúng số ngày làm việc vì {upstream} được bàn giao trễ',
  'kickoff.change_shift_moved': '; dời theo đúng số ngày làm việc vì hạn của {upstream} đã được dời',
  'kickoff.change_added': '- **{title}**: được thêm sau khi chốt lịch cơ sở, hạn {now}.',
  'kickoff.none': '—',
  'kickoff.due_handed_over': '{due} · đã bàn giao {on}',
  'kickoff.baseline_record': [
    '**Đã thống nhất lịch cơ sở**: {who} bên {side} đã đồng ý với nội dung khởi động dự án vào {at}. Lịch bàn giao đã thống nhất:',
    '{items}',
    '',
    '_Bản ghi này được giữ nguyên như đã thống nhất: việc sửa hoặc xóa [xác nhận đồng ý]({url}) sau này không làm thay đổi nó. Các thay đổi sau này được thống nhất trên từng issue theo dõi (`/extend`, `/rescope`, `/agree`) và được liệt kê trong issue khởi động, so với lịch cơ sở này._',
  ].join('\n'),
  'kickoff.baseline_item': '- **{title}**: {due}',
  'kickoff.reminder': [
    '{greeting}',
    '',
    '{we_cap} đã mở issue khởi động dự án này từ {opened} để hai bên cùng làm việc theo một lịch và một bộ điều khoản. Khi {you} thuận tiện, nhờ {you} xem giúp và trả lời `/agree` nếu mọi thứ đúng như {your} hiểu. Nếu có điểm nào cần điều chỉnh, {you} chỉ cần bình luận tại đây, {we} sẽ sửa trước.',
  ].join('\n'),
  'kickoff.reply_stranger':
    'Cảm ơn {who}. Nội dung khởi động trở thành cơ sở chung khi người liên hệ được chỉ định của {client} đồng ý, nên hiện chưa có gì thay đổi. Người liên hệ được chỉ định: {contacts}.',
  'kickoff.reply_vendor':
    'Cảm ơn {who} — nội dung khởi động này do {vendor} đề xuất nên đã được xem là phía {vendor} đồng ý. Nội dung trở thành cơ sở chung khi {primary} trả lời `/agree`.',
};
