// Vietnamese wording of every feedback message: "anh/chị" for the reader, "chúng tôi" for the vendor
// team. The engagement file's `messages.vi` section may replace any of these by key.
import type { FeedbackMessageKey } from './en';

export const vi: Record<FeedbackMessageKey, string> = {
  'feedback.greeting.named': 'Chào {name},',
  'feedback.greeting.anonymous': 'Chào anh/chị,',
  'feedback.importance.urgent': 'khẩn cấp',
  'feedback.importance.important': 'quan trọng',
  'feedback.importance.not_important': 'thấp',

  'feedback.ack.thanks.positive':
    'Chúng tôi chân thành cảm ơn anh/chị về những lời ghi nhận này. Chúng tôi đã chia sẻ với toàn bộ các thành viên đã tham gia, và đó là động lực rất lớn cho cả nhóm.',
  'feedback.ack.thanks.negative':
    'Cảm ơn anh/chị đã cho chúng tôi biết. Chúng tôi rất tiếc về sự bất tiện này và sẽ xử lý một cách nghiêm túc.',
  'feedback.ack.thanks.neutral':
    'Cảm ơn anh/chị đã gửi góp ý. Chúng tôi đã tiếp nhận và chuyển đến nhóm phụ trách.',
  'feedback.ack.understood':
    'Chúng tôi hiểu rằng góp ý này thuộc chủ đề **{topic}**, mức độ **{importance}** (ưu tiên {priority}).',
  'feedback.ack.first_response': 'Một thành viên trong nhóm sẽ phản hồi anh/chị chậm nhất vào **{due}**.',
  'feedback.ack.working_time': 'Thời gian được tính theo giờ làm việc.',
  'feedback.ack.resolution':
    'Chúng tôi cam kết giải quyết trước **{due}** và sẽ cập nhật tiến độ cho anh/chị ngay tại đây.',
  'feedback.ack.positive_next':
    'Anh/chị không cần làm thêm gì. Nếu muốn bổ sung, anh/chị chỉ cần trả lời tại đây.',
  'feedback.ack.correct_us':
    'Nếu chúng tôi hiểu chưa đúng, anh/chị chỉ cần trả lời tại đây để chúng tôi điều chỉnh.',
  'feedback.ack.unclear_intro':
    'Để xử lý đúng điều anh/chị cần, anh/chị có thể chia sẻ thêm một chút thông tin được không?',
  'feedback.ack.unclear_paused':
    'Thời gian phản hồi sẽ tiếp tục được tính ngay khi anh/chị trả lời tại đây. Anh/chị không cần làm gì thêm.',

  'feedback.question.details':
    'Điều gì đã xảy ra? Anh/chị thấy vấn đề ở đâu và vào lúc nào (một vài câu là đủ)?',
  'feedback.question.expected': 'Anh/chị mong muốn kết quả như thế nào, hay đáng lẽ điều gì phải xảy ra?',
  'feedback.question.topic': 'Góp ý này liên quan đến phần việc nào? Ví dụ: {topics}.',
  'feedback.question.importance':
    'Vấn đề này ảnh hưởng đến công việc của anh/chị ở mức nào: khẩn cấp, quan trọng hay thấp?',

  'feedback.review':
    '{mentions} Nhờ anh/chị xác nhận lại phân loại của góp ý này. Khách hàng không cần làm gì thêm: góp ý đã được xác nhận tiếp nhận, với thời hạn phản hồi của cách hiểu khẩn cấp hơn.\n\n{doubts}\n\nNếu nhãn đã đúng, anh/chị chỉ cần gỡ nhãn `{label}`; nếu chưa đúng, anh/chị đổi nhãn và hệ thống sẽ theo nhãn của anh/chị.',
  'feedback.review.unsure': '- **{dimension}**: {reading} — bộ phân loại chưa chắc chắn ({ranking}).',
  'feedback.review.dimension.topic': 'chủ đề',
  'feedback.review.dimension.importance': 'mức độ quan trọng',
  'feedback.review.dimension.type': 'loại phản hồi',
  'feedback.review.dimension.urgency': 'độ gấp',
  'feedback.review.no_topic':
    '- **chủ đề**: không đọc được chủ đề từ nội dung, nên góp ý được xếp vào **{topic}**.',
  'feedback.nudge':
    'Chúng tôi xin nhắc nhẹ về các câu hỏi ở trên. Khi anh/chị có thời gian, chỉ cần trả lời ngắn tại đây là chúng tôi có thể tiếp tục. Nếu góp ý này không còn cần thiết, anh/chị cứ cho chúng tôi biết để đóng lại.',

  'feedback.contradiction.ask':
    'Góp ý này và {other} cùng nói về **{topic}** nhưng theo hai hướng khác nhau: {why}. Để chúng tôi làm đúng điều anh/chị thực sự cần, nhờ {contacts} cho biết góp ý nào được giữ, hoặc anh/chị muốn kết hợp hai ý như thế nào? Chúng tôi sẽ tiếp tục ngay khi nhận được ý kiến của anh/chị.',
  'feedback.contradiction.why_type': 'một góp ý là lời khen, góp ý kia đề nghị thay đổi',
  'feedback.contradiction.why_request': 'một góp ý đề nghị “{a}”, góp ý kia đề nghị “{b}”',
  'feedback.contradiction.linked':
    'Góp ý liên quan: {other} cùng chủ đề nhưng đề nghị điều khác. Chúng tôi đã hỏi tại đó để xác nhận góp ý nào được giữ.',

  'feedback.confirm.ask':
    'Chúng tôi đã đánh dấu góp ý này là đã giải quyết. Anh/chị vui lòng xác nhận và đánh giá cách chúng tôi xử lý: trả lời `/rate 1` đến `/rate 5` (5 = rất hài lòng), hoặc thả biểu tượng cảm xúc cho bình luận này (👍 hài lòng, 👎 chưa hài lòng). Nếu vấn đề chưa được giải quyết, anh/chị chỉ cần trả lời “chưa được giải quyết” hoặc `/reopen`, chúng tôi sẽ xử lý tiếp ngay.',
  'feedback.rating.thanks': 'Cảm ơn anh/chị đã đánh giá: {rating}/5.',
  'feedback.rating.high': 'Chúng tôi rất vui vì vấn đề đã được giải quyết.',
  'feedback.rating.middle':
    'Chúng tôi sẽ dựa vào đánh giá này để tiếp tục cải thiện cách làm việc cùng anh/chị.',
  'feedback.rating.low':
    'Chúng tôi rất tiếc vì kết quả chưa được như mong đợi. {manager} sẽ liên hệ để lắng nghe anh/chị và tìm cách làm tốt hơn.',
  'feedback.reopened':
    'Cảm ơn anh/chị đã cho chúng tôi biết. Chúng tôi đã mở lại góp ý này, nhóm sẽ xem xét lại và cập nhật cho anh/chị tại đây.',

  'feedback.sla.first_response': 'phản hồi đầu tiên',
  'feedback.sla.resolution': 'giải quyết',
  'feedback.five_whys':
    '{mentions} Đây là góp ý tiêu cực có mức ưu tiên cao ({priority}). Trước khi đề xuất cách khắc phục, nhờ mọi người tìm nguyên nhân gốc rễ bằng phương pháp “5 lần tại sao” và ghi lại tại đây:\n\n1. Tại sao điều này xảy ra?\n2. Tại sao điều đó xảy ra?\n3. Tại sao …?\n4. Tại sao …?\n5. Tại sao …?\n\n**Nguyên nhân gốc rễ:** …\n**Thay đổi để không lặp lại:** …',
  'feedback.warning':
    '{mentions} Nhắc nhẹ: thời hạn {sla} đã thống nhất cho góp ý này kết thúc lúc **{due}**. Một câu trả lời ngắn, cụ thể cho khách hàng là đủ để đáp ứng.',
  'feedback.breach':
    '{mentions} Thời hạn {sla} đã thống nhất cho góp ý này đã qua lúc **{due}**. Nhờ anh/chị tiếp nhận và trả lời khách hàng với bước tiếp theo và mốc thời gian cụ thể.',
  'feedback.breach.escalation': 'Việc chuyển cấp được theo dõi tại {ref}.',
  'feedback.escalation.title': 'Chuyển cấp: góp ý #{number} đã quá thời hạn {sla}',
  'feedback.escalation.body':
    '{mentions} Góp ý khẩn cấp của khách hàng {ref} đã quá thời hạn {sla} đã thống nhất lúc **{due}**.\n\n- Chủ đề: {topic}\n- Mức độ: {importance} (ưu tiên {priority})\n- Ngày gửi: {filed}\n\n**Nội dung khách hàng viết**\n\n{quote}\n\n**Các bước đề xuất**\n\n1. Trả lời khách hàng tại {ref} ngay trong hôm nay: những gì đã biết và thời điểm cập nhật tiếp theo.\n2. Thống nhất người giải quyết và thời hạn.\n3. Đóng issue này khi khách hàng đã có ngày giải quyết.',
  'feedback.escalation.resolved':
    'Góp ý {ref} đã được giải quyết và đóng lại, vì vậy việc chuyển cấp này cũng được đóng. Cảm ơn anh/chị đã theo sát đến cùng.',
};
