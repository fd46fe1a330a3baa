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
import { coachSettingsAt } from "./coach-settings.ts";
import { nextMilestone } from "./next-milestone.ts";
import { painReadingsOf } from "./pain-readings.ts";
import type { PlanContext } from "./plan-context.ts";
import { planFlags } from "./plan-flags.ts";
import { phaseOn } from "./plan-phase.ts";
import { reason } from "./plan-reason.ts";
import { planTasks, reliefReason } from "./plan-tasks.ts";
import type { PlanReason, PlanState } from "./plan-types.ts";
import { planWeek7, projectedSummary } from "./plan-week7.ts";
import { type NoImpactWindow, recoveryTimeline } from "./recovery-timeline.ts";
import { sortEvents } from "./sort-events.ts";

function painStopReason(window: NoImpactWindow, protocol: Protocol): PlanReason {
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
    `No running until ${formatDay(addDays(window.until, 1))} (no impact through ${formatDay(window.until)}): ${what}, at or above the ${window.threshold0to10}/10 stop.${persisted}`,
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

function phaseReasons(ctx: PlanContext): PlanReason[] {
  const t = ctx.timeline;
  const { phase, week, returnWeek } = ctx.phase;
  const reasons: PlanReason[] = [];
  const since = t.blockStart ? formatDay(t.blockStart) : "";
  const startedBecause =
    t.blockStartCause === "relief-ended"
      ? "after the relief days"
      : t.blockStartCause === "clearance"
        ? "after your clinician's all-clear"
        : "after onboarding";
  switch (phase) {
    case "onboarding":
      break;
    case "relief":
      reasons.push(reliefReason(ctx));
      break;
    case "rebuild":
      if (returnWeek === null) {
        reasons.push(
          reason(
            "rebuild-first",
            `Rebuild week ${week} of ${ctx.protocol.rebuild.weeks} (from ${since}, ${startedBecause}): the daily circuit first, running after it.`,
            ctx.protocol.rebuild.sources,
          ),
        );
      } else {
        reasons.push(
          reason(
            "rebuild-week",
            `Week ${week} (weeks 1–3 began ${since}, ${startedBecause}): the daily circuit and walk/run week ${returnWeek} side by side. A walk/run week moves on only when its sessions are done below ${ctx.settings.stopThreshold0to10}/10.`,
            [...ctx.protocol.rebuild.sources, ...ctx.protocol.returnToRun.sources],
          ),
        );
      }
      break;
    case "return":
      reasons.push(
        reason(
          "return-week",
          `Walk/run week ${returnWeek} (the rebuild weeks are done). It moves on only when its sessions are done below ${ctx.settings.stopThreshold0to10}/10.`,
          ctx.protocol.returnToRun.sources,
        ),
      );
      break;
    case "progression":
      reasons.push(
        reason(
          "progression-week",
          `Week ${week}: walk/run week 3 was complete ${t.progressionStart ? formatDay(t.progressionStart) : ""}. Distance grows at most ${Math.round(ctx.protocol.load.maxWeeklyIncreaseShare * 100)}% a week; strength twice a week replaces the daily circuit.`,
          [sources.article, sources.buist2008],
        ),
      );
      break;
    case "maintenance":
      reasons.push(
        reason(
          "maintenance-reached",
          `Maintenance since ${t.maintenanceSince ? formatDay(t.maintenanceSince) : ""}: pain-free and back to your usual distance. Strength 2× a week, mobility daily, a massage monthly, mixed surfaces.`,
          [sources.article],
        ),
      );
      break;
  }
  if (t.lastRepeat?.repeatedWeek && t.returnWeekStart === addDays(t.lastRepeat.until, 1) && returnWeek !== null) {
    const r = t.lastRepeat;
    reasons.push(
      reason(
        "return-week-repeat",
        `Walk/run week ${r.repeatedWeek?.to} again from ${formatDay(addDays(r.until, 1))}: the ${r.trigger.activity} on ${formatDay(r.from)} reached the pain stop during week ${r.repeatedWeek?.from}.`,
        [sources.article],
      ),
    );
  }
  const reduce = t.lastReduce;
  if (reduce && t.returnWeekStart === reduce.checkIn.localDate && returnWeek !== null) {
    reasons.push(
      reason(
        "pain-monitoring-reduce",
        `Walk/run week ${reduce.week.to} from ${formatDay(reduce.checkIn.localDate)}: pain was worse the morning after ${formatDay(reduce.sessionDate)}'s session (${reduce.checkIn.pain0to10}/10, after ${reduce.sessionPain0to10}/10), so the next session is easier.`,
        [sources.silbernagel2007],
      ),
    );
  }
  if (ctx.settings.thresholdFromCoach) {
    reasons.push(
      reason(
        "coach-threshold",
        `Your coach set the pain stop at ${ctx.settings.stopThreshold0to10}/10 on ${formatDay(ctx.settings.thresholdFromCoach.localDate)}.`,
        [sources.article],
      ),
    );
  }
  if (ctx.settings.sequencingFromCoach) {
    reasons.push(
      reason(
        "coach-rebuild-first",
        `Your coach chose ${ctx.settings.sequencing === "rebuild-first" ? "rebuild first, then walk/run" : "rebuild and walk/run side by side"} on ${formatDay(ctx.settings.sequencingFromCoach.localDate)}.`,
        [sources.article],
      ),
    );
  }
  return reasons;
}

/**
 * The plan engine: a pure fold over the runner's event log. Same events, protocol and day in, the
 * same plan out, on the server and offline in the browser. Red flags always win, then no-impact days,
 * then the phase's own rules; coach adjustments change thresholds and caps but never those two.
 */
export function planFor(events: readonly BackstrideEvent[], protocol: Protocol, today: LocalDate): PlanState {
  const ctx = planContext({ events, protocol, today });
  const reasons: PlanReason[] = phaseReasons(ctx);
  if (ctx.noRunning) reasons.push(ctx.noRunning);
  const flags = planFlags(ctx, reasons);
  const tasks = planTasks(ctx, reasons);
  for (const task of tasks) {
    if (!reasons.some((r) => r.code === task.reason.code && r.text === task.reason.text)) reasons.push(task.reason);
  }
  const dayStatus = (date: LocalDate) => {
    const day = date === today ? ctx : planContext({ events, protocol, today: date });
    return {
      impactAllowed: day.noRunning === null,
      summary: day.noRunning === null ? projectedSummary(day.phase) : summaryWithoutRunning(day),
    };
  };
  return {
    today,
    phase: ctx.phase.phase,
    week: ctx.phase.week,
    returnWeek: ctx.phase.returnWeek,
    runningAllowed: ctx.noRunning === null,
    noImpactUntil: noImpactUntil(ctx),
    redFlag: ctx.redFlag,
    tasks,
    flags,
    week7: planWeek7(ctx, dayStatus),
    nextMilestone: nextMilestone(ctx),
    load: {
      thisWeekMeters: weeklyDistanceMeters({ runs: ctx.runs, date: today }),
      lastWeekMeters: ctx.lastWeekMeters,
      weeklyCapMeters: ctx.cap?.capMeters ?? null,
      longestRecentRunMeters: ctx.longestRecentRunMeters,
    },
    reasons: dedupe(reasons),
  };
}

function dedupe(reasons: PlanReason[]): PlanReason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const key = `${r.code}|${r.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function summaryWithoutRunning(ctx: PlanContext): string {
  switch (ctx.noRunning?.code) {
    case "no-running-red-flag":
      return "No running until cleared";
    case "no-running-relief":
      return "Relief";
    case "no-running-onboarding":
      return "Questions first";
    case "no-running-rebuild-first":
      return projectedSummary(ctx.phase);
    default:
      return "Rest from running";
  }
}

/** The last day without impact imposed by a rule: a pain stop, relief, or today's high pain. */
function noImpactUntil(ctx: PlanContext): LocalDate | null {
  const code = ctx.noRunning?.code;
  if (code === "no-running-pain-stop" || code === "no-running-pain-persisted") return ctx.noImpactToday?.until ?? null;
  if (code === "no-running-relief") return ctx.timeline.flareUp?.reliefUntil ?? null;
  if (code === "no-running-pain-today") return ctx.today;
  return null;
}
