import { describe, expect, it } from "vitest";
import { evaluateRedFlags } from "./evaluate-red-flags.ts";
import { redFlagQuestions } from "./red-flag-questions.ts";

describe("evaluateRedFlags", () => {
  it("returns none with no yes answers, and never blocks running", () => {
    const result = evaluateRedFlags({ "saddle-numbness": false });
    expect(result.level).toBe("none");
    expect(result.flags).toEqual([]);
    expect(result.blocksRunningUntilClearance).toBe(false);
    expect(result.seeClinicianWithinDays).toBeUndefined();
  });

  it("ignores unknown ids", () => {
    expect(evaluateRedFlags({ "not-a-question": true }).level).toBe("none");
  });

  it("treats saddle numbness as an emergency with what to say on arrival", () => {
    const result = evaluateRedFlags({ "saddle-numbness": true });
    expect(result.level).toBe("emergency");
    expect(result.title).toBe("Go to emergency care now");
    expect(result.blocksRunningUntilClearance).toBe(true);
    expect(result.seeClinicianWithinDays).toBe(0);
    expect(result.actions[0]).toMatch(/A&E \(the emergency department\) now/);
    expect(result.actions[1]).toMatch(/Do not drive yourself/);
    expect(result.actions[2]).toBe(
      'Tell them: "I have back pain and numbness or tingling in my saddle area. I am worried about cauda equina syndrome."',
    );
  });

  it("makes every cauda equina warning-card item an emergency", () => {
    for (const id of [
      "wiping-feeling-changed",
      "bladder-change",
      "bowel-control-loss",
      "sexual-function-change",
      "sciatica-both-legs",
      "leg-weakness-worsening",
    ]) {
      expect(evaluateRedFlags({ [id]: true }).level).toBe("emergency");
    }
  });

  it("names the right worry for fever, trauma and cancer with new nerve signs", () => {
    expect(evaluateRedFlags({ "fever-with-back-pain": true }).actions[2]).toMatch(/spinal infection/);
    expect(evaluateRedFlags({ "major-trauma": true }).actions[2]).toMatch(/spinal fracture/);
    expect(evaluateRedFlags({ "cancer-history-new-neuro": true }).level).toBe("emergency");
  });

  it("lets emergency win over urgent and soon, listing flags most serious first", () => {
    const result = evaluateRedFlags({
      "no-better-after-two-weeks": true,
      "leg-pain-below-knee": true,
      "bladder-change": true,
      "fever-with-back-pain": true,
    });
    expect(result.level).toBe("emergency");
    expect(result.flags.map((flag) => flag.id)).toEqual([
      "bladder-change",
      "fever-with-back-pain",
      "leg-pain-below-knee",
      "no-better-after-two-weeks",
    ]);
    expect(result.actions[2]).toBe(
      'Tell them: "I have back pain and new bladder problems and a fever or chills. I am worried about cauda equina syndrome and a spinal infection."',
    );
  });

  it("makes leg pain past the knee urgent: doctor within days, running blocked", () => {
    const result = evaluateRedFlags({ "leg-pain-below-knee": true, "inflammatory-pattern": true });
    expect(result.level).toBe("urgent");
    expect(result.blocksRunningUntilClearance).toBe(true);
    expect(result.seeClinicianWithinDays).toBe(3);
    expect(result.actions[0]).toBe(
      "See a doctor or sports physician within 3 days. Tell them which of these signs you have.",
    );
  });

  it("names the day to be seen by when today is known", () => {
    const result = evaluateRedFlags({ "night-pain-waking": true }, { today: "2026-11-25" });
    expect(result.seeClinicianBy).toBe("2026-11-28");
    expect(result.actions[0]).toMatch(/by Saturday 28 November/);
  });

  it("makes every urgent item urgent", () => {
    for (const question of redFlagQuestions.filter((item) => item.level === "urgent")) {
      expect(evaluateRedFlags({ [question.id]: true }).level).toBe("urgent");
    }
  });

  it("makes no improvement after 2 weeks soon: book within 2 weeks, running allowed", () => {
    const result = evaluateRedFlags({ "no-better-after-two-weeks": true }, { today: "2026-12-28" });
    expect(result.level).toBe("soon");
    expect(result.blocksRunningUntilClearance).toBe(false);
    expect(result.seeClinicianBy).toBe("2027-01-11");
    expect(result.actions[0]).toBe("Book an appointment with your doctor or a physiotherapist by Monday 11 January.");
  });

  it("quotes the runner's own stop level while waiting for a soon appointment", () => {
    expect(evaluateRedFlags({ "inflammatory-pattern": true }).actions[1]).toMatch(/reaches 3\/10/);
    expect(evaluateRedFlags({ "inflammatory-pattern": true }, { stopThreshold0to10: 6 }).actions[1]).toMatch(
      /reaches 6\/10/,
    );
  });

  it("makes the inflammatory pattern a routine referral", () => {
    expect(evaluateRedFlags({ "inflammatory-pattern": true }).level).toBe("soon");
  });
});
