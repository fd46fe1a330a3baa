import type { LocalDate } from "../events/events.ts";
import type { RedFlagResult } from "../triage/triage-types.ts";

/** Days without impact after a pain stop, and why. */
export interface NoImpactWindow {
  /** The day of the stopped run (it counts as the first day without further impact). */
  from: LocalDate;
  /** Last day without impact, inclusive: from + noImpactDaysMin, or + noImpactDaysMax if pain persisted. */
  until: LocalDate;
  trigger: {
    activity: "walk/run" | "run";
    pain0to10: number | null;
    /** during / after the session, or ended early with no pain recorded. */
    when: "during" | "after" | "ended-early";
  };
  threshold0to10: number;
  /** True once pain at the next check-in was still at or above the threshold. */
  extended: boolean;
  /** The check-in that decided the length, once seen. */
  checkIn: { localDate: LocalDate; pain0to10: number } | null;
  /** The return week before and after the stop, when it happened in weeks 1-3. */
  repeatedWeek: { from: number; to: number } | null;
}

export interface OpenRedFlag {
  result: RedFlagResult;
  since: LocalDate;
}

/** The runner's recovery as of one day: the result of folding the event log up to it. */
export interface RecoveryTimeline {
  triagedOn: LocalDate | null;
  causesOn: LocalDate | null;
  /** The day both the red-flag questions and the cause finder were answered. */
  onboardedOn: LocalDate | null;
  /** An open emergency or urgent red flag: only a clearance after it closes it. */
  blocking: OpenRedFlag | null;
  /** A "soon" result from the latest triage, unless a clearance came after it. */
  soon: OpenRedFlag | null;
  /** The last blocking flag a clearance closed. */
  cleared: (OpenRedFlag & { clearedOn: LocalDate; clinician: string }) | null;
  lastClearanceOn: LocalDate | null;
  /** Red-flag questions to answer again, since a flare-up or new leg symptoms. */
  recheck: { since: LocalDate; cause: "flare-up" | "leg-symptoms" } | null;
  /** The latest flare-up and its relief window (inclusive). */
  flareUp: { localDate: LocalDate; pain0to10: number; reliefUntil: LocalDate } | null;
  /** First day of weeks 1-3 (after onboarding, relief or a clearance); null before onboarding. */
  blockStart: LocalDate | null;
  blockStartCause: "onboarding" | "relief-ended" | "clearance" | null;
  /** Return week in force (1-3); 4 once week 3 is complete. */
  returnWeek: number;
  /** First day of the current return week. */
  returnWeekStart: LocalDate | null;
  /** Days with a walk/run at the current return week below the pain threshold. */
  goodDays: LocalDate[];
  /** The last repeat of a return week after a pain stop. */
  lastRepeat: NoImpactWindow | null;
  /** A coach's hold: no return week advances before this day. */
  holdUntil: LocalDate | null;
  /** First day of week 4 (progression). */
  progressionStart: LocalDate | null;
  /** After a pain stop in week 4+: the resumed week repeats the week before the stop. */
  progressionRepeat: { capMeters: number; weekStarts: LocalDate[]; stop: NoImpactWindow } | null;
  maintenanceSince: LocalDate | null;
  noImpact: NoImpactWindow[];
  /** Runs or walk/runs logged on a day the plan said no running. */
  ranWhenNotAllowed: { localDate: LocalDate; why: string }[];
  /** The runner's usual weekly distance before the pain, when they told us. */
  usualWeeklyDistanceMeters: number | null;
  /** Pain-monitoring model: a session whose next-morning check-in is still to come. */
  morningCheck: { sessionDate: LocalDate; pain0to10: number } | null;
  /** Pain-monitoring model: the last time a worse next morning made the next session easier. */
  lastReduce: {
    sessionDate: LocalDate;
    sessionPain0to10: number;
    checkIn: { localDate: LocalDate; pain0to10: number };
    week: { from: number; to: number };
  } | null;
}
