import { randomUUID } from "node:crypto";
import { type BackstrideEvent, backstrideEventSchema, defaultProtocol, planFor } from "@backstride/domain";
import { describe, expect, it } from "vitest";
import { attentionFor } from "./attention.ts";

const today = "2026-03-20";

function event(fields: Record<string, unknown>): BackstrideEvent {
  return backstrideEventSchema.parse({
    id: randomUUID(),
    version: 1,
    occurredAt: `${fields.localDate}T08:00:00Z`,
    ...fields,
  });
}

function attention(events: BackstrideEvent[]) {
  return attentionFor({
    events,
    plan: planFor(events, defaultProtocol, today),
    today,
    stopThreshold0to10: defaultProtocol.pain.stopThreshold0to10,
    maxWeeklyIncreaseShare: defaultProtocol.load.maxWeeklyIncreaseShare,
  });
}

const onboarding = [
  event({ type: "triage.answered", localDate: "2026-03-01", answers: {}, context: "onboarding" }),
  event({ type: "causes.assessed", localDate: "2026-03-01", answers: {} }),
];

describe("attentionFor", () => {
  it("sees rising pain: 2 points or more between the last two weeks", () => {
    const result = attention([
      ...onboarding,
      event({ type: "pain.checkin", localDate: "2026-03-08", pain0to10: 1 }),
      event({ type: "pain.checkin", localDate: "2026-03-18", pain0to10: 4 }),
    ]);
    expect(result.painTrend).toBe("rising");
    expect(result.lastPain0to10).toBe(4);
    expect(result.reasons.some((reason) => reason.startsWith("Pain rising"))).toBe(true);
  });

  it("calls a small change steady and says nothing without two weeks of scores", () => {
    expect(
      attention([
        ...onboarding,
        event({ type: "pain.checkin", localDate: "2026-03-08", pain0to10: 3 }),
        event({ type: "pain.checkin", localDate: "2026-03-18", pain0to10: 3 }),
      ]).painTrend,
    ).toBe("steady");
    expect(attention(onboarding).painTrend).toBeNull();
  });

  it("counts the days since the last run or session and ranks a quiet runner above a calm one", () => {
    const quiet = attention([
      ...onboarding,
      event({ type: "run.logged", localDate: "2026-03-02", distanceMeters: 3000, durationSeconds: 1200 }),
    ]);
    expect(quiet.daysSinceLastActivity).toBe(18);
    const active = attention([
      ...onboarding,
      event({ type: "run.logged", localDate: "2026-03-19", distanceMeters: 3000, durationSeconds: 1200 }),
    ]);
    expect(quiet.score).toBeGreaterThan(active.score);
  });

  it("puts an open red flag above everything else", () => {
    const flagged = attention([
      event({
        type: "triage.answered",
        localDate: "2026-03-19",
        answers: { "saddle-numbness": true },
        context: "onboarding",
      }),
    ]);
    expect(flagged.openRedFlag).not.toBeNull();
    expect(flagged.score).toBeGreaterThanOrEqual(200);
  });
});
