import type { LocalDate, SessionKind } from "../events/events.ts";
import type { Exercise, ReturnWeek, SourceRef } from "../protocol/protocol-types.ts";
import type { RedFlagResult } from "../triage/triage-types.ts";

/**
 * - onboarding: red-flag questions or the cause finder not answered yet.
 * - relief: the 72 hours after a flare-up.
 * - rebuild: daily circuit weeks 1-3 (with return weeks 1-3 beside it, unless rebuild-first).
 * - return: walk/run weeks 1-3 (only on its own with the rebuild-first option).
 * - progression: week 4+, distance grows at most 10% a week, strength twice a week.
 * - maintenance: pain-free and back to the runner's usual distance.
 */
export type PlanPhase = "onboarding" | "relief" | "rebuild" | "return" | "progression" | "maintenance";

/** Why the engine decided something, in plain words, with where the rule comes from. */
export interface PlanReason {
  /** Stable machine code, e.g. "pain-stop-no-impact". */
  code: string;
  /** e.g. "No running until Thu 12 Mar: pain 4/10 during Tuesday's run." */
  text: string;
  sources: SourceRef[];
}

export type PlanTaskKind = SessionKind | "seek-care" | "triage" | "cause-finder" | "pain-checkin" | "run" | "rest";

export interface PlanTask {
  /** Stable within a day, e.g. "2026-03-10:rehab-circuit". */
  id: string;
  kind: PlanTaskKind;
  title: string;
  /** Dosage in plain words, e.g. "3 × 10 per side" or "1 min run / 3 min walk × 6". */
  dosage: string;
  durationSeconds?: number;
  exercises?: Exercise[];
  /** For walk-run tasks: the week's intervals and prep task. */
  walkRun?: ReturnWeek;
  /** For a run in week 4+: the most distance today may add to the week within the cap. */
  maxDistanceMeters?: number;
  reason: PlanReason;
  /** True when an event today already completes it. */
  done: boolean;
}

export interface PlanFlag {
  id: string;
  level: "emergency" | "urgent" | "soon" | "warning" | "info";
  title: string;
  text: string;
  since: LocalDate;
  sources: SourceRef[];
}

export interface PlanDay {
  date: LocalDate;
  /** False on days with no impact (no running, no jumping). */
  impactAllowed: boolean;
  /** e.g. "Walk/run 1", "Circuit", "Rest from running". */
  summary: string;
  done: boolean;
}

export interface PlanState {
  today: LocalDate;
  phase: PlanPhase;
  /** Week number within the recovery (1-3 rebuild/return, 4+ progression); null in onboarding/relief. */
  week: number | null;
  /** The walk/run week in force (1-3), when in the return-to-running part. */
  returnWeek: number | null;
  runningAllowed: boolean;
  /** Last day (inclusive) without impact, when a rule imposes one. */
  noImpactUntil: LocalDate | null;
  /** The open red flag, if any; it always wins. */
  redFlag: RedFlagResult | null;
  tasks: PlanTask[];
  flags: PlanFlag[];
  /** Monday to Sunday of the current ISO week. */
  week7: PlanDay[];
  nextMilestone: { title: string; detail: string; date: LocalDate | null } | null;
  load: {
    thisWeekMeters: number;
    lastWeekMeters: number;
    /** Week 4+: the most this week may reach (10% over last week). */
    weeklyCapMeters: number | null;
    /** Longest run in the previous 30 days; a run over 110% of it is flagged. */
    longestRecentRunMeters: number;
  };
  /** Every decision the engine took today, in order. */
  reasons: PlanReason[];
}
