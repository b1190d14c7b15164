import { describe, expect, it } from 'vitest';
import { en } from '../../src/feedback/messages/en';
import { vi } from '../../src/feedback/messages/vi';
import { addIssue, makeSnapshot } from '../support/world';
import { commentsOf, engagementWith, plan } from './helpers';

const world = addIssue(makeSnapshot(), {
  number: 1,
  title: 'Thanks',
  body: 'Great work on the new design, the whole team loves it. Thank you!',
  labels: ['feedback'],
  createdAt: '2026-11-23T02:00:00Z',
});

describe('feedback messages', () => {
  it('exist in both languages with the same placeholders', () => {
    const placeholders = (text: string): string[] =>
      [...text.matchAll(/\{([a-z_]+)\}/gu)].map((m) => m[1]!).sort();
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(placeholders(vi[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('speak to the client in the client locale', () => {
    const english = engagementWith({ engagement: { client_locale: 'en' } });
    expect(commentsOf(plan(world, '2026-11-23T02:05:00Z', english))[0]?.body).toContain(
      'Thank you so much for these kind words.',
    );
  });

  it('can be replaced by key in the engagement file', () => {
    const custom = engagementWith({
      messages: { vi: { 'feedback.ack.thanks.positive': 'Cả nhóm cảm ơn anh/chị rất nhiều!' } },
    });
    const body = commentsOf(plan(world, '2026-11-23T02:05:00Z', custom))[0]?.body;
    expect(body).toContain('Cả nhóm cảm ơn anh/chị rất nhiều!');
    expect(body).not.toContain('chân thành');
  });
});
