import { describe, expect, it } from "vitest";
import { eventLog } from "../../../test-data/event-builders.ts";
import { addHoursLocal } from "../machine/local-instant.ts";
import type { RecoverySnapshot } from "../machine/machine-types.ts";
import { emptySnapshot } from "../machine/snapshot-ops.ts";
import { stateOn } from "../machine/state-on.ts";
import { onboardingComplete, RELIEF_AT_DOOR_PAIN, reliefAtDoor } from "./onboarding-complete.ts";
import { addedTransition, asEvent, ruleTestEnv } from "./rule-test-env.ts";

const env = ruleTestEnv();

/** Both questionnaires answered on Mon 2 Mar, not yet onboarded; optionally pain at the door. */
function answered(episode: RecoverySnapshot["episode"] = null): RecoverySnapshot {
  return { ...emptySnapshot(), triagedOn: "2026-03-02", causesOn: "2026-03-02", episode };
}

function episodeOf(pain0to10: number, onsetAt: string, reportedAt = "2026-03-02T07:00:00Z") {
  return { localDate: "2026-03-02", reportedAt, onsetAt, pain0to10, legSymptoms: false };
}

describe("onboarding-complete", () => {
  it("with nothing at the door, the plan starts that day at week 1", () => {
    const l = eventLog();
    const snapshot = answered();
    const next = onboardingComplete.apply(snapshot, asEvent(l.causes("2026-03-02"), "causes.assessed"), env);
    expect(next.onboardedOn).toBe("2026-03-02");
    expect(next.relief).toBeNull();
    expect(next.position).toMatchObject({
      blockStart: "2026-03-02",
      blockStartCause: "onboarding",
      returnWeek: 1,
      returnWeekStart: "2026-03-02",
    });
    expect(stateOn(next, "2026-03-02")).toBe("rebuild");
    const record = addedTransition(onboardingComplete, snapshot, next);
    expect(record.to).toBe("rebuild");
    expect(record.text).toContain("week 1");
  });

  it("an episode that began last night starts in relief: 72 hours from onset, then the rebuild", () => {
    const l = eventLog();
    const snapshot = answered(episodeOf(5, "2026-03-01T21:00:00Z"));
    const next = onboardingComplete.apply(snapshot, asEvent(l.causes("2026-03-02"), "causes.assessed"), env);
    expect(next.relief?.cause).toBe("episode");
    expect(next.relief?.from.local).toBe("2026-03-01T21:00");
    expect(next.relief?.until.local).toBe("2026-03-04T21:00");
    expect(next.position).toMatchObject({ blockStart: "2026-03-05", blockStartCause: "relief-ended", returnWeek: 1 });
    expect(stateOn(next, "2026-03-04")).toBe("relief");
    expect(stateOn(next, "2026-03-05")).toBe("rebuild");
    const record = addedTransition(onboardingComplete, snapshot, next);
    expect(record.to).toBe("relief");
    expect(record.text).toContain("72 hours of relief");
    expect(record.text).toContain("pain 5/10");
  });

  it("pain of 4/10 from an older onset gets 72 hours from the report; 3/10 starts at week 1", () => {
    expect(RELIEF_AT_DOOR_PAIN).toBe(4);
    const l = eventLog();
    const painful = answered(episodeOf(4, "2026-02-10T08:00:00Z"));
    const next = onboardingComplete.apply(painful, asEvent(l.causes("2026-03-02"), "causes.assessed"), env);
    expect(next.relief?.from.local).toBe("2026-03-02T07:00");
    expect(next.relief?.until.local).toBe("2026-03-05T07:00");
    expect(next.position.blockStart).toBe("2026-03-06");
    const mild = answered(episodeOf(3, "2026-02-10T08:00:00Z"));
    const calm = onboardingComplete.apply(mild, asEvent(l.causes("2026-03-02"), "causes.assessed"), env);
    expect(calm.relief).toBeNull();
    expect(addedTransition(onboardingComplete, mild, calm).to).toBe("rebuild");
  });

  it("an episode that began 71 hours ago gets the hour left, not 72 more", () => {
    const relief = reliefAtDoor(episodeOf(2, "2026-02-27T08:00:00Z"), 72);
    expect(relief?.until.local).toBe("2026-03-02T08:00");
  });

  it("does not apply before both questionnaires are answered, or a second time", () => {
    const l = eventLog();
    const event = asEvent(l.causes("2026-03-02"), "causes.assessed");
    const noTriage = { ...answered(), triagedOn: null };
    expect(onboardingComplete.apply(noTriage, event, env)).toBe(noTriage);
    const noCauses = { ...answered(), causesOn: null };
    expect(onboardingComplete.apply(noCauses, event, env)).toBe(noCauses);
    const once = onboardingComplete.apply(answered(), event, env);
    expect(onboardingComplete.apply(once, asEvent(l.triage("2026-03-09"), "triage.answered"), env)).toBe(once);
  });

  // Found by this test: the later relief was once picked by comparing `until.iso` as strings, and with
  // different offsets string order is not time order ("…T10:00-05:00" is 15:00 UTC, yet sorts before
  // "…T12:00+05:00", 07:00 UTC), which cut the 72 hours from onset by 8.
  it("keeps whichever relief ends later in time, whatever the offsets", () => {
    const l = eventLog();
    const snapshot: RecoverySnapshot = {
      ...answered(episodeOf(5, "2026-03-02T10:00:00-05:00", "2026-03-02T11:00:00-05:00")),
      relief: {
        cause: "clearance",
        from: addHoursLocal("2026-03-02T12:00:00+05:00", 0),
        until: addHoursLocal("2026-03-02T12:00:00+05:00", 72),
        pain0to10: null,
      },
    };
    const next = onboardingComplete.apply(snapshot, asEvent(l.causes("2026-03-02"), "causes.assessed"), env);
    expect(next.relief?.cause).toBe("episode");
    expect(next.relief?.until.iso).toBe("2026-03-05T10:00:00-05:00");
  });
});
