import { describe, expect, it } from "vitest";
import { attentionFor, rosterNumbers } from "./attention.ts";
import type { RunnerSummary } from "./runner-summary.ts";
import { summaryFixture } from "./runner-summary-fixture.ts";

const today = "2026-03-20";

function summary(fields: Partial<RunnerSummary> = {}): RunnerSummary {
  return summaryFixture(today, fields);
}

describe("attentionFor (from the stored summary)", () => {
  it("puts a red flag first and says why", () => {
    const flagged = attentionFor({
      summary: summary({ redFlag: { level: "urgent", title: "Fever with back pain" } }),
      today,
      unreadMessages: 0,
    });
    expect(flagged.reasons[0]).toBe("Red flag (urgent): Fever with back pain");
    expect(flagged.matches).toEqual(["needs-attention", "red-flag"]);
  });

  it("counts pain at the coach's stop, not a fixed 3", () => {
    const atFour = summary({ lastPain: { pain0to10: 4, date: "2026-03-19" }, stopThreshold0to10: 5 });
    expect(attentionFor({ summary: atFour, today, unreadMessages: 0 }).painAtStop).toBe(false);
    expect(attentionFor({ summary: { ...atFour, stopThreshold0to10: 4 }, today, unreadMessages: 0 }).painAtStop).toBe(
      true,
    );
  });

  it("ages date-dependent facts by today's date without a new summary", () => {
    const quiet = summary({ lastCheckinDate: "2026-03-17", asOf: "2026-03-17" });
    expect(attentionFor({ summary: quiet, today: "2026-03-19", unreadMessages: 0 }).matches).not.toContain(
      "no-checkin-3-days",
    );
    const later = attentionFor({ summary: quiet, today, unreadMessages: 0 });
    expect(later.matches).toContain("no-checkin-3-days");
    expect(later.reasons).toContain("No check-in for 3 days");
    // A runner who reported pain with a session but never did the daily check-in is told so in those words.
    const sessionPainOnly = summary({ lastCheckinDate: null, lastPain: { pain0to10: 2, date: "2026-03-19" } });
    expect(attentionFor({ summary: sessionPainOnly, today, unreadMessages: 0 }).reasons).toContain(
      "No daily check-in yet",
    );
  });

  it("flags three missed sessions in the last 7 finished days", () => {
    const days = ["2026-03-16", "2026-03-17", "2026-03-18", "2026-03-19"].map((date) => ({
      date,
      status: "missed" as const,
      planned: 1,
      done: 0,
      maxPain0to10: null,
    }));
    const result = attentionFor({ summary: summary({ days }), today, unreadMessages: 2 });
    expect(result.missedSessions7).toBe(4);
    expect(result.reasons).toEqual(["4 planned sessions missed in the last 7 days", "2 unread messages"]);
  });

  it("uses the week's load only while that week lasts", () => {
    const load = { weekStart: "2026-03-09", thisWeekMeters: 20_000, lastWeekMeters: 10_000 };
    expect(attentionFor({ summary: summary({ load }), today, unreadMessages: 0 }).loadJumpShare).toBeNull();
    const current = { ...load, weekStart: "2026-03-16" };
    expect(attentionFor({ summary: summary({ load: current }), today, unreadMessages: 0 }).loadJumpShare).toBe(1);
  });

  it("draws a 14-day pain line ending today", () => {
    const days = [{ date: "2026-03-19", status: "done" as const, planned: 1, done: 1, maxPain0to10: 2 }];
    const numbers = rosterNumbers(summary({ days }), today);
    expect(numbers.painSparkline).toHaveLength(14);
    expect(numbers.painSparkline.slice(-2)).toEqual([2, null]);
    expect(numbers.adherence7).toEqual({ planned: 1, done: 1, share: 1 });
  });
});
