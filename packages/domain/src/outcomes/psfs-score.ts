import type { EventOf } from "../events/events.ts";

export type PsfsAnswers = EventOf<"outcomes.recorded">["psfs"];

/**
 * The Patient-Specific Functional Scale score: the mean of the activity scores, to one decimal
 * (Stratford et al. 1995). Higher is better. Null when no activity was named.
 */
export function psfsScore(psfs: PsfsAnswers): number | null {
  if (psfs.length === 0) return null;
  const total = psfs.reduce((sum, item) => sum + item.score0to10, 0);
  return Math.round((total / psfs.length) * 10) / 10;
}

/** Activities are matched across timepoints by name, ignoring case and spacing ("Run 5 km" = "run 5km"). */
export function activityKey(activity: string): string {
  return activity.toLowerCase().replace(/\s+/g, "");
}
