import { cadenceTarget } from "../cadence/cadence-target.ts";
import { addDays } from "../dates/add-days.ts";
import { isoWeekday } from "../dates/iso-week.ts";
import { formatDay } from "../dates/weekday-name.ts";
import type { SessionKind } from "../events/events.ts";
import { maintenanceDue } from "../maintenance/maintenance-due.ts";
import { sources } from "../sources/sources.ts";
import { surfaceRotation } from "../surfaces/surface-rotation.ts";
import { formatDistance, formatDuration } from "../units/format-units.ts";
import { formatExerciseList, formatWalkRun, walkRunSeconds } from "./format-dosage.ts";
import type { PlanContext } from "./plan-context.ts";
import { reason } from "./plan-reason.ts";
import type { PlanReason, PlanTask, PlanTaskKind } from "./plan-types.ts";
import { requiredSessions, returnWeekOf } from "./recovery-timeline.ts";

/** Below this, what is left of the weekly cap is not worth a run: the week is treated as full. */
const MIN_RUN_METERS = 500;

function sessionDoneToday(ctx: PlanContext, kind: SessionKind): boolean {
  return ctx.todaysEvents.some((event) => event.type === "session.completed" && event.kind === kind);
}

function task(
  ctx: PlanContext,
  kind: PlanTaskKind,
  fields: Omit<PlanTask, "id" | "kind" | "done"> & { done?: boolean; suffix?: string },
): PlanTask {
  const { suffix, done, ...rest } = fields;
  return { id: `${ctx.today}:${kind}${suffix ? `:${suffix}` : ""}`, kind, done: done ?? false, ...rest };
}

function seekCareTask(ctx: PlanContext): PlanTask {
  const flag = ctx.redFlag;
  const since = ctx.timeline.blocking?.since ?? ctx.today;
  const level = flag?.level === "emergency" ? "red-flag-emergency" : "red-flag-urgent";
  return task(ctx, "seek-care", {
    title: flag?.title ?? "See a doctor",
    dosage: flag?.actions[0] ?? "See a doctor.",
    reason: reason(
      level,
      `${flag?.title ?? "See a doctor"}: warning signs you reported ${formatDay(since)} (${(flag?.flags ?? []).map((q) => q.text).join(" ")}). No running until a clinician clears you.`,
      flag?.flags.flatMap((q) => q.sources) ?? [sources.finucane2020],
    ),
  });
}

/** A "soon" red flag: running goes on, and a check-up is booked within the flag's days. */
function checkUpTask(ctx: PlanContext): PlanTask {
  const flag = ctx.redFlag;
  const by = flag?.seeClinicianBy ? ` by ${formatDay(flag.seeClinicianBy)}` : "";
  return task(ctx, "seek-care", {
    title: flag?.title ?? "Book a check-up",
    dosage: flag?.actions[0] ?? "Book an appointment with your doctor or a physiotherapist.",
    reason: reason(
      "red-flag-soon",
      `Book a check-up${by}: ${(flag?.flags ?? []).map((q) => q.text).join(" ")} You can keep to your plan meanwhile.`,
      flag?.flags.flatMap((q) => q.sources) ?? [sources.finucane2020],
    ),
  });
}

function reliefTasks(ctx: PlanContext, because: PlanReason): PlanTask[] {
  const tasks = ctx.protocol.relief.tasks.map((relief) => {
    const kind: PlanTaskKind =
      relief.id === "pool-walk" ? "pool-walk" : relief.id === "ice-then-heat" ? "ice-heat" : "rest";
    const parts = relief.steps?.map((step) => `${step.title} ${formatDuration(step.durationSeconds)}`).join(", then ");
    const length = parts ?? (relief.durationSeconds !== undefined ? formatDuration(relief.durationSeconds) : "");
    const times = relief.timesPerDay !== undefined && relief.timesPerDay > 1 ? ` · ${relief.timesPerDay} × a day` : "";
    return task(ctx, kind, {
      suffix: relief.id,
      title: relief.title,
      dosage: length ? `${length}${times}` : relief.detail,
      ...(relief.durationSeconds !== undefined ? { durationSeconds: relief.durationSeconds } : {}),
      reason: { ...because, sources: [...because.sources, ...relief.sources] },
      done: kind !== "rest" && sessionDoneToday(ctx, kind as SessionKind),
    });
  });
  tasks.push(
    task(ctx, "rest", {
      suffix: "avoid",
      title: "Avoid for now",
      dosage: ctx.protocol.relief.avoid.map((item) => item.text).join(" "),
      reason: reason("relief-avoid", `${because.text} Calm the irritated tissue first.`, ctx.protocol.relief.sources),
    }),
  );
  return tasks;
}

function triageTask(ctx: PlanContext): PlanTask | null {
  const t = ctx.timeline;
  if (t.triagedOn === null) {
    return task(ctx, "triage", {
      title: "Answer the warning-sign questions",
      dosage: "About 2 minutes of yes/no questions",
      reason: reason(
        "onboarding-triage",
        "Before any plan: a few questions to rule out signs that need a doctor first.",
        [sources.finucane2020, sources.article],
      ),
    });
  }
  if (t.recheck === null) return null;
  const what = t.recheck.cause === "flare-up" ? "a flare-up" : "new leg symptoms";
  return task(ctx, "triage", {
    title: "Answer the warning-sign questions again",
    dosage: "About 2 minutes of yes/no questions",
    reason: reason(
      "red-flag-recheck",
      `Asked again after ${what} on ${formatDay(t.recheck.since)}: warning signs can appear later, so they are re-checked.`,
      [sources.finucane2020],
    ),
  });
}

function painCheckinTask(ctx: PlanContext): PlanTask {
  return task(ctx, "pain-checkin", {
    title: "Pain check-in",
    dosage: "0–10: 0 none, 3 stop running, 10 worst imaginable",
    reason: reason(
      "pain-checkin-daily",
      "A daily score shows whether you are getting better (a change of 2 points or 30% matters) and sets how long any rest lasts.",
      [sources.ostelo2008, sources.article],
    ),
    done: ctx.todaysEvents.some((event) => event.type === "pain.checkin"),
  });
}

function circuitTask(ctx: PlanContext): PlanTask {
  const { protocol } = ctx;
  return task(ctx, "rehab-circuit", {
    title: "Rebuild circuit",
    dosage: `${protocol.rebuild.circuitMinutes} min: ${formatExerciseList(protocol.rebuild.circuit)}`,
    durationSeconds: protocol.rebuild.circuitMinutes * 60,
    exercises: protocol.rebuild.circuit,
    reason: reason(
      "circuit-daily",
      `Daily during weeks 1–3 (week ${ctx.phase.week ?? 1}; weeks 1–3 began ${ctx.timeline.blockStart ? formatDay(ctx.timeline.blockStart) : "today"}): reactivates the core and glutes so the lower back stops doing their job.`,
      protocol.rebuild.sources,
    ),
    done: sessionDoneToday(ctx, "rehab-circuit"),
  });
}

function walkRunTasks(ctx: PlanContext, decisions: PlanReason[]): PlanTask[] {
  const t = ctx.timeline;
  const weekNumber = ctx.phase.returnWeek;
  const week = weekNumber === null ? undefined : returnWeekOf(ctx.protocol, weekNumber);
  if (!week || t.returnWeekStart === null) return [];
  const required = requiredSessions(week, ctx.protocol);
  const goodBeforeToday = t.goodDays.filter((day) => day < ctx.today).length;
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
        `Week ${week.week}'s ${required} walk/run sessions are done below ${stop}/10; the next week starts once 7 days have passed since ${formatDay(t.returnWeekStart)}.`,
        [...week.sources, sources.neason2024],
      ),
    );
    return [];
  }
  if (ranYesterday) {
    decisions.push(
      reason(
        "walk-run-rest-day",
        `Rest day between walk/run sessions: you ran ${formatDay(addDays(ctx.today, -1))}. ${required - goodBeforeToday} session(s) left this week.`,
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

function runTask(ctx: PlanContext, decisions: PlanReason[]): PlanTask[] {
  const cap = ctx.cap;
  if (cap === null) return [];
  const doneToday = ctx.todaysEvents.some((event) => event.type === "run.logged");
  const surface = surfaceRotation({
    runs: ctx.runs.filter((r) => r.localDate < ctx.today),
    today: ctx.today,
    rules: ctx.protocol.maintenance,
  });
  const latestCadence = [...ctx.events]
    .reverse()
    .find((event) => event.type === "run.logged" && event.cadenceStepsPerMinute !== undefined);
  const cadence = cadenceTarget({
    ...(latestCadence?.type === "run.logged" && latestCadence.cadenceStepsPerMinute !== undefined
      ? { measuredStepsPerMinute: latestCadence.cadenceStepsPerMinute }
      : {}),
    rules: ctx.protocol.cadence,
  });
  const spikeLimit =
    ctx.longestRecentRunMeters > 0 ? ctx.longestRecentRunMeters * ctx.protocol.load.singleRunSpikeRatio : null;
  const surfaceText = surface.avoidConcreteToday ? ` ${surface.text}` : "";
  if (surface.avoidConcreteToday) decisions.push(reason("concrete-yesterday", surface.text, surface.sources));
  const cadenceText = ` Metronome ${cadence.nextTargetStepsPerMinute} steps/min.`;

  if (cap.capMeters === null) {
    const week3 = returnWeekOf(ctx.protocol, ctx.protocol.returnToRun.weeks.length);
    const seconds = week3 ? week3.runSeconds * week3.rounds : 20 * 60;
    return [
      task(ctx, "run", {
        title: "Easy run",
        dosage: `Up to ${formatDuration(seconds)} of easy running.${cadenceText}`,
        durationSeconds: seconds,
        reason: reason("no-previous-week", `${cap.text}${surfaceText}`, cap.sources),
        done: doneToday,
      }),
    ];
  }
  const remaining = cap.remainingMeters ?? 0;
  if (remaining < MIN_RUN_METERS && !doneToday) {
    decisions.push(
      reason(
        "weekly-cap-reached",
        `This week's cap of ${formatDistance(cap.capMeters, "km")} is reached: no more running until Monday ${formatDay(addDays(ctx.today, 8 - isoWeekday(ctx.today)))}.`,
        cap.sources,
      ),
    );
    return [];
  }
  const maxDistanceMeters = Math.max(0, Math.floor(spikeLimit === null ? remaining : Math.min(remaining, spikeLimit)));
  const spikeText =
    spikeLimit !== null && spikeLimit < remaining
      ? ` Kept under ${formatDistance(spikeLimit, "km")}: no single run more than ${Math.round((ctx.protocol.load.singleRunSpikeRatio - 1) * 100)}% longer than your longest of the last ${ctx.protocol.load.singleRunSpikeWindowDays} days.`
      : "";
  const codes = { coach: "weekly-cap-coach", hold: "weekly-cap-hold", repeat: "weekly-cap-repeat" } as const;
  const code = cap.limitedBy in codes ? codes[cap.limitedBy as keyof typeof codes] : "weekly-cap";
  return [
    task(ctx, "run", {
      title: "Run",
      dosage: `Up to ${formatDistance(maxDistanceMeters, "km")} today (week cap ${formatDistance(cap.capMeters, "km")}).${cadenceText}`,
      maxDistanceMeters,
      reason: reason(
        code,
        `Week ${ctx.phase.week}: last week ${formatDistance(ctx.lastWeekMeters, "km")}, so this week at most ${formatDistance(cap.capMeters, "km")}; ${formatDistance(ctx.thisWeekBeforeTodayMeters, "km")} done before today. ${cap.text}${spikeText}${surfaceText} Stop if pain reaches ${ctx.settings.stopThreshold0to10}/10.`,
        [...cap.sources, ...(spikeText ? [sources.frandsen2025] : [])],
      ),
      done: doneToday,
    }),
  ];
}

function strengthWhy(ctx: PlanContext): string {
  const t = ctx.timeline;
  if (ctx.phase.phase === "return" && t.blockStart) {
    return `The rebuild weeks ended ${formatDay(addDays(t.blockStart, ctx.protocol.rebuild.weeks * 7 - 1))}: strength work continues twice a week beside the walk/runs.`;
  }
  if (ctx.phase.phase === "maintenance") return "Posterior-chain strength keeps the back pain away for good.";
  const since = t.progressionStart ? ` (since ${formatDay(t.progressionStart)})` : "";
  return `From week 4${since} strength work twice a week replaces the daily circuit.`;
}

function maintenanceTasks(ctx: PlanContext, include: ("strength" | "mobility" | "massage")[]): PlanTask[] {
  const sessions = ctx.events.flatMap((event) =>
    event.type === "session.completed" ? [{ localDate: event.localDate, kind: event.kind }] : [],
  );
  const items = maintenanceDue({ sessions, today: ctx.today, rules: ctx.protocol.maintenance, include });
  const tasks: PlanTask[] = [];
  for (const item of items) {
    if (!item.due) continue;
    if (item.kind === "strength") {
      tasks.push(
        task(ctx, "strength", {
          title: "Strength session",
          dosage: formatExerciseList(ctx.protocol.strength.exercises),
          exercises: ctx.protocol.strength.exercises,
          reason: reason("strength-due", `${strengthWhy(ctx)} ${item.text}`, [...ctx.protocol.strength.sources]),
          done: item.doneToday,
        }),
      );
    } else if (item.kind === "mobility") {
      tasks.push(
        task(ctx, "mobility", {
          title: "Mobility",
          dosage: `${ctx.protocol.maintenance.mobilityMinutesDaily} min: ${formatExerciseList(ctx.protocol.mobility.exercises)}`,
          durationSeconds: ctx.protocol.maintenance.mobilityMinutesDaily * 60,
          exercises: ctx.protocol.mobility.exercises,
          reason: reason("mobility-daily", item.text, ctx.protocol.mobility.sources),
          done: item.doneToday,
        }),
      );
    } else {
      tasks.push(
        task(ctx, "massage", {
          title: "Sports massage",
          dosage: "Once a month",
          reason: reason("massage-due", item.text, item.sources),
          done: item.doneToday,
        }),
      );
    }
  }
  return tasks;
}

/** On a no-impact day: movement without impact, the article's cross-training answers. */
function crossTrainingTask(ctx: PlanContext): PlanTask {
  const pool = ctx.protocol.relief.tasks.find((relief) => relief.id === "pool-walk");
  const poolText =
    pool?.durationSeconds !== undefined ? `pool walking ${formatDuration(pool.durationSeconds)}` : "pool walking";
  return task(ctx, "cross-training", {
    title: "Optional: move without impact",
    dosage: `Easy cycling sitting upright (saddle high enough for a slight knee bend at the bottom, handlebar not too low), or ${poolText}.`,
    reason: reason(
      "cross-training",
      "Cycling helps if the bike fits: a low handlebar rounds the back. Pool walking keeps you moving with the water carrying your weight.",
      [sources.article],
    ),
    done: sessionDoneToday(ctx, "cross-training"),
  });
}

function restTask(ctx: PlanContext, why: PlanReason): PlanTask {
  return task(ctx, "rest", {
    suffix: "no-impact",
    title: "No running or jumping today",
    dosage: "Walking and the exercises in your plan are fine.",
    reason: why,
  });
}

/**
 * Today's tasks. Red flags win: with an emergency open the only task is to seek care; with an urgent
 * one, seeing a doctor plus the gentle relief tasks. Running tasks appear only when running is allowed.
 */
export function planTasks(ctx: PlanContext, decisions: PlanReason[]): PlanTask[] {
  const { phase } = ctx.phase;
  if (ctx.timeline.blocking) {
    if (ctx.timeline.blocking.result.level === "emergency") return [seekCareTask(ctx)];
    const gentle = reason(
      "no-running-red-flag",
      "Gentle relief only until a doctor has checked you: no running, no impact.",
      [sources.finucane2020, sources.article],
    );
    return [seekCareTask(ctx), ...reliefTasks(ctx, gentle)];
  }
  const tasks: PlanTask[] = [];
  const triage = triageTask(ctx);
  if (triage) tasks.push(triage);
  if (ctx.redFlag?.level === "soon") tasks.push(checkUpTask(ctx));

  if (phase === "onboarding") {
    if (ctx.timeline.causesOn === null) {
      tasks.push(
        task(ctx, "cause-finder", {
          title: "Find what strains your back",
          dosage: "About 3 minutes of yes/no questions",
          reason: reason(
            "onboarding-causes",
            "Five common causes (overstriding, tight hip flexors, weak glutes, core collapse, worn shoes): your answers pick the fixes that matter for you.",
            [sources.article],
          ),
        }),
      );
    }
    const flare = ctx.timeline.flareUp;
    if (flare && ctx.today <= flare.reliefUntil) {
      tasks.push(...reliefTasks(ctx, reliefReason(ctx)));
    }
    return tasks;
  }
  if (phase === "relief") {
    tasks.push(...reliefTasks(ctx, reliefReason(ctx)), painCheckinTask(ctx));
    return tasks;
  }

  const running = ctx.noRunning === null;
  if (phase === "rebuild") tasks.push(circuitTask(ctx));
  if ((phase === "rebuild" && ctx.phase.returnWeek !== null) || phase === "return") {
    if (running) tasks.push(...walkRunTasks(ctx, decisions));
    if (phase === "return") tasks.push(...maintenanceTasks(ctx, ["strength"]));
  }
  if (phase === "progression" || phase === "maintenance") {
    if (running) tasks.push(...runTask(ctx, decisions));
    tasks.push(
      ...maintenanceTasks(
        ctx,
        phase === "maintenance" ? ["strength", "mobility", "massage"] : ["strength", "mobility"],
      ),
    );
  }
  if (!running && ctx.noRunning && ctx.noRunning.code !== "no-running-rebuild-first") {
    tasks.push(restTask(ctx, ctx.noRunning), crossTrainingTask(ctx));
  }
  tasks.push(painCheckinTask(ctx));
  return tasks;
}

export function reliefReason(ctx: PlanContext): PlanReason {
  const flare = ctx.timeline.flareUp;
  if (!flare) return reason("relief-flare-up", "Relief after a flare-up.", ctx.protocol.relief.sources);
  return reason(
    "relief-flare-up",
    `Relief until ${formatDay(flare.reliefUntil)}: flare-up (pain ${flare.pain0to10}/10) on ${formatDay(flare.localDate)}; the first ${ctx.protocol.pain.reliefHours} hours are for calming it down.`,
    ctx.protocol.relief.sources,
  );
}
