import { addDays } from "../dates/add-days.ts";
import type { BackstrideEvent, LocalDate } from "../events/events.ts";
import { outcomeSummary } from "../outcomes/outcome-summary.ts";
import { formatWalkRun } from "../plan/format-dosage.ts";
import { planFor } from "../plan/plan-for.ts";
import type { PlanTask, PlanTaskKind } from "../plan/plan-types.ts";
import { sortEvents } from "../plan/sort-events.ts";
import type { Protocol } from "../protocol/protocol-types.ts";

/** One entry of a projected day, ready for a calendar: an all-day item. */
export interface CalendarItem {
  /** Stable across projections of the same day, so a calendar app updates rather than duplicates. */
  uid: string;
  date: LocalDate;
  kind: PlanTaskKind | "measures";
  title: string;
  description: string;
}

/** Task kinds worth a calendar entry: training, rest and the questions the plan asks every day. */
const calendarKinds: ReadonlySet<PlanTaskKind> = new Set([
  "rehab-circuit",
  "walk-run",
  "run",
  "strength",
  "mobility",
  "rest",
  "pain-checkin",
  "morning-check",
  "cross-training",
  "pool-walk",
  "ice-heat",
]);

function itemFor(task: PlanTask, date: LocalDate): CalendarItem {
  const lines = [task.dosage, task.reason.text];
  if (task.walkRun) {
    const week = task.walkRun;
    lines.unshift(
      `Walk/run week ${week.week}: ${formatWalkRun(week)}.`,
      `${week.prep.title} (${week.prep.timing} the session).`,
    );
  }
  if (task.exercises && task.exercises.length > 0) {
    lines.push(`Exercises: ${task.exercises.map((exercise) => exercise.name).join(", ")}.`);
  }
  return {
    uid: `${date}-${task.kind}`,
    date,
    kind: task.kind,
    title: task.title,
    description: lines.filter((line) => line.trim() !== "").join("\n"),
  };
}

/**
 * The plan as it stands, projected over the next `days` days from `from`: what each day asks if the
 * runner logs nothing more (each day is the engine's own plan for that date). A calendar feed shows
 * it; every new entry changes the projection on the next refresh.
 */
export function projectCalendar(input: {
  /** The runner's whole log. */
  events: readonly BackstrideEvent[];
  protocol: Protocol;
  /** The runner's today (first projected day). */
  from: LocalDate;
  days: number;
}): CalendarItem[] {
  const events = sortEvents(input.events);
  const items: CalendarItem[] = [];
  const measuresSeen = new Set<string>();
  for (let offset = 0; offset < input.days; offset++) {
    const date = addDays(input.from, offset);
    const plan = planFor(events, input.protocol, date);
    for (const task of plan.tasks) if (calendarKinds.has(task.kind)) items.push(itemFor(task, date));
    const dischargeFrom = plan.state.name === "maintenance" ? plan.state.since : null;
    const due = outcomeSummary({ events, today: date, dischargeFrom }).due;
    if (due && !measuresSeen.has(due.timepoint)) {
      measuresSeen.add(due.timepoint);
      // A measure already overdue on the first day is shown on that day.
      const on = due.dueDate.localeCompare(date) > 0 ? due.dueDate : date;
      items.push({
        uid: `measures-${due.timepoint}`,
        date: on,
        kind: "measures",
        title: due.title,
        description: "Pain and activity scores: about 3 minutes in the app (Measures).",
      });
    }
  }
  return items;
}
