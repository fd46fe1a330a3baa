import { addDays } from "../dates/add-days.ts";
import { isoWeekDays } from "../dates/iso-week.ts";
import type { BackstrideEvent, LocalDate } from "../events/events.ts";
import { inRelief, noImpactWindowOn } from "./machine/state-on.ts";
import type { PlanContext } from "./plan-context.ts";
import { type PhaseOn, phaseOn } from "./plan-phase.ts";
import type { PlanDay } from "./plan-types.ts";
import { requiredSessions, returnWeekOf } from "./return-weeks.ts";

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
  todaysTasks: { kind: string; done: boolean }[] = [],
): PlanDay[] {
  const isWalkRunDay = walkRunDays(ctx, todaysTasks, (date) => futureImpactAllowed(ctx, date));
  const projected = (date: LocalDate): string => {
    const phase = phaseOn({
      timeline: ctx.timeline,
      date,
      protocol: ctx.protocol,
      sequencing: ctx.settings.sequencing,
    });
    if ((phase.phase === "rebuild" && phase.returnWeek !== null) || phase.phase === "return") {
      const walkRun = isWalkRunDay(date);
      if (phase.phase === "return") return walkRun ? `Walk/run week ${phase.returnWeek}` : "No running";
      return walkRun ? `Circuit + walk/run week ${phase.returnWeek}` : "Circuit, no running";
    }
    return projectedSummary(phase);
  };
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
    const impactAllowed = futureImpactAllowed(ctx, date);
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
            : projected(date);
    return { date, impactAllowed, summary, done: false };
  });
}

/**
 * Weeks 1-3, days after today: which of them hold a walk/run. The sessions this week still needs go on
 * the first free days with a rest day between (as Today offers them); the others are circuit days.
 */
function walkRunDays(
  ctx: PlanContext,
  tasks: { kind: string; done: boolean }[],
  impactAllowed: (date: LocalDate) => boolean,
): (date: LocalDate) => boolean {
  const t = ctx.timeline;
  const week = returnWeekOf(ctx.protocol, t.position.returnWeek);
  if (!week || t.position.returnWeekStart === null || t.position.progressionStart !== null) return () => false;
  const ranToday =
    tasks.some((task) => task.kind === "walk-run") || doneLabels(ctx.events, ctx.today).includes("walk/run");
  const goodToday = t.position.goodDays.includes(ctx.today) ? 0 : ranToday ? 1 : 0;
  let left = requiredSessions(week, ctx.protocol) - t.position.goodDays.length - goodToday;
  const planned = new Set<LocalDate>();
  let last = ranToday
    ? ctx.today
    : (ctx.events.findLast((e) => e.type === "run.logged" || (e.type === "session.completed" && e.kind === "walk-run"))
        ?.localDate ?? null);
  for (let day = addDays(ctx.today, 1); left > 0 && day <= addDays(ctx.today, 7); day = addDays(day, 1)) {
    if ((last !== null && day <= addDays(last, 1)) || !impactAllowed(day)) continue;
    planned.add(day);
    last = day;
    left -= 1;
  }
  return (date) => planned.has(date);
}

/** One line for a day from the tasks it holds, e.g. "Circuit + walk/run week 2" only on a walk/run day. */
export function summaryOfTasks(ctx: PlanContext, tasks: readonly { kind: string }[]): string {
  const { phase, returnWeek, week } = ctx.phase;
  const walkRun = tasks.some((task) => task.kind === "walk-run");
  const run = tasks.some((task) => task.kind === "run");
  switch (phase) {
    case "rebuild":
      if (returnWeek === null) return `Circuit (rebuild week ${week})`;
      return walkRun ? `Circuit + walk/run week ${returnWeek}` : "Circuit, no running";
    case "return":
      return walkRun ? `Walk/run week ${returnWeek}` : "No running today";
    case "progression":
      return run ? `Week ${week}: run within the cap` : `Week ${week}: no run today`;
    case "maintenance":
      return run ? "Run, mobility" : "Mobility, no run";
    default:
      return projectedSummary(ctx.phase);
  }
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

/** A later day allows impact unless a hold known today covers it. */
function futureImpactAllowed(ctx: PlanContext, date: LocalDate): boolean {
  const t = ctx.timeline;
  return !(
    t.blocking !== null ||
    t.recheck !== null ||
    inRelief(t, date) ||
    noImpactWindowOn(t, date) !== null ||
    t.highPain !== null ||
    ctx.phase.phase === "onboarding" ||
    rebuildingFirst(ctx, date)
  );
}
