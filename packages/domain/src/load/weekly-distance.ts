import { addDays } from "../dates/add-days.ts";
import { isoWeekStart } from "../dates/iso-week.ts";
import type { LocalDate } from "../events/events.ts";
import type { LoadRun } from "./load-types.ts";

/** Total distance of the ISO week (Monday to Sunday) that contains `date`. */
export function weeklyDistanceMeters(input: {
  /** Logged runs, any order; only those inside the week count. */
  runs: readonly LoadRun[];
  /** Any day of the week to total. */
  date: LocalDate;
  /** Count only runs strictly before this day (for "so far this week, before today"). */
  before?: LocalDate;
}): number {
  const monday = isoWeekStart(input.date);
  const nextMonday = addDays(monday, 7);
  let total = 0;
  for (const run of input.runs) {
    if (run.localDate < monday || run.localDate >= nextMonday) continue;
    if (input.before !== undefined && run.localDate >= input.before) continue;
    total += run.distanceMeters;
  }
  return total;
}

/** Distance per ISO week, keyed by the week's Monday, in date order. */
export function weeklyDistances(input: {
  /** Logged runs, any order. */
  runs: readonly LoadRun[];
}): { weekStart: LocalDate; distanceMeters: number }[] {
  const totals = new Map<LocalDate, number>();
  for (const run of input.runs) {
    const monday = isoWeekStart(run.localDate);
    totals.set(monday, (totals.get(monday) ?? 0) + run.distanceMeters);
  }
  return [...totals.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([weekStart, distanceMeters]) => ({ weekStart, distanceMeters }));
}
