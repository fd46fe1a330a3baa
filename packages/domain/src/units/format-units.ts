import { type DistanceUnit, kgToPounds, metersToUnit, type WeightUnit } from "./conversions.ts";

/** Trailing ".0" adds nothing a runner reads: "5 km", "5.2 km". */
function trimmed(value: number, decimals: number): string {
  const fixed = value.toFixed(decimals);
  return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
}

/** "5.2 km" / "3.2 mi": one decimal, enough for a run and honest about GPS precision. */
export function formatDistance(meters: number, unit: DistanceUnit): string {
  return `${trimmed(metersToUnit(meters, unit), 1)} ${unit}`;
}

/** "2.3 kg" / "5 lb": a weight in the runner's unit, one decimal. */
export function formatWeight(kg: number, unit: WeightUnit): string {
  const value = unit === "kg" ? kg : kgToPounds(kg);
  return `${trimmed(value, 1)} ${unit}`;
}

/** "20 min", "1 h 05 min", "45 s": how long a task or session lasts. */
export function formatDuration(durationSeconds: number): string {
  const seconds = Math.max(0, Math.round(durationSeconds));
  if (seconds < 60) return `${seconds} s`;
  const totalMinutes = Math.round(seconds / 60);
  if (totalMinutes < 60) return `${totalMinutes} min`;
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  return `${hours} h ${String(minutes).padStart(2, "0")} min`;
}

/**
 * Pace as runners say it, minutes:seconds per km or per mile ("5:30 /km"). Returns "–" when there is
 * no distance, rather than a division by zero.
 */
export function formatPace(input: {
  /** Distance covered, metres. */
  distanceMeters: number;
  /** Time moving, seconds. */
  durationSeconds: number;
  unit: DistanceUnit;
}): string {
  const units = metersToUnit(input.distanceMeters, input.unit);
  if (units <= 0 || input.durationSeconds <= 0) return "–";
  const secondsPerUnit = Math.round(input.durationSeconds / units);
  const minutes = Math.floor(secondsPerUnit / 60);
  const seconds = secondsPerUnit % 60;
  return `${minutes}:${String(seconds).padStart(2, "0")} /${input.unit}`;
}
