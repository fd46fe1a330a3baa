import { describe, expect, it } from "vitest";
import { eventLog } from "../../../test-data/event-builders.ts";
import { evaluateRedFlags } from "../../triage/evaluate-red-flags.ts";
import { addHoursLocal } from "../machine/local-instant.ts";
import type { RecoverySnapshot } from "../machine/machine-types.ts";
import { coachSkipWeek } from "./coach-skip-week.ts";
import { addedTransition, asEvent, atReturnWeek, onboardedSnapshot, ruleTestEnv } from "./rule-test-env.ts";

const env = ruleTestEnv();
const l = eventLog();
const REASON = "Ran week 2 twice last month without pain";
const skip = asEvent(l.coach("2026-03-05", { kind: "skip-week", reason: REASON }), "coach.adjustment");

describe("coach-skip-week", () => {
  it("moves the runner one walk/run week ahead from that day, with the coach's reason in the words", () => {
    const snapshot = onboardedSnapshot("2026-03-02");
    const withGood = { ...snapshot, position: { ...snapshot.position, goodDays: ["2026-03-03"] } };
    const next = coachSkipWeek.apply(withGood, skip, env);
    expect(next.position.returnWeek).toBe(2);
    expect(next.position.returnWeekStart).toBe("2026-03-05");
    expect(next.position.goodDays).toEqual([]);
    expect(next.position.progressionStart).toBeNull();
    const record = addedTransition(coachSkipWeek, withGood, next);
    expect(record.to).toBe("rebuild");
    expect(record.localDate).toBe("2026-03-05");
    expect(record.text).toContain("walk/run week 2");
    expect(record.text).toContain(REASON);
  });

  it("from walk/run week 3 it moves to week 4, gradual mileage", () => {
    const snapshot = atReturnWeek(onboardedSnapshot("2026-03-02"), 3, "2026-03-02");
    const next = coachSkipWeek.apply(snapshot, skip, env);
    expect(next.position.returnWeek).toBe(4);
    expect(next.position.progressionStart).toBe("2026-03-05");
    const record = addedTransition(coachSkipWeek, snapshot, next);
    expect(record.to).toBe("progression");
    expect(record.text).toContain("week 4");
  });

  it("does not apply without a written reason", () => {
    const snapshot = onboardedSnapshot("2026-03-02");
    const blank = asEvent(l.coach("2026-03-05", { kind: "skip-week", reason: "   " }), "coach.adjustment");
    expect(coachSkipWeek.apply(snapshot, blank, env)).toBe(snapshot);
  });

  it("never applies while a flag is open or impact is held off", () => {
    const base = onboardedSnapshot("2026-03-02");
    const emergency = evaluateRedFlags({ "saddle-numbness": true }, { today: "2026-03-04" });
    const soon = evaluateRedFlags({ "no-better-after-two-weeks": true }, { today: "2026-03-04" });
    const held: Record<string, RecoverySnapshot> = {
      blocking: { ...base, blocking: { result: emergency, since: "2026-03-04" } },
      soon: { ...base, soon: { result: soon, since: "2026-03-04" } },
      recheck: { ...base, recheck: { since: "2026-03-04", cause: "leg-symptoms" } },
      noImprovement: {
        ...base,
        noImprovement: { raisedOn: "2026-03-04", baseline0to10: 5, latest0to10: 5, text: "No better" },
      },
      relief: {
        ...base,
        relief: {
          cause: "flare-up",
          from: addHoursLocal("2026-03-04T10:00:00Z", 0),
          until: addHoursLocal("2026-03-04T10:00:00Z", 72),
          pain0to10: 6,
        },
      },
      noImpact: {
        ...base,
        noImpact: [
          {
            from: "2026-03-03",
            until: "2026-03-06",
            rule: "pain-stop",
            trigger: { activity: "walk/run", pain0to10: 4, when: "during" },
            threshold0to10: 3,
            extended: false,
            checkIn: null,
            repeatedWeek: { from: 1, to: 1 },
          },
        ],
      },
      highPain: { ...base, highPain: { since: "2026-03-04", pain0to10: 4, threshold0to10: 3 } },
    };
    for (const [why, snapshot] of Object.entries(held)) {
      expect(coachSkipWeek.apply(snapshot, skip, env), why).toBe(snapshot);
    }
  });

  it("does not apply before onboarding, in week 4+, or to other adjustments", () => {
    const base = onboardedSnapshot("2026-03-02");
    const notStarted = { ...base, position: { ...base.position, blockStart: null } };
    expect(coachSkipWeek.apply(notStarted, skip, env)).toBe(notStarted);
    const week4 = atReturnWeek(base, 4, "2026-03-02");
    expect(coachSkipWeek.apply(week4, skip, env)).toBe(week4);
    const hold = asEvent(l.coach("2026-03-05", { kind: "hold-week", reason: "Busy" }), "coach.adjustment");
    expect(coachSkipWeek.apply(base, hold, env)).toBe(base);
  });
});
