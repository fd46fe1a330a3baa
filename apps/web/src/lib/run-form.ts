import { type DistanceUnit, unitToMeters } from "@backstride/domain";
import { parseClock } from "./format.ts";

/** What the runner typed in "Log a run", as text. */
export interface RunFormInput {
  localDate: string;
  /** `HH:MM`, local start time. */
  startTime: string;
  /** In the runner's unit, e.g. "5.2". A comma works as the decimal mark too. */
  distance: string;
  /** "42:05", "1:02:05" or minutes. */
  duration: string;
  unit: DistanceUnit;
  today: string;
}

export type RunFormErrors = Partial<Record<"localDate" | "startTime" | "distance" | "duration", string>>;

export interface RunFormValue {
  localDate: string;
  startTime: string;
  distanceMeters: number;
  durationSeconds: number;
}

/** The event schema's limits: 500 km and a week. */
const maxDistanceMeters = 500_000;
const maxDurationSeconds = 604_800;

export function parseRunForm(input: RunFormInput): { errors: RunFormErrors; value: RunFormValue | null } {
  const errors: RunFormErrors = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.localDate)) errors.localDate = "Enter the date of the run.";
  else if (input.localDate > input.today) errors.localDate = "A run cannot be in the future.";
  if (!/^\d{2}:\d{2}$/.test(input.startTime)) errors.startTime = "Enter the time you started, like 07:30.";

  const distanceText = input.distance.trim().replace(",", ".");
  const distance = Number(distanceText);
  let distanceMeters = 0;
  if (distanceText === "" || !Number.isFinite(distance)) errors.distance = `Enter the distance in ${input.unit}.`;
  else if (distance <= 0) errors.distance = "The distance must be more than 0.";
  else {
    distanceMeters = unitToMeters(distance, input.unit);
    if (distanceMeters > maxDistanceMeters) errors.distance = "That is longer than any run Backstride can record.";
  }

  const durationSeconds = parseClock(input.duration);
  if (durationSeconds === null) errors.duration = "Enter the time like 42:05 or 1:02:05.";
  else if (durationSeconds <= 0) errors.duration = "The time must be more than 0.";
  else if (durationSeconds > maxDurationSeconds) errors.duration = "That is longer than a week.";

  if (Object.keys(errors).length > 0 || durationSeconds === null) return { errors, value: null };
  return {
    errors,
    value: {
      localDate: input.localDate,
      startTime: input.startTime,
      distanceMeters: Math.round(distanceMeters * 10) / 10,
      durationSeconds,
    },
  };
}
