import type { BackstrideEvent, LocalDate } from "../../events/events.ts";
import type { PainReading } from "../../triage/no-improvement.ts";
import { knownPainOf } from "./snapshot-ops.ts";

/**
 * One pain reading per day, oldest first: the day's last check-in (the runner's considered score), else
 * a flare-up's pain, else the highest known pain of that day's sessions and runs.
 */
export function dailyReadingsOf(events: readonly BackstrideEvent[]): PainReading[] {
  const byDay = new Map<LocalDate, { checkIn?: number; flare?: number; session?: number }>();
  for (const event of events) {
    const day = byDay.get(event.localDate) ?? {};
    if (event.type === "pain.checkin") day.checkIn = event.pain0to10;
    else if (event.type === "flare-up.reported") day.flare = Math.max(day.flare ?? 0, event.pain0to10);
    else if (event.type === "session.completed" || event.type === "run.logged") {
      const pain = knownPainOf(event);
      if (pain !== null) day.session = Math.max(day.session ?? 0, pain);
    } else continue;
    byDay.set(event.localDate, day);
  }
  const readings: PainReading[] = [];
  for (const [localDate, day] of byDay) {
    const pain0to10 = day.checkIn ?? day.flare ?? day.session;
    if (pain0to10 !== undefined) readings.push({ localDate, pain0to10 });
  }
  return readings.sort((a, b) => (a.localDate < b.localDate ? -1 : a.localDate > b.localDate ? 1 : 0));
}

/** Readings from `from` to `to` inclusive, by binary search on the sorted list. */
export function readingsBetween(readings: readonly PainReading[], from: LocalDate, to: LocalDate): PainReading[] {
  let low = 0;
  let high = readings.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((readings[middle]?.localDate ?? "") < from) low = middle + 1;
    else high = middle;
  }
  const slice: PainReading[] = [];
  for (let index = low; index < readings.length; index += 1) {
    const reading = readings[index];
    if (!reading || reading.localDate > to) break;
    slice.push(reading);
  }
  return slice;
}
