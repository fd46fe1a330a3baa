import { formatDayWithYear } from "../../dates/weekday-name.ts";
import type { OutcomeDue } from "../../outcomes/outcomes-due.ts";
import type { AlertCandidate } from "./alert-types.ts";

/** An outcome measure (pain and activity scores) is due: one alert per timepoint. */
export function measuresDueAlert(input: { due: OutcomeDue | null }): AlertCandidate | null {
  const { due } = input;
  if (!due) return null;
  return {
    rule: "measures-due",
    key: `measures-due:${due.timepoint}`,
    level: "info",
    title: `Outcome measures due: ${due.title.replace(/^Your /, "")}`,
    detail: `Due on ${formatDayWithYear(due.dueDate)}.`,
    localDate: due.dueDate,
  };
}
