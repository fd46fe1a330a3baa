import { addDays } from "../dates/add-days.ts";
import type { LocalDate } from "../events/events.ts";
import { type DistanceUnit, METERS_PER_MILE } from "../units/conversions.ts";
import { formatDistance } from "../units/format-units.ts";
import type { LoadRun } from "./load-types.ts";

/**
 * Limits beyond any human run (the marathon world record is about 2:52 min/km; the longest one-day
 * ultras are under 250 km; a run is not 48 hours long). A run past them is refused, never stored.
 */
export const impossibleRun = {
  fastestSecondsPerKm: 150,
  maxDistanceMeters: 250_000,
  maxDurationSeconds: 48 * 3600,
} as const;

/**
 * Runs that happen but rarely in a recovering runner's log: the app asks "is this right?" before saving.
 * A pace faster than 3:00 min/km, or a single run over twice the longest of the last 30 days.
 */
export const implausibleRun = {
  fastestSecondsPerKm: 180,
  longestRatio: 2,
  windowDays: 30,
} as const;

export interface RunProblem {
  code: "distance-too-long" | "duration-too-long" | "pace-impossible" | "pace-implausible" | "much-longer-than-usual";
  field: "distanceMeters" | "durationSeconds";
  message: string;
}

export interface RunPlausibility {
  /** "impossible": refuse. "implausible": save only once the runner confirms. */
  verdict: "ok" | "implausible" | "impossible";
  problems: RunProblem[];
}

/** "2:30 min/km", or per mile for a runner who reads miles. */
function paceText(secondsPerKm: number, unit: DistanceUnit): string {
  const whole = Math.round(unit === "mi" ? secondsPerKm * (METERS_PER_MILE / 1000) : secondsPerKm);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")} min/${unit}`;
}

/** Whether a run as entered (or imported) can be real. Distances in metres, times in seconds. */
export function checkRunPlausibility(input: {
  distanceMeters: number;
  durationSeconds: number;
  localDate: LocalDate;
  /** Runs already logged, for the "twice the longest of 30 days" check. */
  earlierRuns?: readonly LoadRun[];
  /** The runner's unit for the messages (limits stay in SI). */
  distanceUnit?: DistanceUnit;
}): RunPlausibility {
  const { distanceMeters, durationSeconds } = input;
  const unit = input.distanceUnit ?? "km";
  const pace = (secondsPerKm: number) => paceText(secondsPerKm, unit);
  const impossible: RunProblem[] = [];
  if (distanceMeters > impossibleRun.maxDistanceMeters) {
    impossible.push({
      code: "distance-too-long",
      field: "distanceMeters",
      message: `A run over ${formatDistance(impossibleRun.maxDistanceMeters, unit)} cannot be stored: check the distance.`,
    });
  }
  if (durationSeconds > impossibleRun.maxDurationSeconds) {
    impossible.push({
      code: "duration-too-long",
      field: "durationSeconds",
      message: `A run over ${impossibleRun.maxDurationSeconds / 3600} hours cannot be stored: check the time.`,
    });
  }
  const secondsPerKm = distanceMeters > 0 ? (durationSeconds / distanceMeters) * 1000 : null;
  if (secondsPerKm !== null && secondsPerKm < impossibleRun.fastestSecondsPerKm) {
    impossible.push({
      code: "pace-impossible",
      field: "durationSeconds",
      message:
        durationSeconds === 0
          ? "A run with a distance needs its time: enter how long it took."
          : `${pace(secondsPerKm)} is faster than any human run (limit ${pace(impossibleRun.fastestSecondsPerKm)}): check the distance and the time.`,
    });
  }
  if (impossible.length > 0) return { verdict: "impossible", problems: impossible };

  const implausible: RunProblem[] = [];
  if (secondsPerKm !== null && secondsPerKm < implausibleRun.fastestSecondsPerKm) {
    implausible.push({
      code: "pace-implausible",
      field: "durationSeconds",
      message: `${pace(secondsPerKm)} is faster than ${pace(implausibleRun.fastestSecondsPerKm)}: is the time right?`,
    });
  }
  const from = addDays(input.localDate, -implausibleRun.windowDays);
  const longest = (input.earlierRuns ?? [])
    .filter((run) => run.localDate >= from && run.localDate < input.localDate)
    .reduce((max, run) => Math.max(max, run.distanceMeters), 0);
  if (longest > 0 && distanceMeters > longest * implausibleRun.longestRatio) {
    implausible.push({
      code: "much-longer-than-usual",
      field: "distanceMeters",
      message: `${formatDistance(distanceMeters, unit)} is more than twice your longest run of the last ${implausibleRun.windowDays} days (${formatDistance(longest, unit)}): is the distance right?`,
    });
  }
  return { verdict: implausible.length > 0 ? "implausible" : "ok", problems: implausible };
}
