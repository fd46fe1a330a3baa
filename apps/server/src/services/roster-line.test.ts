import { describe, expect, it } from "vitest";
import { attentionFor } from "./attention.ts";
import { matchesColumn, rosterLineOf, withUnread } from "./roster-line.ts";
import type { RunnerSummary } from "./runner-summary.ts";
import { summaryFixture } from "./runner-summary-fixture.ts";

const today = "2026-03-20";

function summary(fields: Partial<RunnerSummary> = {}): RunnerSummary {
  return summaryFixture(today, fields);
}

const examples: RunnerSummary[] = [
  summary(),
  summary({ redFlag: { level: "urgent", title: "Fever with back pain" }, lastCheckinDate: null }),
  summary({ measures: { dueDate: "2026-03-18", nextOpensOn: null }, lastActivityDate: "2026-03-01" }),
  summary({ lastPain: { pain0to10: 4, date: "2026-03-19" }, measures: { dueDate: null, nextOpensOn: "2026-03-19" } }),
];

describe("withUnread", () => {
  it("says what attentionFor says with the unread count, from the line stored without it", () => {
    for (const example of examples) {
      const stored = rosterLineOf(example).line.attention;
      for (const unreadMessages of [0, 1, 3]) {
        expect(withUnread(stored, unreadMessages)).toEqual(attentionFor({ summary: example, today, unreadMessages }));
      }
    }
  });
});

describe("rosterLineOf", () => {
  it("keeps the columns the database sorts and filters by in step with the line", () => {
    const { line, columns } = rosterLineOf(examples[1] as RunnerSummary);
    expect(columns.attentionScore).toBe(line.attention.score);
    expect(columns.attentionMatches).toBe("|needs-attention|red-flag|no-checkin-3-days|");
    expect(line.painSparkline).toHaveLength(14);
    expect(matchesColumn([])).toBe("|");
  });
});
