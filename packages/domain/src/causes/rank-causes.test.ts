import { describe, expect, it } from "vitest";
import { rankCauses } from "./rank-causes.ts";

describe("rankCauses", () => {
  it("lists all five causes, in the article's order, when nothing is answered yes", () => {
    const ranked = rankCauses({});
    expect(ranked.map((item) => item.cause.id)).toEqual([
      "overstriding",
      "hip-flexor-tightness",
      "weak-glutes-hamstrings",
      "core-collapse",
      "shoe-issues",
    ]);
    expect(ranked.every((item) => item.score === 0 && item.matchedSigns.length === 0)).toBe(true);
  });

  it("ranks by the share of each cause's signs answered yes", () => {
    const ranked = rankCauses({
      "better-in-new-shoes": true,
      "soles-worn-unevenly": true,
      "shoes-over-300-miles": true,
      "torso-wobble": true,
      "heel-scuff-sound": true,
    });
    expect(ranked.map((item) => [item.cause.id, item.score])).toEqual([
      ["shoe-issues", 1],
      ["core-collapse", 0.5],
      ["overstriding", 1 / 3],
      ["hip-flexor-tightness", 0],
      ["weak-glutes-hamstrings", 0],
    ]);
    expect(ranked[0]?.matchedSigns).toEqual([
      "Pain eases in new shoes",
      "Soles worn down unevenly",
      "Shoes with more than 300 miles (480 km) on them",
    ]);
  });

  it("breaks ties in the article's order", () => {
    const ranked = rankCauses({ "posture-fades-late": true, "pain-after-5km": true });
    expect(ranked.slice(0, 2).map((item) => item.cause.id)).toEqual(["weak-glutes-hamstrings", "core-collapse"]);
  });

  it("counts long sitting at half weight", () => {
    const ranked = rankCauses({ "long-hours-sitting": true });
    expect(ranked[0]?.cause.id).toBe("hip-flexor-tightness");
    expect(ranked[0]?.score).toBeCloseTo(0.2, 10);
    expect(ranked[0]?.matchedSigns).toEqual(["Long hours sitting each day"]);
  });

  it("ignores no answers and unknown ids", () => {
    expect(rankCauses({ "heel-scuff-sound": false, unknown: true }).every((item) => item.score === 0)).toBe(true);
  });
});
