import { describe, expect, it } from "vitest";
import { weekDayWords } from "./week-strip.ts";

describe("week strip words", () => {
  it("keeps a day with impact as the plan wrote it", () => {
    expect(weekDayWords({ summary: "Circuit + walk/run week 1", impactAllowed: true })).toBe(
      "Circuit + walk/run week 1",
    );
  });

  it("says no running in words on a no-impact day", () => {
    expect(weekDayWords({ summary: "Circuit (rebuild week 1)", impactAllowed: false })).toBe(
      "Circuit (rebuild week 1) · no running",
    );
    expect(weekDayWords({ summary: "Rest from running", impactAllowed: false })).toBe("Rest from running");
    expect(weekDayWords({ summary: "Relief", impactAllowed: false })).toBe("Relief");
  });
});
