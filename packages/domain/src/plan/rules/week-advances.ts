import { addDays, maxDate } from "../../dates/add-days.ts";
import { formatDay } from "../../dates/weekday-name.ts";
import type { LocalDate } from "../../events/events.ts";
import { sources } from "../../sources/sources.ts";
import type { RecoverySnapshot, Rule } from "../machine/machine-types.ts";
import { nextReturnWeek, withTransition } from "../machine/snapshot-ops.ts";
import { requiredSessions, returnWeekOf } from "../return-weeks.ts";

/**
 * The article's return table, one week at a time: the next walk/run week starts once this week's
 * sessions (3, 3, 4) are done with known pain below the stop, never sooner than 7 days after the week
 * began and never before a coach's hold ends. After week 3 comes week 4: gradual mileage.
 */
export const weekAdvances: Rule<"day"> = {
  id: "week-advances",
  title: "Walk/run week done: the next week (after week 3, week 4+)",
  trigger: "day",
  edges: [
    ["rebuild", "rebuild"],
    ["return", "return"],
    ["rebuild", "progression"],
    ["return", "progression"],
  ],
  sources: [sources.article, sources.neason2024],
  apply(snapshot, date: LocalDate, env) {
    let next: RecoverySnapshot = snapshot;
    const weeks = env.protocol.returnToRun.weeks.length;
    for (;;) {
      const position = next.position;
      if (position.blockStart === null || position.returnWeekStart === null || position.returnWeek > weeks) break;
      const week = returnWeekOf(env.protocol, position.returnWeek);
      const lastGood = position.goodDays[position.goodDays.length - 1];
      if (!week || lastGood === undefined || position.goodDays.length < requiredSessions(week, env.protocol)) break;
      let eligible = maxDate(addDays(position.returnWeekStart, 7), addDays(lastGood, 1));
      if (next.holdUntil !== null) eligible = maxDate(eligible, next.holdUntil);
      if (eligible > date) break;
      const returnWeek = position.returnWeek + 1;
      const progression = returnWeek > weeks;
      next = withTransition(
        { ...next, position: nextReturnWeek(position, eligible, weeks) },
        {
          localDate: eligible,
          ruleId: "week-advances",
          to: progression ? "progression" : "rebuild",
          text: progression
            ? `Walk/run week ${weeks} done below the stop: week ${weeks + 1} from ${formatDay(eligible)}, distance up at most ${Math.round(env.protocol.load.maxWeeklyIncreaseShare * 100)}% a week.`
            : `Walk/run week ${position.returnWeek} done below the stop: week ${returnWeek} from ${formatDay(eligible)}.`,
          sources: [sources.article, sources.neason2024],
        },
      );
    }
    return next;
  },
};
