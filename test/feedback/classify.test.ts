import { describe, expect, it } from 'vitest';
import { classifyFeedback, priorityOf } from '../../src/feedback/classify';
import { ENGAGEMENT, engagementWith, formBody } from './helpers';

const classify = (title: string, body: string, engagement = ENGAGEMENT) =>
  classifyFeedback(engagement, { title, body });

describe('free-text triage', () => {
  it('classifies English feedback by keywords', () => {
    const result = classify(
      'Checkout is broken',
      'The checkout page shows an error when paying by card. This is urgent, we launch today. Please fix it.',
    );
    expect(result).toMatchObject({
      topic: 'quality',
      importance: 'urgent',
      type: 'negative',
      urgency: 'high',
      priority: 'P1',
      fromForm: false,
      missing: [],
    });
  });

  it('classifies Vietnamese feedback written with diacritics', () => {
    const result = classify(
      'Tiến độ bàn giao',
      'Bản thiết kế trang sản phẩm bị trễ hạn một tuần, chúng tôi không hài lòng. Mong nhóm cho biết ngày bàn giao mới.',
    );
    expect(result).toMatchObject({
      topic: 'delivery',
      type: 'negative',
      importance: 'important',
      missing: [],
    });
  });

  it('classifies the same Vietnamese written without diacritics, and in NFD', () => {
    const plain = classify(
      'Tien do ban giao',
      'Ban thiet ke trang san pham bi tre han mot tuan, chung toi khong hai long. Mong nhom cho biet ngay ban giao moi. Rat gap!',
    );
    expect(plain).toMatchObject({ topic: 'delivery', type: 'negative', importance: 'urgent' });
    const nfd = classify(
      'Lỗi thanh toán'.normalize('NFD'),
      'Trang thanh toán bị lỗi khi thanh toán bằng thẻ, mong sửa ngay lập tức.'.normalize('NFD'),
    );
    expect(nfd).toMatchObject({ topic: 'quality', type: 'negative', urgency: 'high' });
  });

  it('reads praise as positive and never as unclear, however short', () => {
    expect(classify('Cảm ơn', 'Thiết kế mới tuyệt vời!')).toMatchObject({
      type: 'positive',
      topic: 'design',
      missing: [],
    });
    expect(classify('Thanks', 'Great work on the design, well done.')).toMatchObject({
      type: 'positive',
      missing: [],
    });
  });

  it('treats a complaint wrapped in thanks as a complaint', () => {
    expect(
      classify('Thanks, but', 'Thanks for the update, but the menu is broken on mobile. Please fix it.').type,
    ).toBe('negative');
  });

  it('does not read "template" as "late" or "không hài lòng" as praise', () => {
    expect(
      classify('Question', 'Which template should we use for the blog? Please advise when you can.').type,
    ).toBe('neutral');
    expect(classify('Ý kiến', 'Tôi không hài lòng với màu sắc của trang chủ, mong đổi màu khác.').type).toBe(
      'negative',
    );
  });

  it('reads a change of size in one direction as a request, not a complaint', () => {
    // The golden week's two logo requests, and one written for this test without the words of the
    // lexicon's comparative group ("thu gọn lại").
    for (const [title, body] of [
      ['Logo ở đầu trang', 'Logo hiện tại hơi nhỏ, nhờ bên em làm logo to hơn một chút.'],
      ['Logo đầu trang', 'Logo đang chiếm nhiều chỗ quá, bên em làm logo nhỏ hơn giúp chị.'],
      ['Logo in the header', 'The logo looks a bit small, please make the logo bigger.'],
      ['Header logo', 'The logo takes too much space, please make the logo smaller.'],
      [
        'Ảnh bìa trang chủ',
        'Ảnh bìa trang chủ chiếm gần hết màn hình, em thu gọn lại khoảng một nửa giúp chị.',
      ],
    ] as const) {
      expect(classify(title, body), title).toMatchObject({ type: 'neutral', topic: 'design' });
    }
  });

  it('reads a typo as a minor problem: its most likely priority is low, so no root-cause prompt', () => {
    for (const [title, body] of [
      [
        'Lỗi chính tả ở trang giới thiệu',
        'Trang giới thiệu viết sai chữ "cà phê" thành "cafe", nhờ bên em sửa lại.',
      ],
      ['Typo on the about page', 'The about page spells "coffee" as "cofee", please correct it.'],
      ['Spelling in the footer', 'The footer says "Adress" instead of "Address".'],
    ] as const) {
      const result = classify(title, body);
      expect(result.type, title).toBe('negative');
      expect(['P3', 'P4'], title).toContain(result.likelyPriority);
      // While unsure, the response time may still follow the more urgent reading.
      if (result.unsure.includes('importance')) expect(result.priority <= result.likelyPriority).toBe(true);
      else expect(result.priority, title).toBe(result.likelyPriority);
    }
  });

  it('uses the engagement file keywords on top of the defaults', () => {
    const engagement = engagementWith({
      feedback: {
        topics: [
          { id: 'seo', name: 'SEO', keywords: ['google', 'thứ hạng'] },
          { id: 'other', name: 'Other' },
        ],
        keywords: { urgent: ['sếp hỏi'] },
      },
    });
    expect(
      classify('Thu hang', 'Thu hang tren Google giam manh, sep hoi roi. Can xem lai gap.', engagement),
    ).toMatchObject({ topic: 'seo', importance: 'urgent' });
  });
});

describe('unclear feedback', () => {
  it('asks only when the report is too thin to act on (what happened, where, what was expected)', () => {
    expect(classify('Vấn đề', 'Không ổn.').missing).toEqual(['details', 'expected']);
    // Clear enough to act on: no question, though it names no expected outcome and no topic word.
    expect(
      classify('Homepage', 'The homepage layout looks wrong on my phone since yesterday afternoon.').missing,
    ).toEqual([]);
  });

  it('never asks the client about the topic: a missing topic is the fallback, and the triage role is told', () => {
    // Long enough to act on, and naming nothing of any topic.
    const result = classify(
      'Hmm',
      'Chị thấy chỗ này hơi lạ, em hỏi lại mọi người trong nhóm rồi báo chị sau nha.',
    );
    expect(result.missing).toEqual([]);
    expect(result.topic).toBe('other');
    expect(result.topicFallback).toBe(true);
  });

  it('never holds what reads as urgent, however short', () => {
    const result = classify('Web sập', 'Lỗi 502, gấp!');
    expect(result.importance).toBe('urgent');
    expect(result.missing).toEqual([]);
  });

  it('names what a half-filled form leaves out', () => {
    const body = formBody({
      topic: 'Design / Thiết kế',
      type: 'Negative — something is wrong / Tiêu cực — có vấn đề',
      what: 'Màu sai',
    });
    // The form's importance is left empty: that is read from the text, never asked.
    expect(classify('Màu', body).missing).toEqual(['details', 'expected']);
  });

  it('takes the form answers over keywords', () => {
    const body = formBody({
      topic: 'Support / Dịch vụ hỗ trợ',
      importance: 'Not important / Không quan trọng',
      type: 'Neutral — a question or suggestion / Trung lập — câu hỏi hoặc góp ý',
      what: 'Chúng tôi muốn biết cách cập nhật ảnh sản phẩm trên trang quản trị, trang bị lỗi không?',
      expected: 'Một hướng dẫn ngắn',
    });
    expect(classify('Hỏi', body)).toMatchObject({
      topic: 'support',
      importance: 'not_important',
      type: 'neutral',
      fromForm: true,
      missing: [],
    });
  });
});

describe('the priority matrix', () => {
  it('gives P1–P4 by importance × urgency with the defaults', () => {
    expect(priorityOf(ENGAGEMENT, 'urgent', 'normal')).toBe('P1');
    expect(priorityOf(ENGAGEMENT, 'important', 'high')).toBe('P2');
    expect(priorityOf(ENGAGEMENT, 'important', 'low')).toBe('P3');
    expect(priorityOf(ENGAGEMENT, 'not_important', 'normal')).toBe('P4');
  });

  it('follows the engagement file when it changes the matrix', () => {
    const engagement = engagementWith({
      feedback: { priority_matrix: { important: { high: 'P1', normal: 'P3', low: 'P4' } } },
    });
    expect(priorityOf(engagement, 'important', 'high')).toBe('P1');
    expect(
      classify('Slow', 'The admin page is slow, please look at it when you can.', engagement).priority,
    ).toBe('P3');
  });
});
