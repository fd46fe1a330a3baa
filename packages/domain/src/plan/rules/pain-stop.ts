import { addDays } from "../../dates/add-days.ts";
import { isoWeekStart } from "../../dates/iso-week.ts";
import { formatDay } from "../../dates/weekday-name.ts";
import type { EventOf } from "../../events/events.ts";
import { weeklyDistanceMeters } from "../../load/weekly-distance.ts";
import { sources } from "../../sources/sources.ts";
import { edgesBetween, TRAINING_STATES } from "../machine/edges.ts";
import type { NoImpactWindow, Rule } from "../machine/machine-types.ts";
import { withTransition } from "../machine/snapshot-ops.ts";

type SessionOrRun = EventOf<"session.completed"> | EventOf<"run.logged">;

/** What reached the stop: pain during, else after. Unknown pain is never a stop. */
export function painStopOf(
  event: SessionOrRun,
  threshold0to10: number,
): { when: "during" | "after"; pain0to10: number } | null {
  if (event.painDuring0to10 !== undefined && event.painDuring0to10 >= threshold0to10) {
    return { when: "during", pain0to10: event.painDuring0to10 };
  }
  if (event.painAfter0to10 !== undefined && event.painAfter0to10 >= threshold0to10) {
    return { when: "after", pain0to10: event.painAfter0to10 };
  }
  return null;
}

/**
 * The article: "If it hits 3/10, stop immediately" and "Take 3-5 days completely off impact
 * activities". Any session counts, the rebuild circuit included: pain at the stop in any of them means
 * no impact for 3 days after it (5 if still high at the next check-in), then back a week. It applies
 * before onboarding too: pain that morning still means no running that day.
 */
export const painStop: Rule<"session.completed" | "run.logged"> = {
  id: "pain-stop",
  title: "Pain reached the stop in a session or run",
  trigger: ["session.completed", "run.logged"],
  edges: [...edgesBetween(TRAINING_STATES, ["no-impact"]), ["no-impact", "no-impact"]],
  sources: [sources.article],
  apply(snapshot, event: SessionOrRun, env) {
    const date = event.localDate;
    const threshold = env.settingsOn(date, snapshot).stopThreshold0to10;
    const stop = painStopOf(event, threshold);
    if (stop === null) return snapshot;
    const activity = event.type === "run.logged" ? "run" : event.kind === "walk-run" ? "walk/run" : "session";
    const position = snapshot.position;
    const window: NoImpactWindow = {
      from: date,
      until: addDays(date, env.protocol.pain.noImpactDaysMin),
      rule: "pain-stop",
      trigger: { activity, ...stop },
      threshold0to10: threshold,
      extended: false,
      checkIn: null,
      repeatedWeek: null,
    };
    let nextPosition = position;
    const weeks = env.protocol.returnToRun.weeks.length;
    const inProgression = position.progressionStart !== null && date >= position.progressionStart;
    if (position.blockStart !== null && !inProgression && position.returnWeek <= weeks) {
      window.repeatedWeek = { from: position.returnWeek, to: Math.max(1, position.returnWeek - 1) };
      nextPosition = {
        ...position,
        returnWeek: window.repeatedWeek.to,
        // Rebuild-first before walk/run has begun keeps its later start.
        returnWeekStart:
          position.returnWeekStart !== null && position.returnWeekStart > window.until
            ? position.returnWeekStart
            : addDays(window.until, 1),
        goodDays: [],
      };
    } else if (inProgression) {
      const stopWeek = isoWeekStart(date);
      const resumeWeek = isoWeekStart(addDays(window.until, 1));
      nextPosition = {
        ...position,
        progressionRepeat: {
          capMeters: weeklyDistanceMeters({ runs: env.runs, date: addDays(stopWeek, -7) }),
          weekStarts: stopWeek === resumeWeek ? [stopWeek] : [stopWeek, resumeWeek],
          why: `the pain stop on ${date}`,
        },
      };
    }
    const next = { ...snapshot, position: nextPosition, noImpact: [...snapshot.noImpact, window] };
    return withTransition(next, {
      localDate: date,
      ruleId: "pain-stop",
      to: "no-impact",
      text: `Pain ${stop.pain0to10}/10 ${stop.when} the ${activity}, at or above the ${threshold}/10 stop: no impact through ${formatDay(window.until)}${window.repeatedWeek ? `, then walk/run week ${window.repeatedWeek.to}` : ""}.`,
      sources: [sources.article],
    });
  },
};
