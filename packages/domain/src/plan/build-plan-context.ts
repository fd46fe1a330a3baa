import { addDays } from "../dates/add-days.ts";
import { isoWeekStart } from "../dates/iso-week.ts";
import { formatDay } from "../dates/weekday-name.ts";
import type { BackstrideEvent, LocalDate } from "../events/events.ts";
import type { LoadRun } from "../load/load-types.ts";
import { longestRecentRunMeters } from "../load/single-run-spike.ts";
import { type WeeklyCap, weeklyCap } from "../load/weekly-cap.ts";
import { weeklyDistanceMeters } from "../load/weekly-distance.ts";
import type { Protocol } from "../protocol/protocol-types.ts";
import { sources } from "../sources/sources.ts";
import { evaluateRedFlags } from "../triage/evaluate-red-flags.ts";
import { detectNoImprovement, noImprovementQuestionId } from "../triage/no-improvement.ts";
import { formatDistance } from "../units/format-units.ts";
import { reliefReason } from "./care-tasks.ts";
import { coachSettingsAt } from "./coach-settings.ts";
import { painReadingsOf } from "./pain-readings.ts";
import type { PlanContext } from "./plan-context.ts";
import { phaseOn } from "./plan-phase.ts";
import { reason } from "./plan-reason.ts";
import type { PlanReason } from "./plan-types.ts";
import { type NoImpactWindow, recoveryTimeline } from "./recovery-timeline.ts";
import { sortEvents } from "./sort-events.ts";

/** "Running again from Sat 14 Mar (no impact through Fri 13 Mar): pain 4/10 during Tue 10 Mar's walk/run ..." */
export function painStopReason(window: NoImpactWindow, protocol: Protocol): PlanReason {
  const activity = window.trigger.activity;
  const what =
    window.trigger.when === "ended-early"
      ? `${formatDay(window.from)}'s ${activity} ended early for pain`
      : `pain ${window.trigger.pain0to10}/10 ${window.trigger.when} ${formatDay(window.from)}'s ${activity}`;
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

function noRunningReason(ctx: Omit<PlanContext, "noRunning" | "cap">): PlanReason | null {
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
  if (ctx.phase.phase === "relief") return { ...reliefReason(ctx as PlanContext), code: "no-running-relief" };
  if (ctx.noImpactToday) return painStopReason(ctx.noImpactToday, ctx.protocol);
  if (ctx.phase.phase === "rebuild" && ctx.phase.returnWeek === null && t.blockStart !== null) {
    return reason(
      "no-running-rebuild-first",
      `Rebuild first: walk/run week 1 starts ${formatDay(addDays(t.blockStart, ctx.protocol.rebuild.weeks * 7))}, after ${ctx.protocol.rebuild.weeks} weeks of the circuit.`,
      [sources.article],
    );
  }
  const painToday = ctx.todaysEvents.filter((e) => e.type === "pain.checkin").pop();
  if (painToday?.type === "pain.checkin" && painToday.pain0to10 >= ctx.settings.stopThreshold0to10) {
    return reason(
      "no-running-pain-today",
      `No running today: pain ${painToday.pain0to10}/10 at today's check-in, at or above the ${ctx.settings.stopThreshold0to10}/10 stop.`,
      [sources.article],
    );
  }
  return null;
}

function capFor(ctx: Omit<PlanContext, "noRunning" | "cap">): PlanContext["cap"] {
  const { phase } = ctx.phase;
  if (phase !== "progression" && phase !== "maintenance") return null;
  let cap: WeeklyCap = weeklyCap({
    previousWeekMeters: ctx.lastWeekMeters,
    rules: ctx.protocol.load,
    ...(ctx.settings.weeklyCapMeters !== null ? { coachCapMeters: ctx.settings.weeklyCapMeters } : {}),
    hold: ctx.settings.hold !== null,
  });
  const repeat = ctx.timeline.progressionRepeat;
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
      text: `After the pain stop on ${formatDay(repeat.stop.from)}, this week repeats the week before it (${formatDistance(repeat.capMeters, "km")}).`,
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
}): PlanContext {
  const { protocol, today } = input;
  const events = sortEvents(input.events).filter((event) => event.localDate <= today);
  const timeline = recoveryTimeline({ events, protocol, today });
  const settings = coachSettingsAt({ events, date: today, protocol });
  const phase = phaseOn({ timeline, date: today, protocol, sequencing: settings.sequencing });
  const runs: LoadRun[] = events.flatMap((e) =>
    e.type === "run.logged" ? [{ localDate: e.localDate, distanceMeters: e.distanceMeters, surface: e.surface }] : [],
  );
  const readings = painReadingsOf(
    events.filter((e) => timeline.lastClearanceOn === null || e.localDate >= timeline.lastClearanceOn),
  );
  // Only the window matters to the detector; slicing it first keeps long logs cheap.
  const windowStart = addDays(today, -protocol.pain.noImprovementWindowDays);
  const noImprovement = detectNoImprovement({
    painLog: readings.filter((reading) => reading.localDate >= windowStart && reading.localDate <= today),
    today,
    windowDays: protocol.pain.noImprovementWindowDays,
    importantChangePoints: protocol.pain.importantChangePoints,
    importantChangeShare: protocol.pain.importantChangeShare,
  });
  const base = {
    today,
    protocol,
    events,
    todaysEvents: events.filter((e) => e.localDate === today),
    runs,
    timeline,
    settings,
    phase,
    // "No better after 2 weeks" is a red-flag question answered from the pain log.
    redFlag:
      timeline.blocking?.result ??
      timeline.soon?.result ??
      (noImprovement.flagged ? evaluateRedFlags({ [noImprovementQuestionId]: true }, { today }) : null),
    noImprovement,
    noImpactToday: timeline.noImpact.find((w) => today >= w.from && today <= w.until) ?? null,
    thisWeekBeforeTodayMeters: weeklyDistanceMeters({ runs, date: today, before: today }),
    lastWeekMeters: weeklyDistanceMeters({ runs, date: addDays(today, -7) }),
    longestRecentRunMeters: longestRecentRunMeters({
      runs,
      date: today,
      windowDays: protocol.load.singleRunSpikeWindowDays,
    }),
  };
  return { ...base, noRunning: noRunningReason(base), cap: capFor(base) };
}
