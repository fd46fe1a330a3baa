import { formatDayWithYear } from "../../dates/weekday-name.ts";
import type { LocalDate } from "../../events/events.ts";
import type { AlertCandidate } from "./alert-types.ts";

/** How many missed training days in a row, with nothing done between, raise the alert. */
export const missedSessionsThreshold = 3;

/**
 * Three planned training days missed since the last one done (rest and no-impact days neither count
 * nor break the run). One alert per run of misses, named by its first day.
 */
export function missedSessionsAlert(input: {
  /** Past days, oldest first, each judged against the plan as it stood that day. */
  days: readonly { date: LocalDate; status: string }[];
}): AlertCandidate | null {
  let missed: LocalDate[] = [];
  for (const day of input.days) {
    if (day.status === "missed") missed.push(day.date);
    else if (day.status === "done" || day.status === "partly" || day.status === "pain-stop") missed = [];
  }
  const first = missed[0];
  const last = missed[missed.length - 1];
  if (missed.length < missedSessionsThreshold || !first || !last) return null;
  return {
    rule: "missed-sessions",
    key: `missed-sessions:${first}`,
    level: "info",
    title: `${missed.length} planned sessions missed`,
    detail: `Nothing logged on ${missed.length} training days since ${formatDayWithYear(first)}.`,
    localDate: last,
  };
}
