import {
  addDays,
  type DayCompliance,
  type DayStatus,
  formatDayWithYear,
  isoWeekday,
  type LocalDate,
  weekdayName,
} from "@backstride/domain";

/**
 * The coach's compliance calendar: one month of the runner's days, each judged by the domain's
 * complianceDays (planned against done, pain stops, rest and no-impact days), as a Monday-first grid
 * whose every day reads without colour (an icon and a word), and opens to what was planned and what
 * happened, with dates that carry the year.
 */

/** "YYYY-MM". */
export type Month = string;

export interface StatusLook {
  /** Plain words, also the screen reader's. */
  words: string;
  /** A character that tells the status apart without colour. */
  icon: string;
}

export const statusLooks: Record<DayStatus | "future", StatusLook> = {
  done: { words: "Done", icon: "✓" },
  partly: { words: "Partly done", icon: "◐" },
  missed: { words: "Missed", icon: "✗" },
  "pain-stop": { words: "Pain stop", icon: "!" },
  rest: { words: "Rest day", icon: "–" },
  "no-impact": { words: "No impact", icon: "⊘" },
  open: { words: "Today, not done yet", icon: "…" },
  "before-start": { words: "Before the log began", icon: "" },
  future: { words: "Not yet", icon: "" },
};

/** The statuses the legend lists, in the order a coach reads them. */
export const legendStatuses = ["done", "partly", "missed", "pain-stop", "rest", "no-impact"] as const;

const monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

export function monthOf(date: LocalDate): Month {
  return date.slice(0, 7);
}

export function shiftMonth(month: Month, delta: number): Month {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + delta;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** "March 2026". */
export function monthTitle(month: Month): string {
  return `${monthNames[Number(month.slice(5, 7)) - 1] ?? ""} ${month.slice(0, 4)}`;
}

/** "Monday 9 March 2026". */
export function formatLongDate(date: LocalDate): string {
  return `${weekdayName(date, "long")} ${Number(date.slice(8, 10))} ${monthNames[Number(date.slice(5, 7)) - 1] ?? ""} ${date.slice(0, 4)}`;
}

/** The first and last day the grid shows: whole weeks, Monday to Sunday, around the month. */
export function gridRange(month: Month): { from: LocalDate; to: LocalDate } {
  const first = `${month}-01`;
  const nextFirst = `${shiftMonth(month, 1)}-01`;
  const last = addDays(nextFirst, -1);
  return { from: addDays(first, -(isoWeekday(first) - 1)), to: addDays(last, 7 - isoWeekday(last)) };
}

const taskWords: Record<string, string> = {
  "rehab-circuit": "Rehab circuit",
  "walk-run": "Walk/run",
  run: "Run",
  strength: "Strength",
  mobility: "Mobility",
};

export function taskKindWords(kind: string): string {
  return taskWords[kind] ?? kind;
}

export interface CalendarCell {
  date: LocalDate;
  inMonth: boolean;
  dayOfMonth: number;
  status: DayStatus | "future";
  look: StatusLook;
  /** "Mon 9 Mar 2026: Done": the cell's accessible name. */
  label: string;
  planned: string[];
  done: string[];
  logged: string[];
  maxPain0to10: number | null;
  impactHeld: boolean;
}

/** The month as weeks of cells, from the judged days (complianceDays over gridRange(month)). */
export function calendarWeeks(input: {
  month: Month;
  days: readonly DayCompliance[];
  today: LocalDate;
}): CalendarCell[][] {
  const { from, to } = gridRange(input.month);
  const byDate = new Map(input.days.map((day) => [day.date, day]));
  const weeks: CalendarCell[][] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    if (isoWeekday(date) === 1) weeks.push([]);
    const day = byDate.get(date);
    const status: CalendarCell["status"] = date > input.today || !day ? "future" : day.status;
    const look = statusLooks[status];
    weeks[weeks.length - 1]?.push({
      date,
      inMonth: monthOf(date) === input.month,
      dayOfMonth: Number(date.slice(8, 10)),
      status,
      look,
      label: `${formatDayWithYear(date)}: ${look.words}`,
      planned: (day?.planned ?? []).map(taskKindWords),
      done: (day?.done ?? []).map(taskKindWords),
      logged: day?.logged ?? [],
      maxPain0to10: day?.maxPain0to10 ?? null,
      impactHeld: day?.impactHeld ?? false,
    });
  }
  return weeks;
}

/** How many days of the month had each status: the line under the grid ("12 done, 2 missed, …"). */
export function monthCounts(weeks: readonly CalendarCell[][]): string {
  const counts = new Map<string, number>();
  for (const cell of weeks.flat()) {
    if (!cell.inMonth || cell.status === "future" || cell.status === "before-start") continue;
    counts.set(cell.look.words, (counts.get(cell.look.words) ?? 0) + 1);
  }
  if (counts.size === 0) return "Nothing judged this month yet.";
  return legendStatuses
    .map((status) => statusLooks[status].words)
    .filter((words) => counts.has(words))
    .map((words) => `${counts.get(words)} ${words.toLowerCase()}`)
    .join(", ");
}

/**
 * Entries newest first by the day they happened (then by the time they were made), not by upload
 * order: a run from 2012 imported today sits in 2012.
 */
export function byDayHappened<T extends { localDate: string; occurredAt?: unknown }>(events: readonly T[]): T[] {
  return [...events].sort(
    (a, b) =>
      b.localDate.localeCompare(a.localDate) || String(b.occurredAt ?? "").localeCompare(String(a.occurredAt ?? "")),
  );
}
