import { describe, expect, it } from "vitest";
import { eventLog } from "../../../test-data/event-builders.ts";
import type { RecoverySnapshot } from "../machine/machine-types.ts";
import { stateOn } from "../machine/state-on.ts";
import { painStop } from "./pain-stop.ts";
import { painStopExtended } from "./pain-stop-extended.ts";
import { addedTransition, asEvent, atReturnWeek, onboardedSnapshot, ruleTestEnv } from "./rule-test-env.ts";

const env = ruleTestEnv();

/** A pain stop in a walk/run on Wed 11 Mar in week 2: no impact through 14 Mar, week 1 from 15 Mar. */
function afterStop(): RecoverySnapshot {
  const l = eventLog();
  const snapshot = atReturnWeek(onboardedSnapshot("2026-03-02"), 2, "2026-03-09");
  return painStop.apply(snapshot, asEvent(l.walkRun("2026-03-11", 4), "session.completed"), env);
}

describe("pain-stop-extended", () => {
  it("still at the 3/10 stop at the next check-in: 5 days off impact instead of 3, the repeated week moved", () => {
    const l = eventLog();
    const snapshot = afterStop();
    expect(snapshot.noImpact[0]?.until).toBe("2026-03-14");
    const next = painStopExtended.apply(snapshot, l.pain("2026-03-12", 3), env);
    expect(next.noImpact[0]).toMatchObject({
      from: "2026-03-11",
      until: "2026-03-16",
      extended: true,
      checkIn: { localDate: "2026-03-12", pain0to10: 3 },
      repeatedWeek: { from: 2, to: 1 },
    });
    expect(next.position.returnWeekStart).toBe("2026-03-17");
    expect(stateOn(next, "2026-03-16")).toBe("no-impact");
    expect(stateOn(next, "2026-03-17")).toBe("rebuild");
    const record = addedTransition(painStopExtended, snapshot, next);
    expect(record.to).toBe("no-impact");
    expect(record.text).toBe("Pain still 3/10 at the check-in: 5 days off impact instead of 3, through Mon 16 Mar.");
  });

  it("below the stop at the next check-in: 3 days stand, the check-in is recorded, no transition", () => {
    const l = eventLog();
    const snapshot = afterStop();
    const next = painStopExtended.apply(snapshot, l.pain("2026-03-12", 2), env);
    expect(next.noImpact[0]).toMatchObject({
      until: "2026-03-14",
      extended: false,
      checkIn: { localDate: "2026-03-12", pain0to10: 2 },
    });
    expect(next.position).toBe(snapshot.position);
    expect(next.transitions).toEqual(snapshot.transitions);
  });

  it("only the first check-in decides", () => {
    const l = eventLog();
    const decided = painStopExtended.apply(afterStop(), l.pain("2026-03-12", 2), env);
    expect(painStopExtended.apply(decided, l.pain("2026-03-13", 6), env)).toBe(decided);
  });

  it("does not apply outside the window, without one, or to a worse-morning window", () => {
    const l = eventLog();
    const snapshot = afterStop();
    expect(painStopExtended.apply(snapshot, l.pain("2026-03-15", 4), env)).toBe(snapshot);
    expect(painStopExtended.apply(snapshot, l.pain("2026-03-10", 4), env)).toBe(snapshot);
    const none = onboardedSnapshot("2026-03-02");
    expect(painStopExtended.apply(none, l.pain("2026-03-12", 4), env)).toBe(none);
    const morning: RecoverySnapshot = {
      ...none,
      noImpact: [
        {
          from: "2026-03-12",
          until: "2026-03-12",
          rule: "morning-worse",
          trigger: { activity: "check-in", pain0to10: 3, when: "next morning" },
          threshold0to10: 3,
          extended: false,
          checkIn: null,
          repeatedWeek: null,
        },
      ],
    };
    expect(painStopExtended.apply(morning, l.pain("2026-03-12", 4), env)).toBe(morning);
  });
});
