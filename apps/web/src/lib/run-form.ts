import {
  checkRunPlausibility,
  type DistanceUnit,
  type EventOf,
  type LoadRun,
  metersToUnit,
  type RunProblem,
  type Surface,
  unitToMeters,
} from "@backstride/domain";
import { formatClock, parseClock } from "./format.ts";

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

/** Distance and time as typed, checked for shape only (no date): shared by "Log a run" and "Edit". */
function parseDistanceAndTime(
  input: { distance: string; duration: string; unit: DistanceUnit },
  errors: RunFormErrors,
): { distanceMeters: number; durationSeconds: number } | null {
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
  if (errors.distance || errors.duration || durationSeconds === null) return null;
  return { distanceMeters: Math.round(distanceMeters * 10) / 10, durationSeconds };
}

export function parseRunForm(input: RunFormInput): { errors: RunFormErrors; value: RunFormValue | null } {
  const errors: RunFormErrors = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.localDate)) errors.localDate = "Enter the date of the run.";
  else if (input.localDate > input.today) errors.localDate = "A run cannot be in the future.";
  if (!/^\d{2}:\d{2}$/.test(input.startTime)) errors.startTime = "Enter the time you started, like 07:30.";
  const parsed = parseDistanceAndTime(input, errors);
  if (Object.keys(errors).length > 0 || !parsed) return { errors, value: null };
  return { errors, value: { localDate: input.localDate, startTime: input.startTime, ...parsed } };
}

export interface RunCheck {
  /** Impossible runs: the message beside the field; the run must not be saved (the server refuses it too). */
  errors: RunFormErrors;
  /** Implausible runs: what to ask before saving ("Is this right?"). */
  questions: RunProblem[];
}

const formField = { distanceMeters: "distance", durationSeconds: "duration" } as const;

/**
 * The domain's plausibility verdict in form terms. A run being edited is left out of `earlierRuns` by
 * the caller, so it is not compared with itself.
 */
export function checkRun(input: {
  localDate: string;
  distanceMeters: number;
  durationSeconds: number;
  earlierRuns: readonly LoadRun[];
  /** The runner's unit, for the messages. */
  distanceUnit?: DistanceUnit;
}): RunCheck {
  const verdict = checkRunPlausibility(input);
  if (verdict.verdict !== "impossible") return { errors: {}, questions: verdict.problems };
  const errors: RunFormErrors = {};
  for (const problem of verdict.problems) {
    const field = formField[problem.field];
    errors[field] = errors[field] ? `${errors[field]} ${problem.message}` : problem.message;
  }
  return { errors, questions: [] };
}

type RunLogged = EventOf<"run.logged">;
export type RunChanges = EventOf<"run.corrected">["changes"];

/** The "Edit run" form as text and choices, starting from the run as it stands now. */
export interface RunEditForm {
  distance: string;
  duration: string;
  surface: Surface;
  /** "" when no shoe is recorded. */
  shoeId: string;
  painDuring0to10: number | null;
  painAfter0to10: number | null;
  notes: string;
}

/** Two decimals, so an imported 5.23 km survives an edit that does not touch the distance. */
function distanceText(meters: number, unit: DistanceUnit): string {
  return String(Math.round(metersToUnit(meters, unit) * 100) / 100);
}

export function runEditFormFrom(run: RunLogged, unit: DistanceUnit): RunEditForm {
  return {
    distance: distanceText(run.distanceMeters, unit),
    duration: formatClock(run.durationSeconds),
    surface: run.surface,
    shoeId: run.shoeId ?? "",
    painDuring0to10: run.painDuring0to10 ?? null,
    painAfter0to10: run.painAfter0to10 ?? null,
    notes: run.notes ?? "",
  };
}

/**
 * What the runner changed, as a `run.corrected` payload: only the fields that differ from the form's
 * starting values (an untouched distance is not re-rounded into a change). `value` is the corrected
 * distance and time, for the plausibility check; `changes` is null when nothing changed.
 */
export function parseRunEdit(input: {
  initial: RunEditForm;
  edited: RunEditForm;
  run: RunLogged;
  unit: DistanceUnit;
}): {
  errors: RunFormErrors;
  value: { distanceMeters: number; durationSeconds: number } | null;
  changes: RunChanges | null;
} {
  const { initial, edited, run, unit } = input;
  const errors: RunFormErrors = {};
  const parsed = parseDistanceAndTime({ distance: edited.distance, duration: edited.duration, unit }, errors);
  if (!parsed) return { errors, value: null, changes: null };
  const changes: RunChanges = {};
  if (edited.distance.trim() !== initial.distance) changes.distanceMeters = parsed.distanceMeters;
  if (edited.duration.trim() !== initial.duration) changes.durationSeconds = parsed.durationSeconds;
  if (edited.surface !== initial.surface) changes.surface = edited.surface;
  if (edited.shoeId !== initial.shoeId) changes.shoeId = edited.shoeId === "" ? null : edited.shoeId;
  if (edited.painDuring0to10 !== null && edited.painDuring0to10 !== initial.painDuring0to10) {
    changes.painDuring0to10 = edited.painDuring0to10;
  }
  if (edited.painAfter0to10 !== null && edited.painAfter0to10 !== initial.painAfter0to10) {
    changes.painAfter0to10 = edited.painAfter0to10;
  }
  if (edited.notes.trim() !== initial.notes.trim()) changes.notes = edited.notes.trim();
  const value = {
    distanceMeters: changes.distanceMeters ?? run.distanceMeters,
    durationSeconds: changes.durationSeconds ?? run.durationSeconds,
  };
  return { errors, value, changes: Object.keys(changes).length > 0 ? changes : null };
}
