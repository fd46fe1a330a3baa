import { addDays, diffDays, maxDate } from "../dates/add-days.ts";
import { formatDay } from "../dates/weekday-name.ts";
import type { LocalDate } from "../events/events.ts";
import { formatDistance } from "../units/format-units.ts";
import { formatLocalTime } from "./format-local-time.ts";
import { firstDayAfterRelief } from "./machine/snapshot-ops.ts";
import { maintenanceEntryRules, usualWeeklyDistance } from "./maintenance-ready.ts";
import type { PlanContext } from "./plan-context.ts";
import type { PlanState } from "./plan-types.ts";
import { requiredSessions, returnWeekOf } from "./recovery-timeline.ts";

type Milestone = NonNullable<PlanState["nextMilestone"]>;

/** Earliest day `count` more sessions can be done from `from`, with a rest day between them. */
function earliestAfterSessions(from: LocalDate, count: number): LocalDate {
  return count <= 0 ? from : addDays(from, 2 * (count - 1) + 1);
}

/** What unlocks next and, when the engine can tell, on which day. */
export function nextMilestone(ctx: PlanContext): Milestone | null {
  const t = ctx.timeline;
  const { phase } = ctx.phase;
  if (t.blocking) {
    return {
      title: "A clinician's all-clear",
      detail: "Record the clearance after you have been seen; the plan then restarts at week 1.",
      date: null,
    };
  }
  if (phase === "onboarding") {
    return {
      title: "Your plan starts",
      detail: "As soon as the warning-sign questions and the cause finder are answered.",
      date: t.relief && t.relief.until.localDate >= ctx.today ? firstDayAfterRelief(t.relief) : ctx.today,
    };
  }
  if (phase === "relief" && t.relief) {
    return {
      title: "Rebuild week 1",
      detail: `The daily circuit starts once relief ends (${formatLocalTime(t.relief.until.local)}), with walk/run week 1 beside it.`,
      date: firstDayAfterRelief(t.relief),
    };
  }
  if (t.recheck) {
    return {
      title: "Your plan goes on",
      detail: "As soon as the warning-sign questions are answered again.",
      date: null,
    };
  }
  if (t.highPain && !ctx.noImpactToday) {
    return {
      title: "Running again",
      detail: `After a check-in below ${t.highPain.threshold0to10}/10.`,
      date: null,
    };
  }
  if (ctx.noImpactToday) {
    return {
      title: "Running again",
      detail: ctx.noImpactToday.extended
        ? "After the longer rest: your pain was still high at the check-in."
        : "If your next pain check-in is still at or above the stop level, the rest grows to 5 days.",
      date: addDays(ctx.noImpactToday.until, 1),
    };
  }
  if (phase === "rebuild" && ctx.phase.returnWeek === null && t.position.blockStart !== null) {
    return {
      title: "Walk/run week 1",
      detail: "After the 3 rebuild weeks.",
      date: maxDate(addDays(t.position.blockStart, ctx.protocol.rebuild.weeks * 7), ctx.today),
    };
  }
  if ((phase === "rebuild" || phase === "return") && t.position.returnWeekStart !== null) {
    const week = returnWeekOf(ctx.protocol, t.position.returnWeek);
    if (!week) return null;
    const left = requiredSessions(week, ctx.protocol) - t.position.goodDays.length;
    const last = ctx.protocol.returnToRun.weeks.length;
    const start = t.position.goodDays.includes(ctx.today) ? addDays(ctx.today, 1) : ctx.today;
    const date = maxDate(addDays(t.position.returnWeekStart, 7), earliestAfterSessions(start, left));
    return {
      title:
        t.position.returnWeek >= last
          ? `Week ${last + 1}: gradual mileage`
          : `Walk/run week ${t.position.returnWeek + 1}`,
      detail:
        left > 0
          ? `After ${left} more walk/run ${left === 1 ? "session" : "sessions"} below ${ctx.settings.stopThreshold0to10}/10, and not before ${formatDay(addDays(t.position.returnWeekStart, 7))}.`
          : `Sessions done; it starts ${formatDay(date)}.`,
      date: maxDate(date, t.holdUntil ?? date),
    };
  }
  if (phase === "progression") {
    const usual = usualWeeklyDistance({
      told: t.usualWeeklyDistanceMeters,
      runs: ctx.runs,
      onboardedOn: t.onboardedOn,
    });
    return {
      title: "Maintenance",
      detail:
        usual === null
          ? `Pain 0 for ${maintenanceEntryRules.painFreeDays} days and back to your usual weekly distance (tell us what it was).`
          : `Pain 0 for ${maintenanceEntryRules.painFreeDays} days and a full week back at ${formatDistance(usual, ctx.distanceUnit)}.`,
      date: null,
    };
  }
  if (phase === "maintenance") {
    const lastMassage = ctx.events
      .filter((e) => e.type === "session.completed" && e.kind === "massage")
      .map((e) => e.localDate)
      .pop();
    const due = lastMassage ? addDays(lastMassage, ctx.protocol.maintenance.massageEveryDays) : ctx.today;
    return {
      title: "Next sports massage",
      detail: "Once a month keeps the soft tissue in shape.",
      date: diffDays(ctx.today, due) < 0 ? ctx.today : due,
    };
  }
  return null;
}
