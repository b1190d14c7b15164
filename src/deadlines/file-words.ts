// Text of the engagement file in the bodies the action keeps: the team's words, not a list of people to
// notify.
/**
 * Text of the engagement file (a milestone's title or description, a deliverable) shown as written in a
 * body the action keeps, except that `@login` and `@org/team` in it do not mention anyone: a zero-width
 * joiner after `@` keeps the words readable and stops GitHub from pinging. Only the configured contacts
 * are mentioned, on purpose (`mention()`). Writing it again changes nothing more.
 */
export function withoutMentions(text: string): string {
  return text.replace(MENTION_AT, '@\u200d');
}

const MENTION_AT = /@(?=[A-Za-z0-9])/gu;

/** The words of a line the action wrote through withoutMentions(), as the file has them. */
export function withMentionsRestored(text: string): string {
  return text.replace(/@\u200d(?=[A-Za-z0-9])/gu, '@');
}
