import { describe, expect, it } from "vitest";
import { eventLog } from "../../../test-data/event-builders.ts";
import type { RecoverySnapshot } from "../machine/machine-types.ts";
import { emptySnapshot } from "../machine/snapshot-ops.ts";
import { stateOn } from "../machine/state-on.ts";
import { painStop, painStopOf } from "./pain-stop.ts";
import { addedTransition, asEvent, atReturnWeek, onboardedSnapshot, ruleTestEnv } from "./rule-test-env.ts";

const env = ruleTestEnv();

/** Walk/run week 2, begun Mon 9 Mar, one session earned. */
function week2(): RecoverySnapshot {
  const snapshot = atReturnWeek(onboardedSnapshot("2026-03-02"), 2, "2026-03-09");
  return { ...snapshot, position: { ...snapshot.position, goodDays: ["2026-03-09"] } };
}

describe("pain-stop", () => {
  it("pain 4/10 in a walk/run: no impact for 3 days after it, then back a week", () => {
    const l = eventLog();
    const snapshot = week2();
    const next = painStop.apply(snapshot, asEvent(l.walkRun("2026-03-11", 4), "session.completed"), env);
    expect(next.noImpact).toEqual([
      {
        from: "2026-03-11",
        until: "2026-03-14",
        rule: "pain-stop",
        trigger: { activity: "walk/run", pain0to10: 4, when: "during" },
        threshold0to10: 3,
        extended: false,
        checkIn: null,
        repeatedWeek: { from: 2, to: 1 },
      },
    ]);
    expect(next.position).toMatchObject({ returnWeek: 1, returnWeekStart: "2026-03-15", goodDays: [] });
    for (const day of ["2026-03-12", "2026-03-13", "2026-03-14"]) expect(stateOn(next, day)).toBe("no-impact");
    expect(stateOn(next, "2026-03-15")).toBe("rebuild");
    const record = addedTransition(painStop, snapshot, next);
    expect(record.to).toBe("no-impact");
    expect(record.text).toBe(
      "Pain 4/10 during the walk/run, at or above the 3/10 stop: no impact through Sat 14 Mar, then walk/run week 1.",
    );
  });

  it("exactly 3/10 is a stop (the article: 'if it hits 3/10')", () => {
    const l = eventLog();
    const snapshot = week2();
    const next = painStop.apply(snapshot, asEvent(l.walkRun("2026-03-11", 3), "session.completed"), env);
    expect(next.noImpact).toHaveLength(1);
    expect(addedTransition(painStop, snapshot, next).to).toBe("no-impact");
  });

  it("pain 4 in the rebuild circuit is a stop too: no walk/run for 3 days", () => {
    const l = eventLog();
    const snapshot = onboardedSnapshot("2026-03-02");
    const circuit = asEvent(l.session("2026-03-03", "rehab-circuit", { painDuring0to10: 4 }), "session.completed");
    const next = painStop.apply(snapshot, circuit, env);
    expect(next.noImpact[0]).toMatchObject({
      from: "2026-03-03",
      until: "2026-03-06",
      trigger: { activity: "session", pain0to10: 4, when: "during" },
      repeatedWeek: { from: 1, to: 1 },
    });
    expect(next.position.returnWeekStart).toBe("2026-03-07");
    expect(addedTransition(painStop, snapshot, next).text).toContain("the session");
  });

  it("pain after the run counts when the pain during was below the stop", () => {
    const l = eventLog();
    const run = asEvent(l.run("2026-03-11", 3_000, { painDuring0to10: 2, painAfter0to10: 5 }), "run.logged");
    expect(painStopOf(run, 3)).toEqual({ when: "after", pain0to10: 5 });
    const next = painStop.apply(week2(), run, env);
    expect(next.noImpact[0]?.trigger).toEqual({ activity: "run", pain0to10: 5, when: "after" });
  });

  it("in week 4+ the week of the stop and the week it ends in are held at the week before's distance", () => {
    const l = eventLog();
    const progressionEnv = ruleTestEnv([l.run("2026-03-24", 5_000), l.run("2026-03-26", 6_000)]);
    const snapshot = atReturnWeek(onboardedSnapshot("2026-03-02"), 4, "2026-03-23");
    // Fri 3 Apr: no impact through Mon 6 Apr, so both ISO weeks are held.
    const next = painStop.apply(snapshot, asEvent(l.walkRun("2026-04-03", 4), "session.completed"), progressionEnv);
    expect(next.position.returnWeek).toBe(4);
    expect(next.position.progressionRepeat).toEqual({
      capMeters: 11_000,
      weekStarts: ["2026-03-30", "2026-04-06"],
      why: "the pain stop on 2026-04-03",
    });
    expect(next.noImpact[0]).toMatchObject({ until: "2026-04-06", repeatedWeek: null });
    expect(addedTransition(painStop, snapshot, next).text).not.toContain("walk/run week");
  });

  it("before onboarding it still means no running for the days after, with no week to move", () => {
    const l = eventLog();
    const snapshot = emptySnapshot();
    const next = painStop.apply(snapshot, asEvent(l.walkRun("2026-03-01", 4), "session.completed"), env);
    expect(next.noImpact[0]?.until).toBe("2026-03-04");
    expect(next.position).toBe(snapshot.position);
  });

  it("rebuild first keeps walk/run week 1's later start", () => {
    const l = eventLog();
    const base = onboardedSnapshot("2026-03-02");
    const snapshot = { ...base, position: { ...base.position, returnWeekStart: "2026-03-23" } };
    const circuit = asEvent(l.session("2026-03-04", "rehab-circuit", { painAfter0to10: 3 }), "session.completed");
    expect(painStop.apply(snapshot, circuit, env).position.returnWeekStart).toBe("2026-03-23");
  });

  it("does not apply below the stop or with unknown pain", () => {
    const l = eventLog();
    const snapshot = week2();
    expect(painStop.apply(snapshot, asEvent(l.walkRun("2026-03-11", 2), "session.completed"), env)).toBe(snapshot);
    const unknown = asEvent(l.session("2026-03-11", "walk-run", { endedEarly: true }), "session.completed");
    expect(painStop.apply(snapshot, unknown, env)).toBe(snapshot);
  });

  it("uses a coach's stop in force, but not a loosened one while a flag is open", () => {
    const l = eventLog();
    const coachEnv = ruleTestEnv([
      l.coach("2026-03-03", { kind: "pain-threshold", pain0to10: 5, reason: "Physio's plan after assessment" }),
    ]);
    const snapshot = week2();
    const four = asEvent(l.walkRun("2026-03-11", 4), "session.completed");
    expect(painStop.apply(snapshot, four, coachEnv)).toBe(snapshot);
    const five = painStop.apply(snapshot, asEvent(l.walkRun("2026-03-11", 5), "session.completed"), coachEnv);
    expect(five.noImpact[0]?.threshold0to10).toBe(5);
    const flagged: RecoverySnapshot = {
      ...snapshot,
      noImprovement: { raisedOn: "2026-03-10", baseline0to10: 5, latest0to10: 5, text: "No better" },
    };
    expect(painStop.apply(flagged, four, coachEnv).noImpact[0]?.threshold0to10).toBe(3);
  });
});
