// `npx tsx scripts/vietnam-lunar-dates.ts`: prints the table of lunar dates in src/calendar/vietnam.ts
// (Tết day one and Hùng Kings' day, by Gregorian year) from the holiday data set. Computing them from
// the lunar calendar costs most of a run's first second; the table spares that for the years it holds.
// test/calendar/vietnam-lunar-dates.test.ts checks the table against the data set.
import Holidays from 'date-holidays';
import { LUNAR_TABLE_YEARS } from '../src/calendar/vietnam';

const vn = new Holidays('VN');
const lines = [];
for (let year = LUNAR_TABLE_YEARS.first; year <= LUNAR_TABLE_YEARS.last; year += 1) {
  const list = vn.getHolidays(year);
  const find = (rule: string) => list.find((h) => h.rule === rule)?.date.slice(0, 10);
  lines.push(`  ${year}: ['${find('vietnamese 1-0-1')}', '${find('vietnamese 3-0-10')}'],`);
}
console.log(lines.join('\n'));
