import { isoWeekDays } from "../dates/iso-week.ts";
import type { BackstrideEvent, LocalDate } from "../events/events.ts";
import { inRelief, noImpactWindowOn } from "./machine/state-on.ts";
import type { PlanContext } from "./plan-context.ts";
import { type PhaseOn, phaseOn } from "./plan-phase.ts";
import type { PlanDay } from "./plan-types.ts";

const DONE_LABELS: Partial<Record<string, string>> = {
  "rehab-circuit": "circuit",
  "walk-run": "walk/run",
  strength: "strength",
  mobility: "mobility",
  "pool-walk": "pool walk",
  "ice-heat": "ice + heat",
  massage: "massage",
  "cross-training": "cross-training",
  drill: "drill",
};

function doneLabels(events: readonly BackstrideEvent[], date: LocalDate): string[] {
  const labels: string[] = [];
  for (const event of events) {
    if (event.localDate !== date) continue;
    if (event.type === "run.logged") labels.push("run");
    if (event.type === "session.completed") labels.push(DONE_LABELS[event.kind] ?? event.kind);
  }
  return [...new Set(labels)];
}

/**
 * Monday to Sunday of this ISO week. Past days and today come from the plan as it stood that day
 * (`dayStatus`, one fold per day); later days are projected from today's state: no impact inside a
 * known no-impact window, a relief window or while a red flag is open.
 */
export function planWeek7(
  ctx: PlanContext,
  dayStatus: (date: LocalDate) => { impactAllowed: boolean; summary: string },
): PlanDay[] {
  // Days before the runner's first entry belong to no plan: say so rather than "Questions first".
  const firstEntryDate = ctx.events[0]?.localDate ?? ctx.today;
  return isoWeekDays(ctx.today).map((date) => {
    const done = doneLabels(ctx.events, date);
    if (date < firstEntryDate) {
      return { date, impactAllowed: true, summary: "Before you started", done: false };
    }
    if (date <= ctx.today) {
      const status = dayStatus(date);
      return {
        date,
        impactAllowed: status.impactAllowed,
        summary: done.length > 0 ? `${status.summary} · done: ${done.join(", ")}` : status.summary,
        done: done.length > 0,
      };
    }
    const t = ctx.timeline;
    const relief = inRelief(t, date);
    const noImpact = noImpactWindowOn(t, date) !== null || t.highPain !== null;
    const blocked = t.blocking !== null;
    const questions = t.recheck !== null;
    const impactAllowed = !(
      blocked ||
      questions ||
      relief ||
      noImpact ||
      ctx.phase.phase === "onboarding" ||
      rebuildingFirst(ctx, date)
    );
    const summary = blocked
      ? "No running until cleared"
      : relief
        ? "Relief"
        : questions
          ? "Questions first"
          : noImpact
            ? t.highPain !== null && noImpactWindowOn(t, date) === null
              ? "No running until pain is below the stop"
              : "Rest from running"
            : projectedSummary(
                phaseOn({ timeline: t, date, protocol: ctx.protocol, sequencing: ctx.settings.sequencing }),
              );
    return { date, impactAllowed, summary, done: false };
  });
}

/** One line for a day in a phase, e.g. "Circuit + walk/run week 2". */
export function projectedSummary({ phase, returnWeek, week }: PhaseOn): string {
  switch (phase) {
    case "onboarding":
      return "Questions first";
    case "relief":
      return "Relief";
    case "rebuild":
      return returnWeek === null ? `Circuit (rebuild week ${week})` : `Circuit + walk/run week ${returnWeek}`;
    case "return":
      return `Walk/run week ${returnWeek}`;
    case "progression":
      return `Week ${week}: run within the cap, mobility`;
    case "maintenance":
      return "Maintenance: run, mobility";
  }
}

/** Rebuild-first: no running until the rebuild weeks are over. */
function rebuildingFirst(ctx: PlanContext, date: LocalDate): boolean {
  const phase = phaseOn({ timeline: ctx.timeline, date, protocol: ctx.protocol, sequencing: ctx.settings.sequencing });
  return phase.phase === "rebuild" && phase.returnWeek === null;
}
