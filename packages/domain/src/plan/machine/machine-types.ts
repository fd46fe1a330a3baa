import type { BackstrideEvent, EventType, LocalDate } from "../../events/events.ts";
import type { Protocol, SourceRef } from "../../protocol/protocol-types.ts";
import type { RedFlagResult } from "../../triage/triage-types.ts";
import type { CoachSettings } from "../coach-settings.ts";
import type { ClinicalHistoryEntry, RecoveryStateName } from "../plan-types.ts";
import type { LocalInstant } from "./local-instant.ts";

/**
 * The recovery state machine's memory. It is immutable: every rule returns a new snapshot (or the same
 * one when it does not apply), so a rule can be read, tested and checked against its source alone.
 *
 * The named state (RecoveryStateName) is not stored twice: it is the first open hold in safety order
 * (flag, questions, relief, no impact), else the training position. See stateOn in state-on.ts.
 */

export interface OpenRedFlag {
  result: RedFlagResult;
  since: LocalDate;
}

/** Days without impact after a pain rule, and why. */
export interface NoImpactWindow {
  /** The day of the trigger (it counts as the first day without further impact). */
  from: LocalDate;
  /** Last day without impact, inclusive. */
  until: LocalDate;
  rule: "pain-stop" | "morning-worse";
  trigger: {
    activity: "walk/run" | "run" | "session" | "check-in";
    pain0to10: number;
    when: "during" | "after" | "next morning";
  };
  threshold0to10: number;
  /** Pain stop: true once the next check-in was still at or above the stop (5 days instead of 3). */
  extended: boolean;
  checkIn: { localDate: LocalDate; pain0to10: number } | null;
  /** The return week before and after, when the rule stepped back or held a week. */
  repeatedWeek: { from: number; to: number } | null;
}

export type ReliefCause = "episode" | "flare-up" | "clearance" | "high-pain";

export interface ReliefWindow {
  cause: ReliefCause;
  from: LocalInstant;
  until: LocalInstant;
  pain0to10: number | null;
}

export type RecheckCause = "leg-symptoms" | "flare-up" | "clearance" | "episode";

/** The training position: where the runner is in weeks 1-3 and beyond. */
export interface TrainingPosition {
  /** First day of weeks 1-3 (after onboarding, relief or a clearance); null before onboarding. */
  blockStart: LocalDate | null;
  blockStartCause: "onboarding" | "relief-ended" | "clearance" | null;
  /** Return week in force (1-3); 4 once week 3 is complete. */
  returnWeek: number;
  returnWeekStart: LocalDate | null;
  /** Days with a walk/run at the current return week, pain known and below the stop. */
  goodDays: LocalDate[];
  progressionStart: LocalDate | null;
  /** After a pain stop or worse mornings in week 4+: the weeks held at the week before's load. */
  progressionRepeat: { capMeters: number; weekStarts: LocalDate[]; why: string } | null;
  maintenanceSince: LocalDate | null;
}

export interface MorningCheckPending {
  sessionEventId: string;
  sessionDate: LocalDate;
  /** The reading the morning is compared with: the last one before the session, else its pain; null if neither. */
  baseline0to10: number | null;
}

export interface NoImprovementAlert {
  raisedOn: LocalDate;
  /** Median of the first three daily readings of the window it was raised on. */
  baseline0to10: number;
  latest0to10: number;
  text: string;
}

/** One transition taken: what changed, by which rule, and the words the runner sees. */
export interface TransitionRecord {
  localDate: LocalDate;
  ruleId: string;
  to: RecoveryStateName;
  text: string;
  sources: SourceRef[];
}

export interface RecoverySnapshot {
  triagedOn: LocalDate | null;
  causesOn: LocalDate | null;
  onboardedOn: LocalDate | null;
  episode: {
    localDate: LocalDate;
    reportedAt: string;
    onsetAt: string;
    pain0to10: number;
    legSymptoms: boolean;
  } | null;
  blocking: OpenRedFlag | null;
  soon: OpenRedFlag | null;
  cleared: (OpenRedFlag & { clearedOn: LocalDate; clinician: string }) | null;
  lastClearanceOn: LocalDate | null;
  /** The red-flag questions must be answered again before any impact. */
  recheck: { since: LocalDate; cause: RecheckCause } | null;
  relief: ReliefWindow | null;
  position: TrainingPosition;
  holdUntil: LocalDate | null;
  noImpact: NoImpactWindow[];
  /** A reading at or above the stop holds impact off until a later reading is below it. */
  highPain: { since: LocalDate; pain0to10: number; threshold0to10: number } | null;
  morningPending: MorningCheckPending | null;
  /** The latest check-in, the baseline for the next morning's comparison. */
  lastReading: { localDate: LocalDate; pain0to10: number } | null;
  /** Consecutive next-morning worsenings (two in a row step back a week). */
  morningWorseStreak: number;
  noImprovement: NoImprovementAlert | null;
  ranWhenNotAllowed: { localDate: LocalDate; why: string }[];
  usualWeeklyDistanceMeters: number | null;
  history: ClinicalHistoryEntry[];
  transitions: TransitionRecord[];
}

/** What a rule may read besides the snapshot and the event: all pure, all from the log and protocol. */
export interface MachineEnv {
  protocol: Protocol;
  /** Coach settings in force on a day, with loosening suspended while a flag is open. */
  settingsOn: (date: LocalDate, snapshot: RecoverySnapshot) => CoachSettings;
  /** Daily pain readings (one per day) from `from` to `to`, inclusive. */
  dailyReadings: (from: LocalDate, to: LocalDate) => { localDate: LocalDate; pain0to10: number }[];
  /** Runs with distance, for week 4+ caps and maintenance. */
  runs: readonly { localDate: LocalDate; distanceMeters: number }[];
  /** Distance of the ISO week starting `weekStart`, metres (precomputed once per fold). */
  weekMeters: (weekStart: LocalDate) => number;
}

/** A trigger: an event of a type, or a new day dawning (time-driven rules). */
export type Trigger = EventType | "day";

export type EventFor<T extends Trigger> = T extends EventType ? Extract<BackstrideEvent, { type: T }> : LocalDate;

/**
 * One rule of the machine: its source, the state changes it can make (for the diagram), and a pure
 * transition. `apply` returns the same snapshot when the rule does not apply.
 */
export interface Rule<T extends Trigger = Trigger> {
  id: string;
  /** Plain words, for the diagram and the docs. */
  title: string;
  trigger: T | readonly T[];
  /**
   * Each [from, to] state change the rule can make; a pair with the same state twice changes what the
   * state holds (a longer window, another week). Empty: it records a flag, a count or a setting only.
   */
  edges: readonly (readonly [RecoveryStateName, RecoveryStateName])[];
  sources: readonly SourceRef[];
  apply: (snapshot: RecoverySnapshot, input: EventFor<T>, env: MachineEnv) => RecoverySnapshot;
}
