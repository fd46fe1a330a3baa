import { addDays } from "../../dates/add-days.ts";
import { formatDay } from "../../dates/weekday-name.ts";
import type { LocalDate } from "../../events/events.ts";
import { sources } from "../../sources/sources.ts";
import type { Rule } from "../machine/machine-types.ts";
import { withTransition } from "../machine/snapshot-ops.ts";

/**
 * Rebuild first (a documented alternative): after the 3 rebuild weeks of the daily circuit, walk/run
 * week 1 starts (article: the rebuild phase is weeks 1-3, then the return-to-running table).
 */
export const rebuildWeeksEnd: Rule<"day"> = {
  id: "rebuild-weeks-end",
  title: "Rebuild first: the 3 circuit weeks are over, walk/run week 1 starts",
  trigger: "day",
  edges: [["rebuild", "return"]],
  sources: [sources.article],
  apply(snapshot, date: LocalDate, env) {
    const position = snapshot.position;
    if (position.blockStart === null) return snapshot;
    // The rebuild weeks end 3 weeks after the block began, once per block, whatever moved walk/run later.
    const start = addDays(position.blockStart, env.protocol.rebuild.weeks * 7);
    if (start > date || env.settingsOn(date, snapshot).sequencing !== "rebuild-first") return snapshot;
    // Walk/run that began with the block (side by side before a switch) had no rebuild weeks to end.
    if (
      position.returnWeek !== 1 ||
      position.returnWeekStart === null ||
      position.returnWeekStart <= position.blockStart
    ) {
      return snapshot;
    }
    const blockStart = position.blockStart;
    if (snapshot.transitions.some((t) => t.ruleId === "rebuild-weeks-end" && t.localDate >= blockStart)) {
      return snapshot;
    }
    return withTransition(snapshot, {
      localDate: start,
      ruleId: "rebuild-weeks-end",
      to: "return",
      text: `The ${env.protocol.rebuild.weeks} rebuild weeks are done: walk/run week 1 from ${formatDay(start)}.`,
      sources: [sources.article],
    });
  },
};
