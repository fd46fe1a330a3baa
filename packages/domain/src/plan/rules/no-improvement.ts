import { addDays } from "../../dates/add-days.ts";
import type { LocalDate } from "../../events/events.ts";
import { sources } from "../../sources/sources.ts";
import { assessNoImprovement, improvedSince } from "../../triage/no-improvement.ts";
import type { Rule } from "../machine/machine-types.ts";

/**
 * The article's "pain unchanged after 2 weeks" from daily readings (Ostelo 2008 for what counts as
 * better). Once raised it stays until the pain improves by that much against the baseline it was
 * raised on, or a clinician visit is recorded (the clearance rule closes it): it never flaps.
 */
export const noImprovement: Rule<"day"> = {
  id: "no-improvement",
  title: "No better after 2 weeks (raised, then held until better or seen)",
  trigger: "day",
  // Records what happened (a flag, a count, a setting); the state does not change.
  edges: [],
  sources: [sources.article, sources.ostelo2008],
  apply(snapshot, date: LocalDate, env) {
    if (snapshot.onboardedOn === null) return snapshot;
    const rules = env.protocol.pain;
    const since =
      snapshot.lastClearanceOn !== null && snapshot.lastClearanceOn > addDays(date, -rules.noImprovementWindowDays + 1)
        ? snapshot.lastClearanceOn
        : addDays(date, -rules.noImprovementWindowDays + 1);
    const readings = env.dailyReadings(since, date);
    const change = { points: rules.importantChangePoints, share: rules.importantChangeShare };
    const alert = snapshot.noImprovement;
    if (alert) {
      const better = improvedSince({ baseline0to10: alert.baseline0to10, readings, change });
      if (better === null) return snapshot;
      return {
        ...snapshot,
        noImprovement: null,
        history: [
          ...snapshot.history,
          {
            kind: "no-improvement",
            localDate: date,
            level: "none",
            title: "Pain improving again",
            detail: `Pain ${better}/10 against ${alert.baseline0to10}/10 when the alert was raised: the no-improvement alert is closed.`,
          },
        ],
      };
    }
    const result = assessNoImprovement({ readings, windowDays: rules.noImprovementWindowDays, change });
    if (!result.flagged) return snapshot;
    return {
      ...snapshot,
      noImprovement: {
        raisedOn: date,
        baseline0to10: result.startMedian,
        latest0to10: result.endMedian,
        text: result.text,
      },
      history: [
        ...snapshot.history,
        {
          kind: "no-improvement",
          localDate: date,
          level: "soon",
          title: "No better after 2 weeks",
          detail: result.text,
        },
      ],
    };
  },
};
