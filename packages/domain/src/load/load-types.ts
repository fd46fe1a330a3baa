import type { LocalDate, Surface } from "../events/events.ts";

/** The part of a logged run the load rules read. `localDate` is already in the runner's time zone. */
export interface LoadRun {
  localDate: LocalDate;
  distanceMeters: number;
  /** Where it was run; only concrete matters to the load rules. */
  surface?: Surface;
}
