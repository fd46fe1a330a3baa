import { localDayNumber } from "./local-day.ts";

/** A float tolerance so a share of exactly 30% is not lost to rounding. */
const SHARE_EPSILON = 1e-9;

/** Id of the red-flag question this detector answers from the pain log. */
export const noImprovementQuestionId = "no-better-after-two-weeks";

export interface PainReading {
  /** The runner's local day of the reading, `YYYY-MM-DD`. */
  localDate: string;
  /** Pain on the 0-10 numeric rating scale. */
  pain0to10: number;
}

export interface DetectNoImprovementInput {
  /** Pain readings in the order they were logged (check-ins, session pain, flare-ups). */
  painLog: PainReading[];
  /** The runner's local date; readings after it are ignored. */
  today: string;
  /** The look-back window in days (protocol: 14). */
  windowDays: number;
  /** An improvement of at least this many points counts (protocol: 2). */
  importantChangePoints: number;
  /** An improvement of at least this share of the first reading counts (protocol: 0.3). */
  importantChangeShare: number;
}

export type NoImprovementStatus = "not-enough-data" | "recovered" | "improving" | "no-improvement";

export interface NoImprovementResult {
  status: NoImprovementStatus;
  /** "soon" only when the pain has not improved enough over the window. */
  level: "soon" | "none";
  flagged: boolean;
  /** Plain words for the runner (and the coach). */
  reason: string;
  /** The readings compared, when there were enough. */
  first?: PainReading;
  latest?: PainReading;
  /** first - latest: positive is better. */
  improvementPoints?: number;
  /** improvementPoints as a share of the first reading (0 when the first reading was 0). */
  improvementShare?: number;
}

/**
 * "No better after 2 weeks" from the pain log (article; NPRS important change per Ostelo 2008).
 * Compares the first reading inside the window [today - windowDays, today] with the latest one. It flags
 * only when those two are at least windowDays apart, the latest pain is above 0 (0 = recovered), and
 * the pain fell by less than importantChangePoints AND by less than importantChangeShare.
 */
export function detectNoImprovement(input: DetectNoImprovementInput): NoImprovementResult {
  const todayDay = localDayNumber(input.today);
  const windowStartDay = todayDay - input.windowDays;
  const inWindow = input.painLog
    .map((reading, index) => ({ reading, index, day: localDayNumber(reading.localDate) }))
    .filter(({ day }) => day >= windowStartDay && day <= todayDay)
    .sort((a, b) => a.day - b.day || a.index - b.index);

  const firstEntry = inWindow[0];
  const latestEntry = inWindow[inWindow.length - 1];
  if (!firstEntry || !latestEntry || latestEntry.day - firstEntry.day < input.windowDays) {
    return {
      status: "not-enough-data",
      level: "none",
      flagged: false,
      reason: `Not enough pain check-ins yet: we need readings ${input.windowDays} days apart to judge progress.`,
    };
  }

  const first = firstEntry.reading;
  const latest = latestEntry.reading;
  const improvementPoints = first.pain0to10 - latest.pain0to10;
  const improvementShare = first.pain0to10 > 0 ? improvementPoints / first.pain0to10 : 0;
  const compared = { first, latest, improvementPoints, improvementShare };
  const span = `${first.pain0to10}/10 on ${first.localDate}, ${latest.pain0to10}/10 on ${latest.localDate}`;

  if (latest.pain0to10 === 0) {
    return { status: "recovered", level: "none", flagged: false, reason: `Pain-free now (${span}).`, ...compared };
  }
  const enoughPoints = improvementPoints >= input.importantChangePoints;
  const enoughShare = improvementShare >= input.importantChangeShare - SHARE_EPSILON;
  if (enoughPoints || enoughShare) {
    return {
      status: "improving",
      level: "none",
      flagged: false,
      reason: `Your pain is clearly improving (${span}).`,
      ...compared,
    };
  }
  const sharePercent = Math.round(input.importantChangeShare * 100);
  return {
    status: "no-improvement",
    level: "soon",
    flagged: true,
    reason: `Your pain has not improved enough in ${input.windowDays} days (${span}): less than ${input.importantChangePoints} points or ${sharePercent}% better. Book a check with a doctor or physiotherapist within 2 weeks.`,
    ...compared,
  };
}
