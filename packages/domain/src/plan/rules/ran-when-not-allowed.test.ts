import { describe, expect, it } from "vitest";
import { eventLog } from "../../../test-data/event-builders.ts";
import { evaluateRedFlags } from "../../triage/evaluate-red-flags.ts";
import { addHoursLocal } from "../machine/local-instant.ts";
import type { RecoverySnapshot } from "../machine/machine-types.ts";
import { emptySnapshot } from "../machine/snapshot-ops.ts";
import { ranWhenNotAllowed } from "./ran-when-not-allowed.ts";
import { asEvent, onboardedSnapshot, ruleTestEnv } from "./rule-test-env.ts";

const env = ruleTestEnv();
const l = eventLog();

function withPainStopWindow(snapshot: RecoverySnapshot): RecoverySnapshot {
  return {
    ...snapshot,
    noImpact: [
      {
        from: "2026-03-04",
        until: "2026-03-07",
        rule: "pain-stop",
        trigger: { activity: "walk/run", pain0to10: 4, when: "during" },
        threshold0to10: 3,
        extended: false,
        checkIn: null,
        repeatedWeek: { from: 1, to: 1 },
      },
    ],
  };
}

describe("ran-when-not-allowed", () => {
  it("keeps a walk/run on a no-impact day and flags it with the reason", () => {
    const snapshot = withPainStopWindow(onboardedSnapshot("2026-03-02"));
    const next = ranWhenNotAllowed.apply(snapshot, asEvent(l.walkRun("2026-03-06", 1), "session.completed"), env);
    expect(next.ranWhenNotAllowed).toEqual([{ localDate: "2026-03-06", why: "a no-impact day after a pain rule" }]);
    expect(next.noImpact).toBe(snapshot.noImpact);
    expect(next.transitions).toEqual(snapshot.transitions);
  });

  it("flags a logged run in relief and with an open red flag", () => {
    const base = onboardedSnapshot("2026-03-02");
    const inRelief: RecoverySnapshot = {
      ...base,
      relief: {
        cause: "flare-up",
        from: addHoursLocal("2026-03-05T10:00:00Z", 0),
        until: addHoursLocal("2026-03-05T10:00:00Z", 72),
        pain0to10: 6,
      },
    };
    const run = asEvent(l.run("2026-03-07", 5000, { painDuring0to10: 1 }), "run.logged");
    expect(ranWhenNotAllowed.apply(inRelief, run, env).ranWhenNotAllowed).toEqual([
      { localDate: "2026-03-07", why: "the relief hours" },
    ]);
    const flagged: RecoverySnapshot = {
      ...base,
      blocking: { result: evaluateRedFlags({ "saddle-numbness": true }), since: "2026-03-04" },
    };
    expect(ranWhenNotAllowed.apply(flagged, run, env).ranWhenNotAllowed).toEqual([
      { localDate: "2026-03-07", why: "an open red flag" },
    ]);
  });

  it("does not apply on an allowed day, to a non-impact session, or to runs before onboarding", () => {
    const allowed = onboardedSnapshot("2026-03-02");
    const walkRun = asEvent(l.walkRun("2026-03-03", 1), "session.completed");
    expect(ranWhenNotAllowed.apply(allowed, walkRun, env)).toBe(allowed);
    // After the window the same runner may run again.
    const windowed = withPainStopWindow(allowed);
    const after = asEvent(l.walkRun("2026-03-08", 1), "session.completed");
    expect(ranWhenNotAllowed.apply(windowed, after, env)).toBe(windowed);
    const circuit = asEvent(l.session("2026-03-05", "rehab-circuit", { painDuring0to10: 1 }), "session.completed");
    expect(ranWhenNotAllowed.apply(windowed, circuit, env)).toBe(windowed);
    const history = emptySnapshot();
    const imported = asEvent(l.run("2025-10-01", 8000), "run.logged");
    expect(ranWhenNotAllowed.apply(history, imported, env)).toBe(history);
  });
});
