import { describe, expect, it } from 'vitest';
import {
  botCommentMarkers,
  botIssueMarker,
  parseMarkers,
  renderMarker,
  type Marker,
} from '../../src/core/markers';
import type { SnapshotComment, SnapshotIssue } from '../../src/core/snapshot';

const comment = (login: string, body: string, id = 1): SnapshotComment => ({
  id,
  author: { login, association: 'NONE' },
  createdAt: '2026-11-23T00:00:00Z',
  updatedAt: '2026-11-23T00:00:00Z',
  body,
  edited: false,
  url: `https://example.test/c/${id}`,
});

const issue = (login: string, body: string, comments: SnapshotComment[] = []): SnapshotIssue => ({
  number: 7,
  title: 't',
  body,
  state: 'open',
  stateReason: null,
  author: { login, association: 'NONE' },
  labels: [],
  assignees: [],
  createdAt: '2026-11-23T00:00:00Z',
  updatedAt: '2026-11-23T00:00:00Z',
  closedAt: null,
  url: 'https://example.test/i/7',
  milestone: null,
  comments,
});

describe('markers', () => {
  it('round-trips kind, subject, stage and data, even with `--` in data', () => {
    const marker: Marker = {
      kind: 'reminder',
      subject: 'milestone:design',
      stage: 'before-3',
      data: { due: 'a--b' },
    };
    const text = `Hello\n\n${renderMarker(marker)}`;
    expect(text).not.toMatch(/<!--[^]*--[^>][^]*-->/u);
    expect(parseMarkers(text)).toEqual([marker]);
  });

  it('ignores malformed markers instead of failing', () => {
    expect(parseMarkers('<!-- engagement-keeper {"kind": 3} --> <!-- engagement-keeper {oops} -->')).toEqual(
      [],
    );
  });

  it('trusts markers only in content the bot wrote', () => {
    const body = renderMarker({ kind: 'reminder', subject: 'milestone:x', stage: 'before-1' });
    const snapshot = { botLogin: 'github-actions[bot]' };
    const target = issue('mallory', body, [comment('mallory', body, 1), comment('github-actions', body, 2)]);
    expect(botIssueMarker(snapshot, target)).toBeUndefined();
    expect(botCommentMarkers(snapshot, target).map((found) => found.comment.id)).toEqual([2]);
  });
});
