// The paragraph an `/extend` reply gains in a portfolio: what the same vendor people already owe on
// other engagements between now and the proposed date, from the latest portfolio-load file. It is
// written on a client-visible issue, so it names dates and how many handoffs — never another client.
import type { PlanContext } from '../core/context';
import { owedInWindow } from '../core/portfolio-load';
import { counted } from '../messages/catalogue';
import { formatDate } from '../messages/format';
import type { Voice } from './render';

/**
 * The note for an `/extend` on this engagement, when the run was given a portfolio-load file: the
 * vendor people are this engagement's vendor contacts and the tracking issue's assignees.
 */
export function portfolioLoadNote(
  ctx: PlanContext,
  newDue: Date,
  voice: Voice,
  vendor: string,
  assignees: readonly string[],
): string | null {
  const load = ctx.portfolioLoad;
  if (!load) return null;
  const side = ctx.engagement.contacts.vendor;
  const contacts = [side.primary, ...side.alternates, side.account_manager];
  const people = [...contacts.flatMap((contact) => (contact ? [contact.handle] : [])), ...assignees];
  const { owner, name } = ctx.snapshot.repository;
  const owed = owedInWindow(load, people, `${owner}/${name}`, ctx.now, newDue);
  if (owed.length === 0) return null;
  // Logins are case-insensitive: one person, however the files spell them, first spelling shown.
  const byLogin = new Map<string, string>();
  for (const o of owed)
    if (!byLogin.has(o.person.toLowerCase())) byLogin.set(o.person.toLowerCase(), o.person);
  const named = [...byLogin.values()].map((p) => `\`${p.replace(/[^A-Za-z0-9[\]-]/gu, '')}\``);
  const day = (iso: string) => formatDate(ctx.calendar.localDate(new Date(iso)), voice.locale);
  const dates = [...new Set(owed.map((o) => day(o.due)))];
  return counted(voice.t, 'proposal.portfolio_load', owed.length, {
    vendor,
    people: named.join(', '),
    dates: dates.join('; '),
    as_of: day(load.generatedAt),
  });
}
