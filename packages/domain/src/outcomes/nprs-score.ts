import type { EventOf } from "../events/events.ts";

export type NprsAnswers = EventOf<"outcomes.recorded">["nprs"];

/**
 * One pain score from the three NPRS items (now, average and worst over the past week): their mean,
 * to one decimal. Averaging the items steadies a single day's reading, as the three-item NPRS does in
 * back-pain trials; the items stay in the record for anyone who wants one of them.
 */
export function nprsScore(nprs: NprsAnswers): number {
  return Math.round(((nprs.now0to10 + nprs.average0to10 + nprs.worst0to10) / 3) * 10) / 10;
}
