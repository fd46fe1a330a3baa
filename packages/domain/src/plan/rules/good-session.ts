import type { EventOf } from "../../events/events.ts";
import { sources } from "../../sources/sources.ts";
import type { Rule } from "../machine/machine-types.ts";
import { isImpact, knownPainOf } from "../machine/snapshot-ops.ts";
import { impactBlockedBecause } from "../machine/state-on.ts";

/**
 * A walk/run (or a run in weeks 1-3) counts toward the next week only when its pain is known and below
 * the stop, it was allowed that day, and it was done in full (Neason 2024: pain-guided progression).
 * A session with unknown pain counts for nothing until the pain is recorded.
 */
export const goodSession: Rule<"session.completed" | "run.logged"> = {
  id: "good-session",
  title: "A full session with known pain below the stop counts toward the week",
  trigger: ["session.completed", "run.logged"],
  // Records what happened (a flag, a count, a setting); the state does not change.
  edges: [],
  sources: [sources.article, sources.neason2024],
  apply(snapshot, event: EventOf<"session.completed"> | EventOf<"run.logged">, env) {
    if (!isImpact(event)) return snapshot;
    const date = event.localDate;
    const position = snapshot.position;
    const weeks = env.protocol.returnToRun.weeks.length;
    const inReturnWeeks =
      position.blockStart !== null &&
      position.returnWeekStart !== null &&
      position.returnWeek <= weeks &&
      date >= position.returnWeekStart;
    if (!inReturnWeeks || impactBlockedBecause(snapshot, date) !== null) return snapshot;
    const pain = knownPainOf(event);
    if (pain === null || pain >= env.settingsOn(date, snapshot).stopThreshold0to10) return snapshot;
    const full =
      event.type === "run.logged" ||
      (!event.endedEarly &&
        (event.roundsPlanned === undefined ||
          event.roundsCompleted === undefined ||
          event.roundsCompleted >= event.roundsPlanned));
    if (!full || position.goodDays.includes(date)) return snapshot;
    return { ...snapshot, position: { ...position, goodDays: [...position.goodDays, date] } };
  },
};
