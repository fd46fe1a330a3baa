import { addDays } from "../../dates/add-days.ts";
import type { BackstrideEvent, EventOf, LocalDate } from "../../events/events.ts";
import type { SourceRef } from "../../protocol/protocol-types.ts";
import type { RecoveryStateName } from "../plan-types.ts";
import type { MachineEnv, RecoverySnapshot, ReliefWindow, TrainingPosition } from "./machine-types.ts";

/** Helpers the rules share. They change nothing in place: each returns a new value. */

export type ImpactEvent = EventOf<"run.logged"> | EventOf<"session.completed">;

export function emptySnapshot(): RecoverySnapshot {
  return {
    triagedOn: null,
    causesOn: null,
    onboardedOn: null,
    episode: null,
    blocking: null,
    soon: null,
    cleared: null,
    lastClearanceOn: null,
    recheck: null,
    relief: null,
    position: {
      blockStart: null,
      blockStartCause: null,
      returnWeek: 1,
      returnWeekStart: null,
      goodDays: [],
      progressionStart: null,
      progressionRepeat: null,
      maintenanceSince: null,
    },
    holdUntil: null,
    noImpact: [],
    highPain: null,
    morningPending: null,
    lastReading: null,
    morningWorseStreak: 0,
    noImprovement: null,
    ranWhenNotAllowed: [],
    usualWeeklyDistanceMeters: null,
    history: [],
    transitions: [],
  };
}

/** Running (a run, or a walk/run session) loads the spine with every footstrike: the article's "impact". */
export function isImpact(event: BackstrideEvent): event is ImpactEvent {
  return event.type === "run.logged" || (event.type === "session.completed" && event.kind === "walk-run");
}

/** The highest pain recorded for a session or run, or null when none was given (unknown, not zero). */
export function knownPainOf(event: ImpactEvent | EventOf<"session.completed">): number | null {
  const values = [event.painDuring0to10, event.painAfter0to10].filter((v): v is number => v !== undefined);
  return values.length === 0 ? null : Math.max(...values);
}

/** Appends the transition the runner will read about. */
export function withTransition(
  snapshot: RecoverySnapshot,
  record: { localDate: LocalDate; ruleId: string; to: RecoveryStateName; text: string; sources: readonly SourceRef[] },
): RecoverySnapshot {
  return { ...snapshot, transitions: [...snapshot.transitions, { ...record, sources: [...record.sources] }] };
}

/** (Re)starts weeks 1-3 on `start`: return week 1, nothing earned yet (rebuild-first moves walk/run week 1). */
export function startBlock(
  snapshot: RecoverySnapshot,
  start: LocalDate,
  cause: NonNullable<TrainingPosition["blockStartCause"]>,
  env: MachineEnv,
): RecoverySnapshot {
  const sequencing = env.settingsOn(start, snapshot).sequencing;
  return {
    ...snapshot,
    morningWorseStreak: 0,
    position: {
      blockStart: start,
      blockStartCause: cause,
      returnWeek: 1,
      returnWeekStart: sequencing === "rebuild-first" ? addDays(start, env.protocol.rebuild.weeks * 7) : start,
      goodDays: [],
      progressionStart: null,
      progressionRepeat: null,
      maintenanceSince: null,
    },
  };
}

/** True when a red flag, the questions again, or the no-improvement alert is open: loosening waits. */
export function anyFlagOpen(snapshot: RecoverySnapshot): boolean {
  return (
    snapshot.blocking !== null || snapshot.soon !== null || snapshot.recheck !== null || snapshot.noImprovement !== null
  );
}

/** The first local day with no relief left in it (an end at exactly 00:00 frees that whole day). */
export function firstDayAfterRelief(relief: ReliefWindow): LocalDate {
  return relief.until.local.endsWith("T00:00") ? relief.until.localDate : addDays(relief.until.localDate, 1);
}

/** The last local day relief touches (the day before the first free one). */
export function lastReliefDay(relief: ReliefWindow): LocalDate {
  return addDays(firstDayAfterRelief(relief), -1);
}

/** The next walk/run week from `start` (after week 3: week 4+, gradual mileage), nothing earned yet. */
export function nextReturnWeek(position: TrainingPosition, start: LocalDate, weeks: number): TrainingPosition {
  const returnWeek = position.returnWeek + 1;
  return {
    ...position,
    returnWeek,
    returnWeekStart: start,
    goodDays: [],
    progressionStart: returnWeek > weeks ? start : position.progressionStart,
  };
}
