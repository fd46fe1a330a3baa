import { addDays } from "../dates/add-days.ts";
import type { LocalDate } from "../events/events.ts";
import type { LoadRun } from "../load/load-types.ts";

/**
 * The day before or after `date` with a concrete run, if any: the article says never run on concrete on
 * consecutive days. Returns null when `surface` is not concrete or no neighbour day was on concrete.
 */
export function concreteNeighbour(input: {
  /** Runs already logged. */
  runs: readonly LoadRun[];
  /** The day of the run being planned or saved. */
  date: LocalDate;
  /** Its surface. */
  surface: LoadRun["surface"];
}): LocalDate | null {
  if (input.surface !== "concrete") return null;
  const before = addDays(input.date, -1);
  const after = addDays(input.date, 1);
  const hit = input.runs.find(
    (run) => run.surface === "concrete" && (run.localDate === before || run.localDate === after),
  );
  return hit ? hit.localDate : null;
}
