import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { engagementFileSchema } from '../../src/engagement/schema';
import { parseFeedbackForm, renderFeedbackForm } from '../../src/feedback/form';
import { renderDeadlineForm } from '../../src/deadlines/issue-form-render';
import { ENGAGEMENT, engagementWith, formBody } from './helpers';

interface FormField {
  type: string;
  id?: string;
  attributes: { label?: string; options?: string[] };
  validations?: { required?: boolean };
}

describe('the feedback issue form', () => {
  const form = parse(renderFeedbackForm(ENGAGEMENT)) as { labels: string[]; body: FormField[] };
  const field = (id: string): FormField | undefined => form.body.find((candidate) => candidate.id === id);

  it('has bilingual fields for topic, importance, type, what happened, what was expected and a milestone', () => {
    expect(form.labels).toEqual(['feedback']);
    expect(form.body.filter((f) => f.id).map((f) => f.id)).toEqual([
      'topic',
      'importance',
      'type',
      'what_happened',
      'expected',
      'milestone',
    ]);
    expect(field('topic')?.attributes.label).toBe('Topic / Chủ đề');
    expect(field('topic')?.attributes.options).toEqual([
      'Product quality / Chất lượng sản phẩm',
      'Delivery time / Tiến độ bàn giao',
      'Design / Thiết kế',
      'Support / Dịch vụ hỗ trợ',
      'Other / Khác',
    ]);
    expect(field('milestone')?.validations?.required).toBe(false);
    expect(field('expected')?.validations?.required).toBe(true);
  });

  it('reads a filled form back', () => {
    const answers = parseFeedbackForm(
      formBody({
        topic: 'Design / Thiết kế',
        importance: 'Urgent / Khẩn cấp',
        type: 'Negative — something is wrong / Tiêu cực — có vấn đề',
        what: 'Logo bị mờ trên điện thoại ### và máy tính bảng',
        expected: 'Logo sắc nét',
        milestone: 'Visual design of key pages (design)',
      }),
      ENGAGEMENT,
    );
    expect(answers).toEqual({
      isForm: true,
      topic: 'design',
      importance: 'urgent',
      type: 'negative',
      whatHappened: 'Logo bị mờ trên điện thoại ### và máy tính bảng',
      expected: 'Logo sắc nét',
      milestone: 'design',
    });
  });

  it('reads a half-filled form: empty answers are null, not guesses', () => {
    const answers = parseFeedbackForm(formBody({ topic: 'Thiết kế', what: 'Màu nút sai' }), ENGAGEMENT);
    expect(answers).toMatchObject({
      isForm: true,
      topic: 'design',
      importance: null,
      type: null,
      expected: null,
    });
  });

  it('reads an option from an older form whose name changed in one language', () => {
    // Issues filed before the Vietnamese name of `delivery` changed still carry the old option.
    const answers = parseFeedbackForm(
      formBody({ topic: 'Delivery time / Thời gian giao hàng', what: 'Bản thiết kế trễ hai ngày' }),
      ENGAGEMENT,
    );
    expect(answers.topic).toBe('delivery');
    expect(
      parseFeedbackForm(formBody({ topic: 'Something else / Thời gian giao hàng', what: 'x' }), ENGAGEMENT)
        .topic,
    ).toBeNull();
  });

  it('says when a body was not written with the form', () => {
    expect(parseFeedbackForm('Trang chủ tải rất chậm.', ENGAGEMENT).isForm).toBe(false);
  });

  it('is shipped in examples exactly as the example engagement renders it', () => {
    const example = engagementFileSchema.parse(parse(readFileSync('examples/engagement.yml', 'utf8')));
    const shipped = readFileSync('examples/ISSUE_TEMPLATE/feedback.yml', 'utf8');
    expect(shipped).toBe(renderFeedbackForm(example));
  });
});

describe('the issue forms speak in the team’s one voice', () => {
  it('say `bên em` when the engagement does, in the feedback and the deadline forms alike', () => {
    const warm = engagementWith({ engagement: { voice: 'bên em' } });
    const feedback = renderFeedbackForm(warm);
    const deadline = renderDeadlineForm(warm);
    expect(feedback).toContain('Bên em sẽ phản hồi trong thời gian đã thống nhất.');
    expect(deadline).toContain('Anh/chị cho bên em biết hạng mục nào cần bàn giao');
    for (const text of [feedback, deadline]) expect(text).not.toMatch(/chúng tôi/iu);
    expect(renderFeedbackForm(ENGAGEMENT)).toContain('Chúng tôi sẽ phản hồi');
  });
});

describe('reading a form-built body', () => {
  it('reads each body once per engagement object, and afresh for another engagement', () => {
    const body = formBody({
      topic: 'Design / Thiết kế',
      importance: 'Urgent / Khẩn cấp',
      type: 'Negative / Tiêu cực',
    });
    const first = parseFeedbackForm(body, ENGAGEMENT);
    expect(first.topic).toBe('design');
    // The same object: the run's readings share it instead of parsing the body again.
    expect(parseFeedbackForm(body, ENGAGEMENT)).toBe(first);
    // Another engagement (another run, or one whose topics differ) reads the body itself.
    const renamed = structuredClone(ENGAGEMENT);
    renamed.feedback.topics = renamed.feedback.topics.filter((topic) => topic.id !== 'design');
    const again = parseFeedbackForm(body, renamed);
    expect(again).not.toBe(first);
    expect(again.topic).toBeNull();
  });
});
