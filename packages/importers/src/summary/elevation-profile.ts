import type { TrackSample } from "./track-sample.ts";

/** Climbs smaller than this are treated as noise; GPS altitude wanders by a few metres at rest. */
const HYSTERESIS_METERS = 3;
/** Half-width of the moving average, in samples, applied before anything else. */
const SMOOTHING_HALF_WINDOW = 5;
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
  for (let i = 0; i < samples.length; i++) {
    const altitude = (samples[i] as TrackSample).altitudeMeters;
    if (altitude === null) continue;
    altitudes.push(altitude);
    distances.push(distanceMeters[i] as number);
  }
  if (altitudes.length < 2) return null;
  const smoothed = movingAverage(altitudes, SMOOTHING_HALF_WINDOW);

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
