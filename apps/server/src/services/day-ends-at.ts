import { addDays, type LocalDate } from "@backstride/domain";
import { localDateIn } from "./local-date-in.ts";

const minuteMs = 60_000;
/** Every UTC offset in use lies within ±14 h, so a local midnight is within 15 h of the same UTC midnight. */
const reachMs = 15 * 3_600_000;

/**
 * The instant (ISO, UTC) `date` ends in `timeZone`: its next local midnight, or the first minute of the
 * next day where a DST change skips midnight. A stored roster line is good until then, so the database
 * can tell stale lines with one comparison instead of the server working out each runner's today.
 */
export function dayEndsAt(date: LocalDate, timeZone: string): string {
  const midnightUtc = Date.parse(`${addDays(date, 1)}T00:00:00Z`);
  // Invariant: the local date at `low` is at most `date`, and at `high` after it (offsets are whole minutes).
  let low = midnightUtc - reachMs;
  let high = midnightUtc + reachMs;
  while (high - low > minuteMs) {
    const middle = low + Math.floor((high - low) / (2 * minuteMs)) * minuteMs;
    if (localDateIn(new Date(middle), timeZone) > date) high = middle;
    else low = middle;
  }
  return new Date(high).toISOString();
}
