// The workflow log is a command channel: the runner reads a line that starts with `::` (after
// spaces) as a workflow command (`::error file=…::`, `::add-mask::`, `::stop-commands::`), and the
// older `##[` form too. Text from issues reaches the log inside our lines (a filed deadline's title),
// so every line is made inert before it is printed, and characters that reorder or hide text go.
import { HIDDEN_CHARACTERS } from '../messages/format';

// A word joiner is not whitespace to the runner, so a line that starts with it is no command.
const WORD_JOINER = '\u2060';

/** The message as the log should show it: every line inert, nothing hidden or reordered. */
export function logSafe(message: string): string {
  return message
    .replace(/\r\n?/gu, '\n')
    .replace(HIDDEN_CHARACTERS, '')
    .split('\n')
    .map((line) => line.replace(/^(\s*)(:)(?=:)|^(\s*)(#)(?=#\[)/u, `$1$3$2$4${WORD_JOINER}`))
    .join('\n');
}

/** A fragment of issue text inside one log line: one line, nothing hidden, at most `max` characters. */
export function logFragment(text: string, max = 120): string {
  const line = logSafe(text).replace(/\s+/gu, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
