// The holiday data set is a chunk of its own in the bundle (most of its size): loaded once the inputs
// are read, before the engagement or portfolio file is checked and planned.
export async function loadHolidayData(): Promise<void> {
  const { useDateHolidays } = await import('../calendar/date-holidays-rules');
  useDateHolidays();
}
