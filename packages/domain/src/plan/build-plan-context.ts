import { addDays } from "../dates/add-days.ts";
import { isoWeekStart } from "../dates/iso-week.ts";
import { formatDay } from "../dates/weekday-name.ts";
import type { BackstrideEvent, LocalDate } from "../events/events.ts";
import type { LoadRun } from "../load/load-types.ts";
import { weeklyRunningSeconds, weeklyTimeCapSeconds } from "../load/running-time.ts";
import { longestRecentRunMeters } from "../load/single-run-spike.ts";
import { type WeeklyCap, weeklyCap } from "../load/weekly-cap.ts";
import { weeklyDistanceMeters } from "../load/weekly-distance.ts";
import type { Protocol } from "../protocol/protocol-types.ts";
import { sources } from "../sources/sources.ts";
import { evaluateRedFlags } from "../triage/evaluate-red-flags.ts";
import { noImprovementQuestionId } from "../triage/no-improvement.ts";
import type { DistanceUnit } from "../units/conversions.ts";
import { formatDistance } from "../units/format-units.ts";
import { reliefReason } from "./care-tasks.ts";
import { coachSettingsAt, suspendLoosening } from "./coach-settings.ts";
import { effectiveLog } from "./machine/effective-log.ts";
import { runRecoveryMachine } from "./machine/run-recovery-machine.ts";
import { noImpactWindowOn, stateOn } from "./machine/state-on.ts";
import type { PlanContext } from "./plan-context.ts";
import { phaseOn } from "./plan-phase.ts";
import { reason } from "./plan-reason.ts";
import type { PlanReason } from "./plan-types.ts";
import type { NoImpactWindow } from "./recovery-timeline.ts";
import { sortEvents } from "./sort-events.ts";

/** "Running again from Sat 14 Mar (no impact through Fri 13 Mar): pain 4/10 during Tue 10 Mar's walk/run ..." */
export function painStopReason(window: NoImpactWindow, protocol: Protocol): PlanReason {
  if (window.rule === "morning-worse") {
    const back = window.repeatedWeek
      ? window.repeatedWeek.to < window.repeatedWeek.from
        ? ` Back to walk/run week ${window.repeatedWeek.to} from tomorrow: worse two mornings in a row.`
        : ` Walk/run week ${window.repeatedWeek.to} is done again from tomorrow: no progression this week.`
      : " No increase in distance this week.";
    return reason(
      protocol.pain.model === "pain-monitoring" ? "pain-monitoring-reduce" : "no-running-morning-worse",
      `No running today: pain ${window.trigger.pain0to10}/10 this morning, worse than before yesterday's session.${back}`,
      [sources.silbernagel2007, sources.article],
    );
  }
  const activity = window.trigger.activity;
  const what = `pain ${window.trigger.pain0to10}/10 ${window.trigger.when} ${formatDay(window.from)}'s ${activity === "session" ? "session" : activity}`;
  const persisted =
    window.extended && window.checkIn
      ? ` Pain was still ${window.checkIn.pain0to10}/10 at the check-in on ${formatDay(window.checkIn.localDate)}, so ${protocol.pain.noImpactDaysMax} days instead of ${protocol.pain.noImpactDaysMin}.`
      : "";
  return reason(
    window.extended ? "no-running-pain-persisted" : "no-running-pain-stop",
    `Running again from ${formatDay(addDays(window.until, 1))} (no impact through ${formatDay(window.until)}): ${what}, at or above the ${window.threshold0to10}/10 stop.${persisted}`,
    [sources.article],
  );
}

function noRunningReason(ctx: Omit<PlanContext, "noRunning" | "cap" | "timeCapSeconds">): PlanReason | null {
  const t = ctx.timeline;
  if (t.blocking) {
    return reason(
      "no-running-red-flag",
      `No running until a clinician clears you: ${t.blocking.result.title.toLowerCase()} (warning signs reported ${formatDay(t.blocking.since)}).`,
      t.blocking.result.flags.flatMap((q) => q.sources),
    );
  }
  if (ctx.phase.phase === "onboarding") {
    return reason(
      "no-running-onboarding",
      "No running plan until the warning-sign questions and the cause finder are answered.",
      [sources.finucane2020],
    );
  }
  if (t.recheck) {
    const why =
      t.recheck.cause === "leg-symptoms" || t.recheck.cause === "episode"
        ? "new leg symptoms"
        : t.recheck.cause === "clearance"
          ? "your clinician's all-clear"
          : "a flare-up";
    return reason(
      "no-running-recheck",
      `No running until the warning-sign questions are answered again: asked after ${why} on ${formatDay(t.recheck.since)}.`,
      [sources.finucane2020],
    );
  }
  if (ctx.phase.phase === "relief") return { ...reliefReason(ctx as PlanContext), code: "no-running-relief" };
  if (ctx.noImpactToday) return painStopReason(ctx.noImpactToday, ctx.protocol);
  if (t.highPain) {
    return reason(
      "no-running-pain-hold",
      `No running until a check-in below ${t.highPain.threshold0to10}/10: pain ${t.highPain.pain0to10}/10 at your check-in on ${formatDay(t.highPain.since)}. Check in again when it feels better.`,
      [sources.article],
    );
  }
  if (ctx.phase.phase === "rebuild" && ctx.phase.returnWeek === null && t.position.blockStart !== null) {
    return reason(
      "no-running-rebuild-first",
      `Rebuild first: walk/run week 1 starts ${formatDay(addDays(t.position.blockStart, ctx.protocol.rebuild.weeks * 7))}, after ${ctx.protocol.rebuild.weeks} weeks of the circuit.`,
      [sources.article],
    );
  }
  return null;
}

function capFor(ctx: Omit<PlanContext, "noRunning" | "cap" | "timeCapSeconds">): PlanContext["cap"] {
  const { phase } = ctx.phase;
  if (phase !== "progression" && phase !== "maintenance") return null;
  let cap: WeeklyCap = weeklyCap({
    previousWeekMeters: ctx.lastWeekMeters,
    rules: ctx.protocol.load,
    ...(ctx.settings.weeklyCapMeters !== null ? { coachCapMeters: ctx.settings.weeklyCapMeters } : {}),
    hold: ctx.settings.hold !== null,
  });
  const repeat = ctx.timeline.position.progressionRepeat;
  if (
    repeat &&
    repeat.capMeters > 0 &&
    repeat.weekStarts.includes(isoWeekStart(ctx.today)) &&
    // A repeat only lowers a cap; with no previous week there is no distance to repeat from.
    cap.capMeters !== null &&
    repeat.capMeters < cap.capMeters
  ) {
    cap = {
      capMeters: repeat.capMeters,
      limitedBy: "repeat",
      text: `After ${repeat.why.replace(/(\d{4}-\d{2}-\d{2})/, (date) => formatDay(date))}, this week is held at the week before it (${formatDistance(repeat.capMeters, ctx.distanceUnit)}).`,
      sources: [sources.article],
    };
  }
  return { ...cap, remainingMeters: cap.capMeters === null ? null : cap.capMeters - ctx.thisWeekBeforeTodayMeters };
}

/** Everything planFor derives for one day, before tasks and flags. */
export function planContext(input: {
  events: readonly BackstrideEvent[];
  protocol: Protocol;
  today: LocalDate;
  distanceUnit?: DistanceUnit;
}): PlanContext {
  const { protocol, today } = input;
  const events = sortEvents(input.events).filter((event) => event.localDate <= today);
  // Amended once: the machine and everything derived below read the same corrected log.
  const amended = effectiveLog(events);
  const timeline = runRecoveryMachine({ events: amended, protocol, today });
  const settings = suspendLoosening(coachSettingsAt({ events, date: today, protocol }), timeline, protocol);
  const phase = phaseOn({ timeline, date: today, protocol, sequencing: settings.sequencing });
  const runs: LoadRun[] = amended.flatMap((e) =>
    e.type === "run.logged" ? [{ localDate: e.localDate, distanceMeters: e.distanceMeters, surface: e.surface }] : [],
  );
  const base = {
    today,
    protocol,
    distanceUnit: input.distanceUnit ?? "km",
    events: amended,
    todaysEvents: amended.filter((e) => e.localDate === today),
    runs,
    timeline,
    state: stateOn(timeline, today, settings.sequencing),
    settings,
    phase,
    // "No better after 2 weeks" is a red-flag question answered from the pain log.
    redFlag:
      timeline.blocking?.result ??
      timeline.soon?.result ??
      (timeline.noImprovement ? evaluateRedFlags({ [noImprovementQuestionId]: true }, { today }) : null),
    noImpactToday: noImpactWindowOn(timeline, today),
    thisWeekBeforeTodayMeters: weeklyDistanceMeters({ runs, date: today, before: today }),
    lastWeekMeters: weeklyDistanceMeters({ runs, date: addDays(today, -7) }),
    thisWeekBeforeTodayRunningSeconds: weeklyRunningSeconds({ events: amended, date: today, protocol, before: today }),
    lastWeekRunningSeconds: weeklyRunningSeconds({ events: amended, date: addDays(today, -7), protocol }),
    longestRecentRunMeters: longestRecentRunMeters({
      runs,
      date: today,
      windowDays: protocol.load.singleRunSpikeWindowDays,
    }),
  };
  const cap = capFor(base);
  const timeCapSeconds =
    cap !== null && (cap.capMeters === null || base.lastWeekMeters <= 0)
      ? weeklyTimeCapSeconds({
          lastWeekRunningSeconds: base.lastWeekRunningSeconds,
          rules: protocol.load,
          hold: settings.hold !== null,
        })
      : null;
  return { ...base, noRunning: noRunningReason(base), cap, timeCapSeconds };
}
