import { describe, expect, it } from "vitest";
import { defaultProtocol } from "../protocol/default-protocol.ts";
import { weeklyCap } from "./weekly-cap.ts";

const rules = defaultProtocol.load;

describe("weeklyCap (week 4+: at most +10% a week)", () => {
  it("allows 10% over last week", () => {
    const cap = weeklyCap({ previousWeekMeters: 20_000, rules });
    expect(cap.capMeters).toBeCloseTo(22_000, 6);
    expect(cap.limitedBy).toBe("ten-percent");
    expect(cap.sources.map((s) => s.id)).toContain("buist-2008");
  });
  it("lets a coach lower the cap but never raise it", () => {
    expect(weeklyCap({ previousWeekMeters: 20_000, rules, coachCapMeters: 18_000 }).capMeters).toBe(18_000);
    expect(weeklyCap({ previousWeekMeters: 20_000, rules, coachCapMeters: 40_000 }).capMeters).toBeCloseTo(22_000, 6);
  });
  it("holds at last week's distance when a coach holds the week", () => {
    const cap = weeklyCap({ previousWeekMeters: 20_000, rules, hold: true });
    expect(cap.capMeters).toBe(20_000);
    expect(cap.limitedBy).toBe("hold");
  });
  it("has no distance cap without a previous week to grow from", () => {
    expect(weeklyCap({ previousWeekMeters: 0, rules }).capMeters).toBeNull();
  });
});
