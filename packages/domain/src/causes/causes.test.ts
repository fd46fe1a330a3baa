import { describe, expect, it } from "vitest";
import { defaultProtocol } from "../protocol/default-protocol.ts";
import { causeQuestions } from "./cause-questions.ts";
import { causeById, causes } from "./causes.ts";

const protocolExerciseIds = new Set(
  [
    ...defaultProtocol.rebuild.circuit,
    ...defaultProtocol.strength.exercises,
    ...defaultProtocol.mobility.exercises,
  ].map((exercise) => exercise.id),
);

describe("causes", () => {
  it("lists the article's five causes in its order", () => {
    expect(causes.map((cause) => cause.id)).toEqual([
      "overstriding",
      "hip-flexor-tightness",
      "weak-glutes-hamstrings",
      "core-collapse",
      "shoe-issues",
    ]);
  });

  it("gives each cause a why, signs, fixes and sources", () => {
    for (const cause of causes) {
      expect(cause.why.length).toBeGreaterThan(20);
      expect(cause.signs.length).toBeGreaterThan(1);
      expect(cause.fixes.length).toBeGreaterThan(1);
      expect(cause.sources[0]?.id).toBe("article");
    }
  });

  it("has one sign per question, in the same order", () => {
    for (const cause of causes) {
      expect(causeQuestions.filter((question) => question.causeId === cause.id)).toHaveLength(cause.signs.length);
    }
  });

  it("points fixes only at exercises that exist in the protocol", () => {
    for (const cause of causes) {
      for (const fix of cause.fixes) for (const id of fix.exerciseIds) expect(protocolExerciseIds).toContain(id);
    }
  });

  it("pairs each cause with the article's fixes", () => {
    const exerciseIdsOf = (id: Parameters<typeof causeById>[0]) =>
      causeById(id).fixes.flatMap((fix) => fix.exerciseIds);
    const guideIdsOf = (id: Parameters<typeof causeById>[0]) =>
      causeById(id).fixes.flatMap((fix) => fix.guideIds ?? []);
    expect(guideIdsOf("overstriding")).toEqual(["cadence-metronome", "downhill-strategy", "tall-plank-drill"]);
    expect(exerciseIdsOf("hip-flexor-tightness")).toContain("hip-90-90-rotation");
    expect(guideIdsOf("hip-flexor-tightness")).toContain("standing-desk");
    expect(exerciseIdsOf("weak-glutes-hamstrings")).toEqual(
      expect.arrayContaining(["glute-bridge-band", "single-leg-rdl", "deadlift", "hip-thrust"]),
    );
    expect(exerciseIdsOf("core-collapse")).toContain("dead-bug");
    expect(guideIdsOf("core-collapse")).toContain("tall-plank-drill");
    expect(guideIdsOf("shoe-issues")).toEqual(["shoe-selection", "shoe-replacement", "rotate-shoes"]);
  });
});

describe("causeQuestions", () => {
  it("keeps ids unique and stable", () => {
    const ids = causeQuestions.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toMatchInlineSnapshot(`
      [
        "heel-scuff-sound",
        "pain-worse-downhill",
        "heel-first-foot-ahead",
        "hard-to-lift-knees",
        "pain-standing-after-sitting",
        "long-hours-sitting",
        "pain-after-5km",
        "buttocks-feel-inactive",
        "torso-wobble",
        "posture-fades-late",
        "better-in-new-shoes",
        "soles-worn-unevenly",
        "shoes-over-300-miles",
      ]
    `);
  });

  it("asks yes/no questions with positive weights", () => {
    for (const question of causeQuestions) {
      expect(question.text.endsWith("?")).toBe(true);
      expect(question.weight).toBeGreaterThan(0);
    }
  });
});
