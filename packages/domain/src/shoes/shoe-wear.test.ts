import { describe, expect, it } from "vitest";
import { defaultProtocol } from "../protocol/default-protocol.ts";
import { milesToMeters } from "../units/conversions.ts";
import { shoeWear } from "./shoe-wear.ts";

const rules = defaultProtocol.shoes;

describe("shoeWear", () => {
  it("is ok under 300 miles", () => {
    expect(shoeWear({ shoe: { distanceMeters: milesToMeters(120) }, rules }).status).toBe("ok");
  });
  it("warns from 300 miles", () => {
    const wear = shoeWear({ shoe: { distanceMeters: milesToMeters(300) }, rules });
    expect(wear.status).toBe("warn");
    expect(wear.message).toContain("300 mi");
  });
  it("says replace from 500 miles, in km when asked", () => {
    const wear = shoeWear({ shoe: { distanceMeters: milesToMeters(510) }, rules, unit: "km" });
    expect(wear.status).toBe("replace");
    // The article's round 500 miles stays round: 800 km, not 804.7.
    expect(wear.message).toBe(
      "820.8 km in these shoes: past 800 km, time for a new pair even if the tread looks fine.",
    );
  });
  it("notes a drop outside 6–8 mm with the Malisoux caveat", () => {
    const wear = shoeWear({ shoe: { distanceMeters: 0, dropMm: 12 }, rules });
    expect(wear.notes[0]?.code).toBe("drop-outside-range");
    expect(wear.notes[0]?.sources.map((s) => s.id)).toContain("malisoux-2016");
    expect(shoeWear({ shoe: { distanceMeters: 0, dropMm: 7 }, rules }).notes).toEqual([]);
  });
  it("reports a retired pair as retired", () => {
    expect(shoeWear({ shoe: { distanceMeters: milesToMeters(600), retiredAt: "2026-01-01" }, rules }).status).toBe(
      "retired",
    );
  });
});
