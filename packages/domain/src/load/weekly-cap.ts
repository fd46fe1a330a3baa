import type { LoadRules, SourceRef } from "../protocol/protocol-types.ts";
import { sources } from "../sources/sources.ts";

export interface WeeklyCap {
  /** The most this week may total, metres; null when there is no previous week to grow from. */
  capMeters: number | null;
  /** Which limit set the cap. */
  limitedBy: "ten-percent" | "hold" | "coach" | "repeat" | "no-previous-week";
  text: string;
  sources: SourceRef[];
}

/**
 * Week 4+: this week may total at most (1 + maxWeeklyIncreaseShare) × last week (the article's 10%).
 * A coach's weekly cap or a hold (no growth this week) can only lower it, never raise it.
 */
export function weeklyCap(input: {
  /** Distance of the previous ISO week, metres. */
  previousWeekMeters: number;
  rules: LoadRules;
  /** A coach's weekly distance cap in force, metres. */
  coachCapMeters?: number;
  /** True when a coach holds the runner at last week's distance (no growth). */
  hold?: boolean;
}): WeeklyCap {
  const { previousWeekMeters, rules } = input;
  if (previousWeekMeters <= 0) {
    if (input.coachCapMeters !== undefined) {
      return {
        capMeters: input.coachCapMeters,
        limitedBy: "coach",
        text: "No distance logged last week, so your coach's weekly cap is the limit.",
        sources: [sources.article],
      };
    }
    return {
      capMeters: null,
      limitedBy: "no-previous-week",
      text: "No distance logged last week: keep runs as short as your last walk/run sessions and log them, so the 10% cap has a week to grow from.",
      sources: [sources.article, sources.buist2008],
    };
  }
  const growthShare = input.hold ? 0 : rules.maxWeeklyIncreaseShare;
  // Whole metres, rounded down, so float noise (12000 × 1.1 = 13200.000000000002) never lifts the cap.
  const tenPercent = Math.floor(previousWeekMeters * (1 + growthShare) + 1e-6);
  if (input.coachCapMeters !== undefined && input.coachCapMeters < tenPercent) {
    return {
      capMeters: input.coachCapMeters,
      limitedBy: "coach",
      text: "Your coach set a lower weekly cap than the 10% rule.",
      sources: [sources.article],
    };
  }
  if (input.hold) {
    return {
      capMeters: tenPercent,
      limitedBy: "hold",
      text: "Your coach is holding this week at last week's distance.",
      sources: [sources.article],
    };
  }
  return {
    capMeters: tenPercent,
    limitedBy: "ten-percent",
    text: `At most ${Math.round(rules.maxWeeklyIncreaseShare * 100)}% more than last week.`,
    sources: [sources.article, sources.buist2008],
  };
}
