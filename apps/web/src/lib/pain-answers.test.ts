import type { PlanTask } from "@backstride/domain";
import { describe, expect, it } from "vitest";
import {
  afterCheckInRoute,
  checkInSymptoms,
  listedTasks,
  morningCheckDue,
  noNeuroSymptoms,
  painFields,
  painQuestionCards,
  painQuestionText,
  painUnknown,
  reliefUntilWords,
  triageFirstHref,
} from "./pain-answers.ts";

const reason = { code: "test", text: "", sources: [] };
function task(fields: Partial<PlanTask>): PlanTask {
  return { id: "t", kind: "walk-run", title: "Walk/run", dosage: "", reason, done: false, ...fields };
}

describe("pain fields", () => {
  it("carries only the pain the runner gave, never an invented one", () => {
    expect(painFields({ painDuring0to10: null, painAfter0to10: null })).toEqual({});
    expect(painFields({ painDuring0to10: 0, painAfter0to10: null })).toEqual({ painDuring0to10: 0 });
    expect(painFields({ painDuring0to10: 4, painAfter0to10: 2 })).toEqual({ painDuring0to10: 4, painAfter0to10: 2 });
  });

  it("knows when the pain stays unknown", () => {
    expect(painUnknown({ painDuring0to10: null, painAfter0to10: null })).toBe(true);
    expect(painUnknown({ painDuring0to10: null, painAfter0to10: 0 })).toBe(false);
  });
});

describe("check-in symptoms", () => {
  it("sets legSymptoms from leg pain or numbness, for older readers", () => {
    expect(checkInSymptoms(noNeuroSymptoms).legSymptoms).toBe(false);
    expect(checkInSymptoms({ ...noNeuroSymptoms, numbnessOrTingling: true })).toEqual({
      ...noNeuroSymptoms,
      numbnessOrTingling: true,
      legSymptoms: true,
    });
    expect(checkInSymptoms({ ...noNeuroSymptoms, legPain: true }).legSymptoms).toBe(true);
    expect(checkInSymptoms({ ...noNeuroSymptoms, weakness: true }).legSymptoms).toBe(false);
  });

  it("sends any symptom straight to the safety questions", () => {
    expect(afterCheckInRoute(noNeuroSymptoms)).toBeNull();
    for (const key of ["legPain", "numbnessOrTingling", "weakness", "bladderBowelSaddle"] as const) {
      expect(afterCheckInRoute({ ...noNeuroSymptoms, [key]: true })).toBe("#/triage/leg-symptoms");
    }
  });
});

describe("Today's wording", () => {
  it("writes relief's end as weekday and time", () => {
    expect(reliefUntilWords("2026-03-12T21:00")).toBe("Relief until Thu 21:00");
  });

  it("links the safety questions for the cause", () => {
    expect(triageFirstHref({ cause: "leg-symptoms", since: "2026-03-12" })).toBe("#/triage/leg-symptoms");
    expect(triageFirstHref({ cause: "flare-up", since: "2026-03-12" })).toBe("#/triage/recheck");
    expect(triageFirstHref({ cause: "clearance", since: "2026-03-12" })).toBe("#/triage/recheck");
  });

  it("asks about a session by its title and day", () => {
    expect(painQuestionText("Walk/run on Tue 3 Mar", "2026-03-03")).toBe("How was your walk/run on Tue 3 Mar?");
    expect(painQuestionText("Walk/run", "2026-03-03")).toBe("How was your walk/run on Tue 3 Mar?");
    expect(painQuestionText("5.2 km run on Tue 3 Mar")).toBe("How was your 5.2 km run on Tue 3 Mar?");
  });
});

describe("pain questions on Today", () => {
  it("asks each unknown pain once, whether it comes as a question or a task", () => {
    const cards = painQuestionCards({
      painQuestions: [{ forEventId: "a", localDate: "2026-03-03", title: "Walk/run on Tue 3 Mar", impact: true }],
      tasks: [
        task({ id: "pa", kind: "pain-answer", forEventId: "a", title: "Walk/run on Tue 3 Mar" }),
        task({ id: "pb", kind: "pain-answer", forEventId: "b", title: "Circuit on Mon 2 Mar" }),
        task({ id: "pc", kind: "pain-answer", forEventId: "c", title: "Circuit on Sun 1 Mar", done: true }),
      ],
    });
    expect(cards.map((card) => card.forEventId)).toEqual(["a", "b"]);
    expect(cards[0]?.question).toBe("How was your walk/run on Tue 3 Mar?");
  });

  it("asks the morning question until it is answered", () => {
    const pending = { sessionEventId: "s", sessionDate: "2026-03-03", answered: false };
    expect(morningCheckDue({ morningCheck: pending, tasks: [] })).toEqual({
      sessionEventId: "s",
      sessionDate: "2026-03-03",
    });
    expect(morningCheckDue({ morningCheck: { ...pending, answered: true }, tasks: [] })).toBeNull();
    expect(morningCheckDue({ morningCheck: null, tasks: [task({ kind: "morning-check", forEventId: "s" })] })).toEqual({
      sessionEventId: "s",
      sessionDate: null,
    });
    expect(morningCheckDue({ morningCheck: null, tasks: [] })).toBeNull();
  });

  it("keeps the questions out of the task list below them", () => {
    const tasks = [task({ kind: "pain-answer" }), task({ kind: "morning-check" }), task({ kind: "walk-run" })];
    expect(listedTasks(tasks).map((item) => item.kind)).toEqual(["walk-run"]);
    const withTriage = [task({ kind: "triage" }), ...tasks];
    expect(listedTasks(withTriage, true).map((item) => item.kind)).toEqual(["walk-run"]);
    expect(listedTasks(withTriage, false).map((item) => item.kind)).toEqual(["triage", "walk-run"]);
  });
});
