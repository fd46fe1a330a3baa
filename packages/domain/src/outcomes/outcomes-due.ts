import { addDays, diffDays } from "../dates/add-days.ts";
import type { LocalDate, OutcomeTimepoint } from "../events/events.ts";

/** Weeks after the start at which the measures are repeated. */
export const outcomeWeeks = [2, 4, 8, 12] as const;
/** A timepoint's card shows this many days before its date, so a runner can answer on a weekend. */
export const outcomeWindowOpensDaysBefore = 2;
/** A follow-up closer than this to the baseline would measure nothing: it is skipped. */
const minimumDaysAfterBaseline = 7;

export interface OutcomeDue {
  timepoint: OutcomeTimepoint;
  /** The day it fell due (for discharge: the day maintenance was reached). */
  dueDate: LocalDate;
  /** The global rating of change is asked from week 2 on, never at the baseline. */
  asksGlobalChange: boolean;
  /** "Your week-2 check" etc., for the card's heading. */
  title: string;
}

const titles: Record<OutcomeTimepoint, string> = {
  baseline: "Your starting measures",
  "week-2": "Your week-2 check",
  "week-4": "Your week-4 check",
  "week-8": "Your week-8 check",
  "week-12": "Your week-12 check",
  discharge: "Your end-of-plan check",
};

function due(timepoint: OutcomeTimepoint, dueDate: LocalDate): OutcomeDue {
  return { timepoint, dueDate, asksGlobalChange: timepoint !== "baseline", title: titles[timepoint] };
}

/** The dates of the scheduled timepoints from the start (baseline on the start day itself). */
export function outcomeSchedule(startDate: LocalDate): { timepoint: OutcomeTimepoint; dueDate: LocalDate }[] {
  return [
    { timepoint: "baseline", dueDate: startDate },
    ...outcomeWeeks.map((week) => ({
      timepoint: `week-${week}` as OutcomeTimepoint,
      dueDate: addDays(startDate, 7 * week),
    })),
  ];
}

/**
 * Which outcome measure is due today, if any. The baseline comes first and stays due until it is given:
 * every later change is measured from it. After it, the latest scheduled timepoint whose window has
 * opened is due until answered or until the next one's window opens (a missed check is not chased).
 * Discharge is due once the plan reaches maintenance, before any scheduled check.
 */
export function outcomesDue(input: {
  /** The day the plan began (onboarding); null before onboarding. */
  startDate: LocalDate | null;
  /** The day the plan reached maintenance (discharge); null while still in recovery. */
  dischargeFrom: LocalDate | null;
  /** Measures already given, with the day each was given. */
  recorded: readonly { timepoint: OutcomeTimepoint; localDate: LocalDate }[];
  /** The runner's today (local). */
  today: LocalDate;
}): OutcomeDue | null {
  const { startDate, today } = input;
  if (startDate === null || today < startDate) return null;
  const done = new Set(input.recorded.map((record) => record.timepoint));
  const baseline = input.recorded.find((record) => record.timepoint === "baseline");
  if (!baseline) return due("baseline", startDate);
  if (input.dischargeFrom !== null && input.dischargeFrom <= today) {
    return done.has("discharge") ? null : due("discharge", input.dischargeFrom);
  }
  const opened = outcomeSchedule(startDate).filter(
    (item) =>
      item.timepoint !== "baseline" &&
      addDays(item.dueDate, -outcomeWindowOpensDaysBefore) <= today &&
      diffDays(baseline.localDate, item.dueDate) >= minimumDaysAfterBaseline,
  );
  const latest = opened[opened.length - 1];
  if (!latest || done.has(latest.timepoint)) return null;
  return due(latest.timepoint, latest.dueDate);
}
