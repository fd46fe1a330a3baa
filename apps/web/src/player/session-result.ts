import type { SessionKind } from "@backstride/domain";
import type { SessionPlan } from "./session-plan.ts";

/** What the player hands back; the shell stores it as a session.completed event. */
export interface SessionResult {
  kind: SessionKind;
  /** Time actually spent, whole seconds (pauses and skipped parts excluded). */
  durationSeconds: number;
  /** The highest pain reported during the session. */
  painDuring0to10?: number;
  painAfter0to10?: number;
  /** True when stopped before the end: pain at the threshold, or "End session". */
  endedEarly: boolean;
  roundsPlanned?: number;
  roundsCompleted?: number;
  returnWeek?: number;
  notes?: string;
}

export interface SessionResultInput {
  plan: SessionPlan;
  /** Where the session clock stopped. */
  sessionSeconds: number;
  activeSeconds: number;
  skippedPhases: ReadonlySet<number>;
  painDuring0to10?: number;
  painAfter0to10?: number;
  endedEarly: boolean;
  notes?: string;
}

/** A round counts when its run was finished, not skipped: running is the load the plan tracks. */
export function roundsCompleted(plan: SessionPlan, sessionSeconds: number, skippedPhases: ReadonlySet<number>): number {
  return plan.phases.filter(
    (phase, index) =>
      phase.kind === "run" && !skippedPhases.has(index) && phase.startSeconds + phase.durationSeconds <= sessionSeconds,
  ).length;
}

export function sessionResult(input: SessionResultInput): SessionResult {
  const { plan } = input;
  const notes = input.notes?.trim();
  return {
    kind: plan.kind,
    durationSeconds: Math.round(input.activeSeconds),
    endedEarly: input.endedEarly,
    ...(input.painDuring0to10 !== undefined ? { painDuring0to10: input.painDuring0to10 } : {}),
    ...(input.painAfter0to10 !== undefined ? { painAfter0to10: input.painAfter0to10 } : {}),
    ...(plan.mode === "walk-run"
      ? {
          roundsPlanned: plan.roundsPlanned ?? 0,
          roundsCompleted: roundsCompleted(plan, input.sessionSeconds, input.skippedPhases),
          ...(plan.returnWeek !== undefined ? { returnWeek: plan.returnWeek } : {}),
        }
      : {}),
    ...(notes ? { notes: notes.slice(0, 2000) } : {}),
  };
}
