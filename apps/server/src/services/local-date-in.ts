import type { LocalDate } from "@backstride/domain";

const formatters = new Map<string, Intl.DateTimeFormat>();
/** The last answer per zone, valid for the minute it was computed in (zone offsets are whole minutes). */
const lastAnswer = new Map<string, { minute: number; date: LocalDate }>();

/**
 * The calendar date of an instant in an IANA time zone, like the domain's localDateOf, with the
 * formatter kept per zone (building one costs more than the rest of a plan request) and the answer
 * kept for the current minute: every UTC offset in use is a whole number of minutes, so a local
 * midnight always falls on a minute boundary.
 */
export function localDateIn(instant: Date, timeZone: string): LocalDate {
  const minute = Math.floor(instant.getTime() / 60_000);
  const known = lastAnswer.get(timeZone);
  if (known?.minute === minute) return known.date;
  const date = formatLocalDate(instant, timeZone);
  lastAnswer.set(timeZone, { minute, date });
  return date;
}

function formatLocalDate(instant: Date, timeZone: string): LocalDate {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // en-CA formats as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(instant);
  const part = (type: "year" | "month" | "day") => parts.find((item) => item.type === type)?.value ?? "";
  return `${part("year").padStart(4, "0")}-${part("month")}-${part("day")}`;
}
