import { complianceDays } from "../coaching/adherence.ts";
import { addDays, minDate } from "../dates/add-days.ts";
import { isoWeekStart } from "../dates/iso-week.ts";
import { formatDayWithYear } from "../dates/weekday-name.ts";
import type { BackstrideEvent, LocalDate } from "../events/events.ts";
import type { Protocol } from "../protocol/protocol-types.ts";

export interface WeekAdherence {
  /** Monday of the ISO week. */
  weekStart: LocalDate;
  /** Days of the week inside the period and not after today. */
  dayCount: number;
  /** Training tasks the plan asked for on those days, as it stood each day (today's only once done). */
  plannedTasks: number;
  /** Of those, the ones done. */
  doneTasks: number;
  /** Days with planned training where none of it was done (finished days only). */
  missedDays: number;
  /** Days a session or run reached the pain stop or ended early. */
  painStopDays: number;
  /** Training planned today and not done yet (left out of plannedTasks until done). */
  openTodayTasks: number;
}

/**
 * Planned against done for each week of a report's period. "Planned" for a past day is what the engine
 * asked on that very day (the coaching compliance calendar's day judgement, one fold of the log per
 * day), so a later entry never rewrites what was asked then. Today counts only what is already done,
 * so a report made in the morning does not show today as missed.
 */
export function weeklyAdherence(input: {
  /** The runner's whole log (any order). */
  events: readonly BackstrideEvent[];
  protocol: Protocol;
  /** First and last day of the period (inclusive). */
  from: LocalDate;
  to: LocalDate;
  /** The runner's today: days after it are not judged. */
  today: LocalDate;
}): WeekAdherence[] {
  const days = complianceDays(input);
  const weeks: WeekAdherence[] = [];
  const last = minDate(input.to, input.today);
  for (let weekStart = isoWeekStart(input.from); weekStart <= last; weekStart = addDays(weekStart, 7)) {
    const weekEnd = addDays(weekStart, 6);
    const inWeek = days.filter((day) => day.date >= weekStart && day.date <= weekEnd);
    weeks.push({
      weekStart,
      dayCount: inWeek.length,
      plannedTasks: inWeek.reduce(
        (sum, day) => sum + (day.date === input.today ? day.done.length : day.planned.length),
        0,
      ),
      doneTasks: inWeek.reduce((sum, day) => sum + day.done.length, 0),
      missedDays: inWeek.filter((day) => day.status === "missed").length,
      painStopDays: inWeek.filter((day) => day.status === "pain-stop").length,
      openTodayTasks: inWeek.reduce(
        (sum, day) => sum + (day.date === input.today ? day.planned.length - day.done.length : 0),
        0,
      ),
    });
  }
  return weeks;
}

/**
 * "Week of Mon 2 Mar 2026: 5 of 6 planned sessions done (83%); 1 day missed; 1 day stopped for pain", and
 * for a week that reaches today, what today still holds.
 */
export function weekAdherenceWords(week: WeekAdherence): string {
  const head = `Week of ${formatDayWithYear(week.weekStart)}`;
  const today = week.openTodayTasks > 0 ? `${week.openTodayTasks} planned today, not done yet` : null;
  if (week.plannedTasks === 0) return `${head}: ${today ?? "nothing planned (rest, relief or no impact)"}`;
  const percent = Math.round((week.doneTasks / week.plannedTasks) * 100);
  const parts = [`${week.doneTasks} of ${week.plannedTasks} planned sessions done (${percent}%)`];
  const days = (count: number) => `${count} ${count === 1 ? "day" : "days"}`;
  if (week.missedDays > 0) parts.push(`${days(week.missedDays)} missed`);
  if (week.painStopDays > 0) parts.push(`${days(week.painStopDays)} stopped for pain`);
  if (today) parts.push(today);
  return `${head}: ${parts.join("; ")}`;
}
