import { describe, expect, it } from "vitest";
import { historyRows } from "./clinical-history.ts";

describe("historyRows", () => {
  it("keeps the order, dates with the year, and colours raised flags by level and clearances as settled", () => {
    const rows = historyRows([
      {
        kind: "red-flag",
        localDate: "2025-12-30",
        level: "emergency",
        title: "Go to emergency care now",
        detail: "Numbness in the saddle area",
      },
      {
        kind: "clearance",
        localDate: "2026-01-02",
        level: "none",
        title: "All-clear",
        detail: "Dr Lee (GP), seen Fri 2 Jan, for: saddle numbness",
      },
      { kind: "no-improvement", localDate: "2026-02-01", level: "soon", title: "No better", detail: "5/10 to 4/10" },
      { kind: "visit", localDate: "2026-02-05", level: "none", title: "Visit", detail: "Sam (physiotherapist)" },
    ]);
    expect(rows.map(({ date, kindLabel, tone }) => ({ date, kindLabel, tone }))).toEqual([
      { date: "Tue 30 Dec 2025", kindLabel: "Warning sign raised", tone: "emergency" },
      { date: "Fri 2 Jan 2026", kindLabel: "All-clear recorded", tone: "ok" },
      { date: "Sun 1 Feb 2026", kindLabel: "No better in 2 weeks", tone: "soon" },
      { date: "Thu 5 Feb 2026", kindLabel: "Clinician visit", tone: "ok" },
    ]);
    expect(new Set(rows.map((row) => row.key)).size).toBe(4);
  });

  it("is empty for an empty history", () => {
    expect(historyRows([])).toEqual([]);
  });
});
