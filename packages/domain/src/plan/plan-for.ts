import type { BackstrideEvent, LocalDate } from "../events/events.ts";
import { weeklyDistanceMeters } from "../load/weekly-distance.ts";
import type { Protocol } from "../protocol/protocol-types.ts";
import { planContext } from "./build-plan-context.ts";
import { nextMilestone } from "./next-milestone.ts";
import { phaseReasons } from "./phase-reasons.ts";
import type { PlanContext } from "./plan-context.ts";
import { planFlags } from "./plan-flags.ts";
import { planTasks } from "./plan-tasks.ts";
import type { PlanReason, PlanState } from "./plan-types.ts";
import { planWeek7, projectedSummary } from "./plan-week7.ts";

export { planContext };

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
    // Filled from the recovery state machine (plan engine v2, in progress).
    state: {
      name:
        ctx.phase.phase === "onboarding"
          ? "awaiting-triage"
          : ctx.phase.phase === "relief"
            ? "relief"
            : ctx.phase.phase,
      since: today,
      reason: ctx.noRunning ?? reasons[0] ?? { code: "plan", text: "", sources: [] },
    },
    stopThreshold0to10: ctx.settings.stopThreshold0to10,
    reliefUntil: null,
    painQuestions: [],
    morningCheck: null,
    triageFirst: null,
    history: [],
    coachChanges: [],
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
      thisWeekRunningSeconds: 0,
      weeklyCapSeconds: null,
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
