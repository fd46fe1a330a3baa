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

export type PlanTaskKind =
  | SessionKind
  | "seek-care"
  | "triage"
  | "cause-finder"
  | "pain-checkin"
  | "morning-check"
  | "pain-answer"
  | "run"
  | "rest";

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
  /** For pain-answer and morning-check tasks: the session or run the answer is about. */
  forEventId?: string;
  /** For a time-capped run (distance unknown): the most running time today, seconds. */
  maxRunningSeconds?: number;
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

/**
 * The recovery state machine's named states (docs/plan-engine.md draws them from transition-table.ts).
 * - awaiting-triage: onboarding not finished, or the red-flag questions must be answered again.
 * - blocked-by-flag: an emergency or urgent red flag is open; only a clinician's clearance ends it.
 * - relief: the 72 hours from an episode's onset, a flare-up or a clearance (an instant, not days).
 * - rebuild / return: weeks 1-3 (circuit, walk/run beside it or after it).
 * - no-impact: a pain rule holds impact off until a date (or a lower reading), then the state resumes.
 * - progression: week 4+, at most 10% more a week. maintenance: back to the usual load, pain-free.
 */
export type RecoveryStateName =
  | "awaiting-triage"
  | "blocked-by-flag"
  | "relief"
  | "rebuild"
  | "return"
  | "no-impact"
  | "progression"
  | "maintenance";

/** A session or run whose pain was not recorded: Today asks for it; until then it counts for nothing. */
export interface PainQuestion {
  forEventId: string;
  localDate: LocalDate;
  /** e.g. "Walk/run on Tue 3 Mar" or "5.2 km run on Tue 3 Mar". */
  title: string;
  /** True for walk/runs and runs: their pain decides a stop and whether they count toward the next week. */
  impact: boolean;
}

/** One line of the red-flag history: raised, then (perhaps) cleared. Shown to the runner and coaches. */
export interface ClinicalHistoryEntry {
  kind: "red-flag" | "clearance" | "visit" | "no-improvement";
  localDate: LocalDate;
  level: "emergency" | "urgent" | "soon" | "none";
  title: string;
  /** e.g. "Dr. Lee (physiotherapist), seen Tue 3 Mar, for: leg pain below the knee". */
  detail: string;
}

/** A coach's change that loosens safety, in force or suspended, in the words the runner sees. */
export interface CoachChange {
  id: string;
  since: LocalDate;
  /** e.g. "Your coach set your pain stop to 5/10 on Tue 3 Mar: reason". */
  text: string;
  /** False while a flag is open (loosening never applies then) or when it had no written reason. */
  inForce: boolean;
}

export interface PlanState {
  today: LocalDate;
  /** The recovery state machine's state today, and why it is in it. */
  state: { name: RecoveryStateName; since: LocalDate; reason: PlanReason };
  /** Pain at or above this stops any session (the protocol's 3/10 unless a coach changed it). */
  stopThreshold0to10: number;
  /** End of relief as local date-time `YYYY-MM-DDTHH:mm` in the runner's offset, while in relief. */
  reliefUntil: string | null;
  /** Recent sessions and runs with unknown pain, newest first (Today asks for them). */
  painQuestions: PainQuestion[];
  /** Today is the morning after an impact session: Today asks how the back feels. */
  morningCheck: { sessionEventId: string; sessionDate: LocalDate; answered: boolean } | null;
  /** The red-flag questions must come first on Today (new leg symptoms, a flare-up, a clearance). */
  triageFirst: { cause: "leg-symptoms" | "flare-up" | "clearance" | "episode"; since: LocalDate } | null;
  /** Red flags raised and cleared, clinician visits, no-improvement alerts: oldest first. */
  history: ClinicalHistoryEntry[];
  /** Coach changes that loosen safety, with their written reasons. */
  coachChanges: CoachChange[];
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
    /** Running time this week (runs and the running part of walk/runs), seconds. */
    thisWeekRunningSeconds: number;
    /** Where distance is unknown: the most running time this week may reach (10% over last week). */
    weeklyCapSeconds: number | null;
  };
  /** Every decision the engine took today, in order. */
  reasons: PlanReason[];
}
