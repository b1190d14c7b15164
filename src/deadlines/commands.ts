// Commands people write in comments to change a handoff: `/extend YYYY-MM-DD [reason]`,
// `/rescope <what changes>`, `/undo [reason]` (take back the latest agreed change: a proposal like the
// others, which needs both sides again), `/agree`, `/decline`. Only the first command line of a comment counts;
// quoted lines (`> /extend ...`) and code blocks are someone quoting or explaining, not commanding.
import { commandLines } from '../core/command-lines';
import { cutWhole } from '../messages/format';
import { readDueText } from './issue-form';
import { withinYears } from './years';

export type Command =
  | { readonly kind: 'extend'; readonly due: string; readonly reason: string }
  | { readonly kind: 'rescope'; readonly what: string }
  | { readonly kind: 'undo'; readonly reason: string }
  | { readonly kind: 'agree' }
  | { readonly kind: 'decline' }
  | { readonly kind: 'malformed'; readonly command: 'extend' | 'rescope' }
  /** `/extend` to a real date outside the years that can be planned (years.ts), as written. */
  | { readonly kind: 'out-of-years'; readonly command: 'extend'; readonly date: string };

const COMMAND_LINE = /^\/(extend|rescope|undo|agree|decline)(?:\s+(.*))?$/iu;

/**
 * The most characters of a command's words (a reason, a change of scope) kept: they are quoted in the
 * record and carried in its marker, and a record over GitHub's 65,536 characters is refused on every
 * run while the change already shows as agreed. The record keeps the command line to the same length.
 */
export const COMMAND_WORDS_MAX = 500;

export function parseCommand(body: string): Command | undefined {
  for (const line of commandLines(body)) {
    const match = COMMAND_LINE.exec(line);
    if (!match) continue;
    const name = (match[1] ?? '').toLowerCase();
    const rest = cutWhole((match[2] ?? '').trim(), COMMAND_WORDS_MAX);
    switch (name) {
      case 'extend': {
        const parts = /^(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2})?)(?:\s+(.*))?$/u.exec(rest);
        const due = parts ? readDueText(parts[1] ?? '') : undefined;
        if (!due) return { kind: 'malformed', command: 'extend' };
        if (!withinYears(due)) return { kind: 'out-of-years', command: 'extend', date: due };
        return { kind: 'extend', due, reason: (parts?.[2] ?? '').trim() };
      }
      case 'rescope':
        return rest ? { kind: 'rescope', what: rest } : { kind: 'malformed', command: 'rescope' };
      case 'undo':
        return { kind: 'undo', reason: rest };
      case 'agree':
        return { kind: 'agree' };
      default:
        return { kind: 'decline' };
    }
  }
  return undefined;
}
