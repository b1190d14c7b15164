// Cuts the `date-holidays` data set (every country's rules with their names in up to fifty languages,
// 0.8 MB) into one file per country, so a run reads only the countries it plans with
// (src/calendar/holiday-data/, read by src/action/holiday-files.ts). A slice keeps what the parser
// reads for that country and its subdivisions: their rules, the days they borrow from another
// country (`_days`), the shared names they refer to (`_name`), and every name only in the languages
// the parser can pick for them (theirs, then English). `npm run holiday-data` writes the files and
// proves each slice gives the same holidays as the whole data set; a test fails when they are stale.

/** A node of the data set: a country, a subdivision, a day rule or a name. */
type DataNode = { [key: string]: unknown };

export interface HolidayDataSet {
  readonly version: string;
  readonly license: string;
  readonly holidays: Record<string, DataNode>;
  readonly names: Record<string, DataNode>;
}

/** Country and subdivision names for the engagement checks, without loading any slice. */
export interface HolidayIndex {
  readonly version: string;
  readonly license: string;
  /** Code → English name, as `getCountries('en')` gives them. */
  readonly countries: Record<string, string>;
  /** Code → subdivision code → name, as `getStates(code)` gives them. */
  readonly states: Record<string, Record<string, string>>;
}

const isNode = (value: unknown): value is DataNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const subdivisions = (node: DataNode): DataNode[] =>
  ['states', 'regions'].flatMap((key) => {
    const children = node[key];
    return isNode(children) ? Object.values(children).filter(isNode) : [];
  });

/** The node and every subdivision under it, depth first. */
function nodesOf(country: DataNode): DataNode[] {
  return [country, ...subdivisions(country).flatMap(nodesOf)];
}

/** Languages the parser can pick a name in for this country: the nodes' own, then English. */
function languagesOf(country: DataNode): Set<string> {
  const languages = new Set<string>(['en']);
  for (const node of nodesOf(country)) {
    const langs = node.langs;
    if (Array.isArray(langs)) for (const lang of langs) if (typeof lang === 'string') languages.add(lang);
  }
  return languages;
}

/** A `{ lang: text }` table kept only in the given languages. */
function pruneNames(names: unknown, languages: Set<string>): unknown {
  if (!isNode(names)) return names;
  return Object.fromEntries(Object.entries(names).filter(([lang]) => languages.has(lang)));
}

/** A day rule with its translated `name` pruned. */
function pruneDay(day: unknown, languages: Set<string>): unknown {
  if (!isNode(day) || !isNode(day.name)) return day;
  return { ...day, name: pruneNames(day.name, languages) };
}

function pruneDays(days: unknown, languages: Set<string>): unknown {
  if (!isNode(days)) return days;
  return Object.fromEntries(Object.entries(days).map(([rule, day]) => [rule, pruneDay(day, languages)]));
}

/** A country or subdivision with the names of its rules pruned, subdivisions included. */
function pruneNode(node: DataNode, languages: Set<string>): DataNode {
  const out: DataNode = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'days') out[key] = pruneDays(value, languages);
    else if (key === 'names') out[key] = pruneNames(value, languages);
    else if ((key === 'states' || key === 'regions') && isNode(value))
      out[key] = Object.fromEntries(
        Object.entries(value).map(([code, child]) => [
          code,
          isNode(child) ? pruneNode(child, languages) : child,
        ]),
      );
    else out[key] = value;
  }
  return out;
}

/** `_days: 'FR'` or `['FR', 'states', 'X']`: the path under `holidays` whose days are borrowed. */
function borrowedPaths(country: DataNode): string[][] {
  const paths: string[][] = [];
  for (const node of nodesOf(country)) {
    const ref = node._days;
    if (typeof ref === 'string') paths.push([ref]);
    else if (Array.isArray(ref)) paths.push(ref.map(String));
  }
  return paths;
}

function nodeAt(root: Record<string, DataNode>, path: readonly string[]): DataNode | undefined {
  let node: unknown = root;
  for (const key of path) node = isNode(node) ? node[key] : undefined;
  return isNode(node) ? node : undefined;
}

/** Writes `days` at `path` under `holidays`, creating the nodes on the way. */
function placeDays(holidays: Record<string, DataNode>, path: readonly string[], days: unknown): void {
  let node: DataNode = holidays;
  for (const key of path) {
    const next = node[key];
    if (isNode(next)) node = next;
    else {
      const created: DataNode = {};
      node[key] = created;
      node = created;
    }
  }
  node.days ??= days;
}

/** Every `_name` a day rule of these nodes refers to. */
function sharedNamesUsed(days: readonly unknown[]): Set<string> {
  const used = new Set<string>();
  for (const table of days) {
    if (!isNode(table)) continue;
    for (const day of Object.values(table))
      if (isNode(day) && typeof day._name === 'string') used.add(day._name);
  }
  return used;
}

/** The data set the parser needs for one country and its subdivisions. */
export function sliceOf(data: HolidayDataSet, code: string): HolidayDataSet {
  const country = data.holidays[code];
  if (!country) throw new Error(`the holiday data set has no country ${code}`);
  const languages = languagesOf(country);
  const holidays: Record<string, DataNode> = { [code]: pruneNode(country, languages) };
  const daysRead: unknown[] = nodesOf(country).map((node) => node.days);
  for (const path of borrowedPaths(country)) {
    const source = nodeAt(data.holidays, path);
    if (!source)
      throw new Error(`${code}: _days refers to holidays.${path.join('.')}, which is not in the data set`);
    daysRead.push(source.days);
    if (!nodeAt(holidays, path)?.days) placeDays(holidays, path, pruneDays(source.days, languages));
  }
  const names: Record<string, DataNode> = {};
  for (const name of [...sharedNamesUsed(daysRead), 'substitutes']) {
    const shared = data.names[name];
    if (shared) names[name] = pruneDay(shared, languages) as DataNode;
  }
  return { version: data.version, license: data.license, holidays, names };
}

/** The country codes of the data set, sorted. */
export function countryCodes(data: HolidayDataSet): string[] {
  return Object.keys(data.holidays).sort();
}
