import type { DistanceUnit } from "@backstride/domain";

/**
 * Display helpers the domain does not have. Distances, weights, paces and "Thu 12 Mar" come from
 * @backstride/domain so the app and the plan's reasons always say the same thing.
 */

/** A run's time on a stopwatch: "42:05" or "1:02:05". */
export function formatClock(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const ss = String(total % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "10 Mar 2026": a local date with its year, for lists that span years. */
export function formatDateWithYear(localDate: string): string {
  const [y, m, d] = localDate.split("-").map(Number) as [number, number, number];
  return `${d} ${months[m - 1] ?? ""} ${y}`;
}

const FEET_PER_METER = 1 / 0.3048;

/** Climb or descent in the runner's system: metres beside km, feet beside miles ("120 m", "394 ft"). */
export function formatElevation(meters: number, unit: DistanceUnit): string {
  return unit === "km" ? `${Math.round(meters)} m` : `${Math.round(meters * FEET_PER_METER)} ft`;
}

/** A 0..1 share as "23%". */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** Parses what a runner types as a time ("42:05", "1:02:05", "42") into seconds; null if unreadable. */
export function parseClock(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}(:\d{1,2}){0,2}$/.test(trimmed)) return null;
  const parts = trimmed.split(":").map(Number);
  if (parts.slice(1).some((part) => part >= 60)) return null;
  // One number means minutes: nobody types a run's time in seconds.
  if (parts.length === 1) return (parts[0] ?? 0) * 60;
  if (parts.length === 2) return (parts[0] ?? 0) * 60 + (parts[1] ?? 0);
  return (parts[0] ?? 0) * 3600 + (parts[1] ?? 0) * 60 + (parts[2] ?? 0);
}
