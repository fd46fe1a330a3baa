import { describe, expect, it } from "vitest";
import { addHoursLocal } from "../machine/local-instant.ts";
import type { RecoverySnapshot } from "../machine/machine-types.ts";
import { reliefEnds } from "./relief-ends.ts";
import { addedTransition, onboardedSnapshot, ruleTestEnv } from "./rule-test-env.ts";

const env = ruleTestEnv();

/** Relief from a flare-up at `fromIso`, for the article's 72 hours. */
function inRelief(fromIso: string): RecoverySnapshot {
  return {
    ...onboardedSnapshot("2026-03-02"),
    relief: {
      cause: "flare-up",
      from: addHoursLocal(fromIso, 0),
      until: addHoursLocal(fromIso, 72),
      pain0to10: 6,
    },
  };
}

describe("relief-ends", () => {
  it("after 72 hours the rebuild starts, on the first day with no relief left in it", () => {
    // A flare-up at 21:00 on Mon 2 Mar: relief runs to Thu 5 Mar 21:00; Fri 6 Mar is the first free day.
    const snapshot = inRelief("2026-03-02T21:00:00+01:00");
    const next = reliefEnds.apply(snapshot, "2026-03-06", env);
    const record = addedTransition(reliefEnds, snapshot, next);
    expect(record.localDate).toBe("2026-03-06");
    expect(record.to).toBe("rebuild");
    expect(record.text).toContain("Thu 5 Mar 21:00");
  });

  it("dates the transition on the first free day even when the day rule runs later", () => {
    const snapshot = inRelief("2026-03-02T21:00:00+01:00");
    const next = reliefEnds.apply(snapshot, "2026-03-10", env);
    expect(addedTransition(reliefEnds, snapshot, next).localDate).toBe("2026-03-06");
  });

  it("an end at exactly 00:00 frees that whole day", () => {
    const snapshot = inRelief("2026-03-02T00:00:00Z");
    const next = reliefEnds.apply(snapshot, "2026-03-05", env);
    expect(addedTransition(reliefEnds, snapshot, next).localDate).toBe("2026-03-05");
  });

  it("does not apply while relief lasts, twice for the same end, without relief or before onboarding", () => {
    const snapshot = inRelief("2026-03-02T21:00:00+01:00");
    // Thu 5 Mar still holds relief until 21:00.
    expect(reliefEnds.apply(snapshot, "2026-03-05", env)).toBe(snapshot);
    const ended = reliefEnds.apply(snapshot, "2026-03-06", env);
    expect(reliefEnds.apply(ended, "2026-03-07", env)).toBe(ended);
    const none = onboardedSnapshot("2026-03-02");
    expect(reliefEnds.apply(none, "2026-03-10", env)).toBe(none);
    const notOnboarded = { ...snapshot, onboardedOn: null };
    expect(reliefEnds.apply(notOnboarded, "2026-03-10", env)).toBe(notOnboarded);
  });
});
