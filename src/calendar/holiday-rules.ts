// The holiday data set (every country's rules, and the lunar and astronomical calendars they need) is
// most of the action's bundle. The calendar does not import it: the shell hands it over once, before
// anything is planned, so the action loads it only after its inputs are read (a separate chunk of the
// bundle), and the core stays free of how it is loaded. Tests, the CLI and the bench hand over the
// same rules (`date-holidays-rules.ts`).

/** One holiday as the data set gives it. */
export interface DataSetHoliday {
  /** Local start, `YYYY-MM-DD hh:mm:ss`. */
  readonly date: string;
  readonly start: Date;
  readonly end: Date;
  readonly name: string;
  /** `public`, `bank`, `school`, `optional` or `observance`. */
  readonly type: string;
  /** The rule that produced it (the Vietnamese rules find lunar dates by it). */
  readonly rule: string;
}

export interface HolidayRules {
  /** Country codes the data set knows, with their English names. */
  countries(): Readonly<Record<string, string>>;
  /** A country's subdivisions (`BY` for `DE-BY`), when it has any. */
  states(country: string): Readonly<Record<string, string>> | undefined;
  /** A year's holidays of a country, or of one of its subdivisions. */
  holidaysOf(country: string, state: string | undefined, year: number): readonly DataSetHoliday[];
}

let provided: HolidayRules | undefined;

/** Called once by whoever starts a run (the action, the CLI, the bench, the test setup). */
export function provideHolidayRules(rules: HolidayRules): void {
  provided = rules;
}

export function holidayRules(): HolidayRules {
  if (!provided) {
    throw new Error(
      'The holiday data set was not handed to the calendar: call provideHolidayRules (src/calendar/holiday-rules.ts) before planning.',
    );
  }
  return provided;
}
