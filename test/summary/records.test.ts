// The format of the summary's records of older feedback (src/summary/records.ts): a record holds what
// the totals need, exactly; a block that does not add up is refused whole, never read in part.
import { describe, expect, it } from 'vitest';
import { parseMarkers, renderMarker } from '../../src/core/markers';
import {
  decodeRecord,
  encodeRecord,
  factsOfRecord,
  readBlock,
  recordOf,
  recordsMarker,
} from '../../src/summary/records';
import { feedback, REPO_URL } from './support';

const SUBJECT = 'week:2026-W48';

describe('records of closed feedback', () => {
  it('round-trips every fact the totals need, to the millisecond', () => {
    const f = feedback({
      number: 4021,
      createdAt: '2026-03-02T01:02:03.456Z',
      closedAt: '2026-03-09T10:00:00Z',
      resolvedAt: '2026-03-08T09:30:00Z',
      firstResponseAt: '2026-03-02T05:00:00Z',
      open: false,
      rating: 4,
      topic: 'giao, hàng;+x',
      rootCauses: ['late-information', 'relationship'],
    });
    const record = recordOf(f);
    const line = encodeRecord(record);
    expect(line).not.toMatch(/;/u);
    expect(decodeRecord(line)).toEqual({
      ...record,
      createdAt: new Date(f.createdAt).toISOString(),
      closedAt: new Date(f.closedAt!).toISOString(),
      resolvedAt: new Date(f.resolvedAt!).toISOString(),
      firstResponseAt: new Date(f.firstResponseAt!).toISOString(),
      firstResponse: { met: f.firstResponse.met, dueAt: new Date(f.firstResponse.dueAt).toISOString() },
      resolution: { met: f.resolution.met, dueAt: new Date(f.resolution.dueAt).toISOString() },
    });
    const back = factsOfRecord(decodeRecord(line)!, REPO_URL);
    expect(back.url).toBe(`${REPO_URL}/issues/4021`);
    expect(back.open).toBe(false);
    expect(line.length).toBeLessThan(90);
  });

  it('refuses lines it did not write', () => {
    expect(decodeRecord('')).toBeUndefined();
    expect(decodeRecord('1,2,3')).toBeUndefined();
    const line = encodeRecord(
      recordOf(
        feedback({
          number: 7,
          createdAt: '2026-03-02T00:00:00Z',
          open: false,
          closedAt: '2026-03-09T10:00:00Z',
        }),
      ),
    );
    expect(decodeRecord(line)).toBeDefined();
    expect(decodeRecord(line.replace(/,[^,]*$/u, ',9'))).toBeUndefined(); // a root cause that does not exist
    expect(decodeRecord(line.replace(/^[^,]*/u, 'XYZ'))).toBeUndefined();
  });

  it('a block survives the marker round trip, and one changed by hand is damaged, not half-read', () => {
    const lines = new Map(
      [12, 3, 40].map((n) => [
        n,
        encodeRecord(
          recordOf(
            feedback({
              number: n,
              createdAt: '2026-03-02T00:00:00Z',
              open: false,
              closedAt: '2026-03-09T10:00:00Z',
            }),
          ),
        ),
      ]),
    );
    const marker = recordsMarker(SUBJECT, { since: '2026-11-16T17:00:00.000Z', records: lines, over: 0 });
    const body = `Some text\n\n${renderMarker(marker)}`;
    const read = readBlock(parseMarkers(body), SUBJECT, body);
    expect(read.status).toBe('ok');
    if (read.status === 'ok') {
      expect([...read.block.records.keys()].sort((a, b) => a - b)).toEqual([3, 12, 40]);
      expect(read.block.since).toBe('2026-11-16T17:00:00.000Z');
    }
    // Another week's block is not this week's.
    expect(readBlock(parseMarkers(body), 'week:2026-W47', body).status).toBe('absent');
    // A person changes one character of a record: the checksum no longer adds up.
    const edited = body.replace(/"r":"(.)/u, (_all, c: string) => `"r":"${c === '1' ? '2' : '1'}`);
    expect(edited).not.toBe(body);
    expect(readBlock(parseMarkers(edited), SUBJECT, edited).status).toBe('damaged');
    // A person cuts into the marker so it no longer parses: damaged, not absent.
    const cut = body.replace(/"sum"/u, '"sum');
    expect(readBlock(parseMarkers(cut), SUBJECT, cut).status).toBe('damaged');
    // The text of the summary edited: the block is whole.
    const text = body.replace('Some text', 'Some text a person rewrote');
    expect(readBlock(parseMarkers(text), SUBJECT, text).status).toBe('ok');
    // No block at all.
    expect(readBlock([], SUBJECT, 'Some text').status).toBe('absent');
  });
});
