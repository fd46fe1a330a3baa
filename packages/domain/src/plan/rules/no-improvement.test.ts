import { describe, expect, it } from "vitest";
import { eventLog } from "../../../test-data/event-builders.ts";
import { addDays } from "../../dates/add-days.ts";
import type { BackstrideEvent } from "../../events/events.ts";
import type { RecoverySnapshot } from "../machine/machine-types.ts";
import { noImprovement } from "./no-improvement.ts";
import { onboardedSnapshot, ruleTestEnv } from "./rule-test-env.ts";

const START = "2026-03-03";
/** Day 14 of the window 3-16 Mar. */
const DAY_14 = "2026-03-16";

/** One check-in a day from 3 Mar, the pains in order; `undefined` skips a day. */
function daily(pains: readonly (number | undefined)[]): BackstrideEvent[] {
  const l = eventLog();
  return pains.flatMap((pain, index) => (pain === undefined ? [] : [l.pain(addDays(START, index), pain)]));
}

const onboarded = onboardedSnapshot("2026-03-02");

describe("no-improvement", () => {
  it("14 daily readings, 5/10 at the start and at the end: raised (see a clinician soon)", () => {
    const next = noImprovement.apply(onboarded, DAY_14, ruleTestEnv(daily(Array(14).fill(5))));
    expect(next.noImprovement).toMatchObject({ raisedOn: DAY_14, baseline0to10: 5, latest0to10: 5 });
    expect(next.noImprovement?.text).toContain("less than 2 points or 30% better");
    expect(next.history.at(-1)).toMatchObject({ kind: "no-improvement", level: "soon", localDate: DAY_14 });
    // An alert, not a state change: the plan carries on, with loosening suspended.
    expect(next.transitions).toEqual(onboarded.transitions);
  });

  it("10 readings across the 14 days are enough; 9 are not", () => {
    const ten = [5, 5, 5, undefined, 5, undefined, 5, undefined, 5, undefined, 5, 5, 5, 5];
    expect(ten.filter((pain) => pain !== undefined)).toHaveLength(10);
    expect(noImprovement.apply(onboarded, DAY_14, ruleTestEnv(daily(ten))).noImprovement).not.toBeNull();
    const nine = [5, 5, 5, undefined, 5, undefined, 5, undefined, 5, undefined, 5, 5, 5, undefined];
    expect(noImprovement.apply(onboarded, DAY_14, ruleTestEnv(daily(nine)))).toBe(onboarded);
  });

  it("1 point better (5 to 4, 20%) is not enough; 2 points (6 to 4) is", () => {
    const onePoint = [...Array(11).fill(5), 4, 4, 4];
    expect(noImprovement.apply(onboarded, DAY_14, ruleTestEnv(daily(onePoint))).noImprovement?.latest0to10).toBe(4);
    const twoPoints = [...Array(11).fill(6), 4, 4, 4];
    expect(noImprovement.apply(onboarded, DAY_14, ruleTestEnv(daily(twoPoints)))).toBe(onboarded);
  });

  it("30% better is enough (10 to 7), and pain below 3/10 at the end is never flagged", () => {
    const share = [...Array(11).fill(10), 7, 7, 7];
    expect(noImprovement.apply(onboarded, DAY_14, ruleTestEnv(daily(share)))).toBe(onboarded);
    expect(noImprovement.apply(onboarded, DAY_14, ruleTestEnv(daily(Array(14).fill(2))))).toBe(onboarded);
  });

  it("once raised it stays, even when the window no longer has enough readings", () => {
    const raised = noImprovement.apply(onboarded, DAY_14, ruleTestEnv(daily(Array(14).fill(5))));
    const env = ruleTestEnv(daily(Array(14).fill(5)));
    // 30 Mar: the window 17-30 Mar holds no readings at all.
    expect(noImprovement.apply(raised, "2026-03-30", env)).toBe(raised);
    // Still 4/10 (1 point better than the baseline): no closing.
    const stillFour = ruleTestEnv(daily([...Array(14).fill(5), 4, 4, 4]));
    expect(noImprovement.apply(raised, "2026-03-19", stillFour)).toBe(raised);
  });

  it("closes when the last three readings are 2 points better than the baseline it was raised on", () => {
    const raised = noImprovement.apply(onboarded, DAY_14, ruleTestEnv(daily(Array(14).fill(5))));
    const next = noImprovement.apply(raised, "2026-03-19", ruleTestEnv(daily([...Array(14).fill(5), 3, 3, 3])));
    expect(next.noImprovement).toBeNull();
    expect(next.history.at(-1)).toMatchObject({ kind: "no-improvement", level: "none", title: "Pain improving again" });
    expect(next.transitions).toEqual(raised.transitions);
  });

  it("counts only readings since a clinician visit, and nothing before onboarding", () => {
    const visited: RecoverySnapshot = { ...onboarded, lastClearanceOn: "2026-03-10" };
    expect(noImprovement.apply(visited, DAY_14, ruleTestEnv(daily(Array(14).fill(5))))).toBe(visited);
    const before = { ...onboarded, onboardedOn: null };
    expect(noImprovement.apply(before, DAY_14, ruleTestEnv(daily(Array(14).fill(5))))).toBe(before);
  });
});
