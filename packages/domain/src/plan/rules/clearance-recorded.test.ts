import { describe, expect, it } from "vitest";
import { eventLog } from "../../../test-data/event-builders.ts";
import { evaluateRedFlags } from "../../triage/evaluate-red-flags.ts";
import type { RecoverySnapshot } from "../machine/machine-types.ts";
import { stateOn } from "../machine/state-on.ts";
import { clearanceRecorded, clinicianWords } from "./clearance-recorded.ts";
import { addedTransition, asEvent, atReturnWeek, onboardedSnapshot, ruleTestEnv } from "./rule-test-env.ts";

const env = ruleTestEnv();

function blocked(snapshot: RecoverySnapshot): RecoverySnapshot {
  return {
    ...snapshot,
    blocking: { result: evaluateRedFlags({ "saddle-numbness": true }, { today: "2026-03-04" }), since: "2026-03-04" },
  };
}

describe("clearance-recorded", () => {
  it("after an emergency flag: 72 hours of relief from the clearance, the questions again, then rebuild week 1", () => {
    const l = eventLog();
    const snapshot = blocked(atReturnWeek(onboardedSnapshot("2026-03-02"), 3, "2026-03-02"));
    const event = asEvent(
      l.clearance("2026-03-10", "Dr. Lee", { clinicianRole: "emergency-department", seenOn: "2026-03-09" }),
      "clearance.recorded",
    );
    const next = clearanceRecorded.apply(snapshot, event, env);
    expect(next.blocking).toBeNull();
    expect(next.cleared).toMatchObject({ clearedOn: "2026-03-10", since: "2026-03-04" });
    expect(next.lastClearanceOn).toBe("2026-03-10");
    // Never straight back to running: relief from the clearance at 15:00 for 72 hours.
    expect(next.relief?.cause).toBe("clearance");
    expect(next.relief?.from.local).toBe("2026-03-10T15:00");
    expect(next.relief?.until.local).toBe("2026-03-13T15:00");
    expect(next.recheck).toEqual({ since: "2026-03-10", cause: "clearance" });
    expect(next.position).toMatchObject({
      blockStart: "2026-03-14",
      blockStartCause: "clearance",
      returnWeek: 1,
      goodDays: [],
      progressionStart: null,
    });
    expect(stateOn(next, "2026-03-10")).toBe("awaiting-triage");
    expect(stateOn({ ...next, recheck: null }, "2026-03-12")).toBe("relief");
    expect(next.history.at(-1)).toEqual({
      kind: "clearance",
      localDate: "2026-03-10",
      level: "emergency",
      title: "Cleared by a clinician",
      detail: expect.stringContaining("Dr. Lee (emergency department), seen Mon 9 Mar 2026, for: "),
    });
    const record = addedTransition(clearanceRecorded, snapshot, next);
    expect(record.to).toBe("awaiting-triage");
    expect(record.text).toContain("72 hours of relief");
    expect(record.text).toContain("week 1");
  });

  it("names the clinician's role once", () => {
    const l = eventLog();
    const physio = asEvent(l.clearance("2026-03-10", "Sam Roe", { clinicianRole: "physio" }), "clearance.recorded");
    expect(clinicianWords(physio)).toBe("Sam Roe (physiotherapist), seen Tue 10 Mar 2026");
    const named = asEvent(l.clearance("2026-03-10", "Sam Roe, GP", { clinicianRole: "gp" }), "clearance.recorded");
    expect(clinicianWords(named)).toBe("Sam Roe, GP, seen Tue 10 Mar 2026");
  });

  it("before onboarding it clears and starts relief, but no weeks yet", () => {
    const l = eventLog();
    const snapshot = blocked({ ...onboardedSnapshot("2026-03-02"), onboardedOn: null });
    const next = clearanceRecorded.apply(snapshot, asEvent(l.clearance("2026-03-10"), "clearance.recorded"), env);
    expect(next.relief?.cause).toBe("clearance");
    expect(next.position).toBe(snapshot.position);
  });

  it("a visit about no improvement closes that alert, goes in the history, and starts no relief", () => {
    const l = eventLog();
    const snapshot: RecoverySnapshot = {
      ...onboardedSnapshot("2026-03-02"),
      noImprovement: { raisedOn: "2026-03-16", baseline0to10: 5, latest0to10: 5, text: "No better" },
    };
    const event = asEvent(
      l.clearance("2026-03-20", "Sam Roe", { clinicianRole: "gp", kind: "visit" }),
      "clearance.recorded",
    );
    const next = clearanceRecorded.apply(snapshot, event, env);
    expect(next.noImprovement).toBeNull();
    expect(next.relief).toBeNull();
    expect(next.recheck).toBeNull();
    expect(next.position).toBe(snapshot.position);
    expect(next.history.at(-1)).toMatchObject({
      kind: "visit",
      title: "Seen by a clinician",
      detail: expect.stringContaining("for: no better after 2 weeks"),
    });
    expect(next.transitions).toEqual(snapshot.transitions);
  });

  it("a visit about a 'soon' flag closes it", () => {
    const l = eventLog();
    const soon = evaluateRedFlags({ "inflammatory-pattern": true }, { today: "2026-03-04" });
    const snapshot: RecoverySnapshot = {
      ...onboardedSnapshot("2026-03-02"),
      soon: { result: soon, since: "2026-03-04" },
    };
    const next = clearanceRecorded.apply(snapshot, asEvent(l.clearance("2026-03-10"), "clearance.recorded"), env);
    expect(next.soon).toBeNull();
    expect(next.relief).toBeNull();
    expect(next.transitions).toEqual(snapshot.transitions);
  });
});
