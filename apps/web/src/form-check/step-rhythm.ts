import type { Confidence, Measured, StepEvent } from "./form-analysis.ts";
import { dominantPeriod, findPeaks, median } from "./signal.ts";

/** The step rates looked for: a slow jog to a sprint. */
const slowestStepsPerMinute = 110;
const fastestStepsPerMinute = 240;
/** Below this autocorrelation there is no steady rhythm to count. */
const minimumRhythmStrength = 0.2;

export interface StepFinding {
  periodSamples: number;
  /** Peak positions in samples (fractional). */
  peaks: number[];
  cadence: Measured;
  stepRhythm: { timeSeconds: number; stepsPerMinute: number }[];
}

/**
 * Steps from a signal that peaks once per step. The cadence counts the landings and the time between
 * the first and the last; the autocorrelation's period cross-checks it (a missed or doubled landing
 * makes them disagree, and lowers the confidence).
 */
export function findSteps(input: {
  signal: readonly number[];
  times: readonly number[];
  frameSeconds: number;
  /** Smallest rise of a peak worth a step, in the signal's units. */
  minProminence: number;
  method: (count: number, seconds: number) => string;
}): StepFinding | null {
  const { signal, frameSeconds } = input;
  const minLag = Math.round(60 / fastestStepsPerMinute / frameSeconds);
  const maxLag = Math.round(60 / slowestStepsPerMinute / frameSeconds);
  const period = dominantPeriod(signal, minLag, maxLag);
  if (!period || period.strength < minimumRhythmStrength) return null;
  const peaks = findPeaks(signal, period.periodSamples * 0.6, input.minProminence);
  const firstPeak = peaks[0];
  const lastPeak = peaks[peaks.length - 1];
  if (firstPeak === undefined || lastPeak === undefined || peaks.length < 2) return null;
  const spanSeconds = (lastPeak - firstPeak) * frameSeconds;
  const counted = (60 * (peaks.length - 1)) / spanSeconds;
  const fromPeriod = 60 / (period.periodSamples * frameSeconds);
  const intervals = peaks.slice(1).map((peak, i) => (peak - (peaks[i] ?? peak)) * frameSeconds);
  const meanInterval = intervals.reduce((sum, value) => sum + value, 0) / intervals.length;
  const spread = Math.sqrt(intervals.reduce((sum, value) => sum + (value - meanInterval) ** 2, 0) / intervals.length);
  const variation = spread / meanInterval;
  const agreement = Math.abs(counted - fromPeriod) / fromPeriod;
  const confidence: Confidence =
    peaks.length >= 12 && variation < 0.12 && agreement < 0.03
      ? "high"
      : peaks.length >= 8 && variation < 0.2 && agreement < 0.08
        ? "medium"
        : "low";
  const timeAt = (sample: number) => {
    const index = Math.round(sample);
    return input.times[Math.min(Math.max(index, 0), input.times.length - 1)] ?? 0;
  };
  return {
    periodSamples: period.periodSamples,
    peaks,
    cadence: { value: counted, confidence, method: input.method(peaks.length, spanSeconds) },
    stepRhythm: peaks.slice(1).map((peak, i) => ({
      timeSeconds: timeAt(peak),
      stepsPerMinute: 60 / ((peak - (peaks[i] ?? peak)) * frameSeconds),
    })),
  };
}

export function stepEvent(frameIndex: number, times: readonly number[]): StepEvent {
  return { frameIndex, timeSeconds: times[frameIndex] ?? 0 };
}

/** Confidence of a per-landing measure: enough landings that agree with each other. */
export function spreadConfidence(values: readonly number[], goodSpread: number): Confidence {
  if (values.length < 4) return "low";
  const middle = median(values);
  const deviation = median(values.map((value) => Math.abs(value - middle)));
  if (values.length >= 8 && deviation <= goodSpread) return "high";
  return deviation <= goodSpread * 2 ? "medium" : "low";
}
