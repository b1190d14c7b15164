// The acknowledgement names what the client sent by its type: an outage or a bug report is a report
// ("phản ánh", and an urgent one "sự cố"), never a suggestion ("góp ý"); a request or a remark is
// feedback ("góp ý"). In both languages. Each run ends with an unchanged rerun that plans nothing.
import { describe, expect, it } from 'vitest';
import { addComment, addIssue, makeSnapshot, updateIssue } from '../../fake-github/world';
import { commentsOf, engagementWith, plan, run } from './helpers';

const NOW = '2026-11-23T02:05:00Z';

function ackOf(title: string, body: string, clientLocale: 'vi' | 'en' = 'vi'): string {
  const engagement = engagementWith({ engagement: { client_locale: clientLocale } });
  const world = addIssue(makeSnapshot(), {
    number: 2,
    title,
    body,
    labels: ['feedback'],
    createdAt: '2026-11-23T02:00:00Z',
  });
  const ran = run(world, NOW, engagement);
  expect(plan(ran.snapshot, NOW, engagement)).toEqual([]);
  const ack = commentsOf(ran.writes, 2).find((write) => write.marker.kind === 'feedback-ack');
  return ack?.body ?? '';
}

describe('the acknowledgement’s words fit what the client sent', () => {
  it('an urgent outage is a "sự cố", apologised for as such, never a "góp ý"', () => {
    const ack = ackOf(
      'Không thanh toán được',
      'Trang thanh toán báo lỗi khi bấm nút Đặt hàng, khách không mua được. Nhờ bên em xử lý gấp giúp.',
    );
    expect(ack).toContain('mức độ **khẩn cấp**');
    expect(ack).not.toContain('góp ý');
    expect(ack).toContain('xin lỗi vì sự cố này');
    expect(ack).toContain('Chúng tôi hiểu sự cố này thuộc chủ đề');
  });

  it('a problem that is not urgent is a "phản ánh"', () => {
    const ack = ackOf(
      'Ảnh sản phẩm bị mờ',
      'Ảnh sản phẩm trên trang thực đơn bị mờ khi xem trên máy tính, nhìn không chuyên nghiệp.',
    );
    expect(ack).not.toContain('góp ý');
    expect(ack).toContain('phản ánh của chị đã được chuyển đến nhóm phụ trách');
    expect(ack).toContain('Chúng tôi hiểu phản ánh này thuộc chủ đề');
  });

  it('a request stays a "góp ý"', () => {
    const ack = ackOf(
      'Thêm số điện thoại ở chân trang',
      'Nhờ bên em thêm số hotline 1900 1234 vào chân trang của tất cả các trang.',
    );
    expect(ack).toContain('Cảm ơn chị đã gửi góp ý.');
    expect(ack).toContain('Chúng tôi hiểu góp ý này thuộc chủ đề');
  });

  it('in English, an urgent outage is thanked for as a disruption and named a report', () => {
    const ack = ackOf(
      'Checkout button does not work on mobile',
      'Since this morning customers cannot tap the checkout button on their phones and we are losing orders. Please fix it urgently.',
      'en',
    );
    expect(ack).toContain('sorry for the disruption this is causing');
    expect(ack).toContain('What we understood from your report:');
    expect(ack).not.toContain('your feedback');
  });
});

describe('the messages after the acknowledgement keep those words', () => {
  it('an urgent outage is a "sự cố" when it is resolved and when the client reopens it', () => {
    const engagement = engagementWith();
    let world = addIssue(makeSnapshot(), {
      number: 2,
      title: 'Không thanh toán được',
      body: 'Trang thanh toán báo lỗi khi bấm nút Đặt hàng, khách không mua được. Nhờ bên em xử lý gấp giúp.',
      labels: ['feedback'],
      createdAt: '2026-11-23T02:00:00Z',
    });
    world = run(world, NOW, engagement).snapshot;
    world = updateIssue(world, 2, (issue) => ({
      ...issue,
      state: 'closed',
      stateReason: 'COMPLETED',
      closedAt: '2026-11-23T06:00:00Z',
    }));
    const closedRun = run(world, '2026-11-23T06:01:00Z', engagement);
    const resolved = commentsOf(closedRun.writes, 2).find(
      (write) => write.marker.kind === 'feedback-confirm',
    );
    expect(resolved?.body).toContain('Chúng tôi đã đánh dấu sự cố này là đã giải quyết.');
    world = addComment(closedRun.snapshot, 2, {
      author: 'lan-bepxanh',
      body: 'Vẫn chưa được giải quyết, khách vẫn không đặt hàng được.',
      createdAt: '2026-11-23T07:00:00Z',
    });
    const reopenedRun = run(world, '2026-11-23T07:01:00Z', engagement);
    const reopened = commentsOf(reopenedRun.writes, 2).find(
      (write) => write.marker.kind === 'feedback-reopened',
    );
    expect(reopened?.body).toContain('xin lỗi vì sự cố này vẫn chưa được giải quyết');
    for (const body of [resolved?.body, reopened?.body]) expect(body).not.toContain('góp ý');
    expect(plan(reopenedRun.snapshot, '2026-11-23T07:02:00Z', engagement)).toEqual([]);
  });
});

describe('feedback a team member filed for the client', () => {
  it('is acknowledged to the client’s primary contact, never thanked back to the colleague', () => {
    const engagement = engagementWith();
    const world = addIssue(makeSnapshot(), {
      number: 3,
      title: 'Giờ mở cửa ở chân trang bị sai',
      body: 'Chị Lan gọi báo: giờ mở cửa ở chân trang ghi 9:00–21:00, đúng phải là 7:00–22:00.',
      labels: ['feedback'],
      author: 'vy-songhan',
      association: 'MEMBER',
      createdAt: '2026-11-23T02:00:00Z',
    });
    const ran = run(world, NOW, engagement);
    const ack = commentsOf(ran.writes, 3).find((write) => write.marker.kind === 'feedback-ack')?.body ?? '';
    expect(ack).toMatch(/^Chào chị Lan \(@lan-bepxanh\),\n/u);
    expect(ack).not.toContain('anh/chị');
    expect(plan(ran.snapshot, NOW, engagement)).toEqual([]);
  });

  it('is written in the client’s language, not the language the colleague wrote the note in', () => {
    const engagement = engagementWith({ engagement: { client_locale: 'vi' } });
    const world = addIssue(makeSnapshot(), {
      number: 4,
      title: 'Opening hours in the footer are wrong',
      body: 'Lan called: the footer says 9:00–21:00, it should be 7:00–22:00.',
      labels: ['feedback'],
      author: 'vy-songhan',
      association: 'MEMBER',
      createdAt: '2026-11-23T02:00:00Z',
    });
    const ran = run(world, NOW, engagement);
    const ack = commentsOf(ran.writes, 4).find((write) => write.marker.kind === 'feedback-ack')?.body ?? '';
    expect(ack).toMatch(/^Chào chị Lan \(@lan-bepxanh\),\n/u);
    expect(ack).not.toMatch(/^Hello/u);
    expect(plan(ran.snapshot, NOW, engagement)).toEqual([]);
  });
});
