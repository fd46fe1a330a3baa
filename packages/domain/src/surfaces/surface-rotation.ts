import { addDays } from "../dates/add-days.ts";
import { formatDay } from "../dates/weekday-name.ts";
import type { LocalDate, Surface } from "../events/events.ts";
import type { LoadRun } from "../load/load-types.ts";
import type { MaintenanceRules, SourceRef } from "../protocol/protocol-types.ts";
import { sources } from "../sources/sources.ts";

export interface SurfaceAdvice {
  /** True when yesterday's run was on concrete: today's run should be on another surface. */
  avoidConcreteToday: boolean;
  /** Surfaces to pick from today, the runner's least-used recent ones first. */
  suggested: Surface[];
  text: string;
  sources: SourceRef[];
}

const DEFAULT_ROTATION: Surface[] = ["trail", "track", "asphalt"];

/** Which surface to run on today: mix trails, track and asphalt, and never concrete two days running. */
export function surfaceRotation(input: {
  /** Runs already logged. */
  runs: readonly LoadRun[];
  today: LocalDate;
  rules: MaintenanceRules;
}): SurfaceAdvice {
  const rotation = input.rules.rotateSurfaces ?? DEFAULT_ROTATION;
  const yesterday = addDays(input.today, -1);
  const avoidConcreteToday =
    input.rules.noConsecutiveConcreteDays &&
    input.runs.some((run) => run.localDate === yesterday && run.surface === "concrete");
  // Least recently used first, so the week mixes surfaces rather than repeating one.
  const lastUse = (surface: Surface): string => {
    let latest = "";
    for (const run of input.runs) {
      if (run.surface === surface && run.localDate <= input.today && run.localDate > latest) latest = run.localDate;
    }
    return latest;
  };
  const suggested = [...rotation].sort((a, b) => (lastUse(a) < lastUse(b) ? -1 : lastUse(a) > lastUse(b) ? 1 : 0));
  const text = avoidConcreteToday
    ? `Not on concrete today: you ran on concrete ${formatDay(yesterday)}. Try ${suggested.join(", ")}.`
    : `Mix your surfaces (${suggested.join(", ")}); never concrete two days in a row.`;
  return { avoidConcreteToday, suggested, text, sources: [sources.article] };
}
