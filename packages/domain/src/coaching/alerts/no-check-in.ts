import { diffDays } from "../../dates/add-days.ts";
import { formatDayWithYear } from "../../dates/weekday-name.ts";
import type { LocalDate } from "../../events/events.ts";
import type { AlertCandidate } from "./alert-types.ts";

export const noCheckInDays = 3;

/**
 * No pain check-in for three days (counted from the last one, or from the plan's start when there
 * was none). One alert per silence: a new check-in starts a new count.
 */
export function noCheckInAlert(input: {
  /** Day of the latest pain check-in, or null. */
  lastCheckIn: LocalDate | null;
  /** First day of the runner's log; null with an empty log (no alert before the runner starts). */
  startDate: LocalDate | null;
  today: LocalDate;
}): AlertCandidate | null {
  const from = input.lastCheckIn ?? input.startDate;
  if (!from) return null;
  const days = diffDays(from, input.today);
  if (days < noCheckInDays) return null;
  return {
    rule: "no-check-in",
    key: `no-check-in:${from}`,
    level: "info",
    title: `No check-in for ${days} days`,
    detail: input.lastCheckIn
      ? `Last pain check-in on ${formatDayWithYear(input.lastCheckIn)}.`
      : `No pain check-in since starting on ${formatDayWithYear(from)}.`,
    localDate: input.today,
  };
}
