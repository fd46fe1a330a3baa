import { describe, expect, it } from "vitest";
import { eventLog } from "../../../test-data/event-builders.ts";
import type { RecoverySnapshot } from "../machine/machine-types.ts";
import { emptySnapshot } from "../machine/snapshot-ops.ts";
import { stateOn } from "../machine/state-on.ts";
import { MORNING_WORSE_POINTS, MORNING_WORSE_STEP_BACK, morningCheck } from "./morning-check.ts";
import { addedTransition, asEvent, atReturnWeek, onboardedSnapshot, ruleTestEnv } from "./rule-test-env.ts";

const env = ruleTestEnv();

/** Week `week` begun on 2 Mar; a check-in of `baseline` on Tue 3 Mar and a walk/run (pain 1) on Wed 4 Mar. */
function afterWalkRun(baseline: number, week = 2, streak = 0): { snapshot: RecoverySnapshot; sessionId: string } {
  const l = eventLog();
  let snapshot: RecoverySnapshot = {
    ...atReturnWeek(onboardedSnapshot("2026-03-02"), week, "2026-03-02"),
    morningWorseStreak: streak,
  };
  snapshot = morningCheck.apply(snapshot, l.pain("2026-03-03", baseline), env);
  const session = asEvent(l.walkRun("2026-03-04", 1), "session.completed");
  snapshot = { ...snapshot, position: { ...snapshot.position, goodDays: ["2026-03-02", "2026-03-04"] } };
  return { snapshot: morningCheck.apply(snapshot, session, env), sessionId: session.id };
}

describe("morning-check", () => {
  it("an impact session waits for the next morning, against the check-in the day before", () => {
    const { snapshot, sessionId } = afterWalkRun(1);
    expect(snapshot.morningPending).toEqual({ sessionEventId: sessionId, sessionDate: "2026-03-04", baseline0to10: 1 });
    expect(MORNING_WORSE_POINTS).toBe(2);
    expect(MORNING_WORSE_STEP_BACK).toBe(2);
  });

  it("a morning at the 3/10 stop: no impact that day and the week again from tomorrow", () => {
    const l = eventLog();
    const { snapshot } = afterWalkRun(1);
    const next = morningCheck.apply(snapshot, l.morning("2026-03-05", 3), env);
    expect(next.noImpact.at(-1)).toEqual({
      from: "2026-03-05",
      until: "2026-03-05",
      rule: "morning-worse",
      trigger: { activity: "check-in", pain0to10: 3, when: "next morning" },
      threshold0to10: 3,
      extended: false,
      checkIn: { localDate: "2026-03-05", pain0to10: 3 },
      repeatedWeek: { from: 2, to: 2 },
    });
    expect(next.position).toMatchObject({ returnWeek: 2, returnWeekStart: "2026-03-06", goodDays: [] });
    expect(next.morningPending).toBeNull();
    expect(next.morningWorseStreak).toBe(1);
    expect(next.lastReading).toEqual({ localDate: "2026-03-05", pain0to10: 3 });
    expect(stateOn(next, "2026-03-05")).toBe("no-impact");
    expect(stateOn(next, "2026-03-06")).toBe("rebuild");
    const record = addedTransition(morningCheck, snapshot, next);
    expect(record.to).toBe("no-impact");
    expect(record.text).toContain("Pain 3/10 the morning after Wed 4 Mar");
    expect(record.text).toContain("walk/run week 2 again from tomorrow");
  });

  it("2 points above the day before counts as worse even below the stop", () => {
    const l = eventLog();
    const { snapshot } = afterWalkRun(0);
    const next = morningCheck.apply(snapshot, l.morning("2026-03-05", 2), env);
    expect(next.noImpact.at(-1)?.rule).toBe("morning-worse");
    expect(addedTransition(morningCheck, snapshot, next).text).toContain("the day before it was 0/10");
  });

  it("a second worse morning in a row steps back a week", () => {
    const l = eventLog();
    const { snapshot } = afterWalkRun(1, 2, 1);
    const next = morningCheck.apply(snapshot, l.morning("2026-03-05", 3), env);
    expect(next.position.returnWeek).toBe(1);
    expect(next.noImpact.at(-1)?.repeatedWeek).toEqual({ from: 2, to: 1 });
    expect(next.morningWorseStreak).toBe(0);
    expect(addedTransition(morningCheck, snapshot, next).text).toContain("back to walk/run week 1 from tomorrow");
  });

  it("in week 4+ a worse morning holds this week's distance at last week's", () => {
    const l = eventLog();
    const runs = [l.run("2026-03-24", 5_000), l.run("2026-03-26", 6_000)];
    const progressionEnv = ruleTestEnv(runs);
    let snapshot = atReturnWeek(onboardedSnapshot("2026-03-02"), 4, "2026-03-23");
    snapshot = morningCheck.apply(snapshot, l.pain("2026-03-31", 1), progressionEnv);
    snapshot = morningCheck.apply(
      snapshot,
      asEvent(l.run("2026-04-01", 4_000, { painDuring0to10: 1 }), "run.logged"),
      progressionEnv,
    );
    const next = morningCheck.apply(snapshot, l.morning("2026-04-02", 4), progressionEnv);
    expect(next.position.progressionRepeat).toEqual({
      capMeters: 11_000,
      weekStarts: ["2026-03-30"],
      why: "a worse morning on 2026-04-02",
    });
    expect(next.noImpact.at(-1)).toMatchObject({ from: "2026-04-02", until: "2026-04-02", repeatedWeek: null });
    expect(addedTransition(morningCheck, snapshot, next).text).toContain("no increase in distance this week");
  });

  it("a morning not worse closes the check and resets the streak, with no window and no transition", () => {
    const l = eventLog();
    const { snapshot } = afterWalkRun(1, 2, 1);
    const next = morningCheck.apply(snapshot, l.morning("2026-03-05", 2), env);
    expect(next.morningPending).toBeNull();
    expect(next.morningWorseStreak).toBe(0);
    expect(next.noImpact).toBe(snapshot.noImpact);
    expect(next.position).toBe(snapshot.position);
    expect(next.transitions).toEqual(snapshot.transitions);
  });

  it("a check-in two days later is not the next morning: the check lapses", () => {
    const l = eventLog();
    const { snapshot } = afterWalkRun(1);
    const next = morningCheck.apply(snapshot, l.pain("2026-03-06", 4), env);
    expect(next.morningPending).toBeNull();
    expect(next.noImpact).toBe(snapshot.noImpact);
    expect(next.transitions).toEqual(snapshot.transitions);
  });

  it("an evening check-in the same day keeps the check for the next morning", () => {
    const l = eventLog();
    const { snapshot } = afterWalkRun(1);
    const next = morningCheck.apply(snapshot, l.pain("2026-03-04", 2), env);
    expect(next.morningPending).toBe(snapshot.morningPending);
  });

  it("without a recent check-in the session's own pain is the baseline", () => {
    const l = eventLog();
    const snapshot = { ...onboardedSnapshot("2026-03-02"), lastReading: { localDate: "2026-02-20", pain0to10: 0 } };
    const next = morningCheck.apply(snapshot, asEvent(l.walkRun("2026-03-04", 2), "session.completed"), env);
    expect(next.morningPending?.baseline0to10).toBe(2);
  });

  it("with no reading before the session and its pain unknown, only the stop says worse", () => {
    const l = eventLog();
    let snapshot = onboardedSnapshot("2026-03-02");
    snapshot = morningCheck.apply(snapshot, asEvent(l.session("2026-03-04", "walk-run"), "session.completed"), env);
    expect(snapshot.morningPending?.baseline0to10).toBeNull();
    expect(morningCheck.apply(snapshot, l.morning("2026-03-05", 2), env).noImpact).toEqual([]);
    const worse = morningCheck.apply(snapshot, l.morning("2026-03-05", 3), env);
    expect(addedTransition(morningCheck, snapshot, worse).to).toBe("no-impact");
  });

  it("a session at the stop, or the check switched off by a coach, sets no morning check", () => {
    const l = eventLog();
    const snapshot = onboardedSnapshot("2026-03-02");
    const stopped = morningCheck.apply(snapshot, asEvent(l.walkRun("2026-03-04", 3), "session.completed"), env);
    expect(stopped.morningPending).toBeNull();
    const offEnv = ruleTestEnv([
      l.coach("2026-03-03", { kind: "next-morning-check", enabled: false, reason: "Physio reviews daily" }),
    ]);
    const off = morningCheck.apply(snapshot, asEvent(l.walkRun("2026-03-04", 1), "session.completed"), offEnv);
    expect(off.morningPending).toBeNull();
  });

  it("does not apply to a non-impact session or before onboarding", () => {
    const l = eventLog();
    const snapshot = onboardedSnapshot("2026-03-02");
    const circuit = asEvent(l.session("2026-03-04", "rehab-circuit", { painDuring0to10: 1 }), "session.completed");
    expect(morningCheck.apply(snapshot, circuit, env)).toBe(snapshot);
    const before = emptySnapshot();
    expect(morningCheck.apply(before, asEvent(l.walkRun("2026-03-04", 1), "session.completed"), env)).toBe(before);
  });
});
