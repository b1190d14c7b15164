// Every calendar date from `from` to `to`, both included (`YYYY-MM-DD`): the days a test runs the
// action on, once a day, whatever the weekday.
export function calendarDays(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = Date.parse(`${from}T00:00:00Z`); d <= Date.parse(`${to}T00:00:00Z`); d += 86_400_000)
    out.push(new Date(d).toISOString().slice(0, 10));
  return out;
}
