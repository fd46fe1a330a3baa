import type { EventOf } from "../events/events.ts";
import type { NoImpactWindow } from "./timeline-types.ts";

/**
 * Whether a walk/run or run is a pain stop: pain at or above the threshold during it, or after it
 * (the article tracks both), or a walk/run ended early with no pain score (the session player ends a
 * session early for pain). Returns what triggered it, or null.
 */
export function painStopOf(input: {
  event: EventOf<"run.logged"> | EventOf<"session.completed">;
  /** The stop threshold in force that day (protocol or coach). */
  threshold0to10: number;
}): Pick<NoImpactWindow["trigger"], "when" | "pain0to10"> | null {
  const { event, threshold0to10: threshold } = input;
  const during = event.painDuring0to10;
  const after = event.painAfter0to10;
  if (during !== undefined && during >= threshold) return { when: "during", pain0to10: during };
  if (after !== undefined && after >= threshold) return { when: "after", pain0to10: after };
  const endedEarly = event.type === "session.completed" && event.endedEarly;
  if (endedEarly && during === undefined) return { when: "ended-early", pain0to10: null };
  return null;
}
