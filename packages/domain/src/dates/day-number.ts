import type { LocalDate } from "../events/events.ts";

const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 for a local calendar date. Local dates carry no time zone, so counting them in
 * UTC is exact: no daylight-saving day is ever 23 or 25 hours long here.
 */
export function toDayNumber(date: LocalDate): number {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The local calendar date of a day number (see toDayNumber). */
export function fromDayNumber(dayNumber: number): LocalDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}
