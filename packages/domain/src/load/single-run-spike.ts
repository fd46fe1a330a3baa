import { addDays } from "../dates/add-days.ts";
import type { LocalDate } from "../events/events.ts";
import type { LoadRules, SourceRef } from "../protocol/protocol-types.ts";
import { sources } from "../sources/sources.ts";
import type { LoadRun } from "./load-types.ts";

export interface SingleRunSpike {
  flagged: boolean;
  /** Longest run in the window before the candidate's day, metres; 0 with no previous run. */
  longestRecentMeters: number;
  /** The longest the candidate may be without a flag; null with no previous run to compare. */
  limitMeters: number | null;
  sources: SourceRef[];
}

/** Longest run in the `windowDays` days before `date` (the day itself excluded). */
export function longestRecentRunMeters(input: {
  runs: readonly LoadRun[];
  /** The day the window ends before. */
  date: LocalDate;
  windowDays: number;
}): number {
  const from = addDays(input.date, -input.windowDays);
  let longest = 0;
  for (const run of input.runs) {
    if (run.localDate >= from && run.localDate < input.date) longest = Math.max(longest, run.distanceMeters);
  }
  return longest;
}

/**
 * Frandsen et al. 2025: a single run longer than 110% of the longest run of the previous 30 days raised
 * injury rates. With no previous run in the window there is nothing to compare, so no flag.
 */
export function singleRunSpike(input: {
  /** Runs already logged (the candidate excluded). */
  runs: readonly LoadRun[];
  /** The run being checked. */
  candidate: LoadRun;
  rules: LoadRules;
}): SingleRunSpike {
  const longest = longestRecentRunMeters({
    runs: input.runs,
    date: input.candidate.localDate,
    windowDays: input.rules.singleRunSpikeWindowDays,
  });
  if (longest <= 0) {
    return { flagged: false, longestRecentMeters: 0, limitMeters: null, sources: [sources.frandsen2025] };
  }
  const limitMeters = longest * input.rules.singleRunSpikeRatio;
  return {
    flagged: input.candidate.distanceMeters > limitMeters,
    longestRecentMeters: longest,
    limitMeters,
    sources: [sources.frandsen2025],
  };
}
