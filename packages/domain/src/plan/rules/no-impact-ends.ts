import { addDays } from "../../dates/add-days.ts";
import { formatDay } from "../../dates/weekday-name.ts";
import type { LocalDate } from "../../events/events.ts";
import { sources } from "../../sources/sources.ts";
import { edgesBetween, TRAINING_STATES } from "../machine/edges.ts";
import type { Rule } from "../machine/machine-types.ts";
import { withTransition } from "../machine/snapshot-ops.ts";
import { holdOn } from "../machine/state-on.ts";

/**
 * The day after a dated no-impact window (a pain stop's 3-5 days, a worse morning) running may start
 * again, unless another hold is in force. The window's own end is the rule; this records the moment.
 */
export const noImpactEnds: Rule<"day"> = {
  id: "no-impact-ends",
  title: "The days without impact are over: running again",
  trigger: "day",
  edges: edgesBetween(["no-impact"], TRAINING_STATES),
  sources: [sources.article],
  apply(snapshot, date: LocalDate) {
    const ended = snapshot.noImpact.findLast((window) => addDays(window.until, 1) <= date);
    if (!ended) return snapshot;
    const freeFrom = addDays(ended.until, 1);
    // Another hold on that day (a window, high pain, relief, the questions, a flag) means it was not an end.
    if (holdOn(snapshot, freeFrom) !== null) return snapshot;
    const noted = snapshot.transitions.findLast((t) => t.ruleId === "no-impact-ends");
    if (noted && noted.localDate >= freeFrom) return snapshot;
    return withTransition(snapshot, {
      localDate: freeFrom,
      ruleId: "no-impact-ends",
      to: "rebuild",
      text: `No impact through ${formatDay(ended.until)}: running again from ${formatDay(freeFrom)}.`,
      sources: [sources.article],
    });
  },
};
