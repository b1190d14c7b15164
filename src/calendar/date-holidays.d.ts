// What this project uses of the holiday packages. date-holidays-parser ships types its `exports` map
// does not reach, and date-holidays has none for its data; these name the few calls made.

declare module 'date-holidays-parser' {
  /** One holiday of a year, as the parser gives it. */
  export interface ParsedHoliday {
    /** Local start, `YYYY-MM-DD hh:mm:ss`. */
    date: string;
    start: Date;
    end: Date;
    name: string;
    type: string;
    rule: string;
    substitute?: boolean;
  }

  /** The rules of one country (or subdivision) from a data set such as one of holiday-data/. */
  export default class HolidaysParser {
    constructor(data: object, country: string, state?: string);
    getHolidays(year: number): ParsedHoliday[];
  }
}

declare module 'date-holidays/data' {
  /** The whole data set: `{ version, license, holidays: { CC: … }, names: { … } }`. */
  export const data: unknown;
}
