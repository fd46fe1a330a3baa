import { describe, expect, it } from "vitest";
import { psfsChange } from "./psfs-change.ts";

const baseline = [
  { activity: "run 5 km", score0to10: 2 },
  { activity: "put on socks", score0to10: 5 },
];

describe("psfsChange (Maughan & Lewis 2010: 1.4 points)", () => {
  it("calls a rise of 1.4 points or more important, in words", () => {
    const change = psfsChange({
      from: baseline,
      to: [
        { activity: "Run 5 km", score0to10: 5 },
        { activity: "put on socks", score0to10: 7 },
      ],
    });
    expect(change).toMatchObject({
      fromScore: 3.5,
      toScore: 6,
      changePoints: 2.5,
      direction: "better",
      important: true,
    });
    expect(change?.words).toBe(
      "Your 2 activities: rose from 3.5 to 6.0 out of 10 (2.5 points), past the 1.4 points that counts as a real change in back pain.",
    );
    expect(change?.source.id).toBe("maughan-lewis-2010");
  });

  it("does not call a one-point rise important", () => {
    const change = psfsChange({ from: baseline, to: [{ activity: "run 5 km", score0to10: 3 }] });
    expect(change).toMatchObject({ changePoints: 1, important: false, activities: ["run 5 km"] });
    expect(change?.words).toContain("less than the 1.4 points");
  });

  it("compares only activities named at both times, and gives null when none match", () => {
    expect(psfsChange({ from: baseline, to: [{ activity: "sit through a film", score0to10: 9 }] })).toBeNull();
  });

  it("reads a fall as worse", () => {
    expect(psfsChange({ from: baseline, to: [{ activity: "put on socks", score0to10: 2 }] })).toMatchObject({
      direction: "worse",
      important: true,
    });
  });
});
