import type { LocalDate } from "../events/events.ts";
import { isoWeekday } from "./iso-week.ts";

const SHORT_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;
const LONG_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** "Mon" ... "Sun", or the long form "Monday" ... "Sunday". */
export function weekdayName(date: LocalDate, form: "short" | "long" = "short"): string {
  const index = isoWeekday(date) - 1;
  return (form === "short" ? SHORT_WEEKDAYS[index] : LONG_WEEKDAYS[index]) ?? "";
}

/**
 * The date as the plan's reasons write it, "Thu 12 Mar". English only for now: reasons are built in
 * the engine so the server and the offline app say exactly the same thing.
 */
export function formatDay(date: LocalDate): string {
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return `${weekdayName(date)} ${day} ${SHORT_MONTHS[month - 1] ?? ""}`;
}

/** "Thu 12 Mar 2026": for clinical records, coaches' lists and anything that may be from another year. */
export function formatDayWithYear(date: LocalDate): string {
  return `${formatDay(date)} ${date.slice(0, 4)}`;
}
