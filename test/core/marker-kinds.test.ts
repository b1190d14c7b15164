// The marker kinds are stored in users' repositories: renaming or dropping one would orphan every
// marker already posted and repeat its reminders. This list is every kind any version ever wrote;
// it only ever grows.
import { describe, expect, it } from 'vitest';
import { DEADLINE_EVENT_KINDS } from '../../src/core/facts';
import { LADDER_STAGES, MARKER_KINDS, markerEvent } from '../../src/core/marker-kinds';
import { markedBody, parseMarkers, renderMarker, sameMarkedBody } from '../../src/core/markers';

const EVER_WRITTEN = [
  'tracking',
  'reminder',
  'early-warning',
  'alternates',
  'ladder',
  'escalation',
  'escalation-closed',
  'command-reply',
  'proposal',
  'proposal-closed',
  'amendment',
  'completion',
  'removed',
  'restored',
  'not-delivery',
  'deadline-invalid',
  'contact-note',
  'contact-note-refused',
  'kickoff',
  'kickoff-baseline',
  'kickoff-reminder',
  'kickoff-reply',
  'deadline-unconfirmed',
  'deadline-confirmed',
  'deadline-past',
  'handoff-rating-request',
  'handoff-rating',
  'retrospective',
  'pulse',
  'pulse-rating',
  'feedback-ack',
  'feedback-5whys',
  'feedback-sla-warning',
  'feedback-sla-breach',
  'feedback-escalation-closed',
  'feedback-escalation-again',
  'feedback-nudge',
  'feedback-contradiction',
  'feedback-confirm',
  'feedback-rating',
  'feedback-reopened',
  'feedback-accepted',
  'feedback-proposal',
  'feedback-agreement',
  'feedback-implemented',
  'feedback-triage-review',
  'summary',
  'portfolio',
  'duplicate-closed',
];

const LADDER_STAGES_EVER_WRITTEN = ['friendly', 'formal-notice', 'escalation'];

describe('the marker registry', () => {
  it('still knows every kind ever written into a repository', () => {
    for (const kind of EVER_WRITTEN) expect(Object.keys(MARKER_KINDS), kind).toContain(kind);
    for (const stage of LADDER_STAGES_EVER_WRITTEN) expect(Object.keys(LADDER_STAGES)).toContain(stage);
  });

  it('lists every kind the registry knows: a new kind joins the list, so it is held from then on', () => {
    for (const kind of Object.keys(MARKER_KINDS)) expect(EVER_WRITTEN, kind).toContain(kind);
    for (const stage of Object.keys(LADDER_STAGES))
      expect(LADDER_STAGES_EVER_WRITTEN, stage).toContain(stage);
  });

  it('reads back a marker of every known kind exactly as an older version wrote it', () => {
    for (const kind of EVER_WRITTEN) {
      const posted = `<!-- engagement-keeper {"kind":"${kind}","subject":"issue:7","stage":"s","data":{"at":"2026-12-01T02:00:00.000Z"}} -->`;
      expect(parseMarkers(`Hello\n\n${posted}`), kind).toEqual([
        { kind, subject: 'issue:7', stage: 's', data: { at: '2026-12-01T02:00:00.000Z' } },
      ]);
    }
  });

  it('writes markers byte for byte as earlier versions did', () => {
    expect(
      renderMarker({
        kind: 'reminder',
        subject: 'milestone:design',
        stage: 'before-3',
        data: { due: '2026-12-04T10:00:00.000Z', at: '2026-12-01T02:00:00.000Z' },
      }),
    ).toBe(
      '<!-- engagement-keeper {"kind":"reminder","subject":"milestone:design","stage":"before-3","data":{"due":"2026-12-04T10:00:00.000Z","at":"2026-12-01T02:00:00.000Z"}} -->',
    );
  });

  it('ignores a kind it does not know, as it ignores a broken marker', () => {
    expect(parseMarkers('<!-- engagement-keeper {"kind":"from-the-future","subject":"x"} -->')).toEqual([]);
  });

  it('gives each note its weekly event, the ladder by stage', () => {
    expect(markerEvent({ kind: 'reminder', stage: 'before-3' })).toBe('reminder');
    expect(markerEvent({ kind: 'completion' })).toBe('completed');
    expect(markerEvent({ kind: 'ladder', stage: 'friendly' })).toBe('friendly');
    expect(markerEvent({ kind: 'ladder', stage: 'formal-notice' })).toBe('formal-notice');
    expect(markerEvent({ kind: 'ladder', stage: 'escalation' })).toBeUndefined();
    expect(markerEvent({ kind: 'proposal', stage: '12' })).toBeUndefined();
    // Every event a marker can stand for is one the summary counts.
    for (const info of Object.values(MARKER_KINDS)) {
      if (info.event && info.event !== 'by-stage') expect(DEADLINE_EVENT_KINDS).toContain(info.event);
    }
  });
});

describe('markedBody', () => {
  const marker = { kind: 'summary', subject: 'week:2026-W48' } as const;

  it('closes the text with its markers', () => {
    expect(markedBody('Hello  \n', [marker])).toBe(`Hello\n\n${renderMarker(marker)}`);
  });

  it('does not count a marker that only moved as a change, but does count new words or markers', () => {
    const old = `${renderMarker(marker)}\nHello\r\nthere\n`;
    expect(sameMarkedBody(old, markedBody('Hello\nthere', [marker]))).toBe(true);
    expect(sameMarkedBody(old, markedBody('Hello\nthere!', [marker]))).toBe(false);
    expect(sameMarkedBody(old, markedBody('Hello\nthere', [{ ...marker, subject: 'week:2026-W49' }]))).toBe(
      false,
    );
  });
});
