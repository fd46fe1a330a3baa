import { formatDay } from "../../dates/weekday-name.ts";
import type { EventOf } from "../../events/events.ts";
import { sources } from "../../sources/sources.ts";
import { edgesBetween, TRAINING_STATES } from "../machine/edges.ts";
import type { Rule } from "../machine/machine-types.ts";
import { isImpact, knownPainOf, withTransition } from "../machine/snapshot-ops.ts";

type Reading = EventOf<"pain.checkin"> | EventOf<"session.completed"> | EventOf<"run.logged">;

/**
 * A reading at or above the stop holds impact off until a later reading is below it: the article's
 * "should I run through lower back pain? Absolutely not" applies to the next day too, not to one day.
 * Any later known reading below the stop (a check-in, or the pain of a circuit) releases the hold.
 */
export const highPainHold: Rule<"pain.checkin" | "session.completed" | "run.logged"> = {
  id: "high-pain-hold",
  title: "A reading at or above the stop holds impact until a reading below it",
  trigger: ["pain.checkin", "session.completed", "run.logged"],
  edges: [...edgesBetween(TRAINING_STATES, ["no-impact"]), ...edgesBetween(["no-impact"], TRAINING_STATES)],
  sources: [sources.article],
  apply(snapshot, event: Reading, env) {
    const pain = event.type === "pain.checkin" ? event.pain0to10 : knownPainOf(event);
    if (pain === null) return snapshot;
    const date = event.localDate;
    const threshold = env.settingsOn(date, snapshot).stopThreshold0to10;
    if (pain >= threshold && event.type === "pain.checkin") {
      return withTransition(
        { ...snapshot, highPain: { since: date, pain0to10: pain, threshold0to10: threshold } },
        {
          localDate: date,
          ruleId: "high-pain-hold",
          to: "no-impact",
          text: `Pain ${pain}/10 at your check-in, at or above the ${threshold}/10 stop: no running until a check-in below ${threshold}/10.`,
          sources: [sources.article],
        },
      );
    }
    // Running during the hold is flagged, never a way out of it: only a check-in or a no-impact session.
    if (pain < threshold && snapshot.highPain && !isImpact(event)) {
      return withTransition(
        { ...snapshot, highPain: null },
        {
          localDate: date,
          ruleId: "high-pain-hold",
          to: "rebuild",
          text: `Pain ${pain}/10, below the ${threshold}/10 stop: the hold from ${formatDay(snapshot.highPain.since)} is over.`,
          sources: [sources.article],
        },
      );
    }
    return snapshot;
  },
};
