import type { BackstrideEvent } from "@backstride/domain";
import { redFlagQuestions } from "@backstride/domain";
import { describe, expect, it } from "vitest";
import { emergencyYes, leadWithLegSymptoms, orderRedFlagQuestions } from "./triage-order.ts";

const base = { version: 1 as const, occurredAt: "2026-03-10T08:00:00+01:00", localDate: "2026-03-10" };
function episode(legSymptoms: boolean, n: number): BackstrideEvent {
  return {
    ...base,
    id: `0190a1b2-0000-7000-8000-00000000000${n}`,
    type: "episode.reported",
    pain0to10: 5,
    onsetAt: "2026-03-09T18:00:00+01:00",
    legSymptoms,
  };
}

describe("orderRedFlagQuestions", () => {
  it("keeps the usual order without leg symptoms", () => {
    expect(orderRedFlagQuestions(redFlagQuestions, false).map((q) => q.id)).toEqual(redFlagQuestions.map((q) => q.id));
  });

  it("puts the legs, then saddle, bladder and bowel first after leg symptoms, and still asks every question once", () => {
    const ordered = orderRedFlagQuestions(redFlagQuestions, true);
    expect(ordered.slice(0, 4).map((q) => q.id)).toEqual([
      "sciatica-both-legs",
      "leg-weakness-worsening",
      "saddle-numbness",
      "bladder-change",
    ]);
    expect(ordered.map((q) => q.id).sort()).toEqual(redFlagQuestions.map((q) => q.id).sort());
    const ids = ordered.map((q) => q.id);
    expect(ids.indexOf("leg-pain-below-knee")).toBeLessThan(ids.indexOf("fever-with-back-pain"));
    expect(ids.indexOf("progressive-numbness")).toBeLessThan(ids.indexOf("night-pain-waking"));
  });

  it("keeps every leg-related emergency question ahead of every urgent one", () => {
    const ordered = orderRedFlagQuestions(redFlagQuestions, true);
    const lastNerveEmergency = ordered.findIndex((q) => q.id === "cancer-history-new-neuro");
    const firstUrgent = ordered.findIndex((q) => q.level === "urgent");
    expect(lastNerveEmergency).toBeLessThan(firstUrgent);
    expect(ordered.slice(0, lastNerveEmergency + 1).every((q) => q.level === "emergency")).toBe(true);
  });
});

describe("leadWithLegSymptoms", () => {
  it("leads with the legs after a leg-symptom check-in", () => {
    expect(leadWithLegSymptoms("leg-symptoms", [])).toBe(true);
  });

  it("follows the latest episode's leg answer at onboarding", () => {
    expect(leadWithLegSymptoms("onboarding", [])).toBe(false);
    expect(leadWithLegSymptoms("onboarding", [episode(true, 1)])).toBe(true);
    expect(leadWithLegSymptoms("onboarding", [episode(true, 1), episode(false, 2)])).toBe(false);
    expect(leadWithLegSymptoms("flare-up", [episode(true, 1)])).toBe(false);
  });
});

describe("emergencyYes", () => {
  it("is true only for a yes to an emergency-level question", () => {
    const saddle = redFlagQuestions.find((q) => q.id === "saddle-numbness");
    const knee = redFlagQuestions.find((q) => q.id === "leg-pain-below-knee");
    if (!saddle || !knee) throw new Error("questions renamed");
    expect(emergencyYes(saddle, true)).toBe(true);
    expect(emergencyYes(saddle, false)).toBe(false);
    expect(emergencyYes(knee, true)).toBe(false);
  });
});
