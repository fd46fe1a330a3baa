import { formatDay } from "../dates/weekday-name.ts";
import type { SessionKind } from "../events/events.ts";
import { sources } from "../sources/sources.ts";
import { formatDuration } from "../units/format-units.ts";
import { formatLocalTime } from "./format-local-time.ts";
import type { PlanContext } from "./plan-context.ts";
import { reason } from "./plan-reason.ts";
import { sessionDoneToday, task } from "./plan-task.ts";
import type { PlanReason, PlanTask, PlanTaskKind } from "./plan-types.ts";

/* Tasks that look after the runner rather than train them: care, relief, questions, rest. */

/** Emergency or urgent: what to do and where to go. */
export function seekCareTask(ctx: PlanContext): PlanTask {
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
export function checkUpTask(ctx: PlanContext): PlanTask {
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

/** The article's first-72-hours tasks and what to avoid; also the gentle tasks while an urgent flag is open. */
export function reliefTasks(ctx: PlanContext, because: PlanReason): PlanTask[] {
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

/** The red-flag questions: at onboarding, and again after a flare-up or new leg symptoms. */
export function triageTask(ctx: PlanContext): PlanTask | null {
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
  const what = {
    "flare-up": "a flare-up",
    "leg-symptoms": "new leg symptoms",
    episode: "leg symptoms reported with this episode",
    clearance: "your clinician's all-clear",
  }[t.recheck.cause];
  return task(ctx, "triage", {
    title: "Answer the warning-sign questions again",
    dosage: "About 2 minutes of yes/no questions",
    reason: reason(
      "red-flag-recheck",
      `Asked again after ${what} on ${formatDay(t.recheck.since)}: warning signs can appear later, so they are re-checked. No running until they are answered.`,
      [sources.finucane2020],
    ),
  });
}

/** The daily 0-10 pain score. */
export function painCheckinTask(ctx: PlanContext): PlanTask {
  return task(ctx, "pain-checkin", {
    title: "Pain check-in",
    dosage: `0–10: 0 none, ${ctx.settings.stopThreshold0to10} stop running, 10 worst imaginable`,
    reason: reason(
      "pain-checkin-daily",
      "A daily score shows whether you are getting better (a change of 2 points or 30% matters) and sets how long any rest lasts.",
      [sources.ostelo2008, sources.article],
    ),
    done: ctx.todaysEvents.some((event) => event.type === "pain.checkin"),
  });
}

/** On a no-impact day: movement without impact, the article's cross-training answers. */
export function crossTrainingTask(ctx: PlanContext): PlanTask {
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

/** A no-impact day, with the reason and its end date. */
export function restTask(ctx: PlanContext, why: PlanReason): PlanTask {
  return task(ctx, "rest", {
    suffix: "no-impact",
    title: "No running or jumping today",
    dosage: "Walking and the exercises in your plan are fine.",
    reason: why,
  });
}

/** "Relief until Thu 5 Mar 21:00: flare-up (pain 6/10) on Mon 2 Mar 21:00; the first 72 hours ..." */
export function reliefReason(ctx: PlanContext): PlanReason {
  const relief = ctx.timeline.relief;
  if (!relief) return reason("relief-flare-up", "Relief after a flare-up.", ctx.protocol.relief.sources);
  const pain = relief.pain0to10 !== null ? ` (pain ${relief.pain0to10}/10)` : "";
  const what =
    relief.cause === "clearance"
      ? `after your clinician's all-clear on ${formatLocalTime(relief.from.local)}`
      : relief.cause === "episode"
        ? `this episode began ${formatLocalTime(relief.from.local)}${pain}`
        : `flare-up${pain} on ${formatLocalTime(relief.from.local)}`;
  return reason(
    relief.cause === "flare-up"
      ? "relief-flare-up"
      : relief.cause === "episode"
        ? "relief-episode"
        : "relief-clearance",
    `Relief until ${formatLocalTime(relief.until.local)}: ${what}; the first ${ctx.protocol.pain.reliefHours} hours are for calming it down. The rebuild circuit starts after.`,
    ctx.protocol.relief.sources,
  );
}
