import { describe, expect, it } from 'vitest';
import { parseMarkers } from '../../src/core/markers';
import { parseDeadlineForm } from '../../src/deadlines/issue-form';
import { addIssue } from '../../fake-github/world';
import { comments, emptyWorld, engagementOf, planOf, step } from './helpers';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();
const engagement = engagementOf({ milestones: [] });

const FORM = [
  '### Due date',
  '',
  '2026-12-10',
  '',
  '### Owner side',
  '',
  'Vendor — our delivery team hands it over',
  '',
  '### Deliverables',
  '',
  '- [x] Sitemap',
  '- [ ] Wireframes',
  'Copy deck',
  '',
  '### Depends on',
  '',
  '_No response_',
].join('\n');

describe('deadlines filed as issues', () => {
  it('reads the issue form strictly', () => {
    expect(parseDeadlineForm(FORM)).toEqual({
      due: '2026-12-10',
      owner: 'vendor',
      deliverables: [
        { text: 'Sitemap', done: true },
        { text: 'Wireframes', done: false },
        { text: 'Copy deck', done: false },
      ],
      dependsOn: [],
    });
    expect(parseDeadlineForm('Due date: 2026-12-10').due).toBeUndefined();
    // The bilingual issue form of this repository.
    const bilingual = parseDeadlineForm(
      '### Due date / Hạn bàn giao\n\n2026-12-10 15:00\n\n### Owner side / Bên bàn giao\n\nClient / Khách hàng\n\n### Deliverables / Hạng mục bàn giao\n\n- [ ] Logo',
    );
    expect(bilingual).toMatchObject({
      due: '2026-12-10T15:00',
      owner: 'client',
      deliverables: [{ text: 'Logo', done: false }],
    });
  });

  it('tracks a filed deadline on its own issue (subject issue:N): status label and reminders', () => {
    const world = addIssue(emptyWorld(), {
      number: 7,
      title: 'Sitemap and wireframes',
      body: FORM,
      labels: ['deadline'],
    });
    const { writes, snapshot } = step(engagement, world, at('2026-12-07'));
    const reminder = comments(writes)[0]!;
    expect(reminder.issue).toEqual({ number: 7 });
    expect(parseMarkers(reminder.body)).toMatchObject([
      { kind: 'early-warning', subject: 'issue:7' },
      { kind: 'reminder', subject: 'issue:7', stage: 'before-3' },
    ]);
    expect(reminder.body).toContain('Hi Quang (@quang-songhan)');
    expect(reminder.body).toContain('- Wireframes');
    expect(reminder.body).not.toContain('- Sitemap');
    expect(snapshot.issues[0]!.labels).toEqual(['deadline', 'deadline: at risk']);
  });

  it("takes the due date from the issue's GitHub milestone when the form has none", () => {
    const world = addIssue(emptyWorld(), {
      number: 8,
      title: 'Hosting credentials',
      body: 'Please send the hosting credentials.',
      labels: ['deadline'],
      author: 'lan-bepxanh',
      milestone: { title: 'Sprint 3', dueOn: '2026-12-04T08:00:00Z' },
    });
    const { writes } = step(engagement, world, at('2026-12-03'));
    const reminder = comments(writes)[0]!;
    expect(reminder.marker.subject).toBe('issue:8');
    expect(reminder.body).toContain('Chào chị Lan'); // filed by the client: the client owns it
  });

  it('answers once when a filed deadline has no readable due date', () => {
    const world = addIssue(emptyWorld(), {
      number: 9,
      title: 'Logo',
      body: '### Due date\n\nsoon',
      labels: ['deadline'],
    });
    const { writes, snapshot } = step(engagement, world, at('2026-12-03'));
    expect(comments(writes).map((write) => write.marker.kind)).toEqual(['deadline-invalid']);
    expect(comments(writes)[0]!.body).toContain('YYYY-MM-DD');
    expect(planOf(engagement, snapshot, at('2026-12-10')).writes).toEqual([]);
  });

  it('reads a date outside 2000–2099 as no date: answered once, and no run stops on it', () => {
    for (const due of ['9999-12-31', '2101-06-30', '1999-12-31']) {
      const world = addIssue(emptyWorld(), {
        number: 9,
        title: 'Ảnh sản phẩm',
        body: `### Due date\n\n${due}\n\n### Owner side\n\nClient\n\n### Deliverables\n\n- [ ] Ảnh`,
        labels: ['deadline'],
        author: 'lan-bepxanh',
      });
      expect(parseDeadlineForm(world.issues[0]!.body).due).toBeUndefined();
      const { writes, snapshot } = step(engagement, world, at('2026-12-03'));
      expect(comments(writes).map((write) => write.marker.kind)).toEqual(['deadline-invalid']);
      expect(comments(writes)[0]!.body).toContain('2000–2099');
      expect(planOf(engagement, snapshot, at('2026-12-10')).writes).toEqual([]);
    }
  });
});
