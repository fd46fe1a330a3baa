import type { BackstrideEvent, LocalDate } from "../events/events.ts";
import type { LoadRun } from "../load/load-types.ts";
import type { WeeklyCap } from "../load/weekly-cap.ts";
import type { Protocol } from "../protocol/protocol-types.ts";
import type { RedFlagResult } from "../triage/triage-types.ts";
import type { DistanceUnit } from "../units/conversions.ts";
import type { CoachSettings } from "./coach-settings.ts";
import type { PhaseOn } from "./plan-phase.ts";
import type { PlanReason, RecoveryStateName } from "./plan-types.ts";
import type { NoImpactWindow, RecoveryTimeline } from "./recovery-timeline.ts";

/** Everything the task, flag and milestone builders read, computed once per planFor call. */
export interface PlanContext {
  today: LocalDate;
  protocol: Protocol;
  /** The runner's unit for distances in the words the engine writes (SI inside). */
  distanceUnit: DistanceUnit;
  /** Sorted events up to and including today, with corrections, late pain answers and deletions applied. */
  events: BackstrideEvent[];
  todaysEvents: BackstrideEvent[];
  runs: LoadRun[];
  timeline: RecoveryTimeline;
  /** The state machine's named state today. */
  state: RecoveryStateName;
  settings: CoachSettings;
  phase: PhaseOn;
  redFlag: RedFlagResult | null;
  /** The no-impact window covering today, if any. */
  noImpactToday: NoImpactWindow | null;
  /** Why no running today; null when running is allowed. */
  noRunning: PlanReason | null;
  /** Week 4+: this week's cap and how much is left before today. */
  cap: (WeeklyCap & { remainingMeters: number | null }) | null;
  thisWeekBeforeTodayMeters: number;
  /** Running time (runs and the run intervals of walk/runs), seconds: where distance is unknown, time is capped. */
  thisWeekBeforeTodayRunningSeconds: number;
  lastWeekRunningSeconds: number;
  /** Week 4+ with no distance last week: this week's running time cap (110% of last week's), seconds. */
  timeCapSeconds: number | null;
  lastWeekMeters: number;
  longestRecentRunMeters: number;
}
