import type { LocalDate } from "../events/events.ts";
import { addDays } from "./add-days.ts";
import { toDayNumber } from "./day-number.ts";

/** ISO weekday: 1 = Monday ... 7 = Sunday. Day 0 (1970-01-01) was a Thursday. */
export function isoWeekday(date: LocalDate): number {
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** The Monday that starts the ISO week containing `date`. */
export function isoWeekStart(date: LocalDate): LocalDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** Monday to Sunday of the ISO week containing `date`. */
export function isoWeekDays(date: LocalDate): LocalDate[] {
  const monday = isoWeekStart(date);
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}
