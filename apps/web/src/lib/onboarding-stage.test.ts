import type { BackstrideEvent, RedFlagResult } from "@backstride/domain";
import { describe, expect, it } from "vitest";
import { onboardingStage } from "./onboarding-stage.ts";

const base = { version: 1 as const, occurredAt: "2026-03-10T08:00:00+01:00", localDate: "2026-03-10" };
const triage: BackstrideEvent = {
  ...base,
  id: "0190a1b2-0000-7000-8000-000000000001",
  type: "triage.answered",
  answers: {},
  context: "onboarding",
};
const causes: BackstrideEvent = {
  ...base,
  id: "0190a1b2-0000-7000-8000-000000000002",
  type: "causes.assessed",
  answers: {},
};
const episode: BackstrideEvent = {
  ...base,
  id: "0190a1b2-0000-7000-8000-000000000003",
  type: "episode.reported",
  pain0to10: 6,
  onsetAt: "2026-03-09T18:00:00+01:00",
  legSymptoms: false,
};
const emergency: RedFlagResult = {
  level: "emergency",
  flags: [],
  title: "Go to emergency care now",
  actions: [],
  blocksRunningUntilClearance: true,
};

describe("onboardingStage", () => {
  it("asks a new runner's pain first, then the red-flag questions, then the cause finder", () => {
    expect(onboardingStage([], { redFlag: null })).toBe("episode");
    expect(onboardingStage([episode], { redFlag: null })).toBe("triage");
    expect(onboardingStage([episode, triage], { redFlag: null })).toBe("causes");
    expect(onboardingStage([episode, triage, causes], { redFlag: null })).toBe("ready");
  });

  it("does not send back a runner who onboarded before pain at the door existed", () => {
    expect(onboardingStage([triage], { redFlag: null })).toBe("causes");
    expect(onboardingStage([triage, causes], { redFlag: null })).toBe("ready");
  });

  it("lets an open emergency win over everything", () => {
    expect(onboardingStage([], { redFlag: emergency })).toBe("emergency");
    expect(onboardingStage([triage], { redFlag: emergency })).toBe("emergency");
    expect(onboardingStage([triage, causes], { redFlag: emergency })).toBe("emergency");
  });

  it("does not take the screen for an urgent flag: the plan explains it on Today", () => {
    expect(onboardingStage([triage, causes], { redFlag: { ...emergency, level: "urgent" } })).toBe("ready");
  });
});
