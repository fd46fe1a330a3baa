import { describe, expect, it } from "vitest";
import { redFlagQuestionById, redFlagQuestions } from "./red-flag-questions.ts";

describe("redFlagQuestions", () => {
  it("keeps its ids unique and stable", () => {
    const ids = redFlagQuestions.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toMatchInlineSnapshot(`
      [
        "saddle-numbness",
        "wiping-feeling-changed",
        "bladder-change",
        "bowel-control-loss",
        "sexual-function-change",
        "sciatica-both-legs",
        "leg-weakness-worsening",
        "fever-with-back-pain",
        "major-trauma",
        "cancer-history-new-neuro",
        "leg-pain-below-knee",
        "progressive-numbness",
        "night-pain-waking",
        "constant-night-or-rest-pain",
        "cancer-history",
        "unexplained-weight-loss",
        "first-episode-age",
        "steroids-osteoporosis-severe-pain",
        "immunosuppression-or-injected-drugs",
        "no-better-after-two-weeks",
        "inflammatory-pattern",
      ]
    `);
  });

  it("gives the article's four signs their levels", () => {
    expect(redFlagQuestionById("leg-pain-below-knee")?.level).toBe("urgent");
    expect(redFlagQuestionById("saddle-numbness")?.level).toBe("emergency");
    expect(redFlagQuestionById("night-pain-waking")?.level).toBe("urgent");
    expect(redFlagQuestionById("no-better-after-two-weeks")?.level).toBe("soon");
  });

  it("asks every question in plain words with a source and a concern", () => {
    for (const question of redFlagQuestions) {
      expect(question.text.endsWith("?")).toBe(true);
      expect(question.concern.length).toBeGreaterThan(0);
      expect(question.sources.length).toBeGreaterThan(0);
      expect(question.symptom).toBeTruthy();
    }
  });

  it("explains the jargon word saddle", () => {
    expect(redFlagQuestionById("saddle-numbness")?.hint).toMatch(/saddle/);
  });

  it("lists questions in level order, emergencies first", () => {
    const order = ["emergency", "urgent", "soon"];
    const ranks = redFlagQuestions.map((question) => order.indexOf(question.level));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it("returns undefined for an unknown id", () => {
    expect(redFlagQuestionById("nope")).toBeUndefined();
  });
});
