/**
 * Minimal calendar arithmetic on `YYYY-MM-DD` local dates for triage. Works in whole days through
 * UTC so no time zone or daylight-saving shift can move a date; never reads the clock.
 */

const MS_PER_DAY = 86_400_000;
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** Whole days since 1970-01-01 for a `YYYY-MM-DD` date. */
export function localDayNumber(localDate: string): number {
  const [year, month, day] = localDate.split("-").map(Number) as [number, number, number];
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The `YYYY-MM-DD` date a number of days after (or before, if negative) the given one. */
export function addLocalDays(localDate: string, days: number): string {
  return new Date((localDayNumber(localDate) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** "Friday 27 November": how the app names a day in a sentence. */
export function describeLocalDate(localDate: string): string {
  const date = new Date(localDayNumber(localDate) * MS_PER_DAY);
  return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
}
