import type { LocalDate } from "../events/events.ts";
import { addDays, maxDate } from "./add-days.ts";

/** Time zones span UTC-12 to UTC+14: moving between them can shift the local date by at most 2 days. */
const MAX_ZONE_SHIFT_DAYS = 2;

/**
 * The runner's today. Normally the date in their time zone; but after moving to a zone behind the old
 * one, entries already made "today" carry a later local date. The plan must not forget them (a triage
 * answered this morning is still answered), so today is never before the latest date already lived in
 * the log. Dates further ahead than any zone change can explain are a wrong clock and are ignored.
 */
export function runnerToday(input: {
  /** Today's date in the runner's current time zone. */
  zoneToday: LocalDate;
  events: readonly { localDate: LocalDate }[];
}): LocalDate {
  const limit = addDays(input.zoneToday, MAX_ZONE_SHIFT_DAYS);
  let today = input.zoneToday;
  for (const event of input.events) {
    if (event.localDate > today && event.localDate <= limit) today = maxDate(today, event.localDate);
  }
  return today;
}
