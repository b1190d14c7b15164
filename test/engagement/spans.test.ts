// A located error marks exactly the text it is about: `endColumn` is the column just after the last
// character (a 4-letter key at column 3 ends at 7), so an editor or a GitHub annotation underlines the
// key, the value or the line — not one character of it, and not the rest of the file.
import { describe, expect, it } from 'vitest';
import { annotationOf } from '../../src/action/run';
import { EngagementFault } from '../../src/engagement/fault';
import { loadEngagement, locateFault, type EngagementError } from '../../src/engagement/load';

const FILE = `engagement:
  name: Acme landing page
  time_zone: Europe/Berlin
contacts:
  client: { primary: '@acme-jane' }
  vendor: { primary: '@studio-sam' }
milestones:
  - { id: copy, title: Final copy and images, owner: client, due: 2026-12-04 }
`;

function problems(text: string): EngagementError[] {
  const result = loadEngagement(text, 'e.yml');
  return result.ok ? result.warnings : result.errors;
}

/** The text an error marks, read back from the file by its span. */
function marked(text: string, error: EngagementError): string {
  const lines = text.split('\n');
  expect(error.endLine, `${error.path}: a span on one line`).toBe(error.line);
  return (lines[error.line - 1] ?? '').slice(error.column - 1, (error.endColumn ?? error.column) - 1);
}

function only(text: string): EngagementError {
  const found = problems(text);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('a located error spans the text it is about', () => {
  it('an unknown 4-letter key at column 3 spans columns 3 to 7', () => {
    const text = FILE.replace('  name: Acme', '  nmae: Acme');
    const error = only(text);
    expect(error).toMatchObject({ path: 'engagement.nmae', line: 2, column: 3, endLine: 2, endColumn: 7 });
    expect(marked(text, error)).toBe('nmae');
  });

  it('a key written twice spans the whole key, quoted or not', () => {
    const twice = FILE.replace('  time_zone: Europe/Berlin', '  time_zone: Europe/Berlin\n  name: Other');
    expect(only(twice)).toMatchObject({ line: 4, column: 3, endLine: 4, endColumn: 7 });
    expect(marked(twice, only(twice))).toBe('name');
    const quoted = FILE.replace('  time_zone: Europe/Berlin', "  time_zone: Europe/Berlin\n  'name': Other");
    expect(marked(quoted, only(quoted))).toBe("'name'");
  });

  it('a wrong value spans the value', () => {
    const text = FILE.replace('Europe/Berlin', 'Europe/Berln');
    expect(marked(text, only(text))).toBe('Europe/Berln');
  });

  it('a value that must be quoted spans the word, not its first character', () => {
    const text = FILE.replace('name: Acme landing page', 'name: @acme landing page');
    const error = only(text);
    expect(error.message).toContain('cannot start with `@`');
    expect(marked(text, error)).toBe('@acme');
  });

  it('a line indented wrongly spans that line, without its indentation', () => {
    const further = FILE.replace('  time_zone: Europe/Berlin', '    time_zone: Europe/Berlin');
    expect(marked(further, only(further))).toBe('time_zone: Europe/Berlin');
    const short = FILE.replace('  time_zone: Europe/Berlin', ' time_zone: Europe/Berlin');
    const error = only(short);
    expect(error.message).toContain('not lined up');
    expect(marked(short, error)).toBe('time_zone: Europe/Berlin');
  });

  it('a second document spans its `---`, not the rest of the file', () => {
    const text = `${FILE}---\nengagement: {}\n`;
    expect(marked(text, only(text))).toBe('---');
  });

  it('an anchor spans the anchor', () => {
    const text = FILE.replace('name: Acme landing page', 'name: &n Acme landing page');
    expect(marked(text, only(text))).toBe('&n');
  });

  it('a fault the planner finds spans the field it names', () => {
    const text = FILE.replace(
      '  time_zone: Europe/Berlin',
      '  time_zone: Europe/Berlin\ncalendar:\n  work_days: [sun]',
    );
    const error = locateFault(
      text,
      'e.yml',
      new EngagementFault(['calendar', 'work_days'], 'has no working day for ten years in a row'),
    );
    expect(error).toMatchObject({ line: 5, column: 14, endLine: 5, endColumn: 19 });
    expect(marked(text, error)).toBe('[sun]');
  });
});

describe('the annotation of a located error', () => {
  it('carries the whole span on one line', () => {
    const text = FILE.replace('  name: Acme', '  nmae: Acme');
    expect(annotationOf(only(text))).toEqual({
      title: 'engagement file: engagement.nmae',
      file: 'e.yml',
      startLine: 2,
      endLine: 2,
      startColumn: 3,
      endColumn: 7,
    });
  });

  it('marks lines only when the span runs over several (GitHub takes columns on one line only)', () => {
    const error: EngagementError = {
      file: 'e.yml',
      line: 7,
      column: 1,
      endLine: 9,
      endColumn: 4,
      path: 'milestones',
      message: 'is wrong',
    };
    expect(annotationOf(error)).toEqual({
      title: 'engagement file: milestones',
      file: 'e.yml',
      startLine: 7,
      endLine: 9,
    });
  });
});
