import { describe, expect, it } from "vitest";
import { eventLog } from "../../../test-data/event-builders.ts";
import type { RecoverySnapshot } from "../machine/machine-types.ts";
import { emptySnapshot } from "../machine/snapshot-ops.ts";
import { addedTransition, asEvent, onboardedSnapshot, ruleTestEnv } from "./rule-test-env.ts";
import { triageAnswered } from "./triage-answered.ts";

const env = ruleTestEnv();
const l = eventLog();
const answered = (date: string, answers: Record<string, boolean>) =>
  asEvent(l.triage(date, answers), "triage.answered");

describe("triage-answered", () => {
  it("an emergency answer blocks all impact until a clinician's clearance", () => {
    const snapshot = emptySnapshot();
    const next = triageAnswered.apply(snapshot, answered("2026-03-02", { "saddle-numbness": true }), env);
    expect(next.triagedOn).toBe("2026-03-02");
    expect(next.blocking?.result.level).toBe("emergency");
    expect(next.blocking?.since).toBe("2026-03-02");
    expect(next.history).toEqual([expect.objectContaining({ kind: "red-flag", level: "emergency" })]);
    const record = addedTransition(triageAnswered, snapshot, next);
    expect(record.to).toBe("blocked-by-flag");
    expect(record.text).toContain("no running until a clinician clears you");
  });

  it("an urgent answer blocks too", () => {
    const snapshot = emptySnapshot();
    const next = triageAnswered.apply(snapshot, answered("2026-03-02", { "night-pain-waking": true }), env);
    expect(next.blocking?.result.level).toBe("urgent");
    expect(addedTransition(triageAnswered, snapshot, next).to).toBe("blocked-by-flag");
  });

  it("a 'soon' answer stays open without blocking, and a newer clean answer closes it", () => {
    const snapshot = emptySnapshot();
    const soon = triageAnswered.apply(snapshot, answered("2026-03-02", { "no-better-after-two-weeks": true }), env);
    expect(soon.soon?.result.level).toBe("soon");
    expect(soon.blocking).toBeNull();
    expect(soon.history).toHaveLength(1);
    expect(soon.transitions).toEqual([]);
    expect(triageAnswered.apply(soon, answered("2026-03-09", {}), env).soon).toBeNull();
  });

  it("clean answers record the first day, close a pending re-check and add no transition or history", () => {
    const snapshot: RecoverySnapshot = {
      ...onboardedSnapshot("2026-03-02"),
      recheck: { since: "2026-03-05", cause: "leg-symptoms" },
    };
    const next = triageAnswered.apply(snapshot, answered("2026-03-06", {}), env);
    expect(next.triagedOn).toBe("2026-03-02");
    expect(next.recheck).toBeNull();
    expect(next.history).toEqual(snapshot.history);
    expect(next.transitions).toEqual(snapshot.transitions);
    expect(next.position).toBe(snapshot.position);
  });

  it("a clean answer never closes an open emergency; a less serious one never replaces it", () => {
    const emergency = triageAnswered.apply(emptySnapshot(), answered("2026-03-02", { "saddle-numbness": true }), env);
    expect(triageAnswered.apply(emergency, answered("2026-03-03", {}), env).blocking).toBe(emergency.blocking);
    const urgent = triageAnswered.apply(emergency, answered("2026-03-03", { "night-pain-waking": true }), env);
    expect(urgent.blocking).toBe(emergency.blocking);
    const worse = triageAnswered.apply(
      triageAnswered.apply(emptySnapshot(), answered("2026-03-02", { "night-pain-waking": true }), env),
      answered("2026-03-03", { "saddle-numbness": true }),
      env,
    );
    expect(worse.blocking?.result.level).toBe("emergency");
    expect(worse.blocking?.since).toBe("2026-03-03");
  });
});
