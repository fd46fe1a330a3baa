import { haversineMeters } from "./summary/track-sample.ts";

export interface TrackPoint {
  latDeg: number;
  lonDeg: number;
  elapsedSeconds: number | null;
}

export interface PrivacyZoneOptions {
  /** Points closer than this to the start or the end are removed; default 500 m. */
  radiusMeters?: number;
  /**
   * Anything stable per activity (an id or a content hash). The circles' centres and radii are moved
   * by an amount derived from it, so the cut edges do not point back at the door, yet the same
   * activity is always cut the same way (and repeated views cannot be averaged out).
   */
  seed: string;
}

/** Up to this share of the radius is added to it, and the centre moves by up to CENTRE_JITTER of it. */
const RADIUS_JITTER = 0.5;
const CENTRE_JITTER = 0.3;
const METERS_PER_DEGREE_LAT = 111_320;

/**
 * Removes every point within radiusMeters of the start and of the end, and a jittered margin beyond,
 * so the visible ends do not sit on a circle around the door. Deterministic per seed; no Math.random.
 */
export function applyPrivacyZone<T extends TrackPoint>(
  track: T[],
  { radiusMeters = 500, seed }: PrivacyZoneOptions,
): T[] {
  const first = track[0];
  const last = track[track.length - 1];
  if (!first || !last || radiusMeters <= 0) return track;
  const random = mulberry32(fnv1a(seed));
  const zones = [first, last].map((centre) => {
    const shiftMeters = radiusMeters * CENTRE_JITTER * random();
    // Growing the circle by the shift keeps every point within radiusMeters of the real start inside it.
    const radius = radiusMeters * (1 + RADIUS_JITTER * random()) + shiftMeters;
    const bearing = 2 * Math.PI * random();
    const latDeg = centre.latDeg + (shiftMeters * Math.cos(bearing)) / METERS_PER_DEGREE_LAT;
    const lonDeg =
      centre.lonDeg +
      (shiftMeters * Math.sin(bearing)) /
        (METERS_PER_DEGREE_LAT * Math.max(0.01, Math.cos((centre.latDeg * Math.PI) / 180)));
    return { latDeg, lonDeg, radiusMeters: radius };
  });
  return track.filter((p) =>
    zones.every((zone) => haversineMeters(zone.latDeg, zone.lonDeg, p.latDeg, p.lonDeg) > zone.radiusMeters),
  );
}

/** 32-bit FNV-1a of the seed's UTF-16 code units. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Small, well-mixed deterministic generator; only used for the privacy jitter. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
