// A new team on a fresh repository, end to end on the local GitHub fake: `init` writes the files,
// a dry run lists the labels the first run creates (the forms' intake labels among them), the first
// run creates every label, and a client's form submission then arrives labelled and is answered.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { initCommand } from '../../src/cli/commands/init';
import { feedbackLabelCatalogue } from '../../src/feedback/labels';
import { deadlineLabels } from '../../src/deadlines/labels';
import { loadEngagement } from '../../src/engagement/load';
import { thread, startLife, type Life } from '../e2e/life-helpers';
import { countByKind, plannedWrites, submitForm } from './helpers';

const FILES = [
  '.github/engagement.yml',
  '.github/workflows/engagement.yml',
  '.github/ISSUE_TEMPLATE/feedback.yml',
  '.github/ISSUE_TEMPLATE/deadline.yml',
  '.github/ISSUE_TEMPLATE/config.yml',
];

async function init(dir: string, extra: string[] = []): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((text: string) => void lines.push(String(text)));
  const error = vi
    .spyOn(console, 'error')
    .mockImplementation((text: string) => void lines.push(String(text)));
  try {
    const code = await initCommand.run([
      '--dir',
      dir,
      '--name',
      'Acme landing page',
      '--time-zone',
      'Europe/Berlin',
      '--client',
      '@acme-jane',
      '--vendor',
      'studio-sam',
      '--adopted-on',
      '2026-11-30',
      ...extra,
    ]);
    return { code, out: lines.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe('a fresh repository through init and a first run', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ek-init-'));
  const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
  let life: Life;

  beforeAll(async () => {
    const first = await init(dir);
    expect(first.code, first.out).toBe(0);
    expect(first.out).toContain('Next steps');
    life = await startLife(read('.github/engagement.yml'), '2026-11-30T09:00:00Z');
    life.fake.repo.user('acme-jane');
    life.fake.repo.user('studio-sam');
  });
  afterAll(async () => {
    expect(life.fake.violations).toEqual([]);
    await life.close();
  });

  it('writes the five files, and refuses to overwrite them without --force', async () => {
    for (const file of FILES) expect(read(file).length, file).toBeGreaterThan(0);
    const before = read('.github/engagement.yml');
    const again = await init(dir, ['--name', 'Something else']);
    expect(again.code).toBe(1);
    expect(again.out).toContain('nothing was written');
    for (const file of FILES) expect(again.out).toContain(file);
    expect(read('.github/engagement.yml')).toBe(before);
    const forced = await init(path.join(dir, 'forced'), []);
    expect(forced.code).toBe(0);
    expect((await init(path.join(dir, 'forced'), ['--force'])).code).toBe(0);
  });

  it('generates forms for this engagement, applying the labels its file watches', () => {
    const loaded = loadEngagement(read('.github/engagement.yml'), '.github/engagement.yml');
    expect(loaded.ok).toBe(true);
    expect(read('.github/ISSUE_TEMPLATE/feedback.yml')).toContain('Feedback on Acme landing page');
    expect(read('.github/ISSUE_TEMPLATE/feedback.yml')).toMatch(/^labels:\n {2}- feedback$/mu);
    expect(read('.github/ISSUE_TEMPLATE/deadline.yml')).toMatch(/^labels:\n {2}- deadline$/mu);
    expect(read('.github/ISSUE_TEMPLATE/feedback.yml')).not.toContain('Bếp Xanh');
  });

  it('drops the form label before the first run, as GitHub does: why the first run must create it', () => {
    const early = submitForm(life.fake.repo, read('.github/ISSUE_TEMPLATE/feedback.yml'), {
      title: 'too early',
      author: 'acme-jane',
      answers: {},
      at: '2026-11-30T08:00:00Z',
    });
    expect(early.labels).toEqual([]);
    life.fake.repo.issues.delete(early.number);
  });

  it('lists every label it would create in a dry run, the intake labels first among them, and writes nothing', async () => {
    const dry = await life.run('2026-11-30T09:00:00Z', { 'dry-run': 'true' });
    expect(dry.code, dry.log.join('\n')).toBe(0);
    expect(dry.restWrites).toBe(0);
    const writes = plannedWrites(dry.outputs);
    const created = writes.filter((w) => w.kind === 'create-label').map((w) => w.name);
    expect(created).toContain('feedback');
    expect(created).toContain('deadline');
    const intake = writes.find((w) => w.kind === 'create-label' && w.name === 'feedback');
    expect(intake?.reason).toContain('GitHub drops a form');
    expect(dry.log.join('\n')).toContain('create-label');
  });

  it('creates every label the action and its forms use on the first run; a rerun writes nothing', async () => {
    const loaded = loadEngagement(read('.github/engagement.yml'), '.github/engagement.yml');
    if (!loaded.ok) throw new Error('invalid');
    await life.settle('2026-11-30T09:00:00Z');
    const have = new Set([...life.fake.repo.labels.values()].map((label) => label.name));
    for (const spec of [...feedbackLabelCatalogue(loaded.engagement), ...deadlineLabels(loaded.engagement)]) {
      expect(have.has(spec.name), spec.name).toBe(true);
    }
    expect(life.fake.repo.labels.get('feedback')?.description).toBeTruthy();
  });

  it("a client's form submission after the first run arrives labelled and is acknowledged", async () => {
    const submission = submitForm(life.fake.repo, read('.github/ISSUE_TEMPLATE/feedback.yml'), {
      title: 'The contact form does not send',
      author: 'acme-jane',
      answers: {
        topic: 'Product quality / Chất lượng sản phẩm',
        importance: 'Urgent / Khẩn cấp',
        type: 'Negative — something is wrong / Tiêu cực — có vấn đề',
        what_happened: 'Since this morning the contact form shows an error when visitors press Send.',
        expected: 'Messages from visitors reach our inbox as before.',
      },
      at: '2026-11-30T10:00:00Z',
    });
    expect(submission.labels).toEqual(['feedback']);
    const run = await life.settle('2026-11-30T10:05:00Z');
    expect(countByKind(plannedWrites(run.outputs)).comment).toBeGreaterThan(0);
    expect(thread(life, submission.number)[0]).toBe('feedback-ack/negative');
    expect(life.fake.repo.issues.get(submission.number)?.labels).toContain('priority: P1');
  });
});
