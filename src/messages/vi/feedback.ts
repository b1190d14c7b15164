// Vietnamese wording of every feedback message. Messages to the client use the reader's form of
// address ({you}: `chị`, `bà`, `anh`, or the neutral `anh/chị`; {you_cap} at the start of a sentence)
// and the team's one voice ({we}: `chúng tôi` or `bên em`, from `engagement.voice`); messages to the
// team name no pronoun ("mọi người", "nhóm"). The engagement file's `messages.vi` section may replace
// any of these by key.
import type { FeedbackMessageKey } from '../en/feedback';

export const FEEDBACK_VI: Record<FeedbackMessageKey, string> = {
  'feedback.greeting.named': 'Chào {name},',
  'feedback.greeting.anonymous': 'Chào {you},',
  'feedback.importance.urgent': 'khẩn cấp',
  'feedback.importance.important': 'quan trọng',
  'feedback.importance.not_important': 'thấp',
  'feedback.type.negative': 'tiêu cực',
  'feedback.type.neutral': 'trung lập',
  'feedback.type.positive': 'tích cực',
  'feedback.urgency.high': 'cao',
  'feedback.urgency.normal': 'bình thường',
  'feedback.urgency.low': 'thấp',

  'feedback.ack.thanks.positive':
    'Cảm ơn {you} rất nhiều — những lời của {you} thật sự rất ý nghĩa với {we}.',
  'feedback.ack.kudos.summary':
    '{we_cap} sẽ chuyển lời khen của {you} tới cả nhóm trong bản tổng kết hằng tuần của nhóm.',
  'feedback.ack.kudos.noted': '{we_cap} đã ghi nhận lời khen này cho cả nhóm.',
  'feedback.ack.thanks.negative':
    'Cảm ơn {you} đã báo cho {we} biết. {we_cap} thành thật xin lỗi vì sự bất tiện này; phản ánh của {you} đã được chuyển đến nhóm phụ trách.',
  'feedback.ack.thanks.urgent':
    'Cảm ơn {you} đã báo cho {we} biết. {we_cap} thành thật xin lỗi vì sự cố này; {we} đã chuyển ngay đến nhóm phụ trách để ưu tiên xử lý.',
  'feedback.ack.thanks.neutral':
    'Cảm ơn {you} đã gửi góp ý. {we_cap} đã tiếp nhận và chuyển đến nhóm phụ trách.',
  'feedback.item.negative': 'phản ánh này',
  'feedback.item.urgent': 'sự cố này',
  'feedback.item.neutral': 'góp ý này',
  'feedback.ack.understood':
    '{we_cap} hiểu {item} thuộc chủ đề **{topic}**, mức độ **{importance}** (ưu tiên {priority}).',
  'feedback.ack.first_response': 'Một thành viên trong nhóm sẽ phản hồi {you} chậm nhất vào **{due}**.',
  'feedback.ack.working_time': 'Cả hai mốc thời gian được tính theo giờ làm việc ({hours}).',
  'feedback.ack.related_milestone':
    '{we_cap} đã gắn {item} với mốc {milestone} để theo dõi cùng với việc bàn giao mốc đó.',
  'feedback.ack.working_time_first': 'Thời gian phản hồi được tính theo giờ làm việc ({hours}).',
  'feedback.ack.working_time_resolution': 'Thời hạn giải quyết được tính theo giờ làm việc ({hours}).',
  'feedback.ack.resolution':
    '{we_cap} cam kết giải quyết trước **{due}** và sẽ cập nhật tiến độ cho {you} ngay tại đây.',
  'feedback.ack.first_response_passed':
    '{we_cap} xin lỗi vì chưa phản hồi {you} trong thời gian đã cam kết (**{due}**); nhóm phụ trách đã được nhắc và sẽ trả lời {you} tại đây sớm nhất có thể.',
  'feedback.ack.resolution_passed':
    '{item_cap} lẽ ra đã được giải quyết trước **{due}**: {we} sẽ báo {you} tại đây, kèm một ngày cụ thể, khi nào việc này xong.',
  'feedback.ack.positive_next': 'Nếu muốn bổ sung điều gì, {you} cứ trả lời ngay tại đây nhé.',
  'feedback.ack.correct_us': 'Nếu {we} hiểu chưa đúng, {you} chỉ cần trả lời tại đây để {we} điều chỉnh.',
  'feedback.ack.unclear_intro':
    'Để xử lý đúng điều {you} cần, {you} có thể chia sẻ thêm một chút thông tin được không?',
  'feedback.ack.unclear_paused':
    'Ngay khi {you} trả lời tại đây, {we} sẽ báo {you} thời hạn phản hồi và thời hạn giải quyết cụ thể.',

  'feedback.question.details':
    'Điều gì đã xảy ra? {you_cap} thấy vấn đề ở đâu và vào lúc nào (một vài câu là đủ)?',
  'feedback.question.expected': '{you_cap} mong muốn kết quả như thế nào, hay đáng lẽ điều gì phải xảy ra?',

  'feedback.review':
    '{mentions} Nhờ xác nhận lại phân loại của mục này. {client}\n\n{doubts}\n\nNếu nhãn đã đúng, chỉ cần gỡ nhãn `{label}`; nếu chưa đúng, hãy sửa lại nhãn — hệ thống sẽ làm theo nhãn của nhóm.',
  'feedback.review.client.acknowledged':
    'Khách hàng không cần làm gì thêm: đã xác nhận tiếp nhận với khách, với thời hạn phản hồi theo mức độ **{importance}**.',
  'feedback.review.client.more_urgent':
    'Khách hàng không cần làm gì thêm: đã báo khách là đã nhận, với thời hạn phản hồi theo mức **{importance}** — mức gấp hơn trong các khả năng (khả năng cao nhất là {likely}) — để việc kiểm tra không làm khách phải chờ lâu hơn.',
  'feedback.review.client.asked':
    'Đã báo khách là đã nhận và hỏi thêm những chi tiết còn thiếu; thời hạn phản hồi sẽ tính tiếp khi khách trả lời. Về phân loại, khách không cần làm gì.',
  'feedback.review.client.thanked':
    'Đã gửi lời cảm ơn đến khách; lời khen không tính thời hạn phản hồi, và khách không cần làm gì thêm.',
  'feedback.review.unsure':
    '- **{dimension}**: {reading}, nhãn `{label}` — bộ phân loại chưa chắc chắn ({ranking}).',
  'feedback.review.dimension.topic': 'chủ đề',
  'feedback.review.dimension.importance': 'mức độ quan trọng',
  'feedback.review.dimension.type': 'loại góp ý',
  'feedback.review.dimension.urgency': 'độ gấp',
  'feedback.review.no_topic':
    '- **chủ đề**: không đọc được chủ đề từ nội dung, nên góp ý được xếp vào **{topic}**, nhãn `{label}`.',
  'feedback.nudge':
    '{we_cap} xin nhắc nhẹ về các câu hỏi ở trên. Khi {you} có thời gian, chỉ cần trả lời ngắn tại đây là {we} có thể tiếp tục. Nếu {item} không còn cần thiết, {you} cứ cho {we} biết để đóng lại.',

  'feedback.contradiction.ask':
    'Góp ý này và {other} cùng nói về **{topic}** nhưng đề nghị hai hướng khác nhau, nên {we} xin hỏi lại {you} trước khi thay đổi:\n\n- {other}: “{older_request}”\n- Góp ý này ({this}): “{newer_request}”',
  'feedback.contradiction.options':
    '{you_cap} muốn chọn hướng nào? Chỉ cần trả lời ngắn tại đây:\n\n1. Giữ {other}, {we} sẽ đóng lại góp ý này.\n2. Giữ góp ý này, {we} sẽ đóng lại {other}.\n3. Kết hợp cả hai: {you} cho {we} biết điều quan trọng nhất ở mỗi góp ý, {we} sẽ đề xuất một phương án dung hòa.',
  'feedback.contradiction.clocks':
    'Trong lúc chờ {you} trả lời, các mốc thời gian {we} đã hẹn cho cả hai góp ý vẫn giữ nguyên.',
  'feedback.contradiction.cc': 'Đồng gửi {contacts} để mọi người cùng nắm thông tin.',
  'feedback.contradiction.linked':
    'Góp ý {other} cũng về **{topic}** nhưng đề nghị ngược lại với góp ý này. {we_cap} đã hỏi tại {other} để chọn một hướng; trong lúc chờ, các mốc thời gian {we} đã hẹn cho góp ý này vẫn giữ nguyên.',

  'feedback.confirm.resolved': '{we_cap} đã đánh dấu {item} là đã giải quyết.',
  'feedback.confirm.change.pull_request':
    'Thay đổi đã thực hiện: “{title}” ({as_written}pull request [#{number}]({url})).',
  'feedback.confirm.change.commit': 'Thay đổi đã thực hiện: “{title}” ({as_written}commit [`{sha}`]({url})).',
  'feedback.as_written': 'nguyên văn {language}',
  'feedback.confirm.change.noted': 'Những gì đã thay đổi được ghi trong ghi chú phía trên.',
  'feedback.confirm.change.elsewhere':
    'Mục này được đóng bởi một thay đổi trong một kho mã khác của {we}, không được gắn liên kết tại đây; nếu {you} muốn biết cụ thể đã làm những gì, {you} cứ hỏi tại đây, {we} sẽ giải thích rõ.',
  'feedback.confirm.change.none':
    'Nhóm đã đánh dấu hoàn thành nhưng chưa ghi kèm chi tiết thay đổi; nếu {you} muốn biết cụ thể đã làm những gì, {you} cứ hỏi tại đây, {we} sẽ giải thích rõ.',
  'feedback.confirm.ask':
    '{you_cap} vui lòng kiểm tra lại và đánh giá cách {we} xử lý: trả lời `/rate 1` đến `/rate 5` (5 = rất hài lòng), hoặc thả biểu tượng cảm xúc cho bình luận này (👍 hài lòng, 👎 chưa hài lòng). Nếu vẫn chưa ổn, {you} chỉ cần trả lời “chưa được giải quyết” hoặc `/reopen`, {we} sẽ xử lý tiếp ngay.',
  'feedback.rating.thanks': 'Cảm ơn {you} đã đánh giá: {rating}/5.',
  'feedback.rating.high': '{we_cap} rất vui vì {you} hài lòng.',
  'feedback.rating.middle':
    '{we_cap} sẽ dựa vào đánh giá này để tiếp tục cải thiện cách làm việc cùng {you}.',
  'feedback.rating.low':
    '{we_cap} rất tiếc vì kết quả chưa được như mong đợi. {we_cap} đã báo {manager} để liên hệ với {you}, lắng nghe thêm và tìm cách làm tốt hơn.',
  'feedback.reopened':
    'Cảm ơn {you} đã báo lại, và {we} xin lỗi vì {item} vẫn chưa được giải quyết. {we_cap} đã mở lại để nhóm ưu tiên xem xét lại, và sẽ cập nhật cho {you} tại đây.',
  'feedback.reopened.rating_held':
    '{you_cap} có ghi kèm một đánh giá trong cùng tin nhắn: vì vẫn còn điều chưa ổn, {we} chưa ghi nhận đánh giá này và sẽ mời {you} đánh giá lại khi vấn đề được giải quyết. Nếu thực ra mọi thứ đã ổn, {you} chỉ cần báo tại đây, {we} sẽ đóng lại.',
  'feedback.rating.client_only':
    'Việc đánh giá là của phía khách hàng: {client} có thể trả lời `/rate 1` đến `/rate 5` tại đây, hoặc thả biểu tượng cảm xúc cho lời mời đánh giá ở trên. Vì phản hồi này do một thành viên của {we} gửi thay khách hàng, đánh giá từ phía {we} không được ghi nhận là đánh giá của khách hàng.',

  'feedback.accepted':
    'Cảm ơn {you} đã bổ sung thông tin. {item_cap} đã được chuyển đến {who} để tìm hiểu; nếu cần thêm thông tin, {we} sẽ hỏi {you} ngay tại đây.',
  'feedback.accepted.understood':
    'Với thông tin {you} bổ sung, {we} hiểu {item} thuộc chủ đề **{topic}**, mức độ **{importance}** (ưu tiên {priority}); các mốc thời gian dưới đây theo mức độ này.',
  'feedback.proposal':
    'Sau khi tìm hiểu, {we} xin đề xuất hướng giải quyết như sau{as_written}:\n\n{quote}\n\nNếu {you} thấy phù hợp, {you} chỉ cần trả lời `/agree` để {we} bắt tay thực hiện. Nếu {you} muốn điều chỉnh, {you} cứ góp ý tại đây, {we} sẽ cập nhật lại đề xuất.',
  'feedback.proposal.client_decides':
    'Phản hồi này do một thành viên của {we} ghi lại giúp {you}, nên sự đồng ý cần đến từ chính {you}: lệnh `/agree` của thành viên đó không được tính.',
  'feedback.confirm.client_decides':
    'Phản hồi này do một thành viên của {we} ghi lại giúp {you}, nên đánh giá cần đến từ chính {you}: đánh giá của thành viên đó không được tính.',
  'feedback.agree.client_only':
    'Việc đồng ý với hướng giải quyết là quyết định của phía khách hàng: {client} có thể trả lời `/agree` tại đây để đồng ý, hoặc cho {we} biết cần điều chỉnh gì. Vì phản hồi này do một thành viên của {we} gửi thay khách hàng, lệnh `/agree` từ phía {we} không được ghi nhận là sự đồng ý của khách hàng.',
  'feedback.agreed':
    'Cảm ơn {you} đã đồng ý với hướng giải quyết này vào {date}. Nội dung đã thống nhất được lưu lại tại đây{as_written}:\n\n{quote}\n\n{who} sẽ phụ trách thực hiện và cập nhật cho {you} ngay tại đây.',
  'feedback.agreed.due_restarted':
    'Theo thỏa thuận của dự án, thời hạn giải quyết được tính lại từ lúc {you} đồng ý: {we} cam kết hoàn thành trước **{due}**.',
  'feedback.agreed.due_kept': '{we_cap} vẫn giữ đúng thời hạn giải quyết đã cam kết: **{due}**.',
  'feedback.agreed.due_passed':
    'Thời hạn giải quyết {we} đã cam kết, **{due}**, nay đã qua. {we_cap} thành thật xin lỗi {you} vì sự chậm trễ này và sẽ thống nhất với {you} một thời hạn mới ngay tại đây.',
  'feedback.implemented': '{we_cap} đã thực hiện xong hướng giải quyết cho {item}.',
  'feedback.implemented.change': 'Những gì đã thay đổi{as_written}:\n\n{quote}',
  'feedback.implemented.check':
    'Khi có thời gian, nhờ {you} xem lại giúp và cho {we} biết đã ổn chưa. Khi nhóm đóng {item}, {we} sẽ mời {you} đánh giá kết quả.',

  'feedback.sla.first_response': 'phản hồi đầu tiên',
  'feedback.sla.resolution': 'giải quyết',
  'feedback.five_whys':
    '{mentions} Mục này có mức ưu tiên {priority}. Trước khi đề xuất cách khắc phục, nhờ tìm nguyên nhân gốc rễ bằng phương pháp “5 lần tại sao” và ghi lại tại đây:\n\n1. Tại sao điều này xảy ra?\n2. Tại sao điều đó xảy ra?\n3. Tại sao …?\n4. Tại sao …?\n5. Tại sao …?\n\n**Nguyên nhân gốc rễ:** …\n**Thay đổi để không lặp lại:** …',
  'feedback.five_whys.private':
    '{mentions} Mục này có mức ưu tiên {priority}. Trước khi đề xuất cách khắc phục, nhờ tìm nguyên nhân bằng phương pháp “5 lần tại sao” trong ghi chú nội bộ của nhóm, và khi xong thì viết `/analysed` tại đây.',
  'feedback.warning.first_response':
    '{mentions} Nhắc nhẹ: thời hạn phản hồi đầu tiên đã thống nhất cho mục này kết thúc lúc **{due}**. Một câu trả lời ngắn, cụ thể cho khách hàng là đủ để đáp ứng.',
  'feedback.warning.resolution':
    '{mentions} Nhắc nhẹ: thời hạn giải quyết đã thống nhất cho mục này kết thúc lúc **{due}**. Để đáp ứng, nhóm cần giải quyết xong và đóng issue ở trạng thái hoàn thành; nếu không kịp, hãy thống nhất ngày mới với khách hàng ngay tại đây trước thời hạn.',
  'feedback.breach':
    '{mentions} Hạn {sla} đã thống nhất cho mục này là **{due}**, nay đã qua. Nhờ nhận xử lý và trả lời khách hàng, kèm bước tiếp theo và một ngày cụ thể.',
  'feedback.breach.both':
    '{mentions} Hạn phản hồi đầu tiên đã thống nhất cho mục này là **{first_response}** và hạn giải quyết là **{resolution}**, nay đều đã qua. Nhờ nhận xử lý và trả lời khách hàng, kèm bước tiếp theo và một ngày cụ thể.',
  'feedback.breach.escalation': 'Việc chuyển cấp được theo dõi tại {ref}.',
  'feedback.escalation.title': 'Chuyển cấp: góp ý #{number} đã quá hạn {sla}',
  'feedback.escalation.title.both':
    'Chuyển cấp: góp ý #{number} đã quá hạn phản hồi đầu tiên và hạn giải quyết',
  'feedback.escalation.body':
    '{mentions} Góp ý khẩn cấp {ref} của khách hàng đã quá hạn {sla} (hạn lúc **{due}**).\n\n- Chủ đề: {topic}\n- Mức độ: {importance} (ưu tiên {priority})\n- Ngày gửi: {filed}\n\n**Nội dung khách hàng viết**\n\n{quote}\n\n**Các bước đề xuất**\n\n1. Trả lời khách hàng tại {ref} ngay trong hôm nay: những gì đã biết và thời điểm cập nhật tiếp theo.\n2. Thống nhất người giải quyết và thời hạn.\n3. Đóng issue này khi khách hàng đã có ngày giải quyết.',
  'feedback.escalation.body.both':
    '{mentions} Góp ý khẩn cấp {ref} của khách hàng đã quá hạn phản hồi đầu tiên (hạn lúc **{first_response}**) và quá hạn giải quyết (hạn lúc **{resolution}**).\n\n- Chủ đề: {topic}\n- Mức độ: {importance} (ưu tiên {priority})\n- Ngày gửi: {filed}\n\n**Nội dung khách hàng viết**\n\n{quote}\n\n**Các bước đề xuất**\n\n1. Trả lời khách hàng tại {ref} ngay trong hôm nay: những gì đã biết và thời điểm cập nhật tiếp theo.\n2. Thống nhất người giải quyết và thời hạn.\n3. Đóng issue này khi khách hàng đã có ngày giải quyết.',
  'feedback.escalation.again':
    '{mentions} Góp ý {ref} nay cũng đã quá hạn {sla} (hạn lúc **{due}**) và vẫn chưa được giải quyết xong. Nhờ trả lời khách hàng tại {ref} ngay trong hôm nay, kèm bước tiếp theo và một ngày cụ thể, và giữ issue này mở cho đến khi khách hàng có một phương án đáng tin cậy.',
  'feedback.escalation.resolved':
    'Góp ý {ref} đã được giải quyết và đóng lại, vì vậy việc chuyển cấp này cũng được đóng. Cảm ơn mọi người đã theo sát đến cùng.',
};
