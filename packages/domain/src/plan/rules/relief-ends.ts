import type { LocalDate } from "../../events/events.ts";
import { sources } from "../../sources/sources.ts";
import { formatLocalTime } from "../format-local-time.ts";
import type { Rule } from "../machine/machine-types.ts";
import { firstDayAfterRelief, withTransition } from "../machine/snapshot-ops.ts";

/** After the 72 hours (article: "first 72 hours"), the rebuild starts: the block was set when relief began. */
export const reliefEnds: Rule<"day"> = {
  id: "relief-ends",
  title: "72 hours of relief are over: rebuild week 1",
  trigger: "day",
  edges: [["relief", "rebuild"]],
  sources: [sources.article],
  apply(snapshot, date: LocalDate, env) {
    const relief = snapshot.relief;
    if (!relief || snapshot.onboardedOn === null) return snapshot;
    const freeFrom = firstDayAfterRelief(relief);
    if (freeFrom > date) return snapshot;
    const already = snapshot.transitions.some((t) => t.ruleId === "relief-ends" && t.localDate === freeFrom);
    if (already) return snapshot;
    return withTransition(snapshot, {
      localDate: freeFrom,
      ruleId: "relief-ends",
      to: "rebuild",
      text: `Relief ended ${formatLocalTime(relief.until.local)}: the rebuild circuit starts, week 1.`,
      sources: env.protocol.relief.sources,
    });
  },
};
