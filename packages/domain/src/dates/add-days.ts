import type { LocalDate } from "../events/events.ts";
import { fromDayNumber, toDayNumber } from "./day-number.ts";

/**
 * Date arithmetic is a helper, not a rule, so it takes positional arguments (the rules take one typed
 * input object). All dates are the runner's local calendar days, `YYYY-MM-DD`.
 */

/** The date `days` later (negative: earlier). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function diffDays(from: LocalDate, to: LocalDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The later of two dates. */
export function maxDate(a: LocalDate, b: LocalDate): LocalDate {
  return a >= b ? a : b;
}

/** The earlier of two dates. */
export function minDate(a: LocalDate, b: LocalDate): LocalDate {
  return a <= b ? a : b;
}
