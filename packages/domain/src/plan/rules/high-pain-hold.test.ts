import { describe, expect, it } from "vitest";
import { eventLog } from "../../../test-data/event-builders.ts";
import type { RecoverySnapshot } from "../machine/machine-types.ts";
import { stateOn } from "../machine/state-on.ts";
import { highPainHold } from "./high-pain-hold.ts";
import { addedTransition, asEvent, onboardedSnapshot, ruleTestEnv } from "./rule-test-env.ts";

const env = ruleTestEnv();

function held(snapshot: RecoverySnapshot): RecoverySnapshot {
  return { ...snapshot, highPain: { since: "2026-03-04", pain0to10: 4, threshold0to10: 3 } };
}

describe("high-pain-hold", () => {
  it("a check-in at the 3/10 stop holds impact off", () => {
    const l = eventLog();
    const snapshot = onboardedSnapshot("2026-03-02");
    const next = highPainHold.apply(snapshot, l.pain("2026-03-04", 3), env);
    expect(next.highPain).toEqual({ since: "2026-03-04", pain0to10: 3, threshold0to10: 3 });
    expect(stateOn(next, "2026-03-05")).toBe("no-impact");
    const record = addedTransition(highPainHold, snapshot, next);
    expect(record.to).toBe("no-impact");
    expect(record.text).toContain("3/10");
  });

  it("the hold lasts until a later reading is below the stop, then releases it", () => {
    const l = eventLog();
    const snapshot = held(onboardedSnapshot("2026-03-02"));
    const next = highPainHold.apply(snapshot, l.pain("2026-03-06", 2), env);
    expect(next.highPain).toBeNull();
    const record = addedTransition(highPainHold, snapshot, next);
    expect(record.to).toBe("rebuild");
    expect(record.to).toBe(stateOn(next, "2026-03-06"));
    expect(record.text).toContain("Wed 4 Mar");
  });

  it("the known pain of a circuit below the stop releases it too", () => {
    const l = eventLog();
    const snapshot = held(onboardedSnapshot("2026-03-02"));
    const circuit = asEvent(l.session("2026-03-06", "rehab-circuit", { painDuring0to10: 1 }), "session.completed");
    expect(highPainHold.apply(snapshot, circuit, env).highPain).toBeNull();
  });

  it("does not apply: a reading below the stop with no hold, unknown pain, or a session at the stop", () => {
    const l = eventLog();
    const free = onboardedSnapshot("2026-03-02");
    expect(highPainHold.apply(free, l.pain("2026-03-04", 2), env)).toBe(free);
    const holding = held(free);
    const unknown = asEvent(l.session("2026-03-06", "walk-run"), "session.completed");
    expect(highPainHold.apply(holding, unknown, env)).toBe(holding);
    // A session at the stop is the pain-stop rule's (days off impact), not a hold.
    expect(highPainHold.apply(free, asEvent(l.walkRun("2026-03-04", 4), "session.completed"), env)).toBe(free);
    // A further high check-in keeps the hold (and says so again).
    expect(highPainHold.apply(holding, l.pain("2026-03-05", 4), env).highPain?.since).toBe("2026-03-05");
  });

  it("a walk/run below the stop during the hold does not release it (only a check-in or a circuit does)", () => {
    const l = eventLog();
    const snapshot = held(onboardedSnapshot("2026-03-02"));
    const walkRun = asEvent(l.walkRun("2026-03-05", 1), "session.completed");
    expect(highPainHold.apply(snapshot, walkRun, env)).toBe(snapshot);
    const run = asEvent(l.run("2026-03-05", 3_000, { painDuring0to10: 1 }), "run.logged");
    expect(highPainHold.apply(snapshot, run, env)).toBe(snapshot);
  });
});
