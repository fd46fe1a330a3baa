import type { PlanTask, Protocol } from "@backstride/domain";
import { formatMinutes } from "../player/player-format.ts";
import { buildSessionPlan } from "../player/session-plan.ts";

/**
 * One duration per session: the length of what the player will actually time (sets, rests, prep),
 * so the card and the player never show two numbers ("12 min" beside "about 14 min").
 */
export function sessionSeconds(task: PlanTask, protocol?: Protocol): number | null {
  const plan = buildSessionPlan(task, protocol);
  if (plan && plan.totalSeconds > 0) return plan.totalSeconds;
  return task.durationSeconds && task.durationSeconds > 0 ? task.durationSeconds : null;
}

/** "About 14 min", or null for tasks without a length (a check-in, a rest day). */
export function sessionLengthWords(task: PlanTask, protocol?: Protocol): string | null {
  const seconds = sessionSeconds(task, protocol);
  return seconds === null ? null : `About ${formatMinutes(seconds)}`;
}

/**
 * The dosage without the engine's own leading "12 min: ", which would contradict the timed length
 * shown beside it; the content (exercises, intervals) stays as written.
 */
export function dosageWithoutLength(dosage: string): string {
  return dosage.replace(/^\d+\s*min:\s*/, "");
}
