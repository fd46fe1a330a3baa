import { describe, expect, it } from "vitest";
import { type Keypoint, keypointIndex, keypointNames } from "./pose-types.ts";
import { skeletonBones } from "./skeleton.ts";

function pose(points: Partial<Record<(typeof keypointNames)[number], [number, number]>>): Keypoint[] {
  return keypointNames.map((name) => {
    const at = points[name];
    return at ? [at[0], at[1], 0.9] : [0, 0, 0];
  });
}

describe("skeletonBones", () => {
  it("draws each shin to the nearer ankle when the model swapped the labels", () => {
    const bones = skeletonBones(
      pose({ leftKnee: [100, 500], rightKnee: [200, 500], leftAnkle: [210, 640], rightAnkle: [90, 640] }),
    );
    expect(bones).toContainEqual(["leftKnee", "rightAnkle"]);
    expect(bones).toContainEqual(["rightKnee", "leftAnkle"]);
    expect(keypointIndex("leftKnee")).toBe(13);
  });

  it("keeps the labels when they make sense", () => {
    const bones = skeletonBones(
      pose({ leftKnee: [100, 500], rightKnee: [200, 500], leftAnkle: [95, 640], rightAnkle: [205, 640] }),
    );
    expect(bones).toContainEqual(["leftKnee", "leftAnkle"]);
  });
});
