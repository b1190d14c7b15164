// People's words ride in the action's hidden markers as data (an /extend reason, a /note). A `{{ref:x}}`
// someone typed there is not a placeholder of the plan: it must neither hold the record back for an
// issue no plan opens (the record was skipped on every run, and the agreement could then be undone by
// deleting the command) nor be rewritten. Placeholders outside the markers work as before.
import { describe, expect, it } from 'vitest';
import { markedComment, placeholderKeys, refPlaceholder, resolvePlaceholders } from '../../src/core/plan';
import { referencedKeys } from '../../src/github/write-order';

const record = markedComment(
  { number: 3 },
  `Agreed change recorded: see ${refPlaceholder('tracking|milestone:brand|')}.`,
  [
    {
      kind: 'amendment',
      subject: 'milestone:brand',
      data: { reason: 'photos re-shot, see {{ref:x}} and {{num:y}}' },
    },
  ],
  'an agreed change',
);

describe('placeholders inside the action’s markers', () => {
  it('are not references: the write waits only for the issues its visible text names', () => {
    expect(record.body).toContain('{{ref:x}}');
    expect(placeholderKeys(record.body)).toEqual(['tracking|milestone:brand|']);
    expect(referencedKeys(record)).toEqual(['tracking|milestone:brand|']);
  });

  it('are left as written when the visible ones are filled in', () => {
    const filled = resolvePlaceholders(
      record.body,
      (key) => ({ 'tracking|milestone:brand|': 12, x: 99, y: 98 })[key],
    );
    expect(filled).toContain('Agreed change recorded: see #12.');
    expect(filled).toContain('{{ref:x}} and {{num:y}}');
    expect(filled).not.toContain('#99');
  });
});
