/**
 * "Pain at the door": today's pain, when this episode began and whether it goes into a leg. The plan
 * starts in relief when the episode began within 72 hours or pain is at or above 4/10, timed from the
 * onset instant, so the onset must be a real instant in the runner's zone and never in the future.
 */
import { instantOfLocal, isoWithOffset, localDateOf } from "./local-date.ts";

export interface EpisodeInput {
  pain0to10: number | null;
  /** `YYYY-MM-DD` in the runner's zone. */
  onsetDate: string;
  /** `HH:mm` in the runner's zone. */
  onsetTime: string;
  legSymptoms: boolean | null;
}

export type EpisodeErrors = Partial<Record<"pain0to10" | "onset" | "legSymptoms", string>>;

export interface EpisodeReport {
  type: "episode.reported";
  pain0to10: number;
  onsetAt: string;
  legSymptoms: boolean;
}

/** The form's starting values: the episode began now (date and time to the minute, in the runner's zone). */
export function episodeDefaults(now: Date, timeZone: string): EpisodeInput {
  return {
    pain0to10: null,
    onsetDate: localDateOf(now, timeZone),
    onsetTime: isoWithOffset(now, timeZone).slice(11, 16),
    legSymptoms: null,
  };
}

function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function isRealTime(value: string): boolean {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  return match !== null && Number(match[1]) < 24 && Number(match[2]) < 60;
}

export function validateEpisode(input: EpisodeInput, now: Date, timeZone: string): EpisodeErrors {
  const errors: EpisodeErrors = {};
  if (input.pain0to10 === null) errors.pain0to10 = "Choose how much your back hurts today, from 0 to 10.";
  if (!isRealDate(input.onsetDate)) errors.onset = "Enter the day this episode began.";
  else if (!isRealTime(input.onsetTime)) errors.onset = "Enter the time it began (a guess is fine).";
  else if (instantOfLocal(input.onsetDate, input.onsetTime, timeZone).getTime() > now.getTime()) {
    errors.onset = "That is in the future. Choose when the pain began, up to now.";
  }
  if (input.legSymptoms === null)
    errors.legSymptoms = "Answer yes or no: it decides which safety questions come first.";
  return errors;
}

/** The event body for a valid form (validate first); onsetAt carries the zone's offset at that instant. */
export function episodeReport(input: EpisodeInput, timeZone: string): EpisodeReport {
  if (input.pain0to10 === null || input.legSymptoms === null) throw new Error("episodeReport needs a valid form");
  return {
    type: "episode.reported",
    pain0to10: input.pain0to10,
    onsetAt: isoWithOffset(instantOfLocal(input.onsetDate, input.onsetTime, timeZone), timeZone),
    legSymptoms: input.legSymptoms,
  };
}
