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

/** Share of the radius by which the radius grows or shrinks, and by which the centre moves. */
const RADIUS_JITTER = 0.25;
const CENTRE_JITTER = 0.3;
const METERS_PER_DEGREE_LAT = 111_320;

/** Removes the start and end of a track, with deterministic per-activity jitter. Pure: no Math.random. */
export function applyPrivacyZone<T extends TrackPoint>(
  track: T[],
  { radiusMeters = 500, seed }: PrivacyZoneOptions,
): T[] {
  const first = track[0];
  const last = track[track.length - 1];
  if (!first || !last || radiusMeters <= 0) return track;
  const random = mulberry32(fnv1a(seed));
  const zones = [first, last].map((centre) => {
    const radius = radiusMeters * (1 + RADIUS_JITTER * (2 * random() - 1));
    const shiftMeters = radiusMeters * CENTRE_JITTER * random();
    const bearing = 2 * Math.PI * random();
    const latDeg = centre.latDeg + (shiftMeters * Math.cos(bearing)) / METERS_PER_DEGREE_LAT;
    const lonDeg =
      centre.lonDeg +
      (shiftMeters * Math.sin(bearing)) /
        (METERS_PER_DEGREE_LAT * Math.max(0.01, Math.cos((centre.latDeg * Math.PI) / 180)));
    // The moved circle must still cover the real point, or the start would leak.
    return { latDeg, lonDeg, radiusMeters: Math.max(radius, shiftMeters + radiusMeters * 0.5) };
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
