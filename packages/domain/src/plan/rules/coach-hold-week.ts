import { addDays, maxDate } from "../../dates/add-days.ts";
import type { EventOf } from "../../events/events.ts";
import { sources } from "../../sources/sources.ts";
import { HOLD_DAYS } from "../coach-settings.ts";
import type { Rule } from "../machine/machine-types.ts";

/** A coach's hold: no return week advances for 7 days. Tightening, so it needs no reason to apply. */
export const coachHoldWeek: Rule<"coach.adjustment"> = {
  id: "coach-hold-week",
  title: "Coach holds the week",
  trigger: "coach.adjustment",
  // Records what happened (a flag, a count, a setting); the state does not change.
  edges: [],
  sources: [sources.article],
  apply(snapshot, event: EventOf<"coach.adjustment">) {
    if (event.adjustment.kind !== "hold-week") return snapshot;
    const until = addDays(event.localDate, HOLD_DAYS);
    return { ...snapshot, holdUntil: snapshot.holdUntil === null ? until : maxDate(snapshot.holdUntil, until) };
  },
};
