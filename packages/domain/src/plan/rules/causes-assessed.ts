import type { EventOf } from "../../events/events.ts";
import { sources } from "../../sources/sources.ts";
import type { Rule } from "../machine/machine-types.ts";

/** The cause finder answered (the article's cause table); it also tells the usual weekly distance. */
export const causesAssessed: Rule<"causes.assessed"> = {
  id: "causes-assessed",
  title: "Cause finder answered",
  trigger: "causes.assessed",
  // Records what happened (a flag, a count, a setting); the state does not change.
  edges: [],
  sources: [sources.article],
  apply(snapshot, event: EventOf<"causes.assessed">) {
    return {
      ...snapshot,
      causesOn: snapshot.causesOn ?? event.localDate,
      usualWeeklyDistanceMeters: event.usualWeeklyDistanceMeters ?? snapshot.usualWeeklyDistanceMeters,
    };
  },
};
