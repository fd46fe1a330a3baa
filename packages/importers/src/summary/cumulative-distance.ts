import { haversineMeters, type TrackSample } from "./track-sample.ts";

/**
 * Cumulative distance per sample: the device's own distance when most samples carry it (it is
 * filtered by the watch, and covers treadmills), otherwise the sum of great-circle steps.
 */
export function cumulativeDistanceMeters(samples: TrackSample[]): Float64Array {
  const out = new Float64Array(samples.length);
  let withDistance = 0;
  for (const s of samples) if (s.distanceMeters !== null) withDistance++;
  if (withDistance > 0 && withDistance >= samples.length / 2) {
    let last = 0;
    let base: number | null = null;
    for (let i = 0; i < samples.length; i++) {
      const d = (samples[i] as TrackSample).distanceMeters;
      if (d !== null && d >= last) {
        base ??= d;
        last = d;
      }
      out[i] = last - (base ?? 0);
    }
    return out;
  }
  let total = 0;
  let prevLat: number | null = null;
  let prevLon: number | null = null;
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i] as TrackSample;
    if (s.latDeg !== null && s.lonDeg !== null) {
      if (prevLat !== null && prevLon !== null && !s.startsSegment)
        total += haversineMeters(prevLat, prevLon, s.latDeg, s.lonDeg);
      prevLat = s.latDeg;
      prevLon = s.lonDeg;
    }
    out[i] = total;
  }
  return out;
}
