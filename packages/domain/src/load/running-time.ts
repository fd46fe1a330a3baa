import { addDays } from "../dates/add-days.ts";
import { isoWeekStart } from "../dates/iso-week.ts";
import type { BackstrideEvent, LocalDate } from "../events/events.ts";
import type { LoadRules, Protocol } from "../protocol/protocol-types.ts";

/**
 * Seconds spent running in one entry: a run's moving (else total) time; for a walk/run, only the run
 * intervals of its week (the walking is not load on the article's 10% rule).
 */
export function runningSecondsOf(event: BackstrideEvent, protocol: Protocol): number {
  if (event.type === "run.logged") return event.movingSeconds ?? event.durationSeconds;
  if (event.type !== "session.completed" || event.kind !== "walk-run") return 0;
  const week = protocol.returnToRun.weeks.find((w) => w.week === (event.returnWeek ?? 1));
  if (!week) return 0;
  const rounds = event.roundsCompleted ?? event.roundsPlanned ?? week.rounds;
  return Math.min(event.durationSeconds, rounds * week.runSeconds);
}

/** Running seconds in the ISO week of `date` (optionally only days before `before`). */
export function weeklyRunningSeconds(input: {
  events: readonly BackstrideEvent[];
  date: LocalDate;
  protocol: Protocol;
  before?: LocalDate;
}): number {
  const from = isoWeekStart(input.date);
  const to = addDays(from, 6);
  let seconds = 0;
  for (const event of input.events) {
    if (event.localDate < from || event.localDate > to) continue;
    if (input.before !== undefined && event.localDate >= input.before) continue;
    seconds += runningSecondsOf(event, input.protocol);
  }
  return seconds;
}

/**
 * Where distance is unknown (walk/runs, treadmill by time, a week 4 after weeks logged without
 * distance), the article's 10% rule caps running time instead: this week at most 110% of last week's
 * running seconds. Null when last week had no running time either.
 */
export function weeklyTimeCapSeconds(input: {
  lastWeekRunningSeconds: number;
  rules: LoadRules;
  hold?: boolean;
}): number | null {
  if (input.lastWeekRunningSeconds <= 0) return null;
  const share = input.hold ? 0 : input.rules.maxWeeklyIncreaseShare;
  return Math.floor(input.lastWeekRunningSeconds * (1 + share) + 1e-6);
}
