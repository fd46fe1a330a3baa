import { describe, expect, it } from "vitest";
import { defaultReportPeriod, reportPeriodProblem } from "./report-period.ts";

describe("report period", () => {
  it("covers the last 12 weeks, or from the start when it is later", () => {
    expect(defaultReportPeriod("2026-06-01", null)).toEqual({ from: "2026-03-10", to: "2026-06-01" });
    expect(defaultReportPeriod("2026-06-01", "2026-05-01")).toEqual({ from: "2026-05-01", to: "2026-06-01" });
  });

  it("refuses a backward, empty or over-long period", () => {
    expect(reportPeriodProblem("2026-06-01", "2026-05-01")).toMatch(/before/);
    expect(reportPeriodProblem("", "2026-05-01")).toMatch(/both/);
    expect(reportPeriodProblem("2024-01-01", "2026-05-01")).toMatch(/year/);
    expect(reportPeriodProblem("2026-03-01", "2026-05-01")).toBeNull();
  });
});
