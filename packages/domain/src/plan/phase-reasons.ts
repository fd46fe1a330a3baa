import { addDays } from "../dates/add-days.ts";
import { formatDay } from "../dates/weekday-name.ts";
import { sources } from "../sources/sources.ts";
import { reliefReason } from "./care-tasks.ts";
import type { PlanContext } from "./plan-context.ts";
import { reason } from "./plan-reason.ts";
import type { PlanReason } from "./plan-types.ts";

/** Why the runner is in this phase and week, plus a repeated week and the coach's standing choices. */
export function phaseReasons(ctx: PlanContext): PlanReason[] {
  const t = ctx.timeline;
  const { phase, week, returnWeek } = ctx.phase;
  const reasons: PlanReason[] = [];
  const since = t.position.blockStart ? formatDay(t.position.blockStart) : "";
  const startedBecause =
    t.position.blockStartCause === "relief-ended"
      ? "after the relief days"
      : t.position.blockStartCause === "clearance"
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
          `Week ${week}: walk/run week 3 was complete ${t.position.progressionStart ? formatDay(t.position.progressionStart) : ""}. Distance grows at most ${Math.round(ctx.protocol.load.maxWeeklyIncreaseShare * 100)}% a week; strength twice a week replaces the daily circuit.`,
          [sources.article, sources.buist2008],
        ),
      );
      break;
    case "maintenance":
      reasons.push(
        reason(
          "maintenance-reached",
          `Maintenance since ${t.position.maintenanceSince ? formatDay(t.position.maintenanceSince) : ""}: pain-free and back to your usual distance. Strength 2× a week, mobility daily, a massage monthly, mixed surfaces.`,
          [sources.article],
        ),
      );
      break;
  }
  const repeat = [...t.noImpact].reverse().find((window) => window.repeatedWeek !== null);
  if (repeat?.repeatedWeek && t.position.returnWeekStart === addDays(repeat.until, 1) && returnWeek !== null) {
    const weeks = repeat.repeatedWeek;
    const again = weeks.to < weeks.from ? `back to walk/run week ${weeks.to}` : `walk/run week ${weeks.to} again`;
    reasons.push(
      repeat.rule === "pain-stop"
        ? reason(
            "return-week-repeat",
            `${again[0]?.toUpperCase()}${again.slice(1)} from ${formatDay(addDays(repeat.until, 1))}: the ${repeat.trigger.activity} on ${formatDay(repeat.from)} reached the pain stop during week ${weeks.from}.`,
            [sources.article],
          )
        : reason(
            ctx.protocol.pain.model === "pain-monitoring" ? "pain-monitoring-reduce" : "morning-worse",
            `${again[0]?.toUpperCase()}${again.slice(1)} from ${formatDay(addDays(repeat.until, 1))}: pain was worse the morning of ${formatDay(repeat.from)} (${repeat.trigger.pain0to10}/10) after the session the day before.`,
            [sources.silbernagel2007],
          ),
    );
  }
  const reduced = t.transitions.findLast((record) => record.ruleId === "morning-check");
  if (
    ctx.protocol.pain.model === "pain-monitoring" &&
    reduced &&
    t.position.returnWeekStart === reduced.localDate &&
    returnWeek !== null
  ) {
    reasons.push(reason("pain-monitoring-reduce", reduced.text, [sources.silbernagel2007]));
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
