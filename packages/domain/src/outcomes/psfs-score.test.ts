import { describe, expect, it } from "vitest";
import { activityKey, psfsScore } from "./psfs-score.ts";

describe("psfsScore", () => {
  it("is the mean of the activity scores, to one decimal", () => {
    expect(
      psfsScore([
        { activity: "run 5 km", score0to10: 3 },
        { activity: "sit through a film", score0to10: 6 },
        { activity: "put on socks", score0to10: 8 },
      ]),
    ).toBe(5.7);
    expect(psfsScore([{ activity: "run 5 km", score0to10: 4 }])).toBe(4);
  });

  it("is null with no activity", () => {
    expect(psfsScore([])).toBeNull();
  });

  it("matches activities whatever their case and spacing", () => {
    expect(activityKey("Run 5 km")).toBe(activityKey("run 5km"));
    expect(activityKey("put on socks")).not.toBe(activityKey("run 5 km"));
  });
});
