import { addDays, maxDate } from "../../dates/add-days.ts";
import type { EventOf } from "../../events/events.ts";
import { sources } from "../../sources/sources.ts";
import type { Rule } from "../machine/machine-types.ts";

/**
 * Rebuild first (a documented alternative): switching before any walk/run is earned moves walk/run
 * week 1 to after the rebuild weeks, or back to the block's start.
 */
export const coachSequencing: Rule<"coach.adjustment"> = {
  id: "coach-sequencing",
  title: "Coach chooses rebuild first, or side by side",
  trigger: "coach.adjustment",
  edges: [
    ["rebuild", "return"],
    ["return", "rebuild"],
  ],
  sources: [sources.article],
  apply(snapshot, event: EventOf<"coach.adjustment">, env) {
    const adjustment = event.adjustment;
    const position = snapshot.position;
    if (adjustment.kind !== "rebuild-first" || position.blockStart === null) return snapshot;
    if (position.returnWeek !== 1 || position.goodDays.length > 0) return snapshot;
    const rebuildEnd = addDays(position.blockStart, env.protocol.rebuild.weeks * 7);
    return {
      ...snapshot,
      position: {
        ...position,
        returnWeekStart: adjustment.enabled ? maxDate(rebuildEnd, event.localDate) : position.blockStart,
      },
    };
  },
};
