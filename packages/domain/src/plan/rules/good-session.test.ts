import { describe, expect, it } from "vitest";
import { eventLog } from "../../../test-data/event-builders.ts";
import type { RecoverySnapshot } from "../machine/machine-types.ts";
import { goodSession } from "./good-session.ts";
import { asEvent, atReturnWeek, onboardedSnapshot, ruleTestEnv } from "./rule-test-env.ts";

const env = ruleTestEnv();

describe("good-session", () => {
  it("a full walk/run with known pain below 3/10 counts toward the week", () => {
    const l = eventLog();
    const snapshot = onboardedSnapshot("2026-03-02");
    const event = asEvent(l.walkRun("2026-03-03", 2, { roundsPlanned: 6, roundsCompleted: 6 }), "session.completed");
    const next = goodSession.apply(snapshot, event, env);
    expect(next.position.goodDays).toEqual(["2026-03-03"]);
    expect(next.position.returnWeek).toBe(1);
    // Counting is not a transition: week-advances moves the week.
    expect(next.transitions).toEqual(snapshot.transitions);
  });

  it("a logged run in weeks 1-3 with known pain counts too", () => {
    const l = eventLog();
    const snapshot = onboardedSnapshot("2026-03-02");
    const run = asEvent(l.run("2026-03-03", 2000, { painAfter0to10: 1 }), "run.logged");
    expect(goodSession.apply(snapshot, run, env).position.goodDays).toEqual(["2026-03-03"]);
  });

  it("unknown pain, pain at the 3/10 stop, or pain above it counts for nothing", () => {
    const l = eventLog();
    const snapshot = onboardedSnapshot("2026-03-02");
    const unknown = asEvent(l.session("2026-03-03", "walk-run"), "session.completed");
    expect(goodSession.apply(snapshot, unknown, env)).toBe(snapshot);
    expect(goodSession.apply(snapshot, asEvent(l.walkRun("2026-03-03", 3), "session.completed"), env)).toBe(snapshot);
    const afterOnly = asEvent(l.session("2026-03-03", "walk-run", { painAfter0to10: 4 }), "session.completed");
    expect(goodSession.apply(snapshot, afterOnly, env)).toBe(snapshot);
  });

  it("a session ended early or with rounds missing does not count", () => {
    const l = eventLog();
    const snapshot = onboardedSnapshot("2026-03-02");
    const early = asEvent(l.walkRun("2026-03-03", 1, { endedEarly: true }), "session.completed");
    expect(goodSession.apply(snapshot, early, env)).toBe(snapshot);
    const short = asEvent(l.walkRun("2026-03-03", 1, { roundsPlanned: 6, roundsCompleted: 4 }), "session.completed");
    expect(goodSession.apply(snapshot, short, env)).toBe(snapshot);
  });

  it("the circuit, a second session the same day, a no-impact day, week 4+ or before walk/run starts do not count", () => {
    const l = eventLog();
    const snapshot = onboardedSnapshot("2026-03-02");
    const circuit = asEvent(l.session("2026-03-03", "rehab-circuit", { painDuring0to10: 0 }), "session.completed");
    expect(goodSession.apply(snapshot, circuit, env)).toBe(snapshot);

    const counted = goodSession.apply(snapshot, asEvent(l.walkRun("2026-03-03", 1), "session.completed"), env);
    expect(goodSession.apply(counted, asEvent(l.walkRun("2026-03-03", 1), "session.completed"), env)).toBe(counted);

    const held: RecoverySnapshot = { ...snapshot, highPain: { since: "2026-03-02", pain0to10: 4, threshold0to10: 3 } };
    expect(goodSession.apply(held, asEvent(l.walkRun("2026-03-03", 1), "session.completed"), env)).toBe(held);

    const week4 = atReturnWeek(snapshot, 4, "2026-03-02");
    expect(goodSession.apply(week4, asEvent(l.walkRun("2026-03-03", 1), "session.completed"), env)).toBe(week4);

    // Rebuild first: walk/run week 1 begins on 23 Mar.
    const rebuildFirst = { ...snapshot, position: { ...snapshot.position, returnWeekStart: "2026-03-23" } };
    const early = asEvent(l.walkRun("2026-03-10", 1), "session.completed");
    expect(goodSession.apply(rebuildFirst, early, env)).toBe(rebuildFirst);
  });
});
