import { keypointNames, type PoseFrame } from "./pose-types.ts";
import { median } from "./signal.ts";

/**
 * Frames on an even time grid. Playback hands over frames by their presentation time and may skip one
 * when the phone is busy; the gait code counts in samples, so each frame goes to its slot on a grid at
 * the usual spacing, and a skipped slot becomes a frame where nothing is seen (gaps are filled later
 * by interpolation, and too many make the check refuse as "not in view").
 */
export function onEvenGrid(frames: readonly PoseFrame[]): PoseFrame[] {
  const sorted = [...frames].sort((a, b) => a.timeSeconds - b.timeSeconds);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last || sorted.length < 3) return sorted;
  const gaps = sorted
    .slice(1)
    .map((frame, i) => frame.timeSeconds - (sorted[i]?.timeSeconds ?? 0))
    .filter((gap) => gap > 1e-4);
  const step = median(gaps);
  if (!(step > 0)) return sorted;
  const slots = Math.round((last.timeSeconds - first.timeSeconds) / step) + 1;
  const grid: (PoseFrame | undefined)[] = new Array(slots);
  for (const frame of sorted) {
    const slot = Math.round((frame.timeSeconds - first.timeSeconds) / step);
    grid[slot] ??= frame;
  }
  const unseen = keypointNames.map(() => [0, 0, 0] as const);
  return Array.from(
    grid,
    (frame, slot) => frame ?? { timeSeconds: first.timeSeconds + slot * step, keypoints: unseen },
  );
}
