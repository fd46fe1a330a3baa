import { describe, expect, it } from "vitest";
import { onEvenGrid } from "./frame-grid.ts";
import type { PoseFrame } from "./pose-types.ts";

const seen = (timeSeconds: number): PoseFrame => ({ timeSeconds, keypoints: [[1, 2, 0.9]] });

describe("onEvenGrid", () => {
  it("puts a skipped frame back as a frame where nothing is seen", () => {
    const frames = [0, 1, 2, 4, 5, 6].map((i) => seen(i / 30));
    const grid = onEvenGrid(frames);
    expect(grid.map((frame) => Math.round(frame.timeSeconds * 30))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(grid[3]?.keypoints.every((keypoint) => keypoint[2] === 0)).toBe(true);
    expect(grid[4]).toBe(frames[3]);
  });

  it("keeps one frame per slot when a frame is handed over twice", () => {
    const frames = [0, 1, 1, 2, 3].map((i) => seen(i / 30));
    expect(onEvenGrid(frames)).toHaveLength(4);
  });
});
