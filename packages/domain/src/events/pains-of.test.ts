import { describe, expect, it } from "vitest";
import { eventLog } from "../../test-data/event-builders.ts";
import { painsOf } from "./pains-of.ts";

describe("painsOf", () => {
  const l = eventLog();
  it("reads the scores an entry carries, and none it does not", () => {
    expect(painsOf(l.walkRun("2026-03-02", 2, { painAfter0to10: 4 }))).toEqual([2, 4]);
    expect(painsOf(l.session("2026-03-02", "walk-run"))).toEqual([]);
    expect(painsOf(l.pain("2026-03-02", 5))).toEqual([5]);
    expect(painsOf(l.episode("2026-03-02", 6, "2026-03-01T18:00:00Z"))).toEqual([6]);
    expect(painsOf(l.triage("2026-03-02"))).toEqual([]);
  });
});
