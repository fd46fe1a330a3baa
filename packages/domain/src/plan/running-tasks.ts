import { cadenceTarget } from "../cadence/cadence-target.ts";
import { latestMeasuredCadence } from "../cadence/measured-cadence.ts";
import { addDays } from "../dates/add-days.ts";
import { isoWeekday } from "../dates/iso-week.ts";
import { formatDay } from "../dates/weekday-name.ts";
import { sources } from "../sources/sources.ts";
import { surfaceRotation } from "../surfaces/surface-rotation.ts";
import { formatDistance, formatDuration } from "../units/format-units.ts";
import { formatWalkRun, walkRunSeconds } from "./format-dosage.ts";
import type { PlanContext } from "./plan-context.ts";
import { reason } from "./plan-reason.ts";
import { task } from "./plan-task.ts";
import type { PlanReason, PlanTask } from "./plan-types.ts";
import { requiredSessions, returnWeekOf } from "./recovery-timeline.ts";

/** Below this, what is left of the weekly cap is not worth a run: the week is treated as full. */
const MIN_RUN_METERS = 500;
/** Below this, what is left of a weekly time cap is not worth a run. */
const MIN_RUN_SECONDS = 5 * 60;

/** Weeks 1-3: today's walk/run when one is due (sessions left, a rest day between them). */
export function walkRunTasks(ctx: PlanContext, decisions: PlanReason[]): PlanTask[] {
  const t = ctx.timeline;
  const weekNumber = ctx.phase.returnWeek;
  const week = weekNumber === null ? undefined : returnWeekOf(ctx.protocol, weekNumber);
  if (!week || t.position.returnWeekStart === null) return [];
  const required = requiredSessions(week, ctx.protocol);
  const goodBeforeToday = t.position.goodDays.filter((day) => day < ctx.today).length;
  const doneToday = ctx.todaysEvents.some(
    (event) => event.type === "run.logged" || (event.type === "session.completed" && event.kind === "walk-run"),
  );
  const ranYesterday = ctx.events.some(
    (event) =>
      event.localDate === addDays(ctx.today, -1) &&
      (event.type === "run.logged" || (event.type === "session.completed" && event.kind === "walk-run")),
  );
  const makeTask = (why: PlanReason) =>
    task(ctx, "walk-run", {
      title: `Walk/run, week ${week.week}`,
      dosage: `${formatWalkRun(week)} · ${week.prep.timing}: ${week.prep.title.toLowerCase()} (${week.prep.detail})`,
      durationSeconds: walkRunSeconds(week),
      walkRun: week,
      reason: why,
      done: doneToday,
    });
  const stop = ctx.settings.stopThreshold0to10;
  if (doneToday) {
    return [
      makeTask(
        reason(
          "walk-run-due",
          `Week ${week.week}: session done today. Stop any session when pain reaches ${stop}/10.`,
          week.sources,
        ),
      ),
    ];
  }
  if (goodBeforeToday >= required) {
    decisions.push(
      reason(
        "walk-run-week-done",
        `Week ${week.week}'s ${required} walk/run sessions are done below ${stop}/10; the next week starts once 7 days have passed since ${formatDay(t.position.returnWeekStart)}.`,
        [...week.sources, sources.neason2024],
      ),
    );
    return [];
  }
  if (ranYesterday) {
    decisions.push(
      reason(
        "walk-run-rest-day",
        `Rest day between walk/run sessions: you ran ${formatDay(addDays(ctx.today, -1))}. ${sessionsLeft(required - goodBeforeToday)} left this week.`,
        week.sources,
      ),
    );
    return [];
  }
  return [
    makeTask(
      reason(
        "walk-run-due",
        `Week ${week.week}, session ${goodBeforeToday + 1} of ${required}: ${week.sessionsPerWeek}× a week. Stop at once if pain reaches ${stop}/10.`,
        week.sources,
      ),
    ),
  ];
}

/** Week 4+: today's run within the weekly cap and the spike guard, or why there is none. */
export function runTask(ctx: PlanContext, decisions: PlanReason[]): PlanTask[] {
  const cap = ctx.cap;
  if (cap === null) return [];
  const doneToday = ctx.todaysEvents.some((event) => event.type === "run.logged");
  const surface = surfaceRotation({
    runs: ctx.runs.filter((r) => r.localDate < ctx.today),
    today: ctx.today,
    rules: ctx.protocol.maintenance,
  });
  // A watch's cadence or a form check's, whichever is latest (cadence/measured-cadence.ts).
  const latestCadence = latestMeasuredCadence(ctx.events);
  const cadence = cadenceTarget({
    ...(latestCadence ? { measuredStepsPerMinute: latestCadence.stepsPerMinute } : {}),
    rules: ctx.protocol.cadence,
  });
  const spikeLimit =
    ctx.longestRecentRunMeters > 0 ? ctx.longestRecentRunMeters * ctx.protocol.load.singleRunSpikeRatio : null;
  const surfaceText = surface.avoidConcreteToday ? ` ${surface.text}` : "";
  if (surface.avoidConcreteToday) decisions.push(reason("concrete-yesterday", surface.text, surface.sources));
  const cadenceText = ` Metronome ${cadence.nextTargetStepsPerMinute} steps/min.`;

  if (cap.capMeters === null || ctx.timeCapSeconds !== null) {
    return timeCappedRunTask(ctx, decisions, {
      doneToday,
      cadenceText,
      surfaceText,
      capText: cap.text,
      capSources: cap.sources,
    });
  }
  const remaining = cap.remainingMeters ?? 0;
  if (remaining < MIN_RUN_METERS && !doneToday) {
    decisions.push(
      reason(
        "weekly-cap-reached",
        `This week's cap of ${formatDistance(cap.capMeters, ctx.distanceUnit)} is reached: no more running until Monday ${formatDay(addDays(ctx.today, 8 - isoWeekday(ctx.today)))}.`,
        cap.sources,
      ),
    );
    return [];
  }
  const maxDistanceMeters = Math.max(0, Math.floor(spikeLimit === null ? remaining : Math.min(remaining, spikeLimit)));
  const spikeText =
    spikeLimit !== null && spikeLimit < remaining
      ? ` Kept under ${formatDistance(spikeLimit, ctx.distanceUnit)}: no single run more than ${Math.round((ctx.protocol.load.singleRunSpikeRatio - 1) * 100)}% longer than your longest of the last ${ctx.protocol.load.singleRunSpikeWindowDays} days.`
      : "";
  const codes = { coach: "weekly-cap-coach", hold: "weekly-cap-hold", repeat: "weekly-cap-repeat" } as const;
  const code = cap.limitedBy in codes ? codes[cap.limitedBy as keyof typeof codes] : "weekly-cap";
  return [
    task(ctx, "run", {
      title: "Run",
      dosage: `Up to ${formatDistance(maxDistanceMeters, ctx.distanceUnit)} today (week cap ${formatDistance(cap.capMeters, ctx.distanceUnit)}).${cadenceText}`,
      maxDistanceMeters,
      reason: reason(
        code,
        `Week ${ctx.phase.week}: last week ${formatDistance(ctx.lastWeekMeters, ctx.distanceUnit)}, so this week at most ${formatDistance(cap.capMeters, ctx.distanceUnit)}; ${formatDistance(ctx.thisWeekBeforeTodayMeters, ctx.distanceUnit)} done before today. ${cap.text}${spikeText}${surfaceText} Stop if pain reaches ${ctx.settings.stopThreshold0to10}/10.`,
        [...cap.sources, ...(spikeText ? [sources.frandsen2025] : [])],
      ),
      done: doneToday,
    }),
  ];
}

/**
 * Week 4+ when last week had no distance (walk/runs, treadmill by time): the 10% rule on running time,
 * and a rest day between runs as in weeks 1-3 (article: max 10% weekly; Buist 2008).
 */
function timeCappedRunTask(
  ctx: PlanContext,
  decisions: PlanReason[],
  parts: {
    doneToday: boolean;
    cadenceText: string;
    surfaceText: string;
    capText: string;
    capSources: PlanReason["sources"];
  },
): PlanTask[] {
  const capSeconds = ctx.timeCapSeconds;
  const stop = ctx.settings.stopThreshold0to10;
  const ranYesterday = ctx.events.some(
    (event) =>
      event.localDate === addDays(ctx.today, -1) &&
      (event.type === "run.logged" || (event.type === "session.completed" && event.kind === "walk-run")),
  );
  if (capSeconds === null) {
    const week3 = returnWeekOf(ctx.protocol, ctx.protocol.returnToRun.weeks.length);
    const seconds = week3 ? week3.runSeconds * week3.rounds : 20 * 60;
    return [
      task(ctx, "run", {
        title: "Easy run",
        dosage: `Up to ${formatDuration(seconds)} of easy running.${parts.cadenceText}`,
        durationSeconds: seconds,
        maxRunningSeconds: seconds,
        reason: reason("no-previous-week", `${parts.capText}${parts.surfaceText}`, parts.capSources),
        done: parts.doneToday,
      }),
    ];
  }
  const remaining = capSeconds - ctx.thisWeekBeforeTodayRunningSeconds;
  if (!parts.doneToday && ranYesterday) {
    decisions.push(
      reason(
        "walk-run-rest-day",
        `Rest day between runs while your load is counted in time: you ran ${formatDay(addDays(ctx.today, -1))}.`,
        [sources.article],
      ),
    );
    return [];
  }
  if (remaining < MIN_RUN_SECONDS && !parts.doneToday) {
    decisions.push(
      reason(
        "time-cap-reached",
        `This week's running time cap of ${formatDuration(capSeconds)} is reached: no more running until Monday ${formatDay(addDays(ctx.today, 8 - isoWeekday(ctx.today)))}.`,
        [sources.article, sources.buist2008],
      ),
    );
    return [];
  }
  const maxRunningSeconds = Math.max(0, Math.floor(remaining));
  return [
    task(ctx, "run", {
      title: "Run",
      dosage: `Up to ${formatDuration(maxRunningSeconds)} of running today (week cap ${formatDuration(capSeconds)} of running).${parts.cadenceText}`,
      durationSeconds: maxRunningSeconds,
      maxRunningSeconds,
      reason: reason(
        "time-cap",
        `Week ${ctx.phase.week}: no distance logged last week, so the 10% rule counts running time: last week ${formatDuration(ctx.lastWeekRunningSeconds)} of running, so this week at most ${formatDuration(capSeconds)}; ${formatDuration(ctx.thisWeekBeforeTodayRunningSeconds)} done before today. A rest day between runs.${parts.surfaceText} Stop if pain reaches ${stop}/10.`,
        [sources.article, sources.buist2008],
      ),
      done: parts.doneToday,
    }),
  ];
}

function sessionsLeft(count: number): string {
  return count === 1 ? "1 session" : `${count} sessions`;
}
