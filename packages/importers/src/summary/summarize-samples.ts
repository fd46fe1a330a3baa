import type { ImportedActivity } from "../activity-types.ts";
import { cumulativeDistanceMeters } from "./cumulative-distance.ts";
import { elevationProfile } from "./elevation-profile.ts";
import type { TrackSample } from "./track-sample.ts";

/** Below this speed the runner is standing, not running or walking. */
export const STOPPED_BELOW_MPS = 0.5;
/** A longer silence between two samples is a pause (auto-pause or lost signal), not movement. */
const MAX_MOVING_GAP_SECONDS = 60;

export interface SummaryInput {
  samples: TrackSample[];
  /** Timer pauses [from, to) on the samples' clock, from the device's events. */
  pauses?: [number, number][];
}

export type SampleSummary = Pick<
  ImportedActivity,
  | "distanceMeters"
  | "elapsedSeconds"
  | "movingSeconds"
  | "heartRate"
  | "cadence"
  | "elevation"
  | "downhillShare"
  | "runningDynamics"
>;

/** Everything Backstride derives from the points themselves; devices' own totals are merged in by each format. */
export function summarizeSamples({ samples, pauses: rawPauses = [] }: SummaryInput): SampleSummary {
  const pauses = mergePauses(rawPauses);
  const distance = cumulativeDistanceMeters(samples);
  const n = samples.length;
  const distanceMeters = n > 0 ? (distance[n - 1] as number) : 0;

  let firstTime: number | null = null;
  let lastTime: number | null = null;
  let movingSeconds = 0;
  let cadenceSeconds = 0;
  let cadenceWeighted = 0;
  const bandSeconds = [0, 0, 0, 0];
  const dynamics = { stance: new Mean(), oscillation: new Mean(), stepLength: new Mean() };
  const heartRate = new Mean();
  let maxHeartRate = 0;

  let previous: TrackSample | null = null;
  let previousDistance = 0;
  for (let i = 0; i < n; i++) {
    const s = samples[i] as TrackSample;
    if (s.heartRateBpm !== null && s.heartRateBpm > 0) {
      heartRate.add(s.heartRateBpm);
      maxHeartRate = Math.max(maxHeartRate, s.heartRateBpm);
    }
    const t = s.timeSeconds;
    if (t !== null) {
      firstTime ??= t;
      lastTime = t;
    }
    const d = distance[i] as number;
    if (previous !== null && previous.timeSeconds !== null && t !== null) {
      const dt = t - previous.timeSeconds;
      if (dt > 0 && dt <= MAX_MOVING_GAP_SECONDS && !s.startsSegment && !inPause(pauses, previous.timeSeconds)) {
        const speed = s.speedMps ?? (d - previousDistance) / dt;
        if (speed >= STOPPED_BELOW_MPS) {
          movingSeconds += dt;
          const cadence = s.cadenceStepsPerMinute;
          if (cadence !== null && cadence > 0) {
            cadenceSeconds += dt;
            cadenceWeighted += cadence * dt;
            const band = cadence < 160 ? 0 : cadence < 170 ? 1 : cadence < 180 ? 2 : 3;
            bandSeconds[band] = (bandSeconds[band] as number) + dt;
          }
          if (s.stanceTimeMs !== null && s.stanceTimeMs > 0) dynamics.stance.add(s.stanceTimeMs);
          if (s.verticalOscillationMm !== null && s.verticalOscillationMm > 0)
            dynamics.oscillation.add(s.verticalOscillationMm);
          if (s.stepLengthMm !== null && s.stepLengthMm > 0) dynamics.stepLength.add(s.stepLengthMm);
        }
      }
    }
    if (t !== null) {
      previous = s;
      previousDistance = d;
    }
  }

  const profile = elevationProfile(samples, distance);
  const share = (seconds: number) => (cadenceSeconds > 0 ? seconds / cadenceSeconds : 0);
  return {
    distanceMeters,
    elapsedSeconds: firstTime !== null && lastTime !== null ? lastTime - firstTime : 0,
    movingSeconds,
    heartRate: heartRate.count > 0 ? { avgBpm: heartRate.value(), maxBpm: maxHeartRate } : null,
    cadence:
      cadenceSeconds > 0
        ? {
            avgStepsPerMinute: cadenceWeighted / cadenceSeconds,
            bands: {
              below160: share(bandSeconds[0] as number),
              from160to170: share(bandSeconds[1] as number),
              from170to180: share(bandSeconds[2] as number),
              above180: share(bandSeconds[3] as number),
            },
          }
        : null,
    elevation: profile ? { gainMeters: profile.gainMeters, lossMeters: profile.lossMeters } : null,
    downhillShare: profile ? profile.downhillShare : null,
    runningDynamics:
      dynamics.stance.count + dynamics.oscillation.count + dynamics.stepLength.count > 0
        ? {
            ...(dynamics.stance.count > 0 ? { avgStanceTimeMs: dynamics.stance.value() } : {}),
            ...(dynamics.oscillation.count > 0 ? { avgVerticalOscillationMm: dynamics.oscillation.value() } : {}),
            ...(dynamics.stepLength.count > 0 ? { avgStepLengthMm: dynamics.stepLength.value() } : {}),
          }
        : null,
  };
}

/** Sorted, non-overlapping spans, so each lookup is a binary search (a file may hold thousands of events). */
function mergePauses(pauses: [number, number][]): [number, number][] {
  const sorted = pauses.filter(([from, to]) => to > from).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

function inPause(pauses: [number, number][], t: number): boolean {
  let low = 0;
  let high = pauses.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [from, to] = pauses[mid] as [number, number];
    if (t < from) high = mid - 1;
    else if (t >= to) low = mid + 1;
    else return true;
  }
  return false;
}

class Mean {
  count = 0;
  private sum = 0;
  add(v: number): void {
    this.sum += v;
    this.count++;
  }
  value(): number {
    return this.sum / this.count;
  }
}
