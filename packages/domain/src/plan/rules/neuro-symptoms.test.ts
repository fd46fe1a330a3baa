import { describe, expect, it } from "vitest";
import { eventLog } from "../../../test-data/event-builders.ts";
import { stateOn } from "../machine/state-on.ts";
import { neuroSymptoms, neuroSymptomsOf } from "./neuro-symptoms.ts";
import { addedTransition, onboardedSnapshot, ruleTestEnv } from "./rule-test-env.ts";

const env = ruleTestEnv();

describe("neuro-symptoms", () => {
  it.each([
    ["leg pain", { legPain: true }],
    ["numbness or tingling", { numbnessOrTingling: true }],
    ["weakness", { weakness: true }],
  ] as const)("%s blocks impact at once and puts the red-flag questions first", (_name, fields) => {
    const l = eventLog();
    const snapshot = onboardedSnapshot("2026-03-02");
    const next = neuroSymptoms.apply(snapshot, l.pain("2026-03-05", 2, false, fields), env);
    expect(next.recheck).toEqual({ since: "2026-03-05", cause: "leg-symptoms" });
    expect(next.blocking).toBeNull();
    expect(stateOn(next, "2026-03-05")).toBe("awaiting-triage");
    const record = addedTransition(neuroSymptoms, snapshot, next);
    expect(record.to).toBe("awaiting-triage");
    expect(record.text).toContain("No running");
  });

  it("the older single leg-symptoms box counts too", () => {
    const l = eventLog();
    const snapshot = onboardedSnapshot("2026-03-02");
    expect(neuroSymptoms.apply(snapshot, l.pain("2026-03-05", 2, true), env).recheck?.cause).toBe("leg-symptoms");
  });

  it("bladder, bowel or saddle changes are an emergency at once, without waiting for the questions", () => {
    const l = eventLog();
    const snapshot = onboardedSnapshot("2026-03-02");
    const next = neuroSymptoms.apply(snapshot, l.pain("2026-03-05", 3, false, { bladderBowelSaddle: true }), env);
    expect(next.blocking?.result.level).toBe("emergency");
    expect(next.blocking?.result.blocksRunningUntilClearance).toBe(true);
    expect(next.blocking?.since).toBe("2026-03-05");
    expect(next.recheck).toEqual({ since: "2026-03-05", cause: "leg-symptoms" });
    expect(next.history).toHaveLength(1);
    expect(next.history[0]).toMatchObject({ kind: "red-flag", localDate: "2026-03-05", level: "emergency" });
    expect(stateOn(next, "2026-03-05")).toBe("blocked-by-flag");
    const record = addedTransition(neuroSymptoms, snapshot, next);
    expect(record.to).toBe("blocked-by-flag");
    expect(record.text).toContain("emergency");
  });

  it("does not apply to a check-in without nerve symptoms", () => {
    const l = eventLog();
    const snapshot = onboardedSnapshot("2026-03-02");
    const plain = l.pain("2026-03-05", 6, false, {
      legPain: false,
      numbnessOrTingling: false,
      weakness: false,
      bladderBowelSaddle: false,
    });
    expect(neuroSymptomsOf(plain)).toBe(false);
    expect(neuroSymptoms.apply(snapshot, plain, env)).toBe(snapshot);
  });
});
