import type { CadenceRules, SourceRef } from "../protocol/protocol-types.ts";
import { sources } from "../sources/sources.ts";

export interface CadenceTarget {
  bandMinStepsPerMinute: number;
  bandMaxStepsPerMinute: number;
  /** The metronome setting for the next runs; the band's lower end when nothing is measured. */
  nextTargetStepsPerMinute: number;
  status: "unknown" | "below" | "within" | "above";
  message: string;
  /** Honest caveat: no cadence study was done in runners with back pain. */
  evidenceNote: string;
  sources: SourceRef[];
}

/**
 * The article's 170–180 steps/min band, reached in +5% steps from a measured cadence (Heiderscheit 2011)
 * rather than in one jump. Inside the band: keep it. Above it: no reason to slow down.
 */
export function cadenceTarget(input: {
  /**
   * Measured steps per minute, both feet (a watch's per-foot cadence × 2, or a form check's count);
   * absent when unknown. `latestMeasuredCadence` picks it from the log.
   */
  measuredStepsPerMinute?: number;
  rules: CadenceRules;
}): CadenceTarget {
  const { rules, measuredStepsPerMinute: measured } = input;
  const min = rules.targetMinStepsPerMinute;
  const max = rules.targetMaxStepsPerMinute;
  const evidenceNote =
    "A higher step rate reliably changes running mechanics, but no cadence study has been done in runners with back pain: it may help, it is not a proven cure.";
  const base = {
    bandMinStepsPerMinute: min,
    bandMaxStepsPerMinute: max,
    evidenceNote,
    sources: [sources.article, sources.heiderscheit2011, sources.anderson2022],
  };
  if (measured === undefined || measured <= 0) {
    return {
      ...base,
      nextTargetStepsPerMinute: min,
      status: "unknown",
      message: `Aim for ${min}–${max} steps a minute with a metronome app; log a run with cadence or do a form check to get a step-by-step target.`,
    };
  }
  if (measured < min) {
    const next = Math.min(Math.round(measured * (1 + rules.stepIncreaseShare)), max);
    return {
      ...base,
      nextTargetStepsPerMinute: Math.max(next, Math.round(measured)),
      status: "below",
      message: `You run at ${Math.round(measured)} steps a minute. Set the metronome to ${next} (+${Math.round(rules.stepIncreaseShare * 100)}%) until it feels normal, then step up again toward ${min}–${max}.`,
    };
  }
  if (measured <= max) {
    return {
      ...base,
      nextTargetStepsPerMinute: Math.round(measured),
      status: "within",
      message: `You run at ${Math.round(measured)} steps a minute, inside ${min}–${max}: keep it.`,
    };
  }
  return {
    ...base,
    nextTargetStepsPerMinute: Math.round(measured),
    status: "above",
    message: `You run at ${Math.round(measured)} steps a minute, above ${min}–${max}: no need to change it.`,
  };
}

/** Watches often store cadence per foot (strides a minute); steps a minute count both feet. */
export function stepsPerMinuteFromStrides(stridesPerMinute: number): number {
  return stridesPerMinute * 2;
}
