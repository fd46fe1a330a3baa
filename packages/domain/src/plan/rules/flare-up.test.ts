import { describe, expect, it } from "vitest";
import { eventLog } from "../../../test-data/event-builders.ts";
import { addHoursLocal } from "../machine/local-instant.ts";
import type { RecoverySnapshot } from "../machine/machine-types.ts";
import { emptySnapshot } from "../machine/snapshot-ops.ts";
import { FLARE_UP_PAIN, flareUp } from "./flare-up.ts";
import { addedTransition, asEvent, atReturnWeek, onboardedSnapshot, ruleTestEnv } from "./rule-test-env.ts";

const env = ruleTestEnv();

describe("flare-up", () => {
  it("a reported flare-up restarts 72 hours of relief from the moment it was reported, then rebuild week 1", () => {
    const l = eventLog();
    const snapshot = atReturnWeek(onboardedSnapshot("2026-03-02"), 2, "2026-03-09");
    const event = asEvent(l.flareUp("2026-03-10", 6), "flare-up.reported");
    const next = flareUp.apply(snapshot, event, env);
    expect(next.relief).toEqual({
      cause: "flare-up",
      from: addHoursLocal("2026-03-10T10:00:00Z", 0),
      until: addHoursLocal("2026-03-10T10:00:00Z", 72),
      pain0to10: 6,
    });
    expect(next.relief?.until.local).toBe("2026-03-13T10:00");
    // The red-flag questions are asked again at every flare-up.
    expect(next.recheck).toEqual({ since: "2026-03-10", cause: "flare-up" });
    expect(next.position.blockStart).toBe("2026-03-14");
    expect(next.position.returnWeek).toBe(1);
    const record = addedTransition(flareUp, snapshot, next);
    expect(record.to).toBe("relief");
    expect(record.text).toContain("72 hours");
    expect(record.text).toContain("Fri 13 Mar 10:00");
  });

  it("a check-in of 5/10 is a flare-up: a reading at 20:00 gets its full 72 hours", () => {
    expect(FLARE_UP_PAIN).toBe(5);
    const l = eventLog();
    const snapshot = onboardedSnapshot("2026-03-02");
    const next = flareUp.apply(snapshot, l.pain("2026-03-05", 5), env);
    expect(next.relief?.from.local).toBe("2026-03-05T20:00");
    expect(next.relief?.until.local).toBe("2026-03-08T20:00");
    expect(next.relief?.pain0to10).toBe(5);
    expect(addedTransition(flareUp, snapshot, next).text).toContain("Pain 5/10");
  });

  it("a walk/run with pain 5/10 is a flare-up too", () => {
    const l = eventLog();
    const snapshot = onboardedSnapshot("2026-03-02");
    const next = flareUp.apply(snapshot, asEvent(l.walkRun("2026-03-05", 5), "session.completed"), env);
    expect(next.relief?.cause).toBe("flare-up");
    expect(addedTransition(flareUp, snapshot, next).to).toBe("relief");
  });

  it("does not apply below 5/10 or to unknown pain (the pain stop handles 3-4)", () => {
    const l = eventLog();
    const snapshot = onboardedSnapshot("2026-03-02");
    expect(flareUp.apply(snapshot, l.pain("2026-03-05", 4), env)).toBe(snapshot);
    expect(flareUp.apply(snapshot, asEvent(l.walkRun("2026-03-05", 4), "session.completed"), env)).toBe(snapshot);
    const unknown = asEvent(l.session("2026-03-05", "walk-run"), "session.completed");
    expect(flareUp.apply(snapshot, unknown, env)).toBe(snapshot);
  });

  it("with a coach's higher stop, a reading counts as a flare-up only at that stop", () => {
    const l = eventLog();
    const coachEnv = ruleTestEnv([
      l.coach("2026-03-03", { kind: "pain-threshold", pain0to10: 6, reason: "Physio's pain-monitoring plan" }),
    ]);
    const snapshot = onboardedSnapshot("2026-03-02");
    expect(flareUp.apply(snapshot, l.pain("2026-03-05", 5), coachEnv)).toBe(snapshot);
    expect(flareUp.apply(snapshot, l.pain("2026-03-05", 6), coachEnv).relief?.pain0to10).toBe(6);
  });

  it("a high reading inside relief restarts it but does not ask the questions again", () => {
    const l = eventLog();
    const snapshot: RecoverySnapshot = {
      ...onboardedSnapshot("2026-03-02"),
      relief: {
        cause: "flare-up",
        from: addHoursLocal("2026-03-05T10:00:00Z", 0),
        until: addHoursLocal("2026-03-05T10:00:00Z", 72),
        pain0to10: 6,
      },
    };
    const next = flareUp.apply(snapshot, l.pain("2026-03-06", 6), env);
    expect(next.relief?.until.local).toBe("2026-03-09T20:00");
    expect(next.recheck).toBeNull();
  });

  it("before onboarding it sets relief without starting the weeks", () => {
    const l = eventLog();
    const snapshot = emptySnapshot();
    const next = flareUp.apply(snapshot, asEvent(l.flareUp("2026-03-01", 7), "flare-up.reported"), env);
    expect(next.relief?.until.local).toBe("2026-03-04T10:00");
    expect(next.position).toBe(snapshot.position);
    expect(next.recheck).toBeNull();
  });
});
