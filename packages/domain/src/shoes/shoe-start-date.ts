import { localDateOf } from "../dates/local-date-of.ts";
import type { LocalDate } from "../events/events.ts";

/**
 * The day a pair's mileage starts. Pairs added before a start date could be given start on the day
 * they were added, read in the runner's own time zone so a pair added late in the evening is not a day
 * early or late.
 */
export function shoeStartDate(input: {
  /** The day the runner gave, if any. */
  startedOn?: LocalDate | null | undefined;
  /** When the pair was added, ISO 8601 instant. */
  createdAt: string;
  timeZone: string;
}): LocalDate {
  return input.startedOn ?? localDateOf(input.createdAt, input.timeZone);
}
