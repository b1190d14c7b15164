// Values quoted back in error messages: a person's 400 KB value is shown by its start, not whole.

const MAX_QUOTED = 60;

/** `` `value` `` for short values; the first characters and the length for long ones. */
export function quoted(value: string): string {
  if (value.length <= MAX_QUOTED) return `\`${value}\``;
  return `\`${value.slice(0, MAX_QUOTED)}…\` (${value.length.toLocaleString('en')} characters)`;
}
