/** A float tolerance so a share of exactly 30% is not lost to rounding. */
const SHARE_EPSILON = 1e-9;

/** Id of the red-flag question this detector answers from the pain log. */
export const noImprovementQuestionId = "no-better-after-two-weeks";

/**
 * How the detector reads the article's "pain unchanged after 2 weeks": at least 10 daily readings across
 * the 14 days, the median of the first three days against the median of the last three, and pain still
 * at or above 3/10 (the article's stop line: below it the runner is running again).
 */
export const noImprovementRules = {
  minReadings: 10,
  compareDays: 3,
  stillPain0to10: 3,
} as const;

export interface PainReading {
  /** The runner's local day of the reading, `YYYY-MM-DD`. */
  localDate: string;
  /** Pain on the 0-10 numeric rating scale. */
  pain0to10: number;
}

export interface ImportantChange {
  /** An improvement of at least this many points counts (protocol: 2). */
  points: number;
  /** An improvement of at least this share of the start counts (protocol: 0.3). */
  share: number;
}

export type NoImprovementAssessment =
  | { flagged: false; status: "not-enough-data" | "improving" | "below-stop"; text: string }
  | { flagged: true; status: "no-improvement"; startMedian: number; endMedian: number; text: string };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** True when `to` is better than `from` by the important change (points or share; Ostelo 2008). */
export function isImportantImprovement(from: number, to: number, change: ImportantChange): boolean {
  const points = from - to;
  return points >= change.points || (from > 0 && points / from >= change.share - SHARE_EPSILON);
}

/**
 * "No better after 2 weeks" from daily readings (one per day, oldest first, already limited to the
 * window). Flags when there are enough readings, the end is not importantly better than the start,
 * and the pain is still at or above 3/10.
 */
export function assessNoImprovement(input: {
  readings: readonly PainReading[];
  windowDays: number;
  change: ImportantChange;
}): NoImprovementAssessment {
  const { readings, change } = input;
  const k = noImprovementRules.compareDays;
  if (readings.length < noImprovementRules.minReadings) {
    return {
      flagged: false,
      status: "not-enough-data",
      text: `${readings.length} of the ${noImprovementRules.minReadings} daily readings needed across ${input.windowDays} days to judge progress.`,
    };
  }
  const startMedian = median(readings.slice(0, k).map((r) => r.pain0to10));
  const endMedian = median(readings.slice(-k).map((r) => r.pain0to10));
  const span = `${startMedian}/10 at the start of the ${input.windowDays} days, ${endMedian}/10 now (middle of 3 days each)`;
  if (endMedian < noImprovementRules.stillPain0to10) {
    return { flagged: false, status: "below-stop", text: `Pain is low now (${span}).` };
  }
  if (isImportantImprovement(startMedian, endMedian, change)) {
    return { flagged: false, status: "improving", text: `Your pain is clearly improving (${span}).` };
  }
  return {
    flagged: true,
    status: "no-improvement",
    startMedian,
    endMedian,
    text: `Your pain has not improved enough in ${input.windowDays} days (${span}): less than ${change.points} points or ${Math.round(change.share * 100)}% better. Book a check with a doctor or physiotherapist within 2 weeks.`,
  };
}

/**
 * Once raised, the alert closes only when the last three daily readings are importantly better than the
 * baseline it was raised on. Returns their median when so, else null.
 */
export function improvedSince(input: {
  baseline0to10: number;
  readings: readonly PainReading[];
  change: ImportantChange;
}): number | null {
  const last = input.readings.slice(-noImprovementRules.compareDays);
  if (last.length < noImprovementRules.compareDays) return null;
  const now = median(last.map((r) => r.pain0to10));
  return isImportantImprovement(input.baseline0to10, now, input.change) ? now : null;
}
