import type { EventOf } from "../../events/events.ts";
import { sources } from "../../sources/sources.ts";
import type { Rule } from "../machine/machine-types.ts";
import { isImpact } from "../machine/snapshot-ops.ts";
import { impactBlockedBecause } from "../machine/state-on.ts";

/** A run on a day the plan said no impact is kept (it happened) and flagged, so the runner and coach see it. */
export const ranWhenNotAllowed: Rule<"session.completed" | "run.logged"> = {
  id: "ran-when-not-allowed",
  title: "Ran on a no-impact day (recorded, flagged)",
  trigger: ["session.completed", "run.logged"],
  // Records what happened (a flag, a count, a setting); the state does not change.
  edges: [],
  sources: [sources.article],
  apply(snapshot, event: EventOf<"session.completed"> | EventOf<"run.logged">) {
    if (!isImpact(event)) return snapshot;
    const why = impactBlockedBecause(snapshot, event.localDate);
    if (why === null) return snapshot;
    return { ...snapshot, ranWhenNotAllowed: [...snapshot.ranWhenNotAllowed, { localDate: event.localDate, why }] };
  },
};
