// The lines of a comment that can carry a command: a command counts only on its own line, written as
// the person's own words. Lines inside fenced code blocks, indented code, quotes and HTML comments
// are someone explaining or quoting a command ("reply with ```/agree```"), never giving one.
import { memoByText } from './memo';
import type { SnapshotComment } from './snapshot';

/** When a person's words count: an edited comment from its edit, never back-dated to its creation. */
export function writtenAt(comment: Pick<SnapshotComment, 'edited' | 'createdAt' | 'updatedAt'>): string {
  return comment.edited && comment.updatedAt > comment.createdAt ? comment.updatedAt : comment.createdAt;
}

/**
 * The trimmed lines of a comment outside code blocks, quotes and HTML comments, in order. Every rule
 * that looks for a command reads the same comments again (waiting, propose, agree, rate, analysed…,
 * in the plan and in the projection of its writes): each body is split once.
 */
export const commandLines: (body: string) => readonly string[] = memoByText(50_000, splitCommandLines);

function splitCommandLines(body: string): string[] {
  const lines: string[] = [];
  let fence: string | null = null;
  let inHtmlComment = false;
  for (const raw of body.split(/\r?\n/u)) {
    const trimmed = raw.trim();
    if (inHtmlComment) {
      if (trimmed.includes('-->')) inHtmlComment = false;
      continue;
    }
    const opener = /^(`{3,}|~{3,})/u.exec(trimmed)?.[1];
    if (fence !== null) {
      if (opener && opener[0] === fence[0] && opener.length >= fence.length && trimmed === opener)
        fence = null;
      continue;
    }
    if (opener) {
      fence = opener;
      continue;
    }
    if (trimmed.startsWith('<!--')) {
      if (!trimmed.includes('-->')) inHtmlComment = true;
      continue;
    }
    if (trimmed.startsWith('>')) continue;
    if (/^( {4,}|\t)/u.test(raw)) continue;
    lines.push(trimmed);
  }
  return lines;
}

/** `/rate 4` or `/rate 4/5`, then the person's own words: how a client rates a fix, a handoff or a month. */
export const RATE_COMMAND = /^\/rate\s+([1-5])(?:\s*\/\s*5)?\b(.*)$/iu;

/** The first command line matching a pattern (anchored at the line's start), if any. */
export function findCommand(body: string, pattern: RegExp): RegExpExecArray | null {
  for (const line of commandLines(body)) {
    const match = pattern.exec(line);
    if (match) return match;
  }
  return null;
}
