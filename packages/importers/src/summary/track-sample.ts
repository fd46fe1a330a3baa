/** One point of a recorded activity, whatever the file format; null where the file has nothing. */
export interface TrackSample {
  /** Seconds on the file's own clock (absolute or device-relative); only differences are used. */
  timeSeconds: number | null;
  latDeg: number | null;
  lonDeg: number | null;
  altitudeMeters: number | null;
  /** Cumulative distance as the device measured it. */
  distanceMeters: number | null;
  speedMps: number | null;
  heartRateBpm: number | null;
  /** Already converted to steps per minute (both feet) for foot sports. */
  cadenceStepsPerMinute: number | null;
  stanceTimeMs: number | null;
  verticalOscillationMm: number | null;
  stepLengthMm: number | null;
  /** First point after a break in recording (a new GPX trkseg): no distance or time is bridged to it. */
  startsSegment: boolean;
}

export function emptySample(): TrackSample {
  return {
    timeSeconds: null,
    latDeg: null,
    lonDeg: null,
    altitudeMeters: null,
    distanceMeters: null,
    speedMps: null,
    heartRateBpm: null,
    cadenceStepsPerMinute: null,
    stanceTimeMs: null,
    verticalOscillationMm: null,
    stepLengthMm: null,
    startsSegment: false,
  };
}

const EARTH_RADIUS_METERS = 6_371_008.8;
const RAD = Math.PI / 180;

export function haversineMeters(latA: number, lonA: number, latB: number, lonB: number): number {
  const dLat = (latB - latA) * RAD;
  const dLon = (lonB - lonA) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(latA * RAD) * Math.cos(latB * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
}
