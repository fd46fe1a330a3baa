import type { LocalDate } from "../events/events.ts";

/**
 * The runner's local calendar date of an instant, e.g. a watch's UTC start time in "Europe/Paris".
 * Uses Intl's time-zone database (pure computation, no I/O). Throws a RangeError for an unknown time
 * zone or an unparseable instant, since both are programming errors upstream of the engine.
 */
export function localDateOf(instantIso: string, timeZone: string): LocalDate {
  const instant = new Date(instantIso);
  if (Number.isNaN(instant.getTime())) {
    throw new RangeError(`not an ISO 8601 instant: ${instantIso}`);
  }
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(instant);
  const part = (type: "year" | "month" | "day") => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year").padStart(4, "0")}-${part("month")}-${part("day")}`;
}
