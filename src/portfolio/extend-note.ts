// The paragraph an `/extend` reply gains in a portfolio: what the same vendor people already owe on
// other engagements between now and the proposed date, from the latest portfolio-load file. It is
// written on a client-visible issue, so it names dates and how many handoffs — never another client.
import type { PlanContext } from '../core/context';
import type { Locale } from '../engagement/schema';
import { formatDate } from '../messages/format';
import { localDateOf } from '../summary/week';
import { owedInWindow, type PortfolioLoad } from './load-file';

export interface ExtendNoteInput {
  readonly load: PortfolioLoad;
  /** The vendor people of this engagement (contacts and the tracking issue's assignees). */
  readonly people: readonly string[];
  /** `owner/name` of this engagement: its own handoffs are already in the reply. */
  readonly repository: string;
  readonly now: Date;
  readonly newDue: Date;
  readonly zone: string;
  readonly locale: Locale;
}

const WORDS = {
  en: (count: number, people: readonly string[], dates: string, asOf: string) =>
    `For the vendor side to weigh before agreeing: in this new window ${people.join(', ')} already ${people.length === 1 ? 'owes' : 'owe'} ${count === 1 ? '1 handoff' : `${count} handoffs`} on other engagements (due ${dates}; as of ${asOf}).`,
  vi: (count: number, people: readonly string[], dates: string, asOf: string) =>
    `Để phía chúng tôi cân nhắc trước khi đồng ý: trong khoảng thời gian mới này, ${people.join(', ')} đang có ${count} lần bàn giao ở các dự án khác (hạn ${dates}; số liệu tính đến ${asOf}).`,
} as const;

export function extendLoadNote(input: ExtendNoteInput): string | null {
  const owed = owedInWindow(input.load, input.people, input.repository, input.now, input.newDue);
  if (owed.length === 0) return null;
  // Logins are case-insensitive: one person, however the files spell them, first spelling shown.
  const byLogin = new Map<string, string>();
  for (const o of owed)
    if (!byLogin.has(o.person.toLowerCase())) byLogin.set(o.person.toLowerCase(), o.person);
  const people = [...byLogin.values()].map((p) => `\`${p.replace(/[^A-Za-z0-9[\]-]/gu, '')}\``);
  const dates = [...new Set(owed.map((o) => localDateOf(o.due, input.zone)))].map((d) =>
    formatDate(d, input.locale),
  );
  const asOf = formatDate(localDateOf(input.load.generatedAt, input.zone), input.locale);
  return WORDS[input.locale](owed.length, people, dates.join(', '), asOf);
}

/**
 * The note for an `/extend` on this engagement, when the run was given a portfolio-load file: the
 * vendor people are this engagement's vendor contacts and the tracking issue's assignees.
 */
export function portfolioLoadNote(
  ctx: PlanContext,
  newDue: Date,
  locale: Locale,
  assignees: readonly string[],
): string | null {
  if (!ctx.portfolioLoad) return null;
  const vendor = ctx.engagement.contacts.vendor;
  const contacts = [vendor.primary, ...vendor.alternates, vendor.account_manager];
  const people = [...contacts.flatMap((contact) => (contact ? [contact.handle] : [])), ...assignees];
  const { owner, name } = ctx.snapshot.repository;
  return extendLoadNote({
    load: ctx.portfolioLoad,
    people,
    repository: `${owner}/${name}`,
    now: ctx.now,
    newDue,
    zone: ctx.engagement.engagement.time_zone,
    locale,
  });
}
