import { addDays } from "../../dates/add-days.ts";
import { formatDay } from "../../dates/weekday-name.ts";
import type { EventOf } from "../../events/events.ts";
import { sources } from "../../sources/sources.ts";
import type { Rule } from "../machine/machine-types.ts";
import { withTransition } from "../machine/snapshot-ops.ts";

/**
 * The article's "3-5 days": 3 days off impact after a pain stop, 5 when the next check-in is still at
 * or above the stop. The first check-in inside the window decides; a repeated week moves with it.
 */
export const painStopExtended: Rule<"pain.checkin"> = {
  id: "pain-stop-extended",
  title: "Still at the stop at the next check-in: 5 days instead of 3",
  trigger: "pain.checkin",
  edges: [["no-impact", "no-impact"]],
  sources: [sources.article],
  apply(snapshot, event: EventOf<"pain.checkin">, env) {
    const index = snapshot.noImpact.findLastIndex((window) => window.rule === "pain-stop");
    const window = snapshot.noImpact[index];
    const date = event.localDate;
    if (!window || window.checkIn !== null || date < window.from || date > window.until) return snapshot;
    const checkIn = { localDate: date, pain0to10: event.pain0to10 };
    const extended = event.pain0to10 >= window.threshold0to10;
    const updated = {
      ...window,
      checkIn,
      extended,
      until: extended ? addDays(window.from, env.protocol.pain.noImpactDaysMax) : window.until,
    };
    const noImpact = snapshot.noImpact.map((w, i) => (i === index ? updated : w));
    let position = snapshot.position;
    if (extended && updated.repeatedWeek && position.returnWeekStart === addDays(window.until, 1)) {
      position = { ...position, returnWeekStart: addDays(updated.until, 1) };
    }
    const next = { ...snapshot, noImpact, position };
    if (!extended) return next;
    return withTransition(next, {
      localDate: date,
      ruleId: "pain-stop-extended",
      to: "no-impact",
      text: `Pain still ${event.pain0to10}/10 at the check-in: ${env.protocol.pain.noImpactDaysMax} days off impact instead of ${env.protocol.pain.noImpactDaysMin}, through ${formatDay(updated.until)}.`,
      sources: [sources.article],
    });
  },
};
