// The holiday rules' parser (with the lunar and astronomical calendars it needs) is a chunk of its own
// in the bundle: loaded once the inputs are read, before the engagement or portfolio file is checked
// and planned. The data itself is read one country at a time (holiday-files.ts).
export async function loadHolidayData(): Promise<void> {
  const { useDateHolidays } = await import('./holiday-files');
  useDateHolidays();
}
