import { formatDay } from "../../dates/weekday-name.ts";
import type { EventOf } from "../../events/events.ts";
import { sources } from "../../sources/sources.ts";
import type { Rule } from "../machine/machine-types.ts";
import { anyFlagOpen, nextReturnWeek, withTransition } from "../machine/snapshot-ops.ts";
import { impactBlockedBecause } from "../machine/state-on.ts";

/**
 * A coach may move a runner one walk/run week ahead, with a written reason the runner sees. It loosens
 * safety, so it never applies while a flag is open or impact is held off for any reason.
 */
export const coachSkipWeek: Rule<"coach.adjustment"> = {
  id: "coach-skip-week",
  title: "Coach skips a walk/run week (needs a reason; never with a flag open)",
  trigger: "coach.adjustment",
  edges: [
    ["rebuild", "rebuild"],
    ["return", "return"],
    ["rebuild", "progression"],
    ["return", "progression"],
  ],
  sources: [sources.article],
  apply(snapshot, event: EventOf<"coach.adjustment">, env) {
    const adjustment = event.adjustment;
    if (adjustment.kind !== "skip-week" || adjustment.reason.trim() === "") return snapshot;
    const date = event.localDate;
    const position = snapshot.position;
    const weeks = env.protocol.returnToRun.weeks.length;
    if (anyFlagOpen(snapshot) || impactBlockedBecause(snapshot, date) !== null) return snapshot;
    if (position.blockStart === null || position.returnWeek > weeks) return snapshot;
    const returnWeek = position.returnWeek + 1;
    const progression = returnWeek > weeks;
    return withTransition(
      { ...snapshot, position: nextReturnWeek(position, date, weeks) },
      {
        localDate: date,
        ruleId: "coach-skip-week",
        to: progression ? "progression" : "rebuild",
        text: `Your coach moved you to ${progression ? `week ${returnWeek}` : `walk/run week ${returnWeek}`} on ${formatDay(date)}: ${adjustment.reason}`,
        sources: [sources.article],
      },
    );
  },
};
