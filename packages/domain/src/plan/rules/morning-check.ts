import { addDays } from "../../dates/add-days.ts";
import { isoWeekStart } from "../../dates/iso-week.ts";
import { formatDay } from "../../dates/weekday-name.ts";
import type { EventOf } from "../../events/events.ts";
import { weeklyDistanceMeters } from "../../load/weekly-distance.ts";
import { sources } from "../../sources/sources.ts";
import { edgesBetween, TRAINING_STATES } from "../machine/edges.ts";
import type { NoImpactWindow, RecoverySnapshot, Rule } from "../machine/machine-types.ts";
import { isImpact, knownPainOf, withTransition } from "../machine/snapshot-ops.ts";

/** Points above the day-before baseline that count as worse the next morning (NPRS 2 points, Ostelo 2008). */
export const MORNING_WORSE_POINTS = 2;
/** Worse mornings in a row that step back a week. */
export const MORNING_WORSE_STEP_BACK = 2;

type Trigger = EventOf<"session.completed"> | EventOf<"run.logged"> | EventOf<"pain.checkin">;

/** The latest check-in before the session (within the 3 days before it), else the session's own pain. */
function baselineOf(snapshot: RecoverySnapshot, event: EventOf<"session.completed"> | EventOf<"run.logged">) {
  const last = snapshot.lastReading;
  if (last && last.localDate >= addDays(event.localDate, -3)) return last.pain0to10;
  return knownPainOf(event);
}

/**
 * Next-morning response, on by default (Silbernagel 2007; the article's 3/10 line). After an impact
 * session, the next morning's check-in decides: at or above the stop, or 2+ points above the baseline
 * before the session, means no impact that day and the week is done again from the next day (in week
 * 4+, this week's distance is held at last week's); twice in a row steps back a week.
 * With the pain-monitoring model, "worse" is any morning pain above the pain after the session, and the
 * consequence is Silbernagel's: the previous week again at once, without a day off.
 */
export const morningCheck: Rule<"session.completed" | "run.logged" | "pain.checkin"> = {
  id: "morning-check",
  title: "Worse the next morning: no impact that day, the week again; twice: back a week",
  trigger: ["session.completed", "run.logged", "pain.checkin"],
  edges: [...edgesBetween(TRAINING_STATES, ["no-impact"]), ["rebuild", "rebuild"], ["return", "return"]],
  sources: [sources.silbernagel2007, sources.article],
  apply(snapshot, event: Trigger, env) {
    const date = event.localDate;
    if (event.type !== "pain.checkin") {
      if (!isImpact(event) || snapshot.onboardedOn === null) return snapshot;
      const settings = env.settingsOn(date, snapshot);
      const pain = knownPainOf(event);
      // A pain stop has its own, longer rule; the morning check is for sessions that went well enough.
      if (!settings.nextMorningCheck || (pain !== null && pain >= settings.stopThreshold0to10)) {
        return { ...snapshot, morningPending: null };
      }
      const monitoring = env.protocol.pain.model === "pain-monitoring";
      const baseline = monitoring ? knownPainOf(event) : baselineOf(snapshot, event);
      return {
        ...snapshot,
        morningPending: { sessionEventId: event.id, sessionDate: date, baseline0to10: baseline },
      };
    }
    const reading = { lastReading: { localDate: date, pain0to10: event.pain0to10 } };
    const pending = snapshot.morningPending;
    if (!pending || date <= pending.sessionDate) return { ...snapshot, ...reading };
    if (date !== addDays(pending.sessionDate, 1)) return { ...snapshot, ...reading, morningPending: null };
    const threshold = env.settingsOn(date, snapshot).stopThreshold0to10;
    const monitoring = env.protocol.pain.model === "pain-monitoring";
    // With no reading before the session and its pain unknown, only the stop can say "worse".
    const baseline = pending.baseline0to10;
    const worse = monitoring
      ? baseline !== null && event.pain0to10 > baseline
      : event.pain0to10 >= threshold || (baseline !== null && event.pain0to10 >= baseline + MORNING_WORSE_POINTS);
    if (!worse) return { ...snapshot, ...reading, morningPending: null, morningWorseStreak: 0 };

    const streak = snapshot.morningWorseStreak + 1;
    const stepBack = streak >= MORNING_WORSE_STEP_BACK || monitoring;
    const position = snapshot.position;
    const weeks = env.protocol.returnToRun.weeks.length;
    const inProgression = position.progressionStart !== null && date >= position.progressionStart;
    const window: NoImpactWindow = {
      from: date,
      until: date,
      rule: "morning-worse",
      trigger: { activity: "check-in", pain0to10: event.pain0to10, when: "next morning" },
      threshold0to10: threshold,
      extended: false,
      checkIn: { localDate: date, pain0to10: event.pain0to10 },
      repeatedWeek: null,
    };
    let nextPosition = position;
    if (position.blockStart !== null && !inProgression && position.returnWeek <= weeks) {
      const to = stepBack ? Math.max(1, position.returnWeek - 1) : position.returnWeek;
      window.repeatedWeek = { from: position.returnWeek, to };
      nextPosition = {
        ...position,
        returnWeek: to,
        returnWeekStart: monitoring ? date : addDays(date, 1),
        goodDays: [],
      };
    } else if (inProgression) {
      const week = isoWeekStart(date);
      nextPosition = {
        ...position,
        progressionRepeat: {
          capMeters: weeklyDistanceMeters({ runs: env.runs, date: addDays(week, -7) }),
          weekStarts: [week],
          why: `a worse morning on ${date}`,
        },
      };
    }
    const next = {
      ...snapshot,
      ...reading,
      morningPending: null,
      morningWorseStreak: stepBack ? 0 : streak,
      // Silbernagel's model makes the next session easier but does not stop that day's activity.
      noImpact: monitoring ? snapshot.noImpact : [...snapshot.noImpact, window],
      position: nextPosition,
    };
    const base = monitoring
      ? `after the session it was ${pending.baseline0to10}/10`
      : `the day before it was ${pending.baseline0to10}/10`;
    const consequence = window.repeatedWeek
      ? stepBack
        ? `no running today, and back to walk/run week ${window.repeatedWeek.to} from tomorrow`
        : `no running today, and walk/run week ${window.repeatedWeek.to} again from tomorrow (no progression this week)`
      : "no running today, and no increase in distance this week";
    return withTransition(next, {
      localDate: date,
      ruleId: "morning-check",
      to: "no-impact",
      text: `Pain ${event.pain0to10}/10 the morning after ${formatDay(pending.sessionDate)}'s session (${base}): ${consequence}.`,
      sources: [sources.silbernagel2007, sources.article],
    });
  },
};
