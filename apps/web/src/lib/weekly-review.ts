import { addDays, type BackstrideEvent, isoWeekStart, type OutcomeDue, type PlanState } from "@backstride/domain";

export interface WeeklyReview {
  /** "This week: 3 sessions and 2 runs (12.5 km)." */
  lines: string[];
}

const one = (value: number) => value.toFixed(1);
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

function meanPain(events: readonly BackstrideEvent[], from: string, to: string): number | null {
  const readings = events.flatMap((event) =>
    (event.type === "pain.checkin" || event.type === "flare-up.reported") &&
    event.localDate >= from &&
    event.localDate <= to
      ? [event.pain0to10]
      : [],
  );
  return readings.length === 0 ? null : readings.reduce((a, b) => a + b, 0) / readings.length;
}

/**
 * A few lines for the runner about the week so far: what was done, how pain compares with last week,
 * a measure due, the strongest trigger, and what the coming days hold.
 */
export function weeklyReview(input: {
  /** The effective log. */
  events: readonly BackstrideEvent[];
  plan: Pick<PlanState, "today" | "week7" | "nextMilestone">;
  outcomesDue: OutcomeDue | null;
  suggestion: string | null;
  /** Formats metres in the runner's unit. */
  formatMeters: (meters: number) => string;
}): WeeklyReview {
  const { events, plan } = input;
  const weekStart = isoWeekStart(plan.today);
  const inWeek = (date: string) => date >= weekStart && date <= plan.today;
  const sessions = events.filter((event) => event.type === "session.completed" && inWeek(event.localDate)).length;
  const runs = events.flatMap((event) => (event.type === "run.logged" && inWeek(event.localDate) ? [event] : []));
  const meters = runs.reduce((sum, run) => sum + run.distanceMeters, 0);
  const lines = [
    `This week: ${plural(sessions, "session")} and ${plural(runs.length, "run")}${runs.length > 0 ? ` (${input.formatMeters(meters)})` : ""}.`,
  ];
  const thisWeek = meanPain(events, weekStart, plan.today);
  const lastWeek = meanPain(events, addDays(weekStart, -7), addDays(weekStart, -1));
  if (thisWeek !== null) {
    lines.push(
      lastWeek === null
        ? `Pain at check-ins averaged ${one(thisWeek)} out of 10.`
        : `Pain at check-ins averaged ${one(thisWeek)} out of 10, against ${one(lastWeek)} last week.`,
    );
  } else lines.push("No pain check-in this week yet.");
  if (input.outcomesDue) lines.push(`${input.outcomesDue.title} is due: answer it under Measures.`);
  if (input.suggestion) lines.push(input.suggestion);
  const ahead = plan.week7.filter((day) => day.date > plan.today);
  if (ahead.length > 0) {
    const running = ahead.filter((day) => day.impactAllowed).length;
    lines.push(`Coming days: ${ahead.map((day) => day.summary).join(", ")}${running === 0 ? " (no running)" : ""}.`);
  }
  if (input.plan.nextMilestone) lines.push(`Next milestone: ${input.plan.nextMilestone.title}.`);
  return { lines };
}
