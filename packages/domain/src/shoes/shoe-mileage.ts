import type { LocalDate } from "../events/events.ts";

export interface ShoeMileage {
  /** What the pair had run before Backstride plus every run in it from its start date on, metres. */
  distanceMeters: number;
  /** Runs counted toward the pair. */
  countedRuns: number;
  /** Runs tagged with this pair but dated before its start date (an import from before it was bought). */
  runsBeforeStart: number;
}

/**
 * A pair's mileage. Only runs on or after the pair's start date count: a default pair receives every
 * imported run, including runs from years before it was bought, and those never touched its foam.
 */
export function shoeMileage(input: {
  shoe: {
    id: string;
    /** Distance the pair had before it was added, metres. */
    startDistanceMeters: number;
    /** The day the runner bought or first ran in the pair, in their time zone. */
    startedOn: LocalDate;
  };
  /** Runs as the runner means them (corrections applied, deleted runs left out). */
  runs: readonly { shoeId?: string | undefined; localDate: LocalDate; distanceMeters: number }[];
}): ShoeMileage {
  const { shoe } = input;
  let runMeters = 0;
  let countedRuns = 0;
  let runsBeforeStart = 0;
  for (const run of input.runs) {
    if (run.shoeId !== shoe.id) continue;
    if (run.localDate < shoe.startedOn) {
      runsBeforeStart += 1;
      continue;
    }
    runMeters += run.distanceMeters;
    countedRuns += 1;
  }
  return { distanceMeters: shoe.startDistanceMeters + runMeters, countedRuns, runsBeforeStart };
}
