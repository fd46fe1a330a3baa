import { maxDate } from "../dates/add-days.ts";
import type { BackstrideEvent, LocalDate } from "../events/events.ts";
import { weeklyRunningSeconds } from "../load/running-time.ts";
import { weeklyDistanceMeters } from "../load/weekly-distance.ts";
import type { Protocol } from "../protocol/protocol-types.ts";
import { sources } from "../sources/sources.ts";
import type { DistanceUnit } from "../units/conversions.ts";
import { planContext } from "./build-plan-context.ts";
import { coachChanges } from "./coach-changes.ts";
import { lastReliefDay } from "./machine/snapshot-ops.ts";
import { inRelief } from "./machine/state-on.ts";
import { morningCheckDue } from "./morning-check-due.ts";
import { nextMilestone } from "./next-milestone.ts";
import { painQuestions } from "./pain-questions.ts";
import { phaseReasons } from "./phase-reasons.ts";
import type { PlanContext } from "./plan-context.ts";
import { planFlags } from "./plan-flags.ts";
import { reason } from "./plan-reason.ts";
import { task } from "./plan-task.ts";
import { planTasks } from "./plan-tasks.ts";
import type { PainQuestion, PlanReason, PlanState, PlanTask } from "./plan-types.ts";
import { planWeek7, projectedSummary, summaryOfTasks } from "./plan-week7.ts";

export { planContext };

/**
 * The plan engine: a pure fold over the runner's event log. Same events, protocol and day in, the
 * same plan out, on the server and offline in the browser. Red flags always win, then no-impact days,
 * then the phase's own rules; coach adjustments change thresholds and caps but never those two.
 */
export function planFor(
  events: readonly BackstrideEvent[],
  protocol: Protocol,
  today: LocalDate,
  options: { distanceUnit?: DistanceUnit } = {},
): PlanState {
  const distanceUnit = options.distanceUnit ?? "km";
  const ctx = planContext({ events, protocol, today, distanceUnit });
  const reasons: PlanReason[] = phaseReasons(ctx);
  if (ctx.noRunning) reasons.push(ctx.noRunning);
  const flags = planFlags(ctx, reasons);
  const questions = painQuestions(ctx);
  const morningCheck = morningCheckDue(ctx);
  const changes = coachChanges(ctx);
  for (const change of changes) {
    reasons.push(
      reason(change.inForce ? "coach-loosened" : "coach-loosening-suspended", change.text, [sources.article]),
    );
  }
  // The morning check is that day's pain check-in: one question, not two.
  // Red flags and the warning-sign questions come first; then what the plan needs to know.
  const planned = planTasks(ctx, reasons).filter((t) => !(morningCheck && t.kind === "pain-checkin"));
  const safety = planned.filter((t) => t.kind === "seek-care" || t.kind === "triage");
  const emergency = ctx.redFlag?.level === "emergency" && ctx.timeline.blocking !== null;
  const tasks = emergency
    ? safety
    : [...safety, ...answerTasks(ctx, questions, morningCheck), ...planned.filter((t) => !safety.includes(t))];
  for (const task of tasks) {
    if (!reasons.some((r) => r.code === task.reason.code && r.text === task.reason.text)) reasons.push(task.reason);
  }
  const dayStatus = (date: LocalDate) => {
    const day = date === today ? ctx : planContext({ events, protocol, today: date, distanceUnit });
    const dayTasks = date === today ? tasks : planTasks(day, []);
    return {
      impactAllowed: day.noRunning === null,
      summary: day.noRunning === null ? summaryOfTasks(day, dayTasks) : summaryWithoutRunning(day),
    };
  };
  return {
    today,
    state: {
      name: ctx.state,
      since: stateSince(ctx),
      reason: ctx.noRunning ?? reasons[0] ?? reason("plan", "Your plan for today.", []),
    },
    stopThreshold0to10: ctx.settings.stopThreshold0to10,
    reliefUntil: ctx.timeline.relief && inRelief(ctx.timeline, today) ? ctx.timeline.relief.until.local : null,
    painQuestions: questions,
    morningCheck,
    triageFirst: ctx.timeline.recheck ? { cause: ctx.timeline.recheck.cause, since: ctx.timeline.recheck.since } : null,
    history: ctx.timeline.history,
    coachChanges: changes,
    phase: ctx.phase.phase,
    week: ctx.phase.week,
    returnWeek: ctx.phase.returnWeek,
    runningAllowed: ctx.noRunning === null,
    noImpactUntil: noImpactUntil(ctx),
    redFlag: ctx.redFlag,
    tasks,
    flags,
    week7: planWeek7(ctx, dayStatus, tasks),
    nextMilestone: nextMilestone(ctx),
    load: {
      thisWeekMeters: weeklyDistanceMeters({ runs: ctx.runs, date: today }),
      lastWeekMeters: ctx.lastWeekMeters,
      weeklyCapMeters: ctx.cap?.capMeters ?? null,
      longestRecentRunMeters: ctx.longestRecentRunMeters,
      thisWeekRunningSeconds: weeklyRunningSeconds({ events: ctx.events, date: today, protocol }),
      weeklyCapSeconds: ctx.timeCapSeconds,
    },
    reasons: dedupe(reasons),
  };
}

/** The day the current state began: the latest transition into it, else the day of onboarding. */
function stateSince(ctx: PlanContext): LocalDate {
  const entered = ctx.timeline.transitions.findLast((t) => t.to === ctx.state && t.localDate <= ctx.today);
  return entered?.localDate ?? ctx.timeline.onboardedOn ?? ctx.today;
}

/** Today asks first for what the plan needs to know: yesterday's morning response, then missing pains. */
function answerTasks(ctx: PlanContext, questions: PainQuestion[], morningCheck: PlanState["morningCheck"]): PlanTask[] {
  const tasks: PlanTask[] = [];
  if (morningCheck) {
    tasks.push(
      task(ctx, "morning-check", {
        title: "How does your back feel this morning?",
        dosage: "0–10, the morning after yesterday's running",
        forEventId: morningCheck.sessionEventId,
        reason: reason(
          "morning-check",
          `The morning after running tells whether your back coped: pain at or above ${ctx.settings.stopThreshold0to10}/10, or 2 points above the day before, means no running today and no progression this week.`,
          [sources.silbernagel2007, sources.article],
        ),
        done: morningCheck.answered,
      }),
    );
  }
  for (const question of questions) {
    tasks.push(
      task(ctx, "pain-answer", {
        suffix: question.forEventId,
        title: `How was it? ${question.title}`,
        dosage: "Pain during and after, 0–10",
        forEventId: question.forEventId,
        reason: reason(
          "pain-answer",
          question.impact
            ? "No pain was recorded for this session, so it does not count toward your next week until you tell us."
            : "No pain was recorded: any session that reaches the stop means a few days without impact.",
          [sources.article],
        ),
      }),
    );
  }
  return tasks;
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
    case "no-running-recheck":
      return "Questions first";
    case "no-running-rebuild-first":
      return projectedSummary(ctx.phase);
    default:
      return "Rest from running";
  }
}

/** The last day without impact imposed by a dated rule: relief, a pain stop, a worse morning. */
function noImpactUntil(ctx: PlanContext): LocalDate | null {
  const t = ctx.timeline;
  if (t.blocking) return null;
  const window = ctx.noImpactToday?.until ?? null;
  const relief = t.relief && inRelief(t, ctx.today) ? lastReliefDay(t.relief) : null;
  if (relief && window) return maxDate(relief, window);
  return relief ?? window;
}
