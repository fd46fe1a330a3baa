import { describe, expect, it } from "vitest";
import { eventLog } from "../../../test-data/event-builders.ts";
import type { BackstrideEvent } from "../../events/events.ts";
import type { RecoverySnapshot } from "../machine/machine-types.ts";
import { maintenanceReached } from "./maintenance-reached.ts";
import { addedTransition, atReturnWeek, onboardedSnapshot, ruleTestEnv } from "./rule-test-env.ts";

// Mondays: 2 Mar, 23 Mar (week 4 begins), 13 Apr (the last full week before 20 Apr), 20 Apr.
const TODAY = "2026-04-20";

function inProgression(usualWeeklyDistanceMeters: number | null = 20_000): RecoverySnapshot {
  return { ...atReturnWeek(onboardedSnapshot("2026-03-02"), 4, "2026-03-23"), usualWeeklyDistanceMeters };
}

/** Pain 0 at three readings over the last 14 days and 20 km in the week of 13 Apr. */
function painFreeLog(overrides: { painOn15Apr?: number; secondRunMeters?: number } = {}): BackstrideEvent[] {
  const l = eventLog();
  return [
    l.pain("2026-04-08", 0),
    l.run("2026-04-14", 10_000, { painDuring0to10: 0, painAfter0to10: 0 }),
    l.pain("2026-04-15", overrides.painOn15Apr ?? 0),
    l.run("2026-04-16", overrides.secondRunMeters ?? 10_000, { painDuring0to10: 0, painAfter0to10: 0 }),
    l.pain("2026-04-19", 0),
  ];
}

describe("maintenance-reached", () => {
  it("pain-free for 14 days and a full week back at the usual distance: maintenance", () => {
    const snapshot = inProgression();
    const next = maintenanceReached.apply(snapshot, TODAY, ruleTestEnv(painFreeLog()));
    expect(next.position.maintenanceSince).toBe(TODAY);
    const record = addedTransition(maintenanceReached, snapshot, next);
    expect(record.to).toBe("maintenance");
    expect(record.localDate).toBe(TODAY);
    expect(record.text).toContain("Pain-free for 2 weeks");
  });

  it("does not apply with any pain in the 14 days", () => {
    const snapshot = inProgression();
    expect(maintenanceReached.apply(snapshot, TODAY, ruleTestEnv(painFreeLog({ painOn15Apr: 1 })))).toBe(snapshot);
  });

  it("does not apply below the usual weekly distance, or when it is unknown", () => {
    const short = inProgression();
    expect(maintenanceReached.apply(short, TODAY, ruleTestEnv(painFreeLog({ secondRunMeters: 9_000 })))).toBe(short);
    const unknown = inProgression(null);
    expect(maintenanceReached.apply(unknown, TODAY, ruleTestEnv(painFreeLog()))).toBe(unknown);
  });

  it("does not apply before week 4 or once in maintenance", () => {
    const env = ruleTestEnv(painFreeLog());
    const week3 = {
      ...atReturnWeek(onboardedSnapshot("2026-03-02"), 3, "2026-04-06"),
      usualWeeklyDistanceMeters: 20_000,
    };
    expect(maintenanceReached.apply(week3, TODAY, env)).toBe(week3);
    const progression = inProgression();
    const already = { ...progression, position: { ...progression.position, maintenanceSince: "2026-04-13" } };
    expect(maintenanceReached.apply(already, TODAY, env)).toBe(already);
  });
});
