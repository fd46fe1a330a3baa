import { describe, expect, it } from "vitest";
import { defaultProtocol } from "../protocol/default-protocol.ts";
import { evaluateRedFlags } from "./evaluate-red-flags.ts";
import { detectNoImprovement, noImprovementQuestionId, type PainReading } from "./no-improvement.ts";

const rules = {
  windowDays: defaultProtocol.pain.noImprovementWindowDays,
  importantChangePoints: defaultProtocol.pain.importantChangePoints,
  importantChangeShare: defaultProtocol.pain.importantChangeShare,
};

function detect(painLog: PainReading[], today = "2026-11-25") {
  return detectNoImprovement({ painLog, today, ...rules });
}

describe("detectNoImprovement", () => {
  it("flags pain 5 -> 4 over 14 days as soon, with a plain reason", () => {
    const result = detect([
      { localDate: "2026-11-11", pain0to10: 5 },
      { localDate: "2026-11-18", pain0to10: 6 },
      { localDate: "2026-11-25", pain0to10: 4 },
    ]);
    expect(result.flagged).toBe(true);
    expect(result.level).toBe("soon");
    expect(result.status).toBe("no-improvement");
    expect(result.improvementPoints).toBe(1);
    expect(result.reason).toBe(
      "Your pain has not improved enough in 14 days (5/10 on 2026-11-11, 4/10 on 2026-11-25): less than 2 points or 30% better. Book a check with a doctor or physiotherapist within 2 weeks.",
    );
  });

  it("flags pain that got worse", () => {
    expect(
      detect([
        { localDate: "2026-11-11", pain0to10: 0 },
        { localDate: "2026-11-25", pain0to10: 3 },
      ]).flagged,
    ).toBe(true);
  });

  it("does not flag exactly 2 points better", () => {
    const result = detect([
      { localDate: "2026-11-11", pain0to10: 8 },
      { localDate: "2026-11-25", pain0to10: 6 },
    ]);
    expect(result.improvementShare).toBe(0.25);
    expect(result.flagged).toBe(false);
    expect(result.status).toBe("improving");
  });

  it("does not flag 30% better even when under the points threshold", () => {
    const result = detectNoImprovement({
      painLog: [
        { localDate: "2026-11-11", pain0to10: 10 },
        { localDate: "2026-11-25", pain0to10: 7 },
      ],
      today: "2026-11-25",
      windowDays: 14,
      importantChangePoints: 5,
      importantChangeShare: 0.3,
    });
    expect(result.improvementShare).toBeCloseTo(0.3, 10);
    expect(result.flagged).toBe(false);
  });

  it("flags just under both thresholds (1 point, 25%)", () => {
    expect(
      detect([
        { localDate: "2026-11-11", pain0to10: 4 },
        { localDate: "2026-11-25", pain0to10: 3 },
      ]).flagged,
    ).toBe(true);
  });

  it("does not flag readings spanning less than 14 days", () => {
    const result = detect([
      { localDate: "2026-11-12", pain0to10: 5 },
      { localDate: "2026-11-25", pain0to10: 5 },
    ]);
    expect(result.status).toBe("not-enough-data");
    expect(result.flagged).toBe(false);
  });

  it("ignores readings before the window and after today", () => {
    const result = detect(
      [
        { localDate: "2026-11-01", pain0to10: 9 },
        { localDate: "2026-11-11", pain0to10: 4 },
        { localDate: "2026-11-25", pain0to10: 4 },
        { localDate: "2026-11-26", pain0to10: 0 },
      ],
      "2026-11-25",
    );
    expect(result.first?.pain0to10).toBe(4);
    expect(result.latest?.pain0to10).toBe(4);
    expect(result.flagged).toBe(true);
  });

  it("treats pain 0 at the latest reading as recovered, never flagged", () => {
    const result = detect([
      { localDate: "2026-11-11", pain0to10: 1 },
      { localDate: "2026-11-25", pain0to10: 0 },
    ]);
    expect(result.status).toBe("recovered");
    expect(result.flagged).toBe(false);
  });

  it("uses log order within a day and sorts out-of-order logs by date", () => {
    const result = detect([
      { localDate: "2026-11-25", pain0to10: 6 },
      { localDate: "2026-11-25", pain0to10: 2 },
      { localDate: "2026-11-11", pain0to10: 6 },
    ]);
    expect(result.latest?.pain0to10).toBe(2);
    expect(result.flagged).toBe(false);
  });

  it("returns not-enough-data for an empty log", () => {
    expect(detect([]).status).toBe("not-enough-data");
  });

  it("answers a real red-flag question, which evaluates to soon", () => {
    expect(evaluateRedFlags({ [noImprovementQuestionId]: true }).level).toBe("soon");
  });
});
