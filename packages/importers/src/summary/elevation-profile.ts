import type { TrackSample } from "./track-sample.ts";

/** Climbs smaller than this are treated as noise; GPS altitude wanders by a few metres at rest. */
const HYSTERESIS_METERS = 2;
/**
 * Half-width of the moving average in seconds (converted to samples at the file's typical interval).
 * With the 2 m hysteresis this keeps ±4 m of 1 Hz noise at zero gain, while staying within 25 % of the
 * barometric watches' own totals on the samples (they smooth differently, and slightly less).
 */
const SMOOTHING_HALF_WINDOW_SECONDS = 5;
/**
 * Faster vertical movement than this (plus a little slack) is a sensor glitch, not terrain: the
 * fenix 2 sample starts with three points 87 m above the rest. Generous for any runner or rider.
 */
const MAX_VERTICAL_SPEED_MPS = 5;
const SPIKE_SLACK_METERS = 3;
/** After this many rejected points in a row the new level is real (e.g. the first fix was the glitch). */
const MAX_REJECTED_IN_A_ROW = 10;
/** Grades are measured over stretches at least this long, so one noisy point cannot make a hill. */
const GRADE_SEGMENT_METERS = 50;
const DOWNHILL_GRADE = -0.03;

export interface ElevationProfile {
  gainMeters: number;
  lossMeters: number;
  /** Share of distance on grades steeper than -3 %, 0..1. */
  downhillShare: number;
}

/** Returns null when fewer than two samples carry an altitude. */
export function elevationProfile(samples: TrackSample[], distanceMeters: Float64Array): ElevationProfile | null {
  const altitudes: number[] = [];
  const distances: number[] = [];
  let lastTime: number | null = null;
  let rejectedInARow = 0;
  for (let i = 0; i < samples.length; i++) {
    const { altitudeMeters: altitude, timeSeconds } = samples[i] as TrackSample;
    if (altitude === null) continue;
    const previous = altitudes[altitudes.length - 1];
    if (previous !== undefined && rejectedInARow < MAX_REJECTED_IN_A_ROW) {
      const seconds = timeSeconds !== null && lastTime !== null ? Math.max(1, timeSeconds - lastTime) : 1;
      if (Math.abs(altitude - previous) > MAX_VERTICAL_SPEED_MPS * seconds + SPIKE_SLACK_METERS) {
        rejectedInARow++;
        continue;
      }
    }
    rejectedInARow = 0;
    altitudes.push(altitude);
    distances.push(distanceMeters[i] as number);
    lastTime = timeSeconds;
  }
  if (altitudes.length < 2) return null;
  const smoothed = movingAverage(
    altitudes,
    Math.max(1, Math.round(SMOOTHING_HALF_WINDOW_SECONDS / typicalIntervalSeconds(samples))),
  );

  let gainMeters = 0;
  let lossMeters = 0;
  let reference = smoothed[0] as number;
  for (const altitude of smoothed) {
    if (altitude - reference >= HYSTERESIS_METERS) {
      gainMeters += altitude - reference;
      reference = altitude;
    } else if (reference - altitude >= HYSTERESIS_METERS) {
      lossMeters += reference - altitude;
      reference = altitude;
    }
  }

  let downhillMeters = 0;
  let measuredMeters = 0;
  let segmentStart = 0;
  for (let i = 1; i < smoothed.length; i++) {
    const run = (distances[i] as number) - (distances[segmentStart] as number);
    if (run < GRADE_SEGMENT_METERS && i < smoothed.length - 1) continue;
    if (run > 0) {
      measuredMeters += run;
      const grade = ((smoothed[i] as number) - (smoothed[segmentStart] as number)) / run;
      if (grade < DOWNHILL_GRADE) downhillMeters += run;
    }
    segmentStart = i;
  }
  return { gainMeters, lossMeters, downhillShare: measuredMeters > 0 ? downhillMeters / measuredMeters : 0 };
}

/** Median time between consecutive timed samples; 1 s when the points carry no time. */
function typicalIntervalSeconds(samples: TrackSample[]): number {
  const intervals: number[] = [];
  let last: number | null = null;
  for (const s of samples) {
    if (s.timeSeconds === null) continue;
    if (last !== null && s.timeSeconds > last) intervals.push(s.timeSeconds - last);
    last = s.timeSeconds;
  }
  if (intervals.length === 0) return 1;
  intervals.sort((a, b) => a - b);
  return intervals[intervals.length >> 1] as number;
}

function movingAverage(values: number[], halfWindow: number): number[] {
  const prefix = new Float64Array(values.length + 1);
  for (let i = 0; i < values.length; i++) prefix[i + 1] = (prefix[i] as number) + (values[i] as number);
  const out: number[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const from = Math.max(0, i - halfWindow);
    const to = Math.min(values.length, i + halfWindow + 1);
    out[i] = ((prefix[to] as number) - (prefix[from] as number)) / (to - from);
  }
  return out;
}
