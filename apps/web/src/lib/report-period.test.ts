import { describe, expect, it } from "vitest";
import { defaultPaper, defaultReportPeriod, reportPdfUrl, reportPeriodProblem } from "./report-period.ts";

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

describe("report PDF", () => {
  it("links the runner's own and a coach's PDF with the period and paper", () => {
    expect(reportPdfUrl("/api", "a4", { from: "2026-03-01", to: "2026-03-31" })).toBe(
      "/api/report.pdf?from=2026-03-01&to=2026-03-31&paper=a4",
    );
    expect(reportPdfUrl("/api/athletes/abc", "letter")).toBe("/api/athletes/abc/report.pdf?paper=letter");
  });

  it("starts on Letter in North America and on A4 elsewhere", () => {
    expect(defaultPaper("en-US")).toBe("letter");
    expect(defaultPaper("fr-CA")).toBe("letter");
    expect(defaultPaper("en-GB")).toBe("a4");
    expect(defaultPaper("de")).toBe("a4");
  });
});
