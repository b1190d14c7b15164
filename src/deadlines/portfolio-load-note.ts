// The paragraph an `/extend` reply gains in a portfolio: what the same vendor people already owe on
// other engagements between now and the proposed date, from the latest portfolio-load file. It is
// written on a client-visible issue, so it names dates and how many handoffs — never another client.
import type { PlanContext } from '../core/context';
import { owedInWindow } from '../core/portfolio-load';
import type { Locale } from '../engagement/schema';
import { formatDate } from '../messages/format';

const WORDS = {
  en: (count: number, people: readonly string[], dates: string, asOf: string) =>
    `For the vendor side to weigh before agreeing: in this new window ${people.join(', ')} already ${people.length === 1 ? 'owes' : 'owe'} ${count === 1 ? '1 handoff' : `${count} handoffs`} on other engagements (due ${dates}; as of ${asOf}).`,
  vi: (count: number, people: readonly string[], dates: string, asOf: string) =>
    `Để phía chúng tôi cân nhắc trước khi đồng ý: trong khoảng thời gian mới này, ${people.join(', ')} đang có ${count} lần bàn giao ở các dự án khác (hạn ${dates}; số liệu tính đến ${asOf}).`,
} as const satisfies Record<Locale, unknown>;

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
  const load = ctx.portfolioLoad;
  if (!load) return null;
  const vendor = ctx.engagement.contacts.vendor;
  const contacts = [vendor.primary, ...vendor.alternates, vendor.account_manager];
  const people = [...contacts.flatMap((contact) => (contact ? [contact.handle] : [])), ...assignees];
  const { owner, name } = ctx.snapshot.repository;
  const owed = owedInWindow(load, people, `${owner}/${name}`, ctx.now, newDue);
  if (owed.length === 0) return null;
  // Logins are case-insensitive: one person, however the files spell them, first spelling shown.
  const byLogin = new Map<string, string>();
  for (const o of owed)
    if (!byLogin.has(o.person.toLowerCase())) byLogin.set(o.person.toLowerCase(), o.person);
  const named = [...byLogin.values()].map((p) => `\`${p.replace(/[^A-Za-z0-9[\]-]/gu, '')}\``);
  const day = (iso: string) => formatDate(ctx.calendar.localDate(new Date(iso)), locale);
  const dates = [...new Set(owed.map((o) => day(o.due)))];
  return WORDS[locale](owed.length, named, dates.join(', '), day(load.generatedAt));
}
